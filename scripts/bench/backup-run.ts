// JSON backup of N postings (with a saved copy, two status changes and a contact log entry
// each) and its validated import into an empty database: the lib/db/state.ts code the options
// page runs. Runs in Node (fake-indexeddb) and, bundled, in Chromium (its real IndexedDB).
import type { Posting } from '../../lib/schema/posting';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Runs one IndexedDB request to its end. */
const done = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/** The tables of a backup, with the keys and indexes Frist's database gives them. */
const FLOOR_STORES: Record<string, { keyPath: string; indexes: [string, boolean][] }> = {
  postings: {
    keyPath: 'id',
    indexes: [
      ['urlKey', true],
      ['fingerprint', false],
      ['deadline', false],
      ['status', false],
      ['savedAt', false],
      ['_words', false],
      ['_contacts', false],
    ],
  },
  snapshots: { keyPath: 'postingId', indexes: [] },
  history: { keyPath: 'id', indexes: [['postingId', false]] },
  contactLog: {
    keyPath: 'id',
    indexes: [
      ['contactKey', false],
      ['postingId', false],
    ],
  },
};

/**
 * The floor: the same records, as the database stores them (a posting with its search words and
 * contacts index fields), written with raw IndexedDB in one transaction with the same indexes (what
 * an import can at best cost), and read back in one (what an export can at best cost).
 */
async function floor(file: Record<string, unknown[]>, name: string): Promise<{ writeMs: number; readMs: number }> {
  const { deriveFields } = await import('../../lib/db/database');
  const tables: Record<string, unknown[]> = { ...file, postings: (file.postings as Posting[]).map((p) => ({ ...p, ...deriveFields(p) })) };
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    for (const [store, def] of Object.entries(FLOOR_STORES)) {
      const os = open.result.createObjectStore(store, { keyPath: def.keyPath });
      for (const [index, unique] of def.indexes) os.createIndex(index, index, { unique, multiEntry: index.startsWith('_') });
    }
  };
  const idb = await done(open);
  let a = performance.now();
  const tx = idb.transaction(Object.keys(FLOOR_STORES), 'readwrite');
  for (const store of Object.keys(FLOOR_STORES)) {
    const os = tx.objectStore(store);
    for (const row of tables[store] ?? []) os.put(row);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const writeMs = performance.now() - a;
  a = performance.now();
  const rtx = idb.transaction(Object.keys(FLOOR_STORES), 'readonly');
  await Promise.all(Object.keys(FLOOR_STORES).map((s) => done(rtx.objectStore(s).getAll())));
  const readMs = performance.now() - a;
  idb.close();
  await done(indexedDB.deleteDatabase(name));
  return { writeMs, readMs };
}

export async function runBackupBench(
  N: number,
): Promise<{ exportMs: number; importMs: number; mb: number; exportFloorMs: number; importFloorMs: number }> {
  const { FristDatabase } = await import('../../lib/db/database');
  const { exportBackup, importBackup } = await import('../../lib/db/state');
  const { emptyDraft } = await import('../../lib/schema/draft');
  const { urlKey } = await import('../../lib/url');
  const stamp = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const { isJobAd: _j, confidence: _c, ...draft } = emptyDraft();
  const source = new FristDatabase('bench-backup-source');
  await source.transaction('rw', [source.postings, source.snapshots, source.history, source.contactLog], async () => {
    const postings = Array.from({ length: N }, (_, i) => {
      const url = `https://job.example.org/stilling/${i}?utm_source=bench`;
      return {
        ...draft,
        title: `Organisationskonsulent ${i} – Grøn Fremtid`,
        organization: `Forening nr. ${i % 300}`,
        location: 'København',
        deadline: `2027-${String((i % 12) + 1).padStart(2, '0')}-15T12:00`,
        contacts: [{ name: `Åse Ødegård ${i}`, role: 'sekretariatsleder', phone: '+45 12 34 56 78', email: `aase${i}@example.org` }],
        status: 'applied' as const,
        notes: 'Ring før fristen.',
        url,
        id: `p${i}`,
        urlKey: urlKey(url),
        fingerprint: null,
        savedAt: stamp(i),
        updatedAt: stamp(i + 1),
      };
    });
    await source.postings.bulkAdd(postings);
    await source.snapshots.bulkAdd(
      postings.map((p) => ({ postingId: p.id, text: `${p.title}. ${'Vi søger en engageret kollega. '.repeat(40)}`, savedAt: p.savedAt })),
    );
    await source.history.bulkAdd(
      postings.flatMap((p) => [
        { postingId: p.id, at: p.savedAt, from: null, to: 'saved' as const },
        { postingId: p.id, at: p.updatedAt, from: 'saved' as const, to: 'applied' as const },
      ]),
    );
    await source.contactLog.bulkAdd(
      postings.map((p) => ({
        contactKey: `ase odegard|+4512345678`,
        postingId: p.id,
        at: p.updatedAt,
        text: 'Ringede, hun svarede på spørgsmål om arbejdstid.',
      })),
    );
  });
  const exportTimes: number[] = [];
  const importTimes: number[] = [];
  const floorWrites: number[] = [];
  const floorReads: number[] = [];
  let text = '';
  for (let run = 0; run < 3; run++) {
    let a = performance.now();
    text = JSON.stringify(await exportBackup(new Date(), source));
    exportTimes.push(performance.now() - a);
    const target = new FristDatabase(`bench-backup-target-${run}`);
    a = performance.now();
    const result = await importBackup(text, target);
    importTimes.push(performance.now() - a);
    if (!result.ok || result.counts.added !== N) throw new Error(`import of the bench backup failed: ${JSON.stringify(result)}`);
    target.close();
    await target.delete();
    const f = await floor(JSON.parse(text) as Record<string, unknown[]>, `bench-backup-floor-${run}`);
    floorWrites.push(f.writeMs);
    floorReads.push(f.readMs);
  }
  source.close();
  await source.delete();
  return {
    exportMs: median(exportTimes),
    importMs: median(importTimes),
    mb: text.length / (1 << 20),
    exportFloorMs: median(floorReads),
    importFloorMs: median(floorWrites),
  };
}
