// Changes to a saved posting from the tracker: its fields, its status (with a dated history row)
// and its notes, each validated before a row is written.
import type { z } from 'zod';
import { db as defaultDb, type ContactLogEntry, type FristDatabase, type HistoryEntry } from './database';
import type { Posting, Status } from '../schema/posting';
import { postingSchemas } from '../schema/load';
import type { Source } from '../schema/draft';
import { sameValue, stampChanges } from '../schema/facts';
import { FACT_FIELDS } from '../schema/fields';
import { urlKey } from '../url';

export type { HistoryEntry, ContactLogEntry };

/** A field that failed validation: `path` is the field's name ("title", "contacts.0.name"), `code` zod's issue code. */
export interface FieldIssue {
  path: string;
  code: string;
  message: string;
}

export type UpdateResult = { ok: true; posting: Posting; changed: boolean } | { ok: false; error: string; issues: FieldIssue[] };

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message }));
}

function fail(error: string, issues: FieldIssue[] = []): UpdateResult {
  return { ok: false, error, issues };
}

export const NOT_FOUND = 'the posting no longer exists';

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
