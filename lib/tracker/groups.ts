import type { Status } from '../schema/posting';
import { parseLocal } from '../time';
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
  return { today: day(now), weekEnd: day(weekEnd), now: `${day(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}` };
}

const DEADLINE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

function groupAt(row: Pick<OverviewRow, 'deadline' | 'status'>, clock: Clock): GroupId {
  if (isClosed(row.status)) return 'closed';
  const deadline = row.deadline;
  if (!deadline || !DEADLINE.test(deadline) || !parseLocal(deadline.slice(0, 10))) return 'noDeadline';
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

const byDeadlineAsc = (a: OverviewRow, b: OverviewRow) =>
  cmp(deadlineSortKey(a.deadline), deadlineSortKey(b.deadline)) || cmp(a.title, b.title) || cmp(a.id, b.id);
const byDeadlineDesc = (a: OverviewRow, b: OverviewRow) =>
  cmp(deadlineSortKey(b.deadline), deadlineSortKey(a.deadline)) || cmp(a.title, b.title) || cmp(a.id, b.id);
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
    else if (id === 'expired' || id === 'submitted') list.sort(byDeadlineDesc);
    else if (id === 'closed') list.sort((a, b) => (a.deadline && b.deadline ? byDeadlineDesc(a, b) : a.deadline ? -1 : b.deadline ? 1 : bySavedDesc(a, b)));
    else list.sort(byDeadlineAsc);
    out.push({ id, rows: list, folded: FOLDED_GROUPS.includes(id) });
  }
  return out;
}
