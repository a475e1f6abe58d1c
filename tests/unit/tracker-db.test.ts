import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import { FristDatabase } from '../../lib/db/database';
import { getPosting, savePosting } from '../../lib/db/postings';
import { addContactLog, listContactLog, listContacts } from '../../lib/db/contacts';
import { getSettings, saveSettings } from '../../lib/db/settings';
import { listHistory, setStatus, updateNotes, updatePosting } from '../../lib/db/edits';
import { listOverview, searchPostingIds } from '../../lib/db/overview';
import { emptyTrash, listTrash, purgeTrash, removePosting, restoreFromTrash, restorePosting } from '../../lib/db/trash';
import { emptyDraft } from '../../lib/schema/draft';
import type { PostingInput } from '../../lib/schema/posting';
import { DEFAULT_SETTINGS } from '../../lib/tracker/settings';
import { countSoonDeadlines, loadReminderInputs } from '../../lib/db/reminders';

let database: FristDatabase;
let n = 0;
beforeEach(() => {
  database = new FristDatabase(`tracker-${++n}`);
});
afterEach(async () => {
  database.close();
  await database.delete();
});

function input(patch: Partial<PostingInput>): PostingInput {
  const { isJobAd: _a, confidence: _b, ...fields } = emptyDraft();
  return { ...fields, title: 'Koordinator', url: `https://org.example/job/${Math.random().toString(36).slice(2)}`, ...patch };
}

async function save(patch: Partial<PostingInput>, at = '2026-12-01T10:00:00Z') {
  const r = await savePosting(input(patch), new Date(at), database);
  if (!r.ok) throw new Error(r.error);
  return r.posting;
}

const gitte = { name: 'Gitte Ballenstedt', role: 'sekretariatsleder', phone: '+45 49 40 71 58', email: null };

describe('status changes and history', () => {
  it('writes a dated history row for every change and none for a repeat', async () => {
    const p = await save({ title: 'Sekretær' });
    expect((await setStatus(p.id, 'preparing', new Date('2026-12-02T08:00:00Z'), database)).ok).toBe(true);
    expect((await setStatus(p.id, 'applied', new Date('2026-12-03T09:30:00Z'), database)).ok).toBe(true);
    const again = await setStatus(p.id, 'applied', new Date('2026-12-04T09:30:00Z'), database);
    expect(again).toMatchObject({ ok: true, changed: false });
    const history = await listHistory(p.id, database);
    expect(history.map((h) => [h.from, h.to, h.at])).toEqual([
      ['saved', 'preparing', '2026-12-02T08:00:00.000Z'],
      ['preparing', 'applied', '2026-12-03T09:30:00.000Z'],
    ]);
    const stored = await getPosting(p.id, database);
    expect(stored?.status).toBe('applied');
    expect(stored?.updatedAt).toBe('2026-12-03T09:30:00.000Z');
  });

  it('rejects an unknown status and a missing posting', async () => {
    const p = await save({});
    const bad = await setStatus(p.id, 'hired' as never, undefined, database);
    expect(bad).toMatchObject({ ok: false, issues: [{ path: 'status' }] });
    expect(await setStatus('nope', 'applied', undefined, database)).toMatchObject({ ok: false });
    expect(await listHistory(p.id, database)).toEqual([]);
  });
});

describe('editing', () => {
  it('validates the whole posting, names the failing fields and writes nothing on failure', async () => {
    const p = await save({ title: 'Rådgiver', deadline: '2026-12-20' });
    const r = await updatePosting(
      p.id,
      { title: '  ', deadline: '20/12', contacts: [{ name: '', role: null, phone: null, email: null }] },
      undefined,
      database,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path).sort()).toEqual(['contacts.0.name', 'deadline', 'title']);
    expect(r.error).toContain('title');
    expect(await getPosting(p.id, database)).toEqual(p);
  });

  it("saves every editable field, marks edited facts as the user's and keeps the indices current", async () => {
    const p = await save({
      title: 'Rådgiver',
      organization: 'Fagforbundet',
      deadline: '2026-12-20',
      sources: { title: 'jsonld', deadline: 'text' },
      inferred: ['deadline'],
    });
    const r = await updatePosting(
      p.id,
      { title: 'Organisasjonsrådgiver', deadline: '2026-12-22T12:00', contacts: [gitte], notes: 'ring fredag', location: 'Oslo' },
      new Date('2026-12-05T10:00:00Z'),
      database,
    );
    expect(r.ok).toBe(true);
    const stored = await getPosting(p.id, database);
    expect(stored).toMatchObject({
      title: 'Organisasjonsrådgiver',
      deadline: '2026-12-22T12:00',
      notes: 'ring fredag',
      location: 'Oslo',
      contacts: [gitte],
    });
    expect(stored?.sources).toMatchObject({ title: 'user', deadline: 'user', contacts: 'user', location: 'user' });
    expect(stored?.inferred).toEqual([]);
    expect(stored).not.toHaveProperty('_overview');
    const [row] = await listOverview({ text: 'organisasjonsradgiver' }, database);
    expect(row).toMatchObject({ id: p.id, title: 'Organisasjonsrådgiver', deadline: '2026-12-22T12:00' });
    expect(await listOverview({ text: 'gitte' }, database)).toHaveLength(1);
  });

  it('refuses an address another posting already has', async () => {
    const a = await save({ url: 'https://org.example/a' });
    await save({ url: 'https://org.example/b' });
    const r = await updatePosting(a.id, { url: 'https://org.example/b#top' }, undefined, database);
    expect(r).toMatchObject({ ok: false, issues: [{ path: 'url' }] });
    expect((await getPosting(a.id, database))?.url).toBe('https://org.example/a');
  });

  it('updates notes', async () => {
    const p = await save({});
    await updateNotes(p.id, 'Spurgt om løn', undefined, database);
    expect((await getPosting(p.id, database))?.notes).toBe('Spurgt om løn');
  });
});

describe('delete with undo', () => {
  it('removes posting, snapshot, history and log in one go and restores all of it', async () => {
    const p = await save({ contacts: [gitte], snapshot: 'Medborgerne søger' });
    await setStatus(p.id, 'applied', new Date('2026-12-03T09:00:00Z'), database);
    const log = await addContactLog(
      { contactKey: 'gitte ballenstedt|+4549407158', postingId: p.id, text: 'ringede, sagde ja' },
      new Date('2026-12-04T09:00:00Z'),
      database,
    );
    expect(log.ok).toBe(true);
    const before = {
      posting: await getPosting(p.id, database),
      history: await listHistory(p.id, database),
      snapshot: await database.snapshots.get(p.id),
    };

    const token = await removePosting(p.id, new Date(), database);
    expect(token?.posting.id).toBe(p.id);
    expect(await getPosting(p.id, database)).toBeUndefined();
    expect(await database.history.count()).toBe(0);
    expect(await database.contactLog.count()).toBe(0);
    expect(await database.snapshots.count()).toBe(0);
    expect(await listOverview({}, database)).toEqual([]);

    expect(await restorePosting(token!, database)).toEqual({ ok: true });
    expect(await getPosting(p.id, database)).toEqual(before.posting);
    expect(await listHistory(p.id, database)).toEqual(before.history);
    expect(await database.snapshots.get(p.id)).toEqual(before.snapshot);
    expect(await listContactLog(['gitte ballenstedt|+4549407158'], database)).toHaveLength(1);
    expect(await listOverview({}, database)).toHaveLength(1);
    expect(await restorePosting(token!, database)).toEqual({ ok: true });
  });

  it('does not overwrite the same ad saved again after the deletion', async () => {
    const p = await save({ url: 'https://org.example/x' });
    const token = await removePosting(p.id, new Date(), database);
    const again = await save({ url: 'https://org.example/x', title: 'Ny' });
    const r = await restorePosting(token!, database);
    expect(r.ok).toBe(false);
    expect((await listOverview({}, database)).map((o) => o.id)).toEqual([again.id]);
  });

  it('returns null for a posting that is not there', async () => {
    expect(await removePosting('missing', new Date(), database)).toBeNull();
  });
});

describe('the trash', () => {
  it('keeps a deleted posting with its copy, history and log for 30 days, restorable after the popup has closed', async () => {
    const p = await save({ contacts: [gitte], snapshot: 'Medborgerne søger', deadline: '2026-12-20' });
    await setStatus(p.id, 'applied', new Date('2026-12-03T09:00:00Z'), database);
    const before = { posting: await getPosting(p.id, database), history: await listHistory(p.id, database) };
    await removePosting(p.id, new Date('2026-12-05T09:00:00Z'), database);
    // Reminders read the saved postings: one in the trash has none.
    expect((await loadReminderInputs(database)).postings).toEqual([]);
    expect(await countSoonDeadlines(new Date('2026-12-18T09:00:00Z'), database)).toBe(0);

    // Another page later (no undo token in memory): the trash lists it and restores it whole.
    const items = await listTrash(new Date('2027-01-03T09:00:00Z'), database);
    expect(items).toEqual([
      { id: p.id, title: 'Koordinator', organization: null, removedAt: '2026-12-05T09:00:00.000Z', keptUntil: '2027-01-04T09:00:00.000Z' },
    ]);
    expect(await restoreFromTrash(p.id, database)).toEqual({ ok: true });
    expect(await getPosting(p.id, database)).toEqual(before.posting);
    expect(await listHistory(p.id, database)).toEqual(before.history);
    expect((await database.snapshots.get(p.id))?.text).toBe('Medborgerne søger');
    expect(await listTrash(new Date('2027-01-03T09:00:00Z'), database)).toEqual([]);
    expect((await loadReminderInputs(database)).postings.map((x) => x.id)).toEqual([p.id]);
  });

  it('lets go of what was deleted more than 30 days ago, and empties on demand', async () => {
    const a = await save({ title: 'A' });
    const b = await save({ title: 'B' });
    await removePosting(a.id, new Date('2026-11-01T09:00:00Z'), database);
    await removePosting(b.id, new Date('2026-11-20T09:00:00Z'), database);
    const now = new Date('2026-12-05T09:00:00Z');
    expect((await listTrash(now, database)).map((i) => i.title)).toEqual(['B']);
    expect(await purgeTrash(now, database)).toBe(1);
    expect(await restoreFromTrash(a.id, database)).toEqual({ ok: false, error: 'this posting is no longer in the trash' });
    await emptyTrash(database);
    expect(await listTrash(now, database)).toEqual([]);
    expect(await restoreFromTrash(b.id, database)).toMatchObject({ ok: false });
  });

  it('keeps a deleted posting in the trash when the same ad was saved again', async () => {
    const p = await save({ url: 'https://org.example/y' });
    await removePosting(p.id, new Date('2026-12-05T09:00:00Z'), database);
    await save({ url: 'https://org.example/y', title: 'Ny' });
    expect(await restoreFromTrash(p.id, database)).toEqual({ ok: false, error: 'this ad has been saved again since it was deleted' });
    expect(await listTrash(new Date('2026-12-06T09:00:00Z'), database)).toHaveLength(1);
  });
});

describe('overview queries', () => {
  it('reads rows from the index, filters by status and searches case- and diacritics-insensitively', async () => {
    const a = await save({ title: 'Faglig sekretær', organization: 'HK Østjylland', deadline: '2026-12-11T12:00' });
    const b = await save({ title: 'Kampagnemedarbejder', organization: 'Enhedslisten', contacts: [{ ...gitte, name: 'Søren Åberg' }] });
    const c = await save({ title: 'Organisasjonssekretær', organization: 'Rødt', deadline: '2026-12-20' });
    await setStatus(c.id, 'applied', undefined, database);
    const all = await listOverview({}, database);
    expect(all.map((r) => r.id).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(all.find((r) => r.id === b.id)).toEqual({
      id: b.id,
      title: 'Kampagnemedarbejder',
      organization: 'Enhedslisten',
      deadline: null,
      due: null,
      status: 'saved',
      savedAt: b.savedAt,
    });

    expect((await listOverview({ statuses: ['applied'] }, database)).map((r) => r.id)).toEqual([c.id]);
    expect((await listOverview({ statuses: ['saved', 'interview'] }, database)).map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect((await listOverview({ text: 'SEKRETAER HK' }, database)).map((r) => r.id)).toEqual([a.id]);
    expect((await listOverview({ text: 'sekr' }, database)).map((r) => r.id).sort()).toEqual([a.id, c.id].sort());
    expect((await listOverview({ text: 'sekretær' }, database)).map((r) => r.id).sort()).toEqual([a.id, c.id].sort());
    expect(await searchPostingIds('sekretær', database)).toEqual(new Set([a.id]));
    expect((await listOverview({ text: 'ostjyl' }, database)).map((r) => r.id)).toEqual([a.id]);
    expect((await listOverview({ text: 'soren aberg' }, database)).map((r) => r.id)).toEqual([b.id]);
    expect((await listOverview({ text: 'rødt sekr', statuses: ['applied'] }, database)).map((r) => r.id)).toEqual([c.id]);
    expect(await listOverview({ text: 'rødt hk' }, database)).toEqual([]);
    expect(await searchPostingIds('  ', database)).toBeNull();
  });

  it('notifies live queries when a posting changes', async () => {
    const p = await save({ title: 'A' });
    const seen: string[][] = [];
    const sub = liveQuery(() => listOverview({}, database)).subscribe((rows) => seen.push(rows.map((r) => `${r.title}:${r.status}`)));
    await new Promise((r) => setTimeout(r, 50));
    await setStatus(p.id, 'applied', undefined, database);
    await new Promise((r) => setTimeout(r, 50));
    await save({ title: 'B' });
    await new Promise((r) => setTimeout(r, 50));
    sub.unsubscribe();
    expect(seen.at(-1)?.sort()).toEqual(['A:applied', 'B:saved']);
    expect(seen).toContainEqual(['A:applied']);
  });

  it("does not leave derived fields on the caller's objects", async () => {
    const r = await savePosting(input({ title: 'Ren' }), undefined, database);
    expect(r.ok && Object.keys(r.posting).some((k) => k.startsWith('_'))).toBe(false);
  });
});

describe('contacts', () => {
  it('groups people across postings with organisation and postings, and keeps their log', async () => {
    const a = await save({
      title: 'Sekretær',
      organization: 'HK',
      contacts: [gitte, { name: 'Ole Hansen', role: null, phone: null, email: 'ole@hk.dk' }],
    });
    const b = await save({
      title: 'Konsulent',
      organization: 'FOA',
      contacts: [{ name: 'gitte  ballenstedt', role: 'leder', phone: '49407158', email: 'gb@foa.dk' }],
    });
    await save({ title: 'Intet', contacts: [] });
    const contacts = await listContacts(database);
    expect(contacts.map((c) => c.name)).toEqual(['Gitte Ballenstedt', 'Ole Hansen']);
    const g = contacts[0]!;
    expect(g.postings.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect(g.organizations.sort()).toEqual(['FOA', 'HK']);
    expect(g.phones).toEqual(['+45 49 40 71 58']);
    expect(g.emails).toEqual(['gb@foa.dk']);
    expect(g.roles).toEqual(['sekretariatsleder', 'leder']);

    const first = await addContactLog(
      { contactKey: g.key, postingId: a.id, text: 'Ringede 3/12: svar i uge 51' },
      new Date('2026-12-03T10:00:00Z'),
      database,
    );
    const second = await addContactLog(
      { contactKey: g.key, postingId: b.id, text: 'Mail sendt' },
      new Date('2026-12-04T10:00:00Z'),
      database,
    );
    expect(first.ok && second.ok).toBe(true);
    expect(await addContactLog({ contactKey: g.key, postingId: a.id, text: '   ' }, undefined, database)).toMatchObject({ ok: false });
    const again = (await listContacts(database))[0]!;
    expect(again.log.map((l) => l.text)).toEqual(['Mail sendt', 'Ringede 3/12: svar i uge 51']);
    expect((await listContactLog(g.keys, database)).map((l) => l.text)).toEqual(['Mail sendt', 'Ringede 3/12: svar i uge 51']);
  });
});

describe('settings', () => {
  it('has defaults, validates and stores changes, and survives damaged values', async () => {
    expect(await getSettings(database)).toEqual(DEFAULT_SETTINGS);
    const r = await saveSettings({ language: 'nb', phoneCountry: 'NO', reminderLeadTimes: [{ amount: 2, unit: 'days' }] }, database);
    expect(r).toMatchObject({ ok: true, settings: { language: 'nb', phoneCountry: 'NO', csvSeparator: ';' } });
    const bad = await saveSettings({ language: 'fr' as never, phoneCountry: 'SE' }, database);
    expect(bad).toMatchObject({ ok: false, issues: [{ path: 'language' }] });
    expect((await getSettings(database)).phoneCountry).toBe('NO');
    await database.settings.put({ key: 'language', value: 42 });
    expect((await getSettings(database)).language).toBe('auto');
    expect((await getSettings(database)).reminderLeadTimes).toEqual([{ amount: 2, unit: 'days' }]);
  });
});
