/**
 * Interview days: dates after an interview label ("Ansættelsessamtaler afholdes d. 20. og 21.
 * december", "samtaler forventes afholdt 14. og 15. januar") and weeks ("i løbet af uge 20").
 *
 * A week is listed as its working days, Monday to Friday (ISO dates), since the ad only says the
 * interviews fall somewhere in that week. Yearless dates and weeks take the year that puts them
 * on or after the deadline (else the observed day, else the publication date); with none they
 * are left out.
 */
import type { Found } from '../types';
import type { TextContext } from './context';
import { addDays, isoWeekMonday, isoWeekOf, isoWeeksInYear, resolveOnOrAfter } from './calendar';
import { mentionIso, scanDates, scanWeeks } from './dates';
import { OBSERVED_GRACE_DAYS, publicationAnchor } from './deadline';
import { clip } from '../util';

export function parseInterviews(ctx: TextContext, deadline: string | null): Found<string[]> | null {
  const ref = deadline?.slice(0, 10) ?? ctx.observed ?? publicationAnchor(ctx);
  const grace = deadline ? 0 : OBSERVED_GRACE_DAYS;
  const days = new Set<string>();
  let evidence = '';
  let inferred = false;
  for (const m of scanDates(ctx)) {
    if (m.kind !== 'interview') continue;
    let iso = mentionIso(m);
    if (iso === null && ref) {
      iso = resolveOnOrAfter(m.month, m.day, ref, grace);
      if (iso) inferred = true;
    }
    if (!iso) continue;
    days.add(iso);
    if (!evidence) evidence = m.evidence;
  }
  for (const w of scanWeeks(ctx)) {
    if (w.kind !== 'interview') continue;
    let year = w.year;
    if (year === null && ref) {
      const r = isoWeekOf(addDays(ref, -grace));
      year = (w.weeks[0] ?? 0) >= r.week ? r.year : r.year + 1;
      inferred = true;
    }
    if (year === null) continue;
    for (const week of w.weeks) {
      if (week > isoWeeksInYear(year)) continue;
      const monday = isoWeekMonday(year, week);
      for (let i = 0; i < 5; i++) days.add(addDays(monday, i));
    }
    if (!evidence) evidence = w.evidence;
  }
  if (days.size === 0) return null;
  return { value: [...days].sort(), evidence: clip(evidence), source: 'text', ...(inferred ? { inferred: true } : {}) };
}
