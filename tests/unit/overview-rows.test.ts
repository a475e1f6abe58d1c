import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FristDatabase, OVERVIEW_KEY } from '../../lib/db/database';
import { savePosting } from '../../lib/db/postings';
import { listOverview, readOverviewHead } from '../../lib/db/overview';
import { removePosting, restorePosting } from '../../lib/db/trash';
import { setStatus, updatePosting } from '../../lib/db/edits';
import { buildHead } from '../../lib/tracker/head';
import { postingInput } from '../support/postings';

let database: FristDatabase;
let n = 0;
beforeEach(() => {
  database = new FristDatabase(`rows-${++n}`);
});
afterEach(async () => {
  await database.delete();
});

const input = postingInput;

async function lines() {
  const record = await database.overview.get(OVERVIEW_KEY);
  const stored = record && 'rows' in record ? record.rows : [];
  const rows = [...stored].sort((a, b) => a.id.localeCompare(b.id));
  // The summary beside the lines was written with them: it summarises exactly these lines.
  const { key: _key, ...summary } = (await readOverviewHead(database)) as Awaited<ReturnType<typeof readOverviewHead>> & { key?: string };
  expect(summary).toEqual(buildHead(stored, new Date(summary.from)));
  expect(summary.total).toBe(rows.length);
  return rows;
}

describe('overview lines follow every write to postings', () => {
  it('start empty: a database that never held a posting has the empty summary', async () => {
    await database.settings.put({ key: 'language', value: 'da' });
    expect(await readOverviewHead(database, new Date(2026, 11, 10))).toEqual(buildHead([], new Date(2026, 11, 10)));
    expect(await lines()).toEqual([]);
  });

  it('on save, update, status change and delete, in the same transaction', async () => {
    const a = await savePosting(input(1), undefined, database);
    const b = await savePosting(input(2), undefined, database);
    if (!a.ok || !b.ok) throw new Error('save failed');
    expect((await lines()).map((r) => r.title).sort()).toEqual(['Stilling 1', 'Stilling 2']);

    await updatePosting(a.posting.id, { title: 'Koordinator', deadline: '2027-02-01T12:00' }, new Date(), database);
    await setStatus(b.posting.id, 'applied', new Date(), database);
    const byId = Object.fromEntries((await lines()).map((r) => [r.id, r]));
    expect(byId[a.posting.id]).toMatchObject({ title: 'Koordinator', deadline: '2027-02-01T12:00', status: 'saved' });
    expect(byId[b.posting.id]).toMatchObject({ status: 'applied' });
    expect((await listOverview({ statuses: ['applied'] }, database)).map((r) => r.id)).toEqual([b.posting.id]);

    await removePosting(a.posting.id, new Date(), database);
    expect((await lines()).map((r) => r.id)).toEqual([b.posting.id]);
  });

  it('on delete with undo, and on clearing the table', async () => {
    const a = await savePosting(input(3), undefined, database);
    if (!a.ok) throw new Error(a.error);
    const token = await removePosting(a.posting.id, new Date(), database);
    expect(await lines()).toEqual([]);
    await restorePosting(token!, database);
    expect((await lines()).map((r) => r.title)).toEqual(['Stilling 3']);
    await database.postings.clear();
    expect(await lines()).toEqual([]);
  });

  it('leaves no line behind when a write fails', async () => {
    await savePosting(input(4), undefined, database);
    const before = await lines();
    // A second posting with the same address breaks the unique index: nothing may change.
    await database.postings.add({ ...(await database.postings.toArray())[0]!, id: 'other' }).catch(() => undefined);
    expect(await lines()).toEqual(before);
  });

  it('follows a delete by key range', async () => {
    for (const i of [1, 2, 3]) await savePosting(input(i), undefined, database);
    const ids = (await database.postings.toCollection().primaryKeys()).sort();
    await database.postings.where(':id').between(ids[0]!, ids[1]!, true, true).delete();
    expect((await lines()).map((r) => r.id)).toEqual([ids[2]]);
  });

  it('lists 2,000 postings from the one overview record', async () => {
    const { makePostings } = await import('../../scripts/bench/postings');
    await database.postings.bulkAdd(makePostings(2000));
    const rows = await listOverview({}, database);
    expect(rows).toHaveLength(2000);
    expect(rows.every((r) => typeof r.title === 'string' && r.id.startsWith('bench-'))).toBe(true);
  });
});
