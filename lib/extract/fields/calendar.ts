/** Calendar arithmetic on ISO days ("2019-10-19"), in UTC so no time zone shifts a day. */
import { daysInMonth } from '../../schema/days';

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoDay(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export { daysInMonth };

export function validDay(y: number | null, m: number, d: number): boolean {
  if (!Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  if (y !== null && (y < 1900 || y > 2199)) return false;
  return d <= daysInMonth(y, m);
}

function toUtc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function fromUtc(t: number): string {
  const d = new Date(t);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * 86_400_000);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** The first (month, day) on or after `ref` minus `graceDays`; null when it does not exist. */
export function resolveOnOrAfter(month: number, day: number, ref: string, graceDays = 0): string | null {
  const from = addDays(ref.slice(0, 10), -graceDays);
  const y0 = Number(from.slice(0, 4));
  for (let y = y0; y <= y0 + 4; y++) {
    if (!validDay(y, month, day)) continue;
    const iso = isoDay(y, month, day);
    if (iso >= from) return iso;
  }
  return null;
}

/** The last (month, day) on or before `ref`. */
export function resolveOnOrBefore(month: number, day: number, ref: string): string | null {
  const to = ref.slice(0, 10);
  const y0 = Number(to.slice(0, 4));
  for (let y = y0; y >= y0 - 4; y--) {
    if (!validDay(y, month, day)) continue;
    const iso = isoDay(y, month, day);
    if (iso <= to) return iso;
  }
  return null;
}

/** ISO weekday (Monday 1 … Sunday 7) of a valid day. */
export function isoWeekday(year: number, month: number, day: number): number {
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

/** Monday of ISO week `week` of ISO year `year`. */
export function isoWeekMonday(year: number, week: number): string {
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // 0 = Monday
  const monday1 = jan4 - dow * 86_400_000;
  return fromUtc(monday1 + (week - 1) * 7 * 86_400_000);
}

export function isoWeeksInYear(year: number): number {
  const dec28 = isoWeekOf(isoDay(year, 12, 28));
  return dec28.week;
}

/** ISO week and week-year of a day. */
export function isoWeekOf(iso: string): { year: number; week: number } {
  const t = toUtc(iso);
  const dow = (new Date(t).getUTCDay() + 6) % 7;
  const thursday = t + (3 - dow) * 86_400_000;
  const ty = new Date(thursday).getUTCFullYear();
  const jan1 = Date.UTC(ty, 0, 1);
  return { year: ty, week: 1 + Math.floor((thursday - jan1) / (7 * 86_400_000)) };
}
