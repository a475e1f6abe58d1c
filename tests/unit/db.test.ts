import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FristDatabase } from '../../lib/db/database';
import { findDuplicate, findPostingByUrl, getSnapshot, listPostings, savePosting } from '../../lib/db/postings';
import { removePosting } from '../../lib/db/trash';
import { updatePosting } from '../../lib/db/edits';
import { emptyDraft } from '../../lib/schema/draft';
import type { PostingInput } from '../../lib/schema/posting';

let database: FristDatabase;
let n = 0;
beforeEach(() => {
  database = new FristDatabase(`test-${++n}`);
});
afterEach(async () => {
  await database.delete();
});

function posting(patch: Partial<PostingInput>): PostingInput {
  const { isJobAd: _a, confidence: _b, ...fields } = emptyDraft();
  return { ...fields, title: 'Koordinator', url: 'https://org.example/job/1', ...patch };
}

describe('postings in IndexedDB', () => {
  it('round-trips a posting with every field', async () => {
    const input = posting({
      organization: 'Medborgerne',
      deadline: '2020-05-06',
      hoursPerWeek: { min: 30, max: 30 },
      contacts: [{ name: 'Gitte Ballenstedt', role: 'sekretariatsleder', phone: '+4549407158', email: null }],
      evidence: { deadline: 'senest d. 6. maj 2020' },
      snapshot: 'Medborgerne søger Community Organiser',
    });
    const r = await savePosting(input, new Date('2020-05-01T10:00:00Z'), database);
    expect(r.ok).toBe(true);
    const [stored] = await listPostings(database);
    const { snapshot, ...fields } = input;
    expect(stored).toMatchObject({ ...fields, status: 'saved', savedAt: '2020-05-01T10:00:00.000Z' });
    // The ad's text lives apart from the posting, so that lists never load it.
    expect(stored).not.toHaveProperty('snapshot');
    expect((await getSnapshot(stored!.id, database))?.text).toBe(snapshot);
  });

  it('lists nearest deadline first, postings without deadline last', async () => {
    await savePosting(posting({ title: 'C', url: 'https://a.example/3', deadline: null }), undefined, database);
    await savePosting(posting({ title: 'B', url: 'https://a.example/2', deadline: '2026-12-20' }), undefined, database);
    await savePosting(posting({ title: 'A', url: 'https://a.example/1', deadline: '2026-12-15T12:00' }), undefined, database);
    expect((await listPostings(database)).map((p) => p.title)).toEqual(['A', 'B', 'C']);
  });

  it('updates the saved posting when the same ad is saved again, keeping id, status and notes', async () => {
    const first = await savePosting(posting({ notes: 'ring Gitte' }), new Date('2026-01-01T00:00:00Z'), database);
    const second = await savePosting(
      posting({ url: 'https://org.example/job/1?utm_source=newsletter#top', deadline: '2026-02-01' }),
      new Date('2026-01-02T00:00:00Z'),
      database,
    );
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.created).toBe(false);
    expect(second.posting.id).toBe(first.posting.id);
    expect(second.posting.notes).toBe('ring Gitte');
    expect(second.posting.deadline).toBe('2026-02-01');
    expect(second.posting.savedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(await database.postings.count()).toBe(1);
    expect((await findPostingByUrl('https://org.example/job/1/', database))?.id).toBe(first.posting.id);
  });

  it('keeps what the user wrote when the same ad is saved again, unless they choose the ad', async () => {
    const fresh = () =>
      posting({
        deadline: '2026-12-20',
        organization: 'Medborgerne',
        sources: { deadline: 'text', organization: 'text' },
        evidence: { deadline: 'Ansøgningsfrist 20. december' },
      });
    const first = await savePosting(fresh(), new Date('2026-12-01T10:00:00Z'), database);
    if (!first.ok) throw new Error(first.error);
    const edited = await updatePosting(
      first.posting.id,
      { deadline: '2026-12-15T12:00', interviewDates: ['2027-01-05'] },
      new Date(),
      database,
    );
    expect(edited.ok).toBe(true);

    const again = await savePosting(fresh(), new Date('2026-12-03T10:00:00Z'), database);
    if (!again.ok) throw new Error(again.error);
    expect(again.posting).toMatchObject({ deadline: '2026-12-15T12:00', interviewDates: ['2027-01-05'], organization: 'Medborgerne' });
    expect(again.posting.sources).toMatchObject({ deadline: 'user', interviewDates: 'user', organization: 'text' });

    // The user chose the ad's new deadline in the review: it is the extractor's again; the interview stays.
    const adopted = await savePosting(fresh(), new Date('2026-12-04T10:00:00Z'), database, { adopt: ['deadline'] });
    if (!adopted.ok) throw new Error(adopted.error);
    expect(adopted.posting).toMatchObject({ deadline: '2026-12-20', interviewDates: ['2027-01-05'] });
    expect(adopted.posting.sources).toMatchObject({ deadline: 'text', interviewDates: 'user' });
  });

  it('writes nothing and names the field when validation fails', async () => {
    const r = await savePosting(posting({ title: '' }), undefined, database);
    expect(r).toEqual({ ok: false, error: expect.stringContaining('title') });
    expect(await database.postings.count()).toBe(0);
  });

  it('recognises the same ad text saved from another address, and updates that posting when asked', async () => {
    const text = 'Medborgerne søger Community Organiser. '.repeat(12) + 'Send din ansøgning senest d. 6. maj 2020.';
    const first = await savePosting(posting({ url: 'https://jobboard.example/ad/991', snapshot: text }), undefined, database);
    expect(first.ok).toBe(true);
    const elsewhere = posting({ url: 'https://medborgerne.example/job/organiser', snapshot: `  ${text.toUpperCase()}\n` });
    const dup = await findDuplicate(elsewhere, database);
    expect(dup?.kind).toBe('text');
    expect(dup?.posting.id).toBe(first.ok ? first.posting.id : '');
    const second = await savePosting(elsewhere, undefined, database, { replaceId: dup!.posting.id });
    expect(second.ok && !second.created).toBe(true);
    expect(await database.postings.count()).toBe(1);
    expect(await findDuplicate(posting({ url: 'https://other.example/x', snapshot: 'short' }), database)).toBeNull();
  });

  it('deletes a posting together with its snapshot', async () => {
    const r = await savePosting(posting({ snapshot: 'Ansøgningsfrist 1/2' }), undefined, database);
    if (!r.ok) throw new Error(r.error);
    await removePosting(r.posting.id, new Date(), database);
    expect(await database.postings.count()).toBe(0);
    expect(await getSnapshot(r.posting.id, database)).toBeUndefined();
  });
});
