// Writes tests/fixtures/db/vN.json: the database as each schema version wrote it, with rows in
// every table that version had (postings, saved copies, status history, contact log, settings,
// reminder log, meta, overview, trash). tests/unit/db-upgrade.test.ts opens each at its own
// version, upgrades it to the newest and checks that nothing was lost or changed unasked.
//
// Versions 1-7 are written from the shapes those versions stored (see the upgrades in
// lib/db/database.ts); the newest version is dumped from a database the current code filled.
// When lib/db/database.ts gets a new version, run this once more and commit the new file: the
// older files stay as they are, one per version.
//
//   npx tsx scripts/db-fixtures.ts
import 'fake-indexeddb/auto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FristDatabase, type OverviewRowRecord } from '../lib/db/database';
import { buildHead } from '../lib/tracker/head';
import { SCHEMA_VERSION } from '../lib/db/names';
import { savePosting } from '../lib/db/postings';
import { addContactLog } from '../lib/db/contacts';
import { removePosting } from '../lib/db/trash';
import { saveSettings } from '../lib/db/settings';
import { setStatus, updatePosting } from '../lib/db/edits';
import { recordShown } from '../lib/db/reminders';
import { emptyDraft } from '../lib/schema/draft';

const DIR = join(import.meta.dirname, '../tests/fixtures/db');

/** Each version's stores, as lib/db/database.ts declares them up to that version. */
const STORES: Record<number, Record<string, string>> = {};
{
  const v2 = {
    postings: 'id, &urlKey, fingerprint, deadline, status, savedAt, _overview, *_words, *_contacts',
    snapshots: 'postingId',
    history: '++id, postingId',
    contactLog: '++id, contactKey, postingId',
    settings: 'key',
  };
  const v3 = { ...v2, reminderLog: 'id, postingId', meta: 'key' };
  const v4 = { ...v3, overview: 'key' };
  const v5 = { ...v4, postings: 'id, &urlKey, fingerprint, deadline, status, savedAt, *_words, *_contacts' };
  Object.assign(STORES, {
    1: { postings: 'id, &urlKey, deadline, status, savedAt' },
    2: v2,
    3: v3,
    4: v4,
    5: v5,
    6: v5,
    7: v5,
    8: { ...v5, trash: 'id, removedAt' },
  });
}

const STATUSES = ['saved', 'preparing', 'applied', 'interview', 'offer', 'rejected', 'withdrawn'];

/** A posting's own fields (no derived ones), as every version from 1 on stored them. */
function posting(i: number) {
  const { isJobAd: _a, confidence: _b, ...fields } = emptyDraft();
  const url = `https://forening${i}.example.dk/job/${i}`;
  return {
    ...fields,
    language: 'da',
    id: `p${i}`,
    title: `Sekretær ${i}`,
    organization: i % 3 === 0 ? null : `Forening ${i}`,
    location: 'Odense',
    url,
    urlKey: url.replace(/^https:\/\//, ''),
    deadline: i % 4 === 0 ? null : `2027-0${(i % 9) + 1}-1${i % 10}${i % 2 ? 'T12:00' : ''}`,
    hoursPerWeek: i % 2 ? { min: 37, max: 37 } : null,
    status: STATUSES[i % STATUSES.length],
    notes: i % 2 ? `Ring til Gitte (${i})` : '',
    contacts: i % 3 ? [{ name: `Gitte Hansen ${i}`, role: 'sekretariatsleder', phone: `+452030400${i}`, email: null }] : [],
    interviewDates: i === 1 ? ['2027-02-01'] : [],
    evidence: { title: `søger en sekretær (${i})` },
    sources: { title: 'text' as const, deadline: i % 2 ? ('user' as const) : ('text' as const) },
    savedAt: `2026-0${(i % 9) + 1}-01T10:00:00.000Z`,
    updatedAt: `2026-0${(i % 9) + 1}-02T10:00:00.000Z`,
  };
}

const IDS = [1, 2, 3, 4, 5, 6];
const snapshotText = (i: number) => `Forening ${i} søger en sekretær. Ansøgningsfrist 1${i % 10}. marts.`;
const derived = (p: ReturnType<typeof posting>) => ({
  _words: [p.title, p.organization ?? '', ...p.contacts.map((c) => c.name)].join(' ').toLowerCase().split(/\s+/).filter(Boolean),
  _contacts: p.contacts.map((c) => [c.name, c.role ?? '', c.phone ?? '', c.email ?? '']),
});
const line = (p: ReturnType<typeof posting>, withDue: boolean) => ({
  id: p.id,
  status: p.status,
  deadline: p.deadline,
  ...(withDue ? { due: p.deadline ? (p.deadline.length > 10 ? `${p.deadline}:00` : `${p.deadline}T24:00:00`) : null } : {}),
  savedAt: p.savedAt,
  title: p.title,
  organization: p.organization,
});

/** The tables as version `v` (1-7) stored them. */
function written(v: number): Record<string, unknown[]> {
  const ps = IDS.map(posting);
  if (v === 1) return { postings: ps.map((p, k) => ({ ...p, snapshot: k === 5 ? '' : snapshotText(IDS[k]!) })) };
  const tables: Record<string, unknown[]> = {
    postings: ps.map((p) => ({ ...p, fingerprint: `fp${p.id}`, ...derived(p), ...(v <= 4 ? { _overview: line(p, false) } : {}) })),
    snapshots: ps.slice(0, 5).map((p) => ({ postingId: p.id, text: snapshotText(Number(p.id.slice(1))), savedAt: p.savedAt })),
    history: [
      { id: 1, postingId: 'p2', at: '2026-03-03T09:00:00.000Z', from: 'saved', to: 'preparing' },
      { id: 2, postingId: 'p3', at: '2026-04-03T09:00:00.000Z', from: 'saved', to: 'applied' },
    ],
    contactLog: [
      { id: 1, contactKey: 'gitte hansen 1|+4520304001', postingId: 'p1', at: '2026-02-05T09:00:00.000Z', text: 'Ringede: svar i uge 6.' },
    ],
    settings: [
      { key: 'language', value: 'da' },
      { key: 'csvSeparator', value: ';' },
    ],
  };
  if (v >= 3) {
    tables.reminderLog = [
      { id: 'p1|deadline|1', postingId: 'p1', at: Date.parse('2027-02-10T07:00:00Z'), shownAt: Date.parse('2027-02-10T07:00:05Z') },
    ];
    tables.meta = [{ key: 'remindersSince', value: Date.parse('2026-01-01T00:00:00Z') }];
  }
  if (v >= 4) {
    tables.overview = [{ key: 'rows', rows: ps.map((p) => line(p, v >= 6)) }];
    if (v >= 7)
      tables.overview.push({
        key: 'head',
        ...buildHead(ps.map((p) => line(p, true)) as OverviewRowRecord[], new Date('2026-07-01T10:00:00Z')),
      });
  }
  return tables;
}

/** The newest version, as the current code writes it. */
async function dumpNewest(): Promise<Record<string, unknown[]>> {
  const name = `frist-fixture-${Date.now()}`;
  const db = new FristDatabase(name);
  const ids: string[] = [];
  for (const i of IDS) {
    const { id: _id, urlKey: _k, savedAt: _s, updatedAt: _u, status: _st, ...p } = posting(i);
    const r = await savePosting({ ...p, snapshot: i === 6 ? '' : snapshotText(i) }, new Date(`2026-0${i}-01T10:00:00Z`), db);
    if (!r.ok) throw new Error(r.error);
    ids.push(r.posting.id);
  }
  await setStatus(ids[1]!, 'preparing', new Date('2026-03-03T09:00:00Z'), db);
  await setStatus(ids[2]!, 'applied', new Date('2026-04-03T09:00:00Z'), db);
  await updatePosting(ids[0]!, { deadline: '2027-02-14T12:00' }, new Date('2026-02-04T09:00:00Z'), db);
  await addContactLog(
    { contactKey: 'gitte hansen 1|+4520304001', postingId: ids[0]!, text: 'Ringede: svar i uge 6.' },
    new Date('2026-02-05T09:00:00Z'),
    db,
  );
  await saveSettings({ language: 'da', csvSeparator: ';' }, db);
  await recordShown(
    [{ id: `${ids[0]}|deadline|1`, postingId: ids[0]!, at: Date.parse('2027-02-10T07:00:00Z') } as never],
    new Date('2027-02-10T07:00:05Z'),
    db,
  );
  await db.meta.put({ key: 'remindersSince', value: Date.parse('2026-01-01T00:00:00Z') });
  await removePosting(ids[5]!, new Date('2026-07-01T09:00:00Z'), db);
  const out: Record<string, unknown[]> = {};
  // Raw rows, derived fields included, as IndexedDB holds them.
  const idb = db.backendDB();
  for (const table of db.tables.map((t) => t.name)) {
    out[table] = await new Promise((resolve, reject) => {
      const req = idb.transaction(table).objectStore(table).getAll();
      req.onsuccess = () => resolve(req.result as unknown[]);
      req.onerror = () => reject(req.error);
    });
  }
  db.close();
  await db.delete();
  return out;
}

async function main(): Promise<void> {
  for (let v = 1; v <= SCHEMA_VERSION; v++) {
    const file = join(DIR, `v${v}.json`);
    if (existsSync(file) && !process.argv.includes('--force')) continue;
    if (!STORES[v]) throw new Error(`no stores known for version ${v}: add them above`);
    const tables = v === SCHEMA_VERSION ? await dumpNewest() : written(v);
    writeFileSync(file, JSON.stringify({ version: v, stores: STORES[v], tables }, null, 1) + '\n');
    console.log(`wrote ${file}`);
  }
}

await main();
