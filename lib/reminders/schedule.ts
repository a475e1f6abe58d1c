import { differenceInCalendarDays } from 'date-fns';
import type { Posting, Status } from '../schema/posting';
import type { LeadTime, Settings } from '../tracker/settings';
import { isExpired, parseLocal } from '../time';

/**
 * The reminder schedule, pure: postings, settings and the current moment in, reminders out.
 * All calendar arithmetic is in the browser's time zone (like lib/time.ts), so "8:00 two days
 * before" is 8:00 on the wall clock also across a change to or from daylight-saving time, while
 * "three hours before" is three real hours.
 */

/** The hour of the day (local time) at which day-based reminders are shown. */
export const REMINDER_HOUR = 8;
/** The toolbar badge counts deadlines this many calendar days ahead (today, tomorrow, …, in 3 days). */
export const SOON_DAYS = 3;

/** Postings whose deadline is reminded of: not yet applied to, rejected or withdrawn. */
export const DEADLINE_STATUSES: ReadonlySet<Status> = new Set<Status>(['saved', 'preparing']);
/** Postings whose interview days are reminded of: still in the running. */
export const INTERVIEW_STATUSES: ReadonlySet<Status> = new Set<Status>(['saved', 'preparing', 'applied', 'interview']);

export type ReminderKind = 'deadline' | 'interview';

/** Why a reminder is at its moment: N days before at 8:00, on the day at 8:00, or a span before the deadline. */
export type ReminderLead = { kind: 'days'; days: number } | { kind: 'before'; seconds: number };

export interface Reminder {
  /** Stable: the same posting, kind and moment always give the same id (`${postingId}:${kind}:${ISO moment}`). */
  id: string;
  postingId: string;
  kind: ReminderKind;
  /** When to remind (epoch ms). */
  at: number;
  /** The moment the reminder is about (epoch ms): the deadline, or the end of a day without a time. Nothing is shown after it. */
  target: number;
  /** The deadline or interview day as stored ("2026-12-15", "2026-12-15T12:00"), for the notification's text. */
  value: string;
  lead: ReminderLead;
}

export type ReminderSettings = Pick<Settings, 'reminderLeadTimes'> & Partial<Pick<Settings, 'reminderLeadSeconds'>>;

export function reminderId(postingId: string, kind: ReminderKind, at: number): string {
  return `${postingId}:${kind}:${new Date(at).toISOString()}`;
}

/** Local midnight of a calendar day shifted by `days` (wall-clock days, not 24-hour spans). */
function dayAt(date: Date, days: number, hour: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, hour, 0, 0, 0);
}

/** The moment a deadline or day ends: its time of day, or the start of the next day when it has none. */
export function targetOf(value: string): number | null {
  const m = parseLocal(value);
  if (!m) return null;
  return m.hasTime ? m.date.getTime() : dayAt(m.date, 1, 0).getTime();
}

const leadSeconds = (l: LeadTime) => (l.unit === 'days' ? l.amount * 86_400 : l.amount * 3_600);

/**
 * Every reminder of one posting, past and future, earliest first. Deadlines: for each lead time
 * in days, 8:00 that many days before the deadline's day; 8:00 on the deadline's day; for a
 * deadline with a time of day also each lead time in hours (and the extra lead times in seconds)
 * before it. Interview days: 8:00 the day before. A reminder at or after its deadline is dropped;
 * two lead times that fall on the same moment give one reminder.
 */
export function remindersOf(posting: Posting, settings: ReminderSettings): Reminder[] {
  const out = new Map<string, Reminder>();
  const add = (kind: ReminderKind, at: number, target: number, value: string, lead: ReminderLead) => {
    if (!(at < target)) return;
    const id = reminderId(posting.id, kind, at);
    if (!out.has(id)) out.set(id, { id, postingId: posting.id, kind, at, target, value, lead });
  };

  const deadline = posting.deadline ? parseLocal(posting.deadline) : null;
  if (deadline && posting.deadline && DEADLINE_STATUSES.has(posting.status)) {
    const target = targetOf(posting.deadline)!;
    const days = new Set<number>([0]);
    const spans = new Set<number>(settings.reminderLeadSeconds ?? []);
    for (const l of settings.reminderLeadTimes) {
      if (l.unit === 'days') days.add(l.amount);
      else spans.add(leadSeconds(l));
    }
    for (const d of [...days].sort((a, b) => b - a)) {
      add('deadline', dayAt(deadline.date, -d, REMINDER_HOUR).getTime(), target, posting.deadline, { kind: 'days', days: d });
    }
    if (deadline.hasTime) {
      for (const s of [...spans].sort((a, b) => b - a))
        add('deadline', target - s * 1000, target, posting.deadline, { kind: 'before', seconds: s });
    }
  }

  if (INTERVIEW_STATUSES.has(posting.status)) {
    for (const day of new Set(posting.interviewDates ?? [])) {
      const m = parseLocal(day);
      const target = targetOf(day);
      if (!m || target === null) continue;
      add('interview', dayAt(m.date, -1, REMINDER_HOUR).getTime(), target, day, { kind: 'days', days: 1 });
    }
  }
  return [...out.values()].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

/** The reminders still to come (after `now`), earliest first: what the alarms are set for. */
export function upcomingReminders(postings: readonly Posting[], settings: ReminderSettings, now: Date): Reminder[] {
  const t = now.getTime();
  return postings
    .flatMap((p) => remindersOf(p, settings))
    .filter((r) => r.at > t)
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

/**
 * The reminders to show now. For each posting and each deadline or interview day only the latest
 * reminder whose moment has come counts (a browser closed for a week shows one reminder, not
 * three), and it is shown when
 * - it was not shown before (`shown` holds the ids of the reminders shown so far),
 * - its deadline or interview day has not passed,
 * - its moment lies after `since` (when reminders began: no backlog on the first run) and after the
 *   posting was last changed (a posting saved two days before its deadline does not at once
 *   remind of the week-before moment the user just lived through).
 * A reminder missed while the browser was closed is therefore shown once at the next start, and
 * never after its deadline.
 */
export function dueReminders(
  postings: readonly Posting[],
  settings: ReminderSettings,
  now: Date,
  shown: ReadonlySet<string>,
  since = Number.NEGATIVE_INFINITY,
): Reminder[] {
  const t = now.getTime();
  const due: Reminder[] = [];
  for (const posting of postings) {
    const changed = Date.parse(posting.updatedAt);
    const floor = Math.max(since, Number.isNaN(changed) ? Number.NEGATIVE_INFINITY : changed);
    const latest = new Map<string, Reminder>();
    for (const r of remindersOf(posting, settings)) {
      if (r.at > t) continue;
      const key = `${r.kind}:${r.target}`;
      const prev = latest.get(key);
      if (!prev || r.at > prev.at) latest.set(key, r);
    }
    for (const r of latest.values()) {
      if (shown.has(r.id) || t >= r.target || r.at <= floor) continue;
      due.push(r);
    }
  }
  return due.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

/** True when a posting's deadline is today or within the next `days` calendar days, not passed, and it is still open. */
export function isDeadlineSoon(posting: Pick<Posting, 'deadline' | 'status'>, now: Date, days = SOON_DAYS): boolean {
  if (!posting.deadline || !DEADLINE_STATUSES.has(posting.status)) return false;
  const m = parseLocal(posting.deadline);
  if (!m || isExpired(posting.deadline, now)) return false;
  return differenceInCalendarDays(m.date, now) <= days;
}

/** How many open postings have their deadline in the next `days` days (the toolbar badge). */
export function countSoon(postings: readonly Pick<Posting, 'deadline' | 'status'>[], now: Date, days = SOON_DAYS): number {
  return postings.filter((p) => isDeadlineSoon(p, now, days)).length;
}
