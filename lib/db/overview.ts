// The overview's reads: the rows for a search text and status filter, and its summary.
import { db as defaultDb, OVERVIEW_HEAD_KEY, OVERVIEW_KEY, type FristDatabase } from './database';
import { storedHead, type OverviewHead } from '../tracker/head';
import type { Status } from '../schema/posting';
import type { OverviewRow } from '../tracker/groups';
import { fold, queryWords } from '../tracker/text';

export interface OverviewQuery {
  /** Free text: every word must start a word of the title, organisation or a contact's name. */
  text?: string;
  /** Only these statuses (all when absent or empty). */
  statuses?: readonly Status[];
}

/** For each query word, the ids of the postings with a word starting with it (the multi-entry word index). */
async function wordHits(words: readonly string[], database: FristDatabase): Promise<Set<string>[]> {
  const out: Set<string>[] = [];
  for (const word of words) out.push(new Set((await database.postings.where('_words').startsWith(word).primaryKeys()) as string[]));
  return out;
}

/** Ids of the postings where every query word starts a word of the title, organisation or a contact's name; null for an empty query. */
export async function searchPostingIds(text: string, database: FristDatabase = defaultDb()): Promise<Set<string> | null> {
  const q = queryWords(text);
  if (q.length === 0) return null;
  const hits = await wordHits(q, database);
  const [first, ...rest] = hits;
  return new Set([...(first ?? [])].filter((id) => rest.every((h) => h.has(id))));
}

/** The overview's rows for a query, and how many postings there are in all (to tell "nothing saved" from "nothing matches"). */
export interface OverviewResult {
  rows: OverviewRow[];
  total: number;
}

/**
 * The overview's rows, read from the one overview record (no posting record is loaded). The
 * text search needs every query word to start a word of the title, organisation or a contact's
 * name (word index), or to occur inside the title or organisation (so "sekretær" finds
 * "Organisasjonssekretær"). With the total, from the same ONE read. Unordered: group and sort with lib/tracker/groups.ts.
 */
export async function readOverview(query: OverviewQuery = {}, database: FristDatabase = defaultDb()): Promise<OverviewResult> {
  const statuses = query.statuses?.length ? [...new Set(query.statuses)] : null;
  // All overview lines are one record: one read (30-50 ms for 10,000 postings in Chromium, far less
  // than reading 10,000 records; the popup's first screen reads the small summary instead).
  const record = await database.overview.get(OVERVIEW_KEY);
  const all: OverviewRow[] = record && 'rows' in record ? record.rows : [];
  const wanted = statuses ? new Set<string>(statuses) : null;
  const rows = wanted ? all.filter((r) => wanted.has(r.status)) : all;
  const q = queryWords(query.text ?? '');
  if (q.length === 0) return { rows, total: all.length };
  const hits = await wordHits(q, database);
  return {
    rows: rows.filter((r) => {
      const text = fold(`${r.title} ${r.organization ?? ''}`);
      return q.every((w, i) => hits[i]!.has(r.id) || text.includes(w));
    }),
    total: all.length,
  };
}

/**
 * The summary of the overview for the popup's first screen (lib/tracker/head.ts). It is written
 * with every change of a posting (and by the upgrade to version 7), so a database without one has
 * never held a posting: its summary is the empty one.
 */
export async function readOverviewHead(database: FristDatabase = defaultDb(), now = new Date()): Promise<OverviewHead> {
  return storedHead(await database.overview.get(OVERVIEW_HEAD_KEY), now);
}

/** The overview's rows alone (see readOverview). */
export function listOverview(query: OverviewQuery = {}, database: FristDatabase = defaultDb()): Promise<OverviewRow[]> {
  return readOverview(query, database).then((r) => r.rows);
}
