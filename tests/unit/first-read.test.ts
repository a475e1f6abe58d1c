import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { FristDatabase } from '../../lib/db/database';
import { publishFirstScreen, readFirstScreen, takeFirstScreen } from '../../lib/db/first-read';
import { DB_NAME, SCHEMA_VERSION } from '../../lib/db/names';
import { savePosting } from '../../lib/db/postings';
import { getSettings, saveSettings } from '../../lib/db/settings';
import { readOverviewHead } from '../../lib/db/overview';
import { setStatus } from '../../lib/db/edits';
import { DEFAULT_SETTINGS } from '../../lib/tracker/settings';
import { postingInput } from '../support/postings';

let name: string;
let n = 0;
beforeEach(() => {
  name = `first-read-${++n}`;
});
afterEach(async () => {
  await Dexie.delete(name);
});

const input = (i: number) => postingInput(i, { deadline: `2027-01-${10 + i}T12:00` });

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);

describe('the popup first screen read without Dexie', () => {
  it('is the database Dexie declares: same name and newest version', () => {
    const database = new FristDatabase();
    expect(database.name).toBe(DB_NAME);
    expect(database.verno).toBe(SCHEMA_VERSION);
  });

  it('reads the same summary and settings as the Dexie code does', async () => {
    const database = new FristDatabase(name);
    for (let i = 1; i <= 3; i++) {
      const saved = await savePosting(input(i), undefined, database);
      if (!saved.ok) throw new Error(saved.error);
      if (i === 2) await setStatus(saved.posting.id, 'applied', new Date(), database);
    }
    await saveSettings({ language: 'nb', phoneCountry: 'NO' }, database);
    const first = await readFirstScreen(name);
    expect(first).not.toBeNull();
    expect(first!.head).toEqual(await readOverviewHead(database));
    expect(first!.head.total).toBe(3);
    expect(first!.settings).toEqual(await getSettings(database));
    expect(first!.settings.language).toBe('nb');
    database.close();
  });

  it('gives the empty summary and default settings for a database that never held a posting', async () => {
    const database = new FristDatabase(name);
    await database.open();
    const first = await readFirstScreen(name);
    expect(first?.head).toMatchObject({ total: 0, dues: [], first: [] });
    expect(first?.settings).toEqual(DEFAULT_SETTINGS);
    database.close();
  });

  it('replaces damaged settings by their defaults, keeping the valid ones', async () => {
    const database = new FristDatabase(name);
    await database.settings.bulkPut([
      { key: 'language', value: 'da' },
      { key: 'phoneCountry', value: 'XX' },
      { key: 'csvSeparator', value: 42 },
    ]);
    const first = await readFirstScreen(name);
    expect(first?.settings).toEqual({ ...DEFAULT_SETTINGS, language: 'da' });
    database.close();
  });

  it('creates no database where there is none: null, and Dexie later creates it whole', async () => {
    expect(await readFirstScreen(name)).toBeNull();
    expect(await databaseNames()).not.toContain(name);
    const database = new FristDatabase(name);
    const saved = await savePosting(input(1), undefined, database);
    expect(saved.ok).toBe(true);
    expect((await readFirstScreen(name))?.head.total).toBe(1);
    database.close();
  });

  it('leaves a database of an older version to Dexie to upgrade: null', async () => {
    const old = new Dexie(name);
    old.version(SCHEMA_VERSION - 1).stores({ postings: 'id', overview: 'key', settings: 'key' });
    await old.open();
    old.close();
    expect(await readFirstScreen(name)).toBeNull();
    // It did not hold the database open: Dexie upgrades it at once.
    const database = new FristDatabase(name);
    await database.open();
    expect(database.verno).toBe(SCHEMA_VERSION);
    database.close();
  });

  it('closes its connection, so an upgrade or deletion in another page is never blocked', async () => {
    const database = new FristDatabase(name);
    await database.open();
    database.close();
    await readFirstScreen(name);
    let blocked = false;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onblocked = () => (blocked = true);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(blocked).toBe(false);
  });

  it('gives up with null when the database does not answer within its time budget', async () => {
    const silent = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;
    const started = Date.now();
    expect(await readFirstScreen(name, silent, 30)).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('gives null when opening throws', async () => {
    const broken = {
      open: () => {
        throw new Error('SecurityError');
      },
    } as unknown as IDBFactory;
    expect(await readFirstScreen(name, broken)).toBeNull();
  });

  it('hands a read started early in the page to the page modules once, then reads anew', async () => {
    const database = new FristDatabase(DB_NAME);
    await saveSettings({ language: 'da' }, database);
    publishFirstScreen();
    const early = (globalThis as Record<string, unknown>).__fristFirstScreen;
    expect(early).toBeInstanceOf(Promise);
    const taken = takeFirstScreen();
    expect(taken).toBe(early);
    expect((await taken)?.settings.language).toBe('da');
    // Taken: a second call starts its own read.
    const again = takeFirstScreen();
    expect(again).not.toBe(early);
    expect((await again)?.settings.language).toBe('da');
    await database.delete();
  });
});
