import type { Posting } from '../schema/posting';
import type { LeadTime } from '../tracker/settings';
import { contentLines, escapeText } from './rfc-text';
import { usableZone, zoneOffset } from '../time-zone';

/**
 * The calendar as an iCalendar file (RFC 5545), written by hand rather than with the `ics` package:
 * that package writes times either in UTC or floating, with no TZID parameter and no VTIMEZONE,
 * so a deadline "15 January at 12:00" could not be kept in the user's time zone. Here each
 * deadline and interview is a VEVENT with a stable UID, a DTSTAMP, a VALARM per reminder lead
 * time, and times with TZID plus a VTIMEZONE built from the browser's time-zone data.
 */
export interface IcsOptions {
  now: Date;
  /** An IANA time zone ("Europe/Copenhagen"): Intl.DateTimeFormat().resolvedOptions().timeZone. */
  timeZone: string;
  /** When to be reminded before each event; one VALARM each (a day before when empty). */
  leadTimes: readonly LeadTime[];
  /** Event titles in the user's language. */
  deadlineSummary: (p: Posting) => string;
  interviewSummary: (p: Posting) => string;
  /** The calendar's name shown by the calendar application. */
  calendarName: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A moment as an iCalendar UTC date-time: 20261201T093000Z. */
export function utcStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

export { usableZone, zoneOffset };

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}${pad(m % 60)}`;
}

interface Transition {
  /** The moment of the change (UTC). */
  at: Date;
  from: number;
  to: number;
}

/** The offset changes of a time zone in a year, found by scanning days and narrowing to the minute. */
function transitionsIn(timeZone: string, year: number): Transition[] {
  const out: Transition[] = [];
  let t = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  let before = zoneOffset(timeZone, new Date(t));
  const day = 86_400_000;
  while (t < end) {
    const next = Math.min(t + day, end);
    const after = zoneOffset(timeZone, new Date(next));
    if (after !== before) {
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = Math.floor((lo + hi) / 2 / 60_000) * 60_000;
        if (zoneOffset(timeZone, new Date(mid)) === before) lo = mid;
        else hi = mid;
      }
      out.push({ at: new Date(hi), from: before, to: after });
      before = after;
    }
    t = next;
  }
  return out;
}

/** The local wall-clock time (in the old offset) at which a transition happens, as iCalendar local date-time. */
function localStamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** "Last Sunday of March" as an RRULE for a transition's local date. */
function yearlyRule(local: Date): string {
  const dayOfMonth = local.getUTCDate();
  const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  const nth = daysInMonth - dayOfMonth < 7 ? -1 : Math.ceil(dayOfMonth / 7);
  return `RRULE:FREQ=YEARLY;BYMONTH=${local.getUTCMonth() + 1};BYDAY=${nth}${WEEKDAYS[local.getUTCDay()]}`;
}

function ruleKey(t: Transition): string {
  const local = new Date(t.at.getTime() + t.from * 60_000);
  return `${yearlyRule(local)}|${local.getUTCHours()}:${local.getUTCMinutes()}|${t.from}|${t.to}`;
}

/** The years whose transitions a calendar needs: each event's year and the one before it (the
 *  offset a year starts in), however far apart the events lie. */
export function zoneYears(eventYears: readonly number[]): number[] {
  const out = new Set<number>();
  for (const y of eventYears) if (Number.isInteger(y)) out.add(y - 1).add(y);
  return [...out].sort((a, b) => a - b);
}

/**
 * A VTIMEZONE for the years the events fall in (zoneYears: its work grows with the number of
 * distinct years, never with the span between them). Where the zone changes by a fixed yearly
 * rule ("last Sunday of March") in every one of those years, each observance has an RRULE, as
 * Google and Outlook write them; otherwise every transition is an observance of its own.
 */
export function vtimezone(timeZone: string, eventYears: readonly number[]): string[] {
  const span = zoneYears(eventYears);
  const years: Transition[][] = span.map((y) => transitionsIn(timeZone, y));
  const all = years.flat();
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (all.length === 0) {
    const offset = offsetText(zoneOffset(timeZone, new Date(Date.UTC(span[0] ?? 1970, 0, 1))));
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD');
  } else {
    const first = years[0] ?? [];
    const regular =
      first.length > 0 && years.every((ts) => ts.length === first.length && ts.every((t, i) => ruleKey(t) === ruleKey(first[i]!)));
    for (const t of regular ? first : all) {
      const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
      const local = new Date(t.at.getTime() + t.from * 60_000);
      lines.push(`BEGIN:${kind}`, `DTSTART:${localStamp(local.getTime())}`);
      if (regular) lines.push(yearlyRule(local));
      lines.push(`TZOFFSETFROM:${offsetText(t.from)}`, `TZOFFSETTO:${offsetText(t.to)}`, `END:${kind}`);
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function trigger(l: LeadTime): string {
  return l.unit === 'days' ? `-P${l.amount}D` : `-PT${l.amount}H`;
}

function alarms(summary: string, leads: readonly LeadTime[], related: 'START' | 'END'): string[] {
  const list = leads.length ? leads : [{ amount: 1, unit: 'days' as const }];
  return list.flatMap((l) => [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(summary)}`,
    related === 'END' ? `TRIGGER;RELATED=END:${trigger(l)}` : `TRIGGER:${trigger(l)}`,
    'END:VALARM',
  ]);
}

function compactDate(day: string): string {
  return day.replaceAll('-', '');
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const n = new Date(Date.UTC(y, m - 1, d + 1));
  return `${n.getUTCFullYear()}${pad(n.getUTCMonth() + 1)}${pad(n.getUTCDate())}`;
}

function safeUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const isUtc = (zone: string) => /^(?:UTC|Etc\/(?:UTC|GMT|Zulu|UCT)|GMT|Zulu)$/i.test(zone);

/** The events of a calendar file: each deadline and each interview of the given postings. */
export function calendarIcs(postings: readonly Posting[], o: IcsOptions): string {
  const stamp = utcStamp(o.now);
  const timeZone = usableZone(o.timeZone);
  const utc = isUtc(timeZone);
  const events: string[] = [];
  const years: number[] = [];

  const common = (p: Posting) => {
    const lines: string[] = [];
    const description = [p.organization, p.location, p.url].filter(Boolean).join('\n');
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    if (p.location) lines.push(`LOCATION:${escapeText(p.location)}`);
    const url = safeUrl(p.url);
    if (url) lines.push(`URL:${url}`);
    return lines;
  };

  for (const p of postings) {
    if (p.deadline) {
      const summary = o.deadlineSummary(p);
      const [day, time] = p.deadline.split('T') as [string, string | undefined];
      events.push('BEGIN:VEVENT', `UID:${p.id}-deadline@frist`, `DTSTAMP:${stamp}`);
      if (time) {
        const local = `${compactDate(day)}T${time.replace(':', '')}00`;
        if (utc) events.push(`DTSTART:${local}Z`);
        else {
          events.push(`DTSTART;TZID=${timeZone}:${local}`);
          years.push(Number(day.slice(0, 4)));
        }
      } else {
        events.push(`DTSTART;VALUE=DATE:${compactDate(day)}`, `DTEND;VALUE=DATE:${nextDay(day)}`, 'TRANSP:TRANSPARENT');
      }
      events.push(
        `SUMMARY:${escapeText(summary)}`,
        ...common(p),
        'CATEGORIES:Frist',
        ...alarms(summary, o.leadTimes, time ? 'START' : 'END'),
        'END:VEVENT',
      );
    }
    for (const day of new Set(p.interviewDates)) {
      const summary = o.interviewSummary(p);
      events.push(
        'BEGIN:VEVENT',
        `UID:${p.id}-interview-${compactDate(day)}@frist`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compactDate(day)}`,
        `DTEND;VALUE=DATE:${nextDay(day)}`,
        `SUMMARY:${escapeText(summary)}`,
        ...common(p),
        'CATEGORIES:Frist',
        ...alarms(summary, o.leadTimes, 'START'),
        'END:VEVENT',
      );
    }
  }
  const zone = years.length ? vtimezone(timeZone, years) : [];
  return contentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Frist//Frist job ads//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(o.calendarName)}`,
    ...(utc ? [] : [`X-WR-TIMEZONE:${timeZone}`]),
    ...zone,
    ...events,
    'END:VCALENDAR',
  ]);
}
