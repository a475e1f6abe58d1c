// Deleting a posting: it goes to the trash with its saved copy, history and contact log, in one
// transaction, and comes back from there (or from an Undo) exactly as it was.
import { db as defaultDb, type FristDatabase, type TrashRow } from './database';
import { postingSchemas } from '../schema/load';

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
