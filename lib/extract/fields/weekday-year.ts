/**
 * The year a weekday pins. "Ansøgningsfrist søndag 4. august" in an ad whose own text names 2024
 * and 2025 can only mean 2024: 4 August 2024 was a Sunday, in 2025 and 2026 it is not. The
 * candidates are the years the ad writes and the year after each (a December ad for a January
 * deadline); the weekday written right before the date must fit exactly one of them.
 */
import { grammarAlt } from '../locales/grammar';
import type { TextContext } from './context';
import { isoWeekday, validDay } from './calendar';
import type { DateMention } from './dates';
import { perVocabulary, phraseAlternation } from './text';

/** A weekday, perhaps with its article, right before a date ("søndag 4. august", "Sunday, 24th"). */
const weekdayBefore = perVocabulary(
  (v) =>
    new RegExp(
      `(?<![\\p{L}])(${phraseAlternation(Object.keys(v.weekdays))})(?![\\p{L}])[\\s,]{0,3}(?:(?:${grammarAlt('dateArticles')})\\s{0,2})?$`,
      'iu',
    ),
);

/** The years the ad's text writes ("2024", "31.12.2025"), each as a number. */
function writtenYears(ctx: TextContext): Set<number> {
  const key = 'weekday-year:years';
  let years = ctx.memo.get(key) as Set<number> | undefined;
  if (!years) {
    years = new Set([...ctx.text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].map((x) => Number(x[1])));
    ctx.memo.set(key, years);
  }
  return years;
}

/** The one year among the ad's own that the weekday before a yearless date fits, else null. */
export function weekdayYear(ctx: TextContext, m: DateMention): number | null {
  const text = ctx.blocks[m.block]?.text ?? '';
  const v = ctx.dateVocab;
  const hit = weekdayBefore(v).exec(text.slice(Math.max(0, m.start - 30), m.start));
  const weekday = hit ? v.weekdays[hit[1]!.toLowerCase()] : undefined;
  if (weekday === undefined) return null;
  const fits = new Set<number>();
  for (const y of writtenYears(ctx))
    for (const c of [y, y + 1]) if (validDay(c, m.month, m.day) && isoWeekday(c, m.month, m.day) === weekday) fits.add(c);
  return fits.size === 1 ? [...fits][0]! : null;
}
