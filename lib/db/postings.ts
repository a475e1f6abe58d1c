import { db as defaultDb, type FristDatabase } from './database';
import { describeIssues, postingInputSchema, postingSchema, type Posting, type PostingInput } from '../schema/posting';
import { urlKey } from '../url';

export type SaveResult =
  | { ok: true; posting: Posting; created: boolean }
  | { ok: false; error: string };

function newId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Validates a posting and stores it. A posting whose address (less tracking parameters and
 * fragment) is already saved is updated in place: its id, saved time, status and notes stay.
 * Nothing is written when validation fails; the error names the field.
 */
export async function savePosting(input: PostingInput, now = new Date(), database: FristDatabase = defaultDb()): Promise<SaveResult> {
  const parsed = postingInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const data = parsed.data;
  const key = urlKey(data.url);
  const stamp = now.toISOString();
  try {
    return await database.transaction('rw', database.postings, async () => {
      const existing = await database.postings.where('urlKey').equals(key).first();
      if (existing) {
        const posting = postingSchema.parse({
          ...existing,
          ...data,
          status: existing.status,
          notes: existing.notes || data.notes,
          id: existing.id,
          urlKey: key,
          savedAt: existing.savedAt,
          updatedAt: stamp,
        });
        await database.postings.put(posting);
        return { ok: true as const, posting, created: false };
      }
      const posting = postingSchema.parse({ ...data, id: newId(), urlKey: key, savedAt: stamp, updatedAt: stamp });
      await database.postings.add(posting);
      return { ok: true as const, posting, created: true };
    });
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
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

export async function deletePosting(id: string, database: FristDatabase = defaultDb()): Promise<void> {
  await database.postings.delete(id);
}

export async function countPostings(database: FristDatabase = defaultDb()): Promise<number> {
  return database.postings.count();
}
