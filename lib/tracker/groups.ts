import type { Status } from '../schema/posting';
import { isClosed, isSubmitted } from './status';

/** What the overview needs of a posting: read from a covering index, never the whole record. */
export interface OverviewRow {
  id: string;
  title: string;
  organization: string | null;
  deadline: string | null;
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
}

/** "Now" as the sortable local strings the grouping compares deadlines with (no Date per row). */
interface Clock {
  /** YYYY-MM-DD, today. */
  today: string;
  /** YYYY-MM-DD, 7 days from today. */
  weekEnd: string;
  /** YYYY-MM-DDTHH:mm:ss, now. */
  now: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

function clockOf(now: Date): Clock {
  const weekEnd = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 7);
  return {
    today: day(now),
    weekEnd: day(weekEnd),
    now: `${day(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`,
  };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A real calendar day ("2026-02-30" is not), without building a Date. */
function validDay(deadline: string): boolean {
  const y = Number(deadline.slice(0, 4));
  const m = Number(deadline.slice(5, 7));
  const d = Number(deadline.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1]!) return false;
  return m !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

const DEADLINE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

function groupAt(row: Pick<OverviewRow, 'deadline' | 'status'>, clock: Clock): GroupId {
  if (isClosed(row.status)) return 'closed';
  const deadline = row.deadline;
  if (!deadline || !DEADLINE.test(deadline) || !validDay(deadline)) return 'noDeadline';
  const date = deadline.slice(0, 10);
  // A date alone runs to the end of its day; a time, to that minute.
  const expired = deadline.length === 10 ? date < clock.today : `${deadline}:00` < clock.now;
  if (expired) return isSubmitted(row.status) ? 'submitted' : 'expired';
  if (date <= clock.today) return 'today';
  if (date <= clock.weekEnd) return 'week';
  return 'upcoming';
}

export function groupOf(row: Pick<OverviewRow, 'deadline' | 'status'>, now: Date): GroupId {
  return groupAt(row, clockOf(now));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A deadline as a sortable string: a date alone runs to the end of its day. */
function deadlineSortKey(deadline: string | null): string {
  if (!deadline) return '';
  return deadline.length === 10 ? `${deadline}T24:00` : deadline;
}

/** Sorts by a key computed once per row (not once per comparison), then by title and id. */
function sortBy(list: OverviewRow[], key: (r: OverviewRow) => string, descending: boolean): void {
  const keys = new Map<OverviewRow, string>();
  for (const r of list) keys.set(r, key(r));
  const sign = descending ? -1 : 1;
  list.sort((a, b) => sign * cmp(keys.get(a)!, keys.get(b)!) || cmp(a.title, b.title) || cmp(a.id, b.id));
}
const byDeadlineAsc = (list: OverviewRow[]) => sortBy(list, (r) => deadlineSortKey(r.deadline), false);
const byDeadlineDesc = (list: OverviewRow[]) => sortBy(list, (r) => deadlineSortKey(r.deadline), true);
const bySavedDesc = (a: OverviewRow, b: OverviewRow) => cmp(b.savedAt, a.savedAt) || cmp(a.id, b.id);

/**
 * Sorts rows into the overview's sections: upcoming deadlines nearest first, postings without a
 * deadline newest saved first, expired and closed ones most recent first. Empty sections are left out.
 */
export function groupOverview(rows: readonly OverviewRow[], now: Date): OverviewGroup[] {
  const buckets = new Map<GroupId, OverviewRow[]>(GROUP_IDS.map((g) => [g, []]));
  const clock = clockOf(now);
  for (const row of rows) buckets.get(groupAt(row, clock))?.push(row);
  const out: OverviewGroup[] = [];
  for (const id of GROUP_IDS) {
    const list = buckets.get(id) ?? [];
    if (list.length === 0) continue;
    if (id === 'noDeadline') list.sort(bySavedDesc);
    else if (id === 'expired' || id === 'submitted') byDeadlineDesc(list);
    else if (id === 'closed') {
      // Those with a deadline first, latest first; then those without, newest saved first.
      const dated = list.filter((r) => r.deadline);
      const undated = list.filter((r) => !r.deadline).sort(bySavedDesc);
      byDeadlineDesc(dated);
      list.splice(0, list.length, ...dated, ...undated);
    } else byDeadlineAsc(list);
    out.push({ id, rows: list, folded: FOLDED_GROUPS.includes(id) });
  }
  return out;
}
