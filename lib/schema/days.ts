// Calendar days as the schema, the extractor and the tracker read them ("2026-12-15",
// "2026-12-15T12:00"), without zod and without building a Date: one place for the month lengths
// and the years a posting's dates may fall in.

/** Years a deadline, start or interview may fall in: a typo ("0226") or a hostile file is refused. */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

/** A day as the schema writes it, "2026-12-15". */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** A day with an optional local time of day, "2026-12-15" or "2026-12-15T12:00". */
export const DAY_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

/** Days in a month; February of an unknown year (null) has 29. */
export function daysInMonth(y: number | null, m: number): number {
  if (m === 2) return y === null || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Whether "YYYY-MM-DD…" starts with a day the calendar has ("2026-02-30" does not), any year. */
export function calendarDay(s: string): boolean {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Whether "YYYY-MM-DD" (with an optional "THH:mm") is a real calendar day and time within FIRST_YEAR–LAST_YEAR. */
export function realDay(s: string): boolean {
  const y = Number(s.slice(0, 4));
  if (y < FIRST_YEAR || y > LAST_YEAR || !calendarDay(s)) return false;
  if (s.length > 10) return Number(s.slice(11, 13)) <= 23 && Number(s.slice(14, 16)) <= 59;
  return true;
}
