import { settingsFromRows, type Settings } from '../tracker/settings';
import { storedHead, type OverviewHead } from '../tracker/head';
import { DB_NAME, OVERVIEW_HEAD_KEY, SCHEMA_VERSION } from './names';

// The popup's first screen, read with IndexedDB itself rather than Dexie: Dexie takes longer to
// load and open than this whole read (about 10 ms). popup.html starts it from a small classic
// script of its own (entrypoints/first-read.ts: publishFirstScreen) while its modules still load,
// and main.tsx picks it up (takeFirstScreen). It only reads, and only a database that Dexie
// (database.ts) has already brought to the current schema version; anything else gives null, and
// the popup reads through Dexie as before.

/** What the popup's first screen needs from the database. */
export interface FirstScreen {
  /** The overview's summary. */
  head: OverviewHead;
  /** The settings (the interface language), every missing or invalid value replaced by its default. */
  settings: Settings;
}

/**
 * Reads the overview's summary and the settings in one read-only transaction. Null when the
 * database does not exist yet (none is created), is not at the current version, fails, or takes
 * longer than `budgetMs` (the popup then goes on without it).
 */
export function readFirstScreen(name = DB_NAME, factory: IDBFactory = globalThis.indexedDB, budgetMs = 200): Promise<FirstScreen | null> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: FirstScreen | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => settle(null), budgetMs);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      settle(null);
      return;
    }
    // No database yet: abort its creation, so that Dexie creates it with every table later.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      settle(null);
    };
    request.onsuccess = () => {
      const idb = request.result;
      // Never hold up an upgrade that Dexie starts in another page of the extension.
      idb.onversionchange = () => idb.close();
      const done = (value: FirstScreen | null) => {
        idb.close();
        settle(value);
      };
      if (
        settled ||
        idb.version < SCHEMA_VERSION * 10 ||
        !idb.objectStoreNames.contains('overview') ||
        !idb.objectStoreNames.contains('settings')
      ) {
        done(null);
        return;
      }
      try {
        const tx = idb.transaction(['overview', 'settings'], 'readonly');
        const head = tx.objectStore('overview').get(OVERVIEW_HEAD_KEY);
        const settings = tx.objectStore('settings').getAll();
        tx.oncomplete = () => done({ head: storedHead(head.result, new Date()), settings: settingsFromRows(settings.result) });
        tx.onerror = tx.onabort = () => done(null);
      } catch {
        done(null);
      }
    };
  });
}

/** Where a page's early script leaves its read for the page's modules (see takeFirstScreen). */
const SLOT = '__fristFirstScreen';

/** Starts the read, for `takeFirstScreen` to pick up later in the same page. */
export function publishFirstScreen(): void {
  (globalThis as Record<string, unknown>)[SLOT] = readFirstScreen();
}

/** The read that publishFirstScreen started in this page, or a new one if none was started. */
export function takeFirstScreen(): Promise<FirstScreen | null> {
  const g = globalThis as Record<string, unknown>;
  const started = g[SLOT];
  delete g[SLOT];
  return started instanceof Promise ? (started as Promise<FirstScreen | null>) : readFirstScreen();
}
