// Rows for the extension's database, written and read with raw IndexedDB from one of its pages:
// shared by the end-to-end tests in Chromium (playwright) and Firefox (puppeteer), whose
// page.evaluate(fn, arg) take the same arguments.
import { emptyFacts } from '../support/postings.ts';

/** Writes rows into the extension's IndexedDB from an extension page (the background has created it). */
export async function writeRows(page, rows) {
  await page.evaluate(async ({ postings, settings }) => {
    const open = () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('frist');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    let db = await open();
    for (let i = 0; i < 50 && !db.objectStoreNames.contains('reminderLog'); i++) {
      db.close();
      await new Promise((r) => setTimeout(r, 100));
      db = await open();
    }
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['postings', 'settings'], 'readwrite');
      for (const p of postings) tx.objectStore('postings').put(p);
      for (const s of settings) tx.objectStore('settings').put(s);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}

/** Every row of one table, read in `page` (an extension page, or Chromium's service worker). */
export async function readAll(page, table) {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('frist');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
}

export const readLog = (page) => readAll(page, 'reminderLog');

/** The id of the saved posting whose title contains `text`. */
export async function postingIdWithTitle(page, text) {
  return (await readAll(page, 'postings')).find((p) => p.title.includes(text))?.id;
}

/** "2026-12-15T12:00" in the browser's local time. */
export const localMinute = (d) => {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
};
export const localDay = (d) => localMinute(d).slice(0, 10);

export function posting(id, over) {
  const stamp = new Date().toISOString();
  return {
    ...emptyFacts(),
    id,
    url: `https://org.example/${id}`,
    urlKey: `https://org.example/${id}`,
    fingerprint: null,
    title: `Stilling ${id}`,
    organization: 'Foreningen Frist',
    language: 'da',
    status: 'saved',
    notes: '',
    savedAt: stamp,
    updatedAt: stamp,
    ...over,
  };
}
