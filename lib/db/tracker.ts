import type { z } from 'zod';
import {
  db as defaultDb,
  OVERVIEW_HEAD_KEY,
  OVERVIEW_KEY,
  type ContactLogEntry,
  type FristDatabase,
  type HistoryEntry,
  type TrashRow,
} from './database';
import { storedHead, type OverviewHead } from '../tracker/head';
import type { Posting, Status } from '../schema/posting';
import { postingSchemas, settingsSchemas } from '../schema/load';
import type { Source } from '../schema/draft';
import { FACT_FIELDS, sameValue, stampChanges } from '../schema/facts';
import { urlKey } from '../url';
import type { OverviewRow } from '../tracker/groups';
import { fold, queryWords } from '../tracker/text';
import { groupContacts, type ContactGroup, type ContactOccurrence, type ContactPostingRef } from '../tracker/contacts';
import { DEFAULT_SETTINGS, settingsFromRows, type SettingKey, type Settings } from '../tracker/settings';

export type { HistoryEntry, ContactLogEntry };

/** A field that failed validation: `path` is the field's name ("title", "contacts.0.name"), `code` zod's issue code. */
export interface FieldIssue {
  path: string;
  code: string;
  message: string;
}

export type UpdateResult = { ok: true; posting: Posting; changed: boolean } | { ok: false; error: string; issues: FieldIssue[] };

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message }));
}

function fail(error: string, issues: FieldIssue[] = []): UpdateResult {
  return { ok: false, error, issues };
}

const NOT_FOUND = 'the posting no longer exists';

/** The fields of a posting the user may change (id, urlKey, savedAt and updatedAt are the store's). */
export type PostingPatch = Partial<Omit<Posting, 'id' | 'urlKey' | 'fingerprint' | 'savedAt' | 'updatedAt'>>;

/**
 * Changes fields of a saved posting. The result is validated with the posting schema as a whole;
 * when it fails nothing is written and every failing field is named. A changed status is
 * recorded in the history like `setStatus`; hand-edited facts get the source "user".
 */
export async function updatePosting(
  id: string,
  patch: PostingPatch,
  now = new Date(),
  database: FristDatabase = defaultDb(),
): Promise<UpdateResult> {
  try {
    const { postingSchema, describeIssues } = await postingSchemas();
    return await database.transaction('rw', database.postings, database.history, async () => {
      const existing = await database.postings.get(id);
      if (!existing) return fail(NOT_FOUND);
      const merged = { ...existing, ...patch, id: existing.id, savedAt: existing.savedAt, updatedAt: now.toISOString() };
      const parsed = postingSchema.safeParse({ ...merged, urlKey: urlKey(typeof merged.url === 'string' ? merged.url : '') });
      if (!parsed.success) return fail(describeIssues(parsed.error), issuesOf(parsed.error));
      const next = parsed.data;
      const edited = FACT_FIELDS.filter((f) => f in patch && !sameValue(existing[f], next[f]));
      if (edited.length > 0) {
        const sources: Record<string, Source> = { ...(existing.sources ?? {}) };
        for (const f of edited) sources[f] = 'user';
        next.sources = sources;
        if (next.inferred) next.inferred = next.inferred.filter((f) => !edited.includes(f as (typeof FACT_FIELDS)[number]));
      }
      const changed = (Object.keys(patch) as (keyof PostingPatch)[]).some((k) => !sameValue(existing[k], next[k]));
      if (!changed) return { ok: true as const, posting: existing, changed: false };
      next.changedAt = stampChanges(existing, next, next.updatedAt);
      if (next.urlKey !== existing.urlKey) {
        const clash = await database.postings.where('urlKey').equals(next.urlKey).first();
        if (clash && clash.id !== id) {
          return fail('url: another saved posting has this address', [
            { path: 'url', code: 'duplicate', message: 'another saved posting has this address' },
          ]);
        }
      }
      await database.postings.put(next);
      if (next.status !== existing.status) {
        await database.history.add({ postingId: id, at: next.updatedAt, from: existing.status, to: next.status });
      }
      return { ok: true as const, posting: next, changed: true };
    });
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}

/** Moves a posting along the pipeline and writes a dated history row (nothing when the status is unchanged). */
export async function setStatus(
  id: string,
  status: Status,
  now = new Date(),
  database: FristDatabase = defaultDb(),
): Promise<UpdateResult> {
  const { statusSchema, describeIssues } = await postingSchemas();
  const s = statusSchema.safeParse(status);
  if (!s.success)
    return fail(`status: ${describeIssues(s.error)}`, [{ path: 'status', code: 'invalid_value', message: describeIssues(s.error) }]);
  return updatePosting(id, { status: s.data }, now, database);
}

export async function updateNotes(
  id: string,
  notes: string,
  now = new Date(),
  database: FristDatabase = defaultDb(),
): Promise<UpdateResult> {
  return updatePosting(id, { notes }, now, database);
}

/** The status changes of a posting, oldest first. */
export async function listHistory(postingId: string, database: FristDatabase = defaultDb()): Promise<HistoryEntry[]> {
  const rows = await database.history.where('postingId').equals(postingId).toArray();
  return rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
}

/** Everything one deletion removed, enough to put it back exactly. */
export type UndoToken = Omit<TrashRow, 'id'>;

/** How long a deleted posting can be restored from the trash. */
export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Deletes a posting together with its saved copy, history and contact log, in one transaction,
 * into the trash, where it can be restored for TRASH_DAYS; returns what was removed. Null when
 * there was no such posting.
 */
export async function removePosting(id: string, now = new Date(), database: FristDatabase = defaultDb()): Promise<UndoToken | null> {
  return database.transaction(
    'rw',
    [database.postings, database.snapshots, database.history, database.contactLog, database.trash],
    async () => {
      const posting = await database.postings.get(id);
      if (!posting) return null;
      const snapshot = (await database.snapshots.get(id)) ?? null;
      const history = await database.history.where('postingId').equals(id).toArray();
      const contactLog = await database.contactLog.where('postingId').equals(id).toArray();
      await database.history.where('postingId').equals(id).delete();
      await database.contactLog.where('postingId').equals(id).delete();
      await database.snapshots.delete(id);
      await database.postings.delete(id);
      const token: UndoToken = { posting, snapshot, history, contactLog, removedAt: now.toISOString() };
      await database.trash.put({ id, ...token });
      return token;
    },
  );
}

export type RestoreResult = { ok: true } | { ok: false; error: string };

/**
 * Puts back what `removePosting` removed, in one transaction, and takes it out of the trash.
 * Refuses (writing nothing) when the same ad was saved again in the meantime: the new posting is
 * not overwritten, and the deleted one stays in the trash.
 */
export async function restorePosting(token: UndoToken, database: FristDatabase = defaultDb()): Promise<RestoreResult> {
  const { postingSchema, snapshotSchema, describeIssues } = await postingSchemas();
  const parsed = postingSchema.safeParse(token.posting);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const snapshot = token.snapshot ? snapshotSchema.safeParse(token.snapshot) : null;
  if (snapshot && !snapshot.success) return { ok: false, error: describeIssues(snapshot.error) };
  try {
    const tables = [database.postings, database.snapshots, database.history, database.contactLog, database.trash];
    return await database.transaction('rw', tables, async () => {
      if (await database.postings.get(parsed.data.id)) {
        await database.trash.delete(parsed.data.id);
        return { ok: true as const };
      }
      const clash = await database.postings.where('urlKey').equals(parsed.data.urlKey).first();
      if (clash) return { ok: false as const, error: 'this ad has been saved again since it was deleted' };
      await database.postings.add(parsed.data);
      if (snapshot?.success) await database.snapshots.put(snapshot.data);
      if (token.history.length) await database.history.bulkPut(token.history);
      if (token.contactLog.length) await database.contactLog.bulkPut(token.contactLog);
      await database.trash.delete(parsed.data.id);
      return { ok: true as const };
    });
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** A posting in the trash, as the trash lists it. */
export interface TrashItem {
  id: string;
  title: string;
  organization: string | null;
  removedAt: string;
  /** The last day it can be restored (ISO date-time). */
  keptUntil: string;
}

/** The earliest deletion still in the trash as of `now` (ISO date-time), and a deletion's last day there. */
const trashFrom = (now: Date): string => new Date(now.getTime() - TRASH_DAYS * DAY_MS).toISOString();
const keptUntil = (removedAt: string): string => new Date(Date.parse(removedAt) + TRASH_DAYS * DAY_MS).toISOString();

/** Removes from the trash what was deleted more than TRASH_DAYS ago; returns how many. */
export async function purgeTrash(now = new Date(), database: FristDatabase = defaultDb()): Promise<number> {
  return database.trash.where('removedAt').below(trashFrom(now)).delete();
}

/** The trash, newest deletion first, without what has expired (read only: see purgeTrash). */
export async function listTrash(now = new Date(), database: FristDatabase = defaultDb()): Promise<TrashItem[]> {
  const rows = await database.trash.where('removedAt').aboveOrEqual(trashFrom(now)).reverse().sortBy('removedAt');
  return rows.map((r) => ({
    id: r.id,
    title: r.posting.title,
    organization: r.posting.organization ?? null,
    removedAt: r.removedAt,
    keptUntil: keptUntil(r.removedAt),
  }));
}

/** Restores a posting from the trash (see restorePosting). */
export async function restoreFromTrash(id: string, database: FristDatabase = defaultDb()): Promise<RestoreResult> {
  const row = await database.trash.get(id);
  if (!row) return { ok: false, error: 'this posting is no longer in the trash' };
  const { id: _id, ...token } = row;
  return restorePosting(token, database);
}

/** Deletes everything in the trash for good. */
export async function emptyTrash(database: FristDatabase = defaultDb()): Promise<void> {
  await database.trash.clear();
}

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

/** Everyone named as a contact in any posting, grouped into people, with organisation and postings and their log. */
export interface ContactWithLog extends ContactGroup {
  log: ContactLogEntry[];
}

/**
 * The contacts view: every contact person across all postings, read from the `_contacts` index and the
 * one overview record (no posting record is loaded), grouped by folded name and shared phone or email.
 */
export async function listContacts(database: FristDatabase = defaultDb()): Promise<ContactWithLog[]> {
  const settings = await getSettings(database);
  const occurrences: ContactOccurrence[] = [];
  await database.postings.orderBy('_contacts').eachKey((key, cursor) => {
    const [name, role, phone, email] = key as unknown as [string, string, string, string];
    occurrences.push({ postingId: String(cursor.primaryKey), name, role: role || null, phone: phone || null, email: email || null });
  });
  const refs = new Map<string, ContactPostingRef>();
  const ids = new Set(occurrences.map((o) => o.postingId));
  if (ids.size) {
    // Read directly (not through listOverview): each extra layer of native awaits inside a live
    // query risks Dexie losing track of what the query read after it.
    for (const row of (await readOverview({}, database)).rows)
      if (ids.has(row.id)) refs.set(row.id, { id: row.id, title: row.title, organization: row.organization });
  }
  const groups = groupContacts(occurrences, refs, settings.phoneCountry);
  const log = await database.contactLog.toArray();
  const byKey = new Map<string, ContactLogEntry[]>();
  for (const entry of log) byKey.set(entry.contactKey, [...(byKey.get(entry.contactKey) ?? []), entry]);
  return groups.map((g) => ({
    ...g,
    log: g.keys.flatMap((k) => byKey.get(k) ?? []).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id)),
  }));
}

export type LogResult = { ok: true; entry: ContactLogEntry } | { ok: false; error: string };

/** Adds "called on …, said …" to a contact's log (text trimmed, 1–5,000 characters). */
export async function addContactLog(
  entry: { contactKey: string; postingId: string; text: string; at?: Date },
  now = new Date(),
  database: FristDatabase = defaultDb(),
): Promise<LogResult> {
  const text = entry.text.trim();
  if (!text) return { ok: false, error: 'text: write what was said' };
  if (text.length > 5000) return { ok: false, error: 'text: at most 5,000 characters' };
  if (!entry.contactKey || entry.contactKey.length > 600) return { ok: false, error: 'contactKey: invalid' };
  const at = (entry.at ?? now).toISOString();
  return database.transaction('rw', database.postings, database.contactLog, async () => {
    if (!(await database.postings.get(entry.postingId))) return { ok: false as const, error: NOT_FOUND };
    const row = { contactKey: entry.contactKey, postingId: entry.postingId, at, text };
    const id = await database.contactLog.add(row);
    return { ok: true as const, entry: { ...row, id } };
  });
}

/** The log of a contact (all of its keys), newest first. */
export async function listContactLog(contactKeys: readonly string[], database: FristDatabase = defaultDb()): Promise<ContactLogEntry[]> {
  if (contactKeys.length === 0) return [];
  const rows = await database.contactLog
    .where('contactKey')
    .anyOf([...contactKeys])
    .toArray();
  return rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id));
}

export async function deleteContactLog(id: number, database: FristDatabase = defaultDb()): Promise<void> {
  await database.contactLog.delete(id);
}

/** The settings, every missing or invalid stored value replaced by its default. */
export async function getSettings(database: FristDatabase = defaultDb()): Promise<Settings> {
  const rows = await database.settings.toArray();
  return settingsFromRows(rows);
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; error: string; issues: FieldIssue[] };

/** Validates and stores changed settings; nothing is written when any of them is invalid. */
export async function saveSettings(patch: Partial<Settings>, database: FristDatabase = defaultDb()): Promise<SettingsResult> {
  const [{ settingsSchema }, { describeIssues }] = await Promise.all([settingsSchemas(), postingSchemas()]);
  const parsed = settingsSchema.partial().strict().safeParse(patch);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error), issues: issuesOf(parsed.error) };
  const entries = Object.entries(parsed.data).filter(([, v]) => v !== undefined) as [SettingKey, unknown][];
  await database.transaction('rw', database.settings, async () => {
    await database.settings.bulkPut(entries.map(([key, value]) => ({ key, value })));
  });
  return { ok: true, settings: await getSettings(database) };
}

export { DEFAULT_SETTINGS };
