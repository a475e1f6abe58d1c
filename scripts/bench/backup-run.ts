// JSON backup of N postings (with a saved copy, two status changes and a contact log entry
// each) and its validated import into an empty database: the lib/db/backup.ts code the options
// page runs. Runs in Node (fake-indexeddb) and, bundled, in Chromium (its real IndexedDB).
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export async function runBackupBench(N: number): Promise<{ exportMs: number; importMs: number; mb: number }> {
  const { FristDatabase } = await import('../../lib/db/database');
  const { exportBackup, importBackup } = await import('../../lib/db/backup');
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
  }
  source.close();
  await source.delete();
  return { exportMs: median(exportTimes), importMs: median(importTimes), mb: text.length / (1 << 20) };
}
