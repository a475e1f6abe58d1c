import {
  byDueAsc,
  clockOf,
  groupAt,
  FOLDED_GROUPS,
  GROUP_IDS,
  groupOverview,
  STAGE,
  type GroupId,
  type OverviewGroup,
  type OverviewRow,
} from './groups';

/**
 * The overview's first screen without its 10,000 lines: kept beside the one overview record and
 * written with it (lib/db), it is small enough to read in a few milliseconds.
 * - `dues`: for every deadline key (dueKey) of a posting that is not closed, how many open and how
 *   many submitted postings have it, sorted by key: the groups' sizes at any "now";
 * - `first`: the not-closed postings whose deadline was still ahead when the summary was written
 *   (`from`), soonest first, at most about `FIRST_SIZE` of them (all of those that share the last
 *   one's deadline): the rows at the top of the list, for as long as enough of them lie ahead.
 */
export interface OverviewHead {
  /** [due key, open postings, submitted postings], sorted by due key. */
  dues: [string, number, number][];
  /** Not-closed postings without a (valid) deadline: [open, submitted]. */
  undated: [number, number];
  closed: number;
  total: number;
  /** The due key of the moment the summary was written. */
  from: string;
  /** Not-closed postings with a deadline at or after `from`, sorted by deadline, title and id. */
  first: OverviewRow[];
  /** Every line, when there are no more than `FIRST_SIZE` (a short list is drawn from the summary alone). */
  lines?: OverviewRow[];
}

/**
 * Rows kept in the summary: five popup screens. When fewer than a screen's worth of them still lie
 * ahead (many deadlines passed since the last change), the overview reads all lines instead.
 */
export const FIRST_SIZE = 40;

/**
 * The summary as stored (lib/db): a database whose postings never changed since it was created
 * holds none, and has no lines either.
 */
export function storedHead(record: unknown, now: Date): OverviewHead {
  return typeof record === 'object' && record !== null && 'first' in record && 'dues' in record
    ? (record as OverviewHead)
    : buildHead([], now);
}

/** The summary of all overview lines, as of `now`. */
export function buildHead(lines: readonly OverviewRow[], now: Date, size = FIRST_SIZE): OverviewHead {
  const from = clockOf(now).now;
  const counts = new Map<string, [number, number]>();
  const undated: [number, number] = [0, 0];
  const ahead: OverviewRow[] = [];
  let closed = 0;
  let total = 0;
  for (const r of lines) {
    total++;
    const stage = STAGE[r.status];
    if (stage === 'closed') {
      closed++;
      continue;
    }
    const slot = stage === 'open' ? 0 : 1;
    if (r.due === null) {
      undated[slot]++;
      continue;
    }
    let c = counts.get(r.due);
    if (!c) counts.set(r.due, (c = [0, 0]));
    c[slot]++;
    if (r.due >= from) ahead.push(r);
  }
  ahead.sort(byDueAsc);
  let end = Math.min(size, ahead.length);
  while (end > 0 && end < ahead.length && ahead[end]!.due === ahead[end - 1]!.due) end++;
  const dues = [...counts].map(([k, [o, s]]) => [k, o, s] as [string, number, number]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const head: OverviewHead = { dues, undated, closed, total, from, first: ahead.slice(0, end) };
  if (total <= size) head.lines = [...lines];
  return head;
}

/** The first screen's groups from the summary: every group's size, and the known rows at the top. */
export interface HeadScreen {
  groups: OverviewGroup[];
  total: number;
}

/**
 * The overview's groups at `now` from the summary alone, when it can tell the top of the list
 * exactly: it holds every line (a short list), or `now` is not before it was written and at least
 * `rows` of its first postings still lie ahead, enough to fill the screen (else null: read the
 * whole overview). Groups below those rows come with their size and no rows yet.
 */
export function headScreen(head: OverviewHead, now: Date, rows = 12): HeadScreen | null {
  if (head.lines) return { groups: groupOverview(head.lines, now).map((g) => ({ ...g, count: g.rows.length })), total: head.total };
  const clock = clockOf(now);
  if (clock.now < head.from) return null;
  let start = 0;
  while (start < head.first.length && head.first[start]!.due! < clock.now) start++;
  const known = head.first.slice(start);
  if (known.length < rows) return null;
  const size = new Map<GroupId, number>(GROUP_IDS.map((g) => [g, 0]));
  const add = (g: GroupId, n: number) => size.set(g, size.get(g)! + n);
  // The same sections groupOverview gives each line: an open and a submitted posting stand for their stage.
  for (const [due, open, submitted] of head.dues) {
    add(groupAt(due, 'saved', clock), open);
    add(groupAt(due, 'applied', clock), submitted);
  }
  add('noDeadline', head.undated[0] + head.undated[1]);
  add('closed', head.closed);
  const rowsOf = new Map<GroupId, OverviewRow[]>(GROUP_IDS.map((g) => [g, []]));
  for (const r of known) rowsOf.get(groupAt(r.due, r.status, clock))!.push(r);
  const groups: OverviewGroup[] = [];
  for (const id of GROUP_IDS) {
    const count = size.get(id)!;
    if (count > 0) groups.push({ id, rows: rowsOf.get(id)!, folded: FOLDED_GROUPS.includes(id), count });
  }
  return { groups, total: head.total };
}
