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
  const t = translate(lang);
  const m = parseLocal(value);
  if (!m) return value;
  if (isExpired(value, now)) return t('expired');
  const days = differenceInCalendarDays(m.date, now);
  const time = format(m.date, 'HH:mm');
  if (days === 0) return m.hasTime ? t('todayAt', { time }) : t('today');
  if (days === 1) return m.hasTime ? t('tomorrowAt', { time }) : t('tomorrow');
  return t('inDays', { n: days });
}

/** Date and countdown together: "15 Dec 2026 · in 5 days". */
export function formatDeadline(value: string, now: Date, lang: UiLang): string {
  return `${formatDate(value, lang)} · ${relativeDeadline(value, now, lang)}`;
}
