import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FristDatabase } from '../../lib/db/database';
import { SCHEMA_VERSION } from '../../lib/db/names';
import { getPosting, listPostings } from '../../lib/db/postings';
import { listContacts } from '../../lib/db/contacts';
import { listHistory, setStatus } from '../../lib/db/edits';
import { listOverview, readOverviewHead } from '../../lib/db/overview';
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

// One fixture per schema version (tests/fixtures/db/vN.json, written by scripts/db-fixtures.ts):
// the database as that version stored it, with rows in every table it had. Each is opened at its
// own version, upgraded to the newest, and compared: nothing lost, nothing changed that the
// upgrade did not mean to change.
describe('upgrade from every earlier version', () => {
  const DIR = join(import.meta.dirname, '../fixtures/db');
  const fixtures = readdirSync(DIR)
    .filter((f) => /^v\d+\.json$/u.test(f))
    .map(
      (f) =>
        JSON.parse(readFileSync(join(DIR, f), 'utf8')) as {
          version: number;
          stores: Record<string, string>;
          tables: Record<string, Record<string, unknown>[]>;
        },
    )
    .sort((a, b) => a.version - b.version);
  const DERIVED = ['_words', '_contacts', '_overview'];
  const own = (row: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(row).filter(([k]) => !DERIVED.includes(k) && k !== 'snapshot'));

  it('has a fixture for every version up to the newest', () => {
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures.map((f) => [f.version, f] as const))('from version %i: every table, every row', async (version, fixture) => {
    const name = `frist-upgrade-fixture-${version}-${Date.now()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(version).stores(fixture.stores);
    await old.open();
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkPut(rows);
    old.close();

    const database = new FristDatabase(name);
    try {
      await database.open();
      expect(database.verno).toBe(SCHEMA_VERSION);
      const postings = fixture.tables.postings ?? [];
      expect(await database.postings.count()).toBe(postings.length);
      for (const row of postings) {
        const stored = (await getPosting(String(row.id), database)) as Record<string, unknown> | undefined;
        // Version 2 added the fingerprint of the ad's text (moved to the snapshots table).
        const added = version === 1 ? { fingerprint: stored?.fingerprint } : {};
        expect(stored, `posting ${String(row.id)}`).toEqual({ ...own(row), ...added });
        if (version === 1) {
          const snap = await database.snapshots.get(String(row.id));
          expect(snap?.text ?? '').toBe(row.snapshot);
        }
      }
      // Tables kept as they were.
      for (const table of ['snapshots', 'history', 'contactLog', 'settings', 'reminderLog', 'meta', 'trash']) {
        if (!fixture.tables[table]) continue;
        const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
        expect(sorted(await database.table(table).toArray()), table).toEqual(sorted(fixture.tables[table]));
      }
      // Derived: the search index, the overview lines with their sort key, and the summary.
      const lines = await listOverview({}, database);
      expect(lines.map((l) => l.id).sort()).toEqual(postings.map((p) => String(p.id)).sort());
      for (const l of lines) expect(l.due === null || /T\d{2}:\d{2}:00$/u.test(l.due), l.id).toBe(true);
      expect((await listOverview({ text: 'sekretær' }, database)).length).toBe(postings.length);
      expect(await readOverviewHead(database)).toMatchObject({ total: postings.length });
      // The upgraded database takes new writes.
      const first = postings[0];
      if (first) expect((await setStatus(String(first.id), 'offer', new Date('2027-01-01T10:00:00Z'), database)).ok).toBe(true);
    } finally {
      database.close();
    }
  });
});
