import { isClosed, isSubmitted, STATUSES, type Status } from '../schema/status';
import { calendarDay } from '../schema/days';

/** What the overview needs of a posting: one line of the one overview record (lib/db), never the whole posting. */
export interface OverviewRow {
  id: string;
  title: string;
  organization: string | null;
  deadline: string | null;
  /** The deadline as the key the overview sorts and compares with "now" (see dueKey): computed when the row is written. */
  due: string | null;
  status: Status;
  savedAt: string;
}

/**
 * The overview's sections, in display order.
 * - today: the deadline is today and has not passed;
 * - week: the deadline is within the next 7 days (tomorrow up to 7 days ahead);
 * - upcoming: later deadlines;
 * - noDeadline: open postings without a deadline;
 * - submitted: applied / interview / offer whose deadline has passed (waiting for an answer: the
 *   deadline is irrelevant now, the application is not);
 * - expired: the deadline passed before anything was sent (saved / preparing): folded;
 * - closed: rejected or withdrawn, whatever the deadline: folded.
 */
export const GROUP_IDS = ['today', 'week', 'upcoming', 'noDeadline', 'submitted', 'expired', 'closed'] as const;
export type GroupId = (typeof GROUP_IDS)[number];
export const FOLDED_GROUPS: readonly GroupId[] = ['expired', 'closed'];

export interface OverviewGroup {
  id: GroupId;
  rows: OverviewRow[];
  /** Folded by default: expired and closed postings are out of the way until asked for. */
  folded: boolean;
  /** How many postings the group holds when `rows` is only its first part (see lib/tracker/head.ts). */
  count?: number;
}

/** "Now" as due keys (see dueKey): the overview compares each row's key with these, no Date per row. */
export interface Clock {
  /** This moment. */
  now: string;
  /** The start of tomorrow: earlier keys are due today. */
  tomorrow: string;
  /** The start of the 8th day from today: earlier keys are due within the next 7 days. */
  afterWeek: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const dayStart = (now: Date, days: number) => `${day(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days))}T00:00:00`;

export function clockOf(now: Date): Clock {
  return {
    now: `${day(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`,
    tomorrow: dayStart(now, 1),
    afterWeek: dayStart(now, 8),
  };
}

const DEADLINE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

/**
 * A deadline as a key that sorts and compares as a local time, "YYYY-MM-DDTHH:mm:ss": a date alone
 * runs to the end of its day ("T24:00:00"), a time to that minute. Null when there is no deadline
 * or it is not a real date. Computed once when a posting is written (the overview line), so that
 * grouping thousands of rows is a few string comparisons each.
 */
export function dueKey(deadline: string | null | undefined): string | null {
  if (!deadline || !DEADLINE.test(deadline) || !calendarDay(deadline)) return null;
  return deadline.length === 10 ? `${deadline}T24:00:00` : `${deadline}:00`;
}

/** Closed, submitted or still open, per status (a lookup, not a list search per row). */
export const STAGE = Object.fromEntries(STATUSES.map((s) => [s, isClosed(s) ? 'closed' : isSubmitted(s) ? 'submitted' : 'open'])) as Record<
  Status,
  'closed' | 'submitted' | 'open'
>;

/** The section of a posting with this deadline key and status at `clock`. */
export function groupAt(due: string | null, status: Status, clock: Clock): GroupId {
  const stage = STAGE[status];
  if (stage === 'closed') return 'closed';
  if (due === null) return 'noDeadline';
  if (due < clock.now) return stage === 'submitted' ? 'submitted' : 'expired';
  if (due < clock.tomorrow) return 'today';
  if (due < clock.afterWeek) return 'week';
  return 'upcoming';
}

export function groupOf(row: Pick<OverviewRow, 'deadline' | 'status'>, now: Date): GroupId {
  return groupAt(dueKey(row.deadline), row.status, clockOf(now));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Rows carry their sort key (`due`, written with the row): they are compared directly.
const tie = (a: OverviewRow, b: OverviewRow) => cmp(a.title, b.title) || cmp(a.id, b.id);
/** Nearest deadline first, then by title and id (rows with a deadline). */
export const byDueAsc = (a: OverviewRow, b: OverviewRow) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : tie(a, b));
/** Latest deadline first, then by title and id (rows with a deadline). */
const byDueDesc = (a: OverviewRow, b: OverviewRow) => (a.due! > b.due! ? -1 : a.due! < b.due! ? 1 : tie(a, b));
/** Newest saved first, then by id. */
const bySavedDesc = (a: OverviewRow, b: OverviewRow) => cmp(b.savedAt, a.savedAt) || cmp(a.id, b.id);

/**
 * Sorts rows into the overview's sections: upcoming deadlines nearest first, postings without a
 * deadline newest saved first, expired and closed ones most recent first. Empty sections are left out.
 */
export function groupOverview(rows: readonly OverviewRow[], now: Date): OverviewGroup[] {
  const buckets = new Map<GroupId, OverviewRow[]>(GROUP_IDS.map((g) => [g, []]));
  const clock = clockOf(now);
  for (const r of rows) buckets.get(groupAt(r.due, r.status, clock))!.push(r);
  const out: OverviewGroup[] = [];
  for (const id of GROUP_IDS) {
    const list = buckets.get(id)!;
    if (list.length === 0) continue;
    if (id === 'noDeadline') list.sort(bySavedDesc);
    else if (id === 'expired' || id === 'submitted') list.sort(byDueDesc);
    else if (id === 'closed') {
      // Those with a deadline first, latest first; then those without, newest saved first.
      const dated = list.filter((r) => r.due !== null).sort(byDueDesc);
      const undated = list.filter((r) => r.due === null).sort(bySavedDesc);
      list.splice(0, list.length, ...dated, ...undated);
    } else list.sort(byDueAsc);
    out.push({ id, rows: list, folded: FOLDED_GROUPS.includes(id) });
  }
  return out;
}
