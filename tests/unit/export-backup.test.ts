import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FristDatabase } from '../../lib/db/database';
import { exportBackup, importBackup, storedCsvSeparator, wasCancelled } from '../../lib/db/state';
import { savePosting } from '../../lib/db/postings';
import { addContactLog } from '../../lib/db/contacts';
import { listHistory, setStatus, updateNotes, updatePosting } from '../../lib/db/edits';
import { saveSettings } from '../../lib/db/settings';
import { parseBackup, type Backup } from '../../lib/export/backup-format';
import { emptyDraft } from '../../lib/schema/draft';
import type { PostingInput } from '../../lib/schema/posting';

let database: FristDatabase;
let n = 0;
beforeEach(() => {
  database = new FristDatabase(`backup-${++n}`);
});
afterEach(async () => {
  database.close();
  await database.delete();
});

function input(patch: Partial<PostingInput>): PostingInput {
  const { isJobAd: _a, confidence: _b, ...fields } = emptyDraft();
  return { ...fields, title: 'Koordinator', url: `https://org.example/job/${Math.random().toString(36).slice(2)}`, ...patch };
}

async function save(patch: Partial<PostingInput>, at = '2026-12-01T10:00:00Z', db = database) {
  const r = await savePosting(input(patch), new Date(at), db);
  if (!r.ok) throw new Error(r.error);
  return r.posting;
}

/** A database with everything a backup holds: postings with snapshots, history, notes, contact log, settings. */
async function fill(db: FristDatabase) {
  const a = await save(
    {
      title: 'Kampagnemedarbejder',
      organization: 'Grøn Fremtid',
      deadline: '2027-01-15T12:00',
      contacts: [{ name: 'Åse Ødegård', role: 'leder', phone: '+47 22 33 44 55', email: 'aase@example.no' }],
      interviewDates: ['2027-01-25'],
      snapshot: 'Vi søger en kampagnemedarbejder. Ansøgningsfrist 15. januar 2027 kl. 12.',
      url: 'https://gron.example.dk/job/1',
    },
    '2026-12-01T10:00:00Z',
    db,
  );
  const b = await save(
    { title: 'Rådgiver "politik"; <script>', organization: 'Fagforbundet', url: 'https://ff.example.no/stilling/2' },
    '2026-12-02T10:00:00Z',
    db,
  );
  await setStatus(a.id, 'applied', new Date('2026-12-05T09:00:00Z'), db);
  await setStatus(a.id, 'interview', new Date('2026-12-20T09:00:00Z'), db);
  await updateNotes(b.id, 'Ring til Kari\nfør fredag', new Date('2026-12-03T10:00:00Z'), db);
  const log = await addContactLog(
    { contactKey: 'ase odegard|+4722334455', postingId: a.id, text: 'Ringede: de svarer i uge 3.' },
    new Date('2026-12-06T08:00:00Z'),
    db,
  );
  if (!log.ok) throw new Error(log.error);
  await saveSettings({ language: 'nb', csvSeparator: ',' }, db);
  return { a, b };
}

const withoutStamp = (b: Backup) => ({ ...b, exportedAt: '' });

describe('JSON backup round trip', () => {
  it('exports everything, restores it into an empty database and exports the same again', async () => {
    await fill(database);
    const backup = await exportBackup(new Date('2026-12-10T12:00:00Z'), database);
    expect(backup).toMatchObject({ format: 'frist-backup', version: 1, exportedAt: '2026-12-10T12:00:00.000Z' });
    expect(backup.postings).toHaveLength(2);
    expect(backup.snapshots).toHaveLength(1);
    expect(backup.history).toHaveLength(2);
    expect(backup.contactLog).toHaveLength(1);
    expect(backup.settings).toEqual({ language: 'nb', csvSeparator: ',' });
    for (const p of backup.postings) expect(Object.keys(p).some((k) => k.startsWith('_'))).toBe(false);
    const text = JSON.stringify(backup);

    // Wipe: a new browser, or the extension reinstalled.
    database.close();
    await database.delete();
    database = new FristDatabase(`backup-${++n}`);
    const r = await importBackup(text, database);
    expect(r).toEqual({
      ok: true,
      counts: { added: 2, updated: 0, unchanged: 0, conflicts: 0, historyAdded: 2, contactLogAdded: 1, settingsAdded: 2 },
    });
    const again = await exportBackup(new Date('2026-12-11T12:00:00Z'), database);
    expect(withoutStamp(again)).toEqual(withoutStamp(backup));
    expect(await storedCsvSeparator(database)).toBe(',');
  });

  it('importing the same file twice adds nothing the second time', async () => {
    await fill(database);
    const text = JSON.stringify(await exportBackup(new Date(), database));
    const r = await importBackup(text, database);
    expect(r).toEqual({
      ok: true,
      counts: { added: 0, updated: 0, unchanged: 2, conflicts: 0, historyAdded: 0, contactLogAdded: 0, settingsAdded: 0 },
    });
    expect((await exportBackup(new Date(), database)).history).toHaveLength(2);
  });
});

describe('merging into saved postings', () => {
  it('matches by id, else by address; fields from the side that changed them last; histories and logs are unioned', async () => {
    const other = new FristDatabase(`backup-other-${++n}`);
    try {
      // The other browser: the same ad (same address, another id), moved on further, with a note.
      const { a } = await fill(other);
      await updatePosting(a.id, { notes: 'Samtale 25/1' }, new Date('2026-12-21T10:00:00Z'), other);
      const text = JSON.stringify(await exportBackup(new Date(), other));

      // This browser: the same ad saved from a tracking link, older, with a status change of its own.
      const here = await save(
        { title: 'Kampagnemedarbejder', url: 'https://gron.example.dk/job/1?utm_source=nyhedsbrev' },
        '2026-11-30T10:00:00Z',
      );
      await setStatus(here.id, 'preparing', new Date('2026-12-01T08:00:00Z'), database);
      const own = await save({ title: 'Sekretær', url: 'https://own.example.dk/1' }, '2026-12-01T11:00:00Z');
      await saveSettings({ language: 'da' }, database);

      const r = await importBackup(text, database);
      expect(r).toEqual({
        ok: true,
        counts: { added: 1, updated: 1, unchanged: 0, conflicts: 1, historyAdded: 2, contactLogAdded: 1, settingsAdded: 1 },
      });
      const after = await exportBackup(new Date(), database);
      expect(after.postings).toHaveLength(3);
      const merged = after.postings.find((p) => p.id === here.id)!;
      expect(merged).toMatchObject({ status: 'interview', notes: 'Samtale 25/1', organization: 'Grøn Fremtid', savedAt: here.savedAt });
      expect(after.postings.find((p) => p.id === own.id)).toEqual(own);
      expect((await listHistory(here.id, database)).map((h) => h.to)).toEqual(['preparing', 'applied', 'interview']);
      expect(after.contactLog.map((l) => l.postingId)).toEqual([here.id]);
      expect(after.snapshots.map((s) => s.postingId)).toEqual([here.id]);
      // The setting chosen here stays; the one not chosen here comes from the file.
      expect(after.settings).toEqual({ language: 'da', csvSeparator: ',' });
    } finally {
      other.close();
      await other.delete();
    }
  });

  it('keeps notes written on one machine and a status changed on another: both, field by field', async () => {
    const p = await save({ title: 'Koordinator', url: 'https://x.example/2', deadline: '2027-01-10' }, '2026-12-01T10:00:00Z');
    const start = JSON.stringify(await exportBackup(new Date(), database));
    // Machine B: a copy of the same database, where the user writes a note later on.
    const other = new FristDatabase(`backup-other-${++n}`);
    try {
      expect((await importBackup(start, other)).ok).toBe(true);
      await updateNotes(p.id, 'Ring til Kari fredag', new Date('2026-12-06T10:00:00Z'), other);
      const fromB = JSON.stringify(await exportBackup(new Date(), other));
      // Machine A (here): the status changes, earlier than the note, and the deadline is corrected after it.
      await setStatus(p.id, 'applied', new Date('2026-12-04T10:00:00Z'), database);
      await updatePosting(p.id, { deadline: '2027-01-12' }, new Date('2026-12-08T10:00:00Z'), database);
      const r = await importBackup(fromB, database);
      expect(r.ok && r.counts).toMatchObject({ added: 0, updated: 1, unchanged: 0, conflicts: 0 });
      const merged = (await exportBackup(new Date(), database)).postings[0]!;
      expect(merged).toMatchObject({ status: 'applied', notes: 'Ring til Kari fredag', deadline: '2027-01-12' });
      expect(merged.sources?.deadline).toBe('user');

      // And the other way round: B gets A's status and deadline and keeps its note.
      const r2 = await importBackup(JSON.stringify(await exportBackup(new Date(), database)), other);
      expect(r2.ok && r2.counts).toMatchObject({ updated: 1, conflicts: 0 });
      expect((await exportBackup(new Date(), other)).postings[0]).toMatchObject({
        status: 'applied',
        notes: 'Ring til Kari fredag',
        deadline: '2027-01-12',
      });
    } finally {
      other.close();
      await other.delete();
    }
  });

  it('counts a field both sides changed to different values as a conflict, keeping the later change', async () => {
    const p = await save({ title: 'Koordinator', url: 'https://x.example/3' }, '2026-12-01T10:00:00Z');
    const start = JSON.stringify(await exportBackup(new Date(), database));
    const other = new FristDatabase(`backup-other-${++n}`);
    try {
      await importBackup(start, other);
      await updateNotes(p.id, 'skrevet på B (senere)', new Date('2026-12-07T10:00:00Z'), other);
      await updateNotes(p.id, 'skrevet på A', new Date('2026-12-05T10:00:00Z'), database);
      const r = await importBackup(JSON.stringify(await exportBackup(new Date(), other)), database);
      expect(r.ok && r.counts).toMatchObject({ updated: 1, conflicts: 1 });
      expect((await exportBackup(new Date(), database)).postings[0]!.notes).toBe('skrevet på B (senere)');
    } finally {
      other.close();
      await other.delete();
    }
  });

  it('keeps the fields saved here when they are newer than the file', async () => {
    const p = await save({ title: 'Koordinator', url: 'https://x.example/1' }, '2026-12-01T10:00:00Z');
    const file = await exportBackup(new Date(), database);
    await updatePosting(p.id, { title: 'Koordinator (ny titel)' }, new Date('2026-12-05T10:00:00Z'), database);
    const r = await importBackup(JSON.stringify(file), database);
    expect(r.ok && r.counts).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect((await exportBackup(new Date(), database)).postings[0]!.title).toBe('Koordinator (ny titel)');
  });
});

describe('progress and cancel', () => {
  async function bigBackup(count: number): Promise<string> {
    const other = new FristDatabase(`backup-big-${++n}`);
    try {
      for (let i = 0; i < count; i++)
        await save({ title: `Stilling ${i}`, url: `https://big.example/${i}`, snapshot: `Opslag ${i}` }, '2026-12-01T10:00:00Z', other);
      return JSON.stringify(await exportBackup(new Date(), other));
    } finally {
      other.close();
      await other.delete();
    }
  }

  // 2,500 postings imported twice into fake-indexeddb: 10–18 s on this two-core machine, more when
  // it is busy, so this test has a minute (a bound against a hang, not a speed check: see npm run bench).
  it('tells how far an import is, and a cancelled import leaves the database as it was', { timeout: 60_000 }, async () => {
    const text = await bigBackup(2500);
    await save({ title: 'Min egen', url: 'https://own.example/1' });
    const before = await exportBackup(new Date(0), database);

    const seen: number[] = [];
    const controller = new AbortController();
    const r = await importBackup(text, database, {
      signal: controller.signal,
      onProgress: (f) => {
        seen.push(f);
        if (seen.length === 3) controller.abort();
      },
    });
    expect(r).toEqual({ ok: false, problem: { kind: 'cancelled' } });
    expect(seen[2]).toBeGreaterThan(seen[1]!);
    expect(seen.at(-1)).toBeLessThan(1);
    expect(await exportBackup(new Date(0), database)).toEqual(before);

    const all: number[] = [];
    const done = await importBackup(text, database, { onProgress: (f) => all.push(f) });
    expect(done.ok && done.counts.added).toBe(2500);
    expect(all.at(-1)).toBe(1);
    expect(all.every((f, i) => i === 0 || f >= all[i - 1]!)).toBe(true);
  });

  it('tells how far an export is, and stops it when cancelled', async () => {
    await save({ title: 'A', url: 'https://a.example/1' });
    const seen: number[] = [];
    const backup = await exportBackup(new Date(), database, { onProgress: (f) => seen.push(f) });
    expect(backup.postings).toHaveLength(1);
    expect(seen.at(-1)).toBe(1);
    const controller = new AbortController();
    controller.abort();
    await expect(exportBackup(new Date(), database, { signal: controller.signal })).rejects.toSatisfy(wasCancelled);
  });
});

describe('refusing bad files, writing nothing', () => {
  async function goodText() {
    await fill(database);
    return JSON.stringify(await exportBackup(new Date('2026-12-10T12:00:00Z'), database));
  }

  async function expectRefused(text: string, expected: object) {
    const before = await exportBackup(new Date(0), database);
    const r = await importBackup(text, database);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject(expected);
    expect(await exportBackup(new Date(0), database)).toEqual(before);
  }

  it('a truncated file', async () => {
    const text = await goodText();
    await expectRefused(text.slice(0, Math.floor(text.length / 2)), { kind: 'truncated' });
    await expectRefused(text.slice(0, -1), { kind: 'truncated' });
  });

  it('a corrupt file (not JSON, empty)', async () => {
    await goodText();
    await expectRefused('PK\u0003\u0004 this is a zip', { kind: 'notJson' });
    await expectRefused('   ', { kind: 'empty' });
  });

  it('a foreign file: another program, a CSV, an array', async () => {
    await goodText();
    await expectRefused(JSON.stringify({ bookmarks: [] }), { kind: 'foreign' });
    await expectRefused('[1,2,3]', { kind: 'foreign' });
    await expectRefused('"frist-backup"', { kind: 'foreign' });
  });

  it('a file from a newer version', async () => {
    const data = JSON.parse(await goodText());
    await expectRefused(JSON.stringify({ ...data, version: 2 }), { kind: 'version', version: '2' });
  });

  it('a bad field names the record and the field, and nothing of the good records is written', async () => {
    const data = JSON.parse(await goodText());
    // A fresh database: the good first posting would otherwise be added.
    database.close();
    await database.delete();
    database = new FristDatabase(`backup-${++n}`);
    data.postings[1].deadline = '15/01/2027';
    await expectRefused(JSON.stringify(data), {
      kind: 'invalid',
      record: { table: 'postings', index: 2, title: data.postings[1].title },
      field: 'deadline',
    });
    expect(await exportBackup(new Date(0), database)).toMatchObject({ postings: [], history: [], settings: {} });
  });

  it('hostile files: a script address, prototype keys, huge strings, dangling and duplicate records', async () => {
    const good = JSON.parse(await goodText());
    const clone = () => JSON.parse(JSON.stringify(good));
    let d = clone();
    d.postings[0].url = 'javascript:alert(1)';
    await expectRefused(JSON.stringify(d), { kind: 'invalid', record: { table: 'postings', index: 1 }, field: 'url' });
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x']) {
      d = clone();
      d.postings[1].applyUrl = bad;
      await expectRefused(JSON.stringify(d), {
        kind: 'invalid',
        record: { table: 'postings', index: 2, title: d.postings[1].title },
        field: 'applyUrl',
      });
    }
    d = clone();
    d.postings[0].url = 'file:///home/me/ad.html';
    await expectRefused(JSON.stringify(d), { kind: 'invalid', record: { table: 'postings', index: 1 }, field: 'url' });
    d = clone();
    d.postings[0].evidence = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, 'x']));
    await expectRefused(JSON.stringify(d), { kind: 'invalid', record: { table: 'postings', index: 1 }, field: 'evidence' });
    d = clone();
    d.postings[0].sources = { ['f'.repeat(10_000)]: 'text' };
    await expectRefused(JSON.stringify(d), {
      kind: 'invalid',
      record: { table: 'postings', index: 1 },
      field: `sources.${'f'.repeat(10_000)}`,
    });
    d = clone();
    d.postings[0].emails = Array.from({ length: 10_000 }, (_, i) => `a${i}@example.org`);
    await expectRefused(JSON.stringify(d), { kind: 'invalid', record: { table: 'postings', index: 1 }, field: 'emails' });
    d = clone();
    d.history = Array.from({ length: 500_001 }, (_, i) => ({ ...d.history[0], id: i + 1 }));
    await expectRefused(JSON.stringify(d), { kind: 'invalid', record: null, field: 'history' });
    d = clone();
    d.postings[0].title = 'x'.repeat(100_000);
    await expectRefused(JSON.stringify(d), { kind: 'invalid', field: 'title' });
    d = clone();
    d.history[0].postingId = 'nobody';
    await expectRefused(JSON.stringify(d), { kind: 'reference', record: { table: 'history', index: 1 }, field: 'postingId' });
    d = clone();
    d.postings.push({ ...d.postings[0], id: 'copy' });
    await expectRefused(JSON.stringify(d), { kind: 'duplicate', record: { table: 'postings', index: 3 }, field: 'url', other: 1 });
    d = clone();
    d.history[1].to = 'hired';
    await expectRefused(JSON.stringify(d), { kind: 'invalid', record: { table: 'history', index: 2 }, field: 'to' });
    d = clone();
    d.settings.csvSeparator = '|';
    await expectRefused(JSON.stringify(d), { kind: 'invalid', record: null, field: 'settings.csvSeparator' });

    // Prototype keys are dropped, never assigned.
    const text = JSON.stringify(good).replace('"format":', '"__proto__":{"polluted":true},"format":');
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('recomputes the address key instead of trusting the file', () => {
    const backup = {
      format: 'frist-backup',
      version: 1,
      exportedAt: '2026-12-10T12:00:00.000Z',
      postings: [
        {
          ...input({ url: 'https://a.example/job?utm_source=x' }),
          status: 'saved',
          notes: '',
          id: 'p1',
          urlKey: 'https://somewhere.else/',
          fingerprint: null,
          savedAt: '2026-12-01T10:00:00.000Z',
          updatedAt: '2026-12-01T10:00:00.000Z',
        },
      ],
      snapshots: [],
      history: [],
      contactLog: [],
      settings: {},
    };
    delete (backup.postings[0] as { snapshot?: string }).snapshot;
    const r = parseBackup(JSON.stringify(backup));
    expect(r.ok && r.backup.postings[0]!.urlKey).toBe('https://a.example/job');
  });
});
