import { db as defaultDb, type FristDatabase } from './database';
import type { Posting, PostingInput, Snapshot } from '../schema/posting';
import { postingSchemas } from '../schema/load';
import { urlKey } from '../url';
import { fingerprint } from '../fingerprint';
import { stampChanges, userWritten } from '../schema/facts';
import type { FactField } from '../schema/fields';

export type SaveResult = { ok: true; posting: Posting; created: boolean } | { ok: false; error: string };

export interface SaveOptions {
  /** Update this posting (the user chose to update an ad saved before at another address). */
  replaceId?: string;
  /** Facts the user wrote before for which they chose what the ad now says, on saving it again. */
  adopt?: readonly FactField[];
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Validates a posting and stores it with its snapshot. A posting saved before (the same address
 * less tracking parameters and fragment, or `replaceId`) is updated in place: its id, saved time,
 * status and notes stay, and so does every fact the user wrote (source "user": a corrected
 * deadline, an added interview date) unless the input is the user's too or they chose the ad's
 * value (`adopt`). Nothing is written when validation fails; the error names the field.
 */
export async function savePosting(
  input: PostingInput,
  now = new Date(),
  database: FristDatabase = defaultDb(),
  options: SaveOptions = {},
): Promise<SaveResult> {
  const { postingInputSchema, postingSchema, describeIssues } = await postingSchemas();
  const parsed = postingInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const { snapshot, ...data } = parsed.data;
  const key = urlKey(data.url);
  const print = fingerprint(snapshot);
  const stamp = now.toISOString();
  try {
    return await database.transaction('rw', database.postings, database.snapshots, async () => {
      const byId = options.replaceId ? await database.postings.get(options.replaceId) : undefined;
      const existing = byId ?? (await database.postings.where('urlKey').equals(key).first());
      let posting: Posting;
      if (existing) {
        // Another saved posting may already own the new address: keep the one being updated.
        const clash = await database.postings.where('urlKey').equals(key).first();
        const keepKey = clash && clash.id !== existing.id ? existing.urlKey : key;
        const mine = userWritten(existing).filter((f) => data.sources?.[f] !== 'user' && !options.adopt?.includes(f));
        const kept = Object.fromEntries(mine.map((f) => [f, existing[f]]));
        posting = postingSchema.parse({
          ...existing,
          ...data,
          ...kept,
          sources: { ...data.sources, ...Object.fromEntries(mine.map((f) => [f, 'user'])) },
          inferred: (data.inferred ?? []).filter((f) => !mine.includes(f as FactField)),
          url: keepKey === key ? data.url : existing.url,
          status: existing.status,
          notes: existing.notes || data.notes,
          id: existing.id,
          urlKey: keepKey,
          fingerprint: print ?? existing.fingerprint,
          savedAt: existing.savedAt,
          updatedAt: stamp,
        });
        posting.changedAt = stampChanges(existing, posting, stamp);
        await database.postings.put(posting);
      } else {
        posting = postingSchema.parse({
          ...data,
          id: newId(),
          urlKey: key,
          fingerprint: print,
          savedAt: stamp,
          updatedAt: stamp,
          changedAt: {},
        });
        await database.postings.add(posting);
      }
      if (snapshot) await database.snapshots.put({ postingId: posting.id, text: snapshot, savedAt: stamp });
      return { ok: true as const, posting, created: !existing };
    });
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export type Duplicate = { kind: 'url' | 'text'; posting: Posting };

/** The posting this one was saved as before: by address first, else by the same ad text. */
export async function findDuplicate(
  input: Pick<PostingInput, 'url' | 'snapshot'>,
  database: FristDatabase = defaultDb(),
): Promise<Duplicate | null> {
  const byUrl = await database.postings.where('urlKey').equals(urlKey(input.url)).first();
  if (byUrl) return { kind: 'url', posting: byUrl };
  const print = fingerprint(input.snapshot ?? '');
  if (!print) return null;
  const byText = await database.postings.where('fingerprint').equals(print).first();
  return byText ? { kind: 'text', posting: byText } : null;
}

/** Saved postings, nearest deadline first; postings without a deadline follow, newest saved first. */
export async function listPostings(database: FristDatabase = defaultDb()): Promise<Posting[]> {
  const dated = await database.postings.orderBy('deadline').toArray();
  const undated = (await database.postings.orderBy('savedAt').reverse().toArray()).filter((p) => !p.deadline);
  return [...dated, ...undated];
}

export async function findPostingByUrl(url: string, database: FristDatabase = defaultDb()): Promise<Posting | undefined> {
  return database.postings.where('urlKey').equals(urlKey(url)).first();
}

export async function getPosting(id: string, database: FristDatabase = defaultDb()): Promise<Posting | undefined> {
  return database.postings.get(id);
}

export async function getSnapshot(postingId: string, database: FristDatabase = defaultDb()): Promise<Snapshot | undefined> {
  return database.snapshots.get(postingId);
}
