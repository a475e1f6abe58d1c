import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { FristDatabase } from '../../lib/db/database';
import { getPosting, listPostings } from '../../lib/db/postings';
import { listContacts, listHistory, listOverview, readOverviewHead, setStatus } from '../../lib/db/tracker';
import { emptyDraft } from '../../lib/schema/draft';

/** A posting exactly as version 1 stored it: the snapshot on the row, no fingerprint. */
type V1Posting = Record<string, unknown> & { id: string; urlKey: string; snapshot: string };

/** The database as the first release declared it: version 1 only. */
class FristDatabaseV1 extends Dexie {
  postings!: Table<V1Posting, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ postings: 'id, &urlKey, deadline, status, savedAt' });
  }
}

/** The database as version 5 declared it: overview lines without their `due` key. */
class FristDatabaseV5 extends Dexie {
  postings!: Table<Record<string, unknown> & { id: string }, string>;
  overview!: Table<{ key: string; rows: Record<string, unknown>[] }, string>;
  constructor(name: string) {
    super(name);
    this.version(5).stores({
      postings: 'id, &urlKey, fingerprint, deadline, status, savedAt, *_words, *_contacts',
      snapshots: 'postingId',
      history: '++id, postingId',
      contactLog: '++id, contactKey, postingId',
      settings: 'key',
      reminderLog: 'id, postingId',
      meta: 'key',
      overview: 'key',
    });
  }
}

const STATUSES = ['saved', 'preparing', 'applied', 'interview', 'offer', 'rejected', 'withdrawn'] as const;

function v1Posting(i: number): V1Posting {
  const { isJobAd: _a, confidence: _b, ...fields } = emptyDraft();
  const url = `https://org${i % 7}.example/job/${i}`;
  return {
    ...fields,
    id: `p${String(i).padStart(4, '0')}`,
    title: `Stilling ${i} – sekretær`,
    organization: i % 3 === 0 ? null : `Forening ${i % 11}`,
    url,
    urlKey: url,
    deadline:
      i % 4 === 0
        ? null
        : `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}${i % 5 === 0 ? 'T12:00' : ''}`,
    status: STATUSES[i % STATUSES.length]!,
    notes: i % 2 ? `noter ${i}` : '',
    contacts:
      i % 6 === 0
        ? [{ name: `Kontakt ${i % 13}`, role: null, phone: `+45 20 30 40 ${String(i % 100).padStart(2, '0')}`, email: null }]
        : [],
    evidence: { title: `Stilling ${i}` },
    snapshot: i % 10 === 0 ? '' : `Forening ${i} søger en sekretær. `.repeat(20 + (i % 5)),
    savedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  };
}

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('upgrade from version 1', () => {
  it('opens a version-1 database full of postings and loses nothing', async () => {
    const name = `frist-upgrade-${Date.now()}`;
    names.push(name);
    const count = 600;
    const old = new FristDatabaseV1(name);
    const originals = Array.from({ length: count }, (_, i) => v1Posting(i));
    await old.postings.bulkAdd(originals);
    expect(await old.postings.count()).toBe(count);
    old.close();

    const database = new FristDatabase(name);
    try {
      expect(await database.postings.count()).toBe(count);
      for (const original of originals) {
        const { snapshot, ...rest } = original;
        const stored = await getPosting(original.id, database);
        expect(stored).toMatchObject(rest);
        expect(Object.keys(stored ?? {}).some((k) => k.startsWith('_'))).toBe(false);
        const snap = await database.snapshots.get(original.id);
        if (snapshot) expect(snap?.text).toBe(snapshot);
        else expect(snap).toBeUndefined();
      }
      expect(database.verno).toBeGreaterThanOrEqual(2);
      // The new indices are filled for the old rows.
      const rows = await listOverview({}, database);
      expect(rows).toHaveLength(count);
      expect(rows.find((r) => r.id === 'p0007')).toEqual({
        id: 'p0007',
        title: 'Stilling 7 – sekretær',
        organization: 'Forening 7',
        deadline: '2026-08-08',
        due: '2026-08-08T24:00:00',
        status: originals[7]!.status,
        savedAt: originals[7]!.savedAt,
      });
      expect(await listOverview({ statuses: ['interview'] }, database)).toHaveLength(
        originals.filter((o) => o.status === 'interview').length,
      );
      expect(await listOverview({ text: 'stilling 12' }, database)).not.toHaveLength(0);
      expect((await listContacts(database)).length).toBeGreaterThan(0);
      expect(await listPostings(database)).toHaveLength(count);
      // The new tables work.
      const r = await setStatus('p0001', 'applied', new Date('2026-02-01T10:00:00Z'), database);
      expect(r.ok).toBe(true);
      expect(await listHistory('p0001', database)).toHaveLength(1);
    } finally {
      database.close();
    }
  });
});

describe('upgrade from version 5', () => {
  it('gives every overview line the key it is grouped and sorted by', async () => {
    const name = `frist-upgrade-v5-${Date.now()}`;
    names.push(name);
    const old = new FristDatabaseV5(name);
    const postings = [1, 5, 8, 9].map((i) => {
      const { snapshot: _s, ...p } = v1Posting(i);
      return { ...p, fingerprint: null };
    });
    await old.postings.bulkAdd(postings);
    const line = (p: (typeof postings)[number]) => {
      const { id, status, deadline, savedAt, title, organization } = p as Record<string, unknown>;
      return { id, status, deadline, savedAt, title, organization };
    };
    await old.overview.put({ key: 'rows', rows: postings.map(line) });
    old.close();

    const database = new FristDatabase(name);
    try {
      const rows = await listOverview({}, database);
      expect(Object.fromEntries(rows.map((r) => [r.id, [r.deadline, r.due]]))).toEqual({
        p0001: ['2026-02-02', '2026-02-02T24:00:00'],
        p0005: ['2026-06-06T12:00', '2026-06-06T12:00:00'],
        p0008: [null, null],
        p0009: ['2026-10-10', '2026-10-10T24:00:00'],
      });
      expect(rows.find((r) => r.id === 'p0005')).toMatchObject({ title: 'Stilling 5 – sekretær', status: 'rejected' });
      // Version 7 adds the summary the popup's first screen reads.
      expect(await readOverviewHead(database)).toMatchObject({ total: 4, closed: 1, undated: [1, 0] });
    } finally {
      database.close();
    }
  });
});
