/**
 * Weekly hours {min, max}: "28 timers stilling", "30-37 timers", "en gennemsnitlig ugentlig
 * arbejdstid på 28 timer", "37 timer om ugen", "40 Stunden pro Woche", "årsnorm på 1456 timer"
 * (÷ 52 = 28). A number of hours counts only with a word that makes it weekly ("om ugen",
 * "stilling", "arbejdstid"): "25 dager med kveldsarbeid" or "kurset varer 30 timer" are not hours.
 * "Heltid" alone gives no number.
 */
import type { HoursRange } from '../../schema/draft';
import type { Found } from '../types';
import type { Vocabulary } from '../locales/types';
import type { TextContext } from './context';
import { grammarSet, grammarWords } from '../locales/grammar';
import { alternation, clip } from '../util';
import { allMatches, phraseAlternation, findPhrases, perVocabulary, phraseRegex, phraseSet, sentenceAround } from './text';

const NUM = String.raw`(\d{1,2}(?:[.,]\d{1,2})?)`;
const WEEKS_PER_YEAR = 52;

const compile = perVocabulary((v: Vocabulary) => {
  const hw = phraseAlternation(v.hoursWords);
  const connector = (words: string[]): string => String.raw`\s{0,2}(?:-|–|—|${alternation(words)})\s{0,2}`;
  const conn = connector(grammarWords('rangeConnectors'));
  // "10h to 30h", not "8 timer og 37 timer": after a figure with its word, no "and" opens a range.
  const and = grammarSet('andWords');
  const to = connector(grammarWords('rangeConnectors').filter((w) => !and.has(w)));
  return {
    // "37 timer", "30-hour post", "20-Stunden-Stelle", "from 10h to 30h" (the word after both figures).
    hours: new RegExp(String.raw`${NUM}(?:(?:\s{0,2}(?:${hw})${to}|${conn})${NUM})?(?:\s{0,2}|-)(?:${hw})(?![\p{L}])`, 'giu'),
    weeklyAfter: new RegExp(String.raw`^[\s./]{0,3}(?:[\p{L}]{1,12}\s{1,3}){0,2}(?:${phraseAlternation(v.weeklyWords)})`, 'iu'),
    weeklyBefore: phraseRegex(v.weeklyWords),
    // "a 25 hour role", "30-hour post": the post's own word right after the hours.
    postAfter: new RegExp(String.raw`^[\s-]{0,2}(?:${phraseAlternation(v.hoursPostWords)})(?![\p{L}])`, 'iu'),
    notWeeklyAfter: new RegExp(
      String.raw`^[\s./]{0,3}(?:${phraseAlternation([...v.perMonthWords, ...v.perYearWords, 'om dagen', 'pr. dag', 'per day', 'am tag', 'pro tag', 'i døgnet', 'om måneden', 'i måneden'])})`,
      'iu',
    ),
    // "Timer pr. uge: 37", "Hours: 28 per week (0.8 FTE)": a fact line whose label says the number is weekly hours.
    labelled: new RegExp(
      String.raw`(?<![^\s.;:)|])(?:${phraseAlternation(v.weeklyHoursLabels)})[ \t]{0,3}[:：][ \t]{0,3}${NUM}(?:${conn}${NUM})?(?![\d.,%])`,
      'iu',
    ),
    annualLabel: phraseSet(v.annualHoursWords),
    annualNumber: /^[^.\d]{0,24}(\d\.\d{3}|\d{3,4})(?!\d)/u,
  };
});

function num(s: string | undefined): number {
  return Number(String(s ?? '').replace(',', '.'));
}

/** A week's hours as a figure or range ("30-37"): at most 60, a range at most 40 wide. */
const weeklyRange = (a: number, z: number) => a > 0 && z >= a && z <= 60 && z - a <= 40;

export function parseHours(ctx: TextContext): Found<HoursRange> | null {
  const rx = compile(ctx.vocab);
  let annual: Found<HoursRange> | null = null;
  for (const b of ctx.blocks) {
    const t = b.text;
    if (!/\d/.test(t)) continue;
    for (const m of allMatches(rx.hours, t)) {
      if (m.index > 0 && /[\d.,]/.test(t[m.index - 1] ?? '')) continue;
      const a = num(m[1]);
      const z = m[2] !== undefined ? num(m[2]) : a;
      if (!weeklyRange(a, z)) continue;
      const end = m.index + m[0].length;
      const after = t.slice(end, end + 40);
      if (rx.notWeeklyAfter.test(after)) continue;
      const before = t.slice(Math.max(0, m.index - 60), m.index);
      // "32 Wochenstunden": a word for hours that is weekly itself.
      const weekly =
        rx.weeklyAfter.test(after) ||
        rx.postAfter.test(after) ||
        allMatches(rx.weeklyBefore, before).length > 0 ||
        allMatches(rx.weeklyBefore, m[0]).length > 0;
      if (!weekly) continue;
      return { value: { min: a, max: z }, evidence: clip(sentenceAround(t, m.index, end)), source: 'text' };
    }
    const labelled = rx.labelled.exec(t);
    if (labelled) {
      const a = num(labelled[1]);
      const z = labelled[2] !== undefined ? num(labelled[2]) : a;
      if (weeklyRange(a, z)) {
        return {
          value: { min: a, max: z },
          evidence: clip(sentenceAround(t, labelled.index, labelled.index + labelled[0].length)),
          source: 'text',
        };
      }
    }
    if (annual === null) {
      for (const l of findPhrases(rx.annualLabel, t, b.lower)) {
        const m = rx.annualNumber.exec(t.slice(l.end, l.end + 40));
        if (!m) continue;
        const yearly = Number((m[1] ?? '').replace('.', ''));
        const weekly = Math.round((yearly / WEEKS_PER_YEAR) * 10) / 10;
        if (weekly >= 4 && weekly <= 60) {
          annual = { value: { min: weekly, max: weekly }, evidence: clip(sentenceAround(t, l.index, l.end + m[0].length)), source: 'text' };
          break;
        }
      }
    }
  }
  return annual;
}
