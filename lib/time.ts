import { differenceInCalendarDays, format } from 'date-fns';
import { da, enGB, nb } from 'date-fns/locale';
import { translate, type UiLang } from './i18n';

const LOCALES = { en: enGB, da, nb } as const;

export interface LocalMoment {
  date: Date;
  hasTime: boolean;
}

/** "2026-12-15" or "2026-12-15T12:00" as a local moment; null for anything else. */
export function parseLocal(value: string): LocalMoment | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), h ? Number(h) : 0, mi ? Number(mi) : 0);
  if (date.getMonth() !== Number(mo) - 1 || date.getDate() !== Number(d)) return null;
  return { date, hasTime: h !== undefined };
}

/** True once the deadline has passed: a date without time runs to the end of that day. */
export function isExpired(deadline: string, now: Date): boolean {
  const m = parseLocal(deadline);
  if (!m) return false;
  if (m.hasTime) return now.getTime() > m.date.getTime();
  return differenceInCalendarDays(m.date, now) < 0;
}

/** "15 Dec 2026" / "15. dec. 2026", with ", 12:00" when the ad gives a time. */
export function formatDate(value: string, lang: UiLang): string {
  const m = parseLocal(value);
  if (!m) return value;
  const day = format(m.date, 'PP', { locale: LOCALES[lang] });
  return m.hasTime ? `${day}, ${format(m.date, 'HH:mm')}` : day;
}

/** The countdown: "expired", "today", "tomorrow at 12:00", "in 5 days" in the UI language. */
export function relativeDeadline(value: string, now: Date, lang: UiLang): string {
  return countdownWith(value, now, lang, (d) => format(d, 'HH:mm'));
}

/** The countdown, with the time of day written by `timeOf`. */
function countdownWith(value: string, now: Date, lang: UiLang, timeOf: (d: Date) => string): string {
  const t = translate(lang);
  const m = parseLocal(value);
  if (!m) return value;
  if (isExpired(value, now)) return t('expired');
  const days = differenceInCalendarDays(m.date, now);
  const time = timeOf(m.date);
  if (days === 0) return m.hasTime ? t('todayAt', { time }) : t('today');
  if (days === 1) return m.hasTime ? t('tomorrowAt', { time }) : t('tomorrow');
  return t('inDays', { n: days });
}

/** Date and countdown together: "15 Dec 2026 · in 5 days". */
export function formatDeadline(value: string, now: Date, lang: UiLang): string {
  return `${formatDate(value, lang)} · ${relativeDeadline(value, now, lang)}`;
}

/** A time of day as the UI language writes it after "kl.": "12" or "12.30" in Danish and Norwegian; "12:00" in English. */
export function clockTime(date: Date, lang: UiLang): string {
  if (lang === 'en') return format(date, 'HH:mm');
  return date.getMinutes() === 0 ? format(date, 'H') : format(date, 'H.mm');
}

/**
 * The overview's countdown: "i morgen kl. 12", "i dag kl. 12.30", "om 5 dage", "tomorrow at 12:00",
 * "in 3 days", "expired". Like relativeDeadline, with the time of day written the local way.
 */
export function countdown(value: string, now: Date, lang: UiLang): string {
  return countdownWith(value, now, lang, (d) => clockTime(d, lang));
}

/** A moment (an ISO date-time) in the user's locale: "3 Dec 2026, 09:30" / "3. dec. 2026 09.30". */
export function formatTimestamp(iso: string, lang: UiLang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return format(date, 'PPp', { locale: LOCALES[lang] });
}

/** A number in the UI language's notation: "1,234.5" / "1.234,5" / "1 234,5". */
export function formatNumber(n: number, lang: UiLang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang === 'da' ? 'da-DK' : 'nb-NO').format(n);
}
