/**
 * The start: a date after a start label ("Stillingen ønskes besat pr. 1.februar 2018",
 * "forventet tiltrædelse 1. marts") or words ("Tiltredelse: snarlig", "Starttidspunkt: så hurtigt
 * som muligt", "ab sofort"). A yearless start date comes after the deadline it follows.
 */
import type { Found } from '../types';
import type { Vocabulary } from '../locales/types';
import type { TextContext } from './context';
import { resolveOnOrAfter } from './calendar';
import { mentionIso, scanDates } from './dates';
import { startOfPeriod } from './start-period';
import { OBSERVED_GRACE_DAYS, publicationAnchor } from './deadline';
import { clip } from '../util';
import { grammarAlt } from '../locales/grammar';
import { phraseAlternation, findPhrases, perVocabulary, phraseSet, sentenceAround } from './text';

const compile = perVocabulary((v: Vocabulary) => ({
  label: phraseSet(v.startLabels, { whole: true }),
  wordsAfterLabel: new RegExp(
    `^[\\s:,.–-]{0,4}(?:(?:er|is|ist|är|blir|vil være|will be|pr\\.?|per|fra|from|ab|snarest)\\s{1,3}){0,2}(${phraseAlternation(v.startWords)})(?![\\p{L}])`,
    'iu',
  ),
  self: v.startSelfPhrases.length > 0 ? phraseSet(v.startSelfPhrases, { whole: true }) : null,
  // "01.04.2026 oder nach Vereinbarung", "1. august eller efter aftale": a date the ad lets be agreed.
  orAgreed: new RegExp(`^[\\s,]{0,3}(?:${grammarAlt('orWords')})\\s{1,3}(?:${phraseAlternation(v.startWords)})(?![\\p{L}])`, 'iu'),
}));

export interface StartFound {
  startDate?: Found<string>;
  startText?: Found<string>;
}

export function parseStart(ctx: TextContext, deadline: string | null): StartFound {
  const rx = compile(ctx.vocab);
  const dates = scanDates(ctx);
  const starts = dates.filter((m) => m.kind === 'start');
  const dated =
    starts.find((m) => m.year !== null && !m.weakLabel) ??
    starts.find((m) => !m.weakLabel) ??
    starts.find((m) => m.year !== null) ??
    starts[0] ??
    dates.find((m) => m.kind === null && !m.list && rx.orAgreed.test(ctx.blocks[m.block]!.text.slice(m.end, m.end + 60))) ??
    startOfPeriod(ctx, dates);
  if (dated) {
    let iso = mentionIso(dated);
    let inferred = false;
    if (iso === null) {
      const ref = deadline ?? ctx.observed ?? publicationAnchor(ctx);
      if (ref) {
        iso = resolveOnOrAfter(dated.month, dated.day, ref.slice(0, 10), deadline ? 0 : OBSERVED_GRACE_DAYS);
        inferred = iso !== null;
      }
    }
    if (iso) return { startDate: { value: iso, evidence: clip(dated.evidence), source: 'text', ...(inferred ? { inferred: true } : {}) } };
  }
  for (const b of ctx.blocks) {
    for (const m of findPhrases(rx.label, b.text, b.lower)) {
      const after = b.text.slice(m.end, m.end + 80);
      const w = rx.wordsAfterLabel.exec(after);
      if (w && w[1]) {
        const at = m.end + w.index + w[0].length - w[1].length;
        const phrase = phraseAt(b.text, at);
        return { startText: { value: phrase, evidence: clip(sentenceAround(b.text, m.index, at)), source: 'text' } };
      }
    }
    if (rx.self) {
      const s = findPhrases(rx.self, b.text, b.lower)[0];
      if (s) return { startText: { value: s.text, evidence: clip(sentenceAround(b.text, s.index)), source: 'text' } };
    }
  }
  return {};
}

/** The start words from `at` to the end of the clause ("snarest muligt", "efter aftale"). */
function phraseAt(text: string, at: number): string {
  const rest = text.slice(at, at + 60);
  const end = rest.search(/[.;:!?()\n]|,\s|\s[-–]\s/u);
  return (end >= 0 ? rest.slice(0, end) : rest).trim().slice(0, 60);
}
