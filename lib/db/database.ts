import Dexie, { type EntityTable } from 'dexie';
import type { Posting } from '../schema/posting';

/**
 * Frist's IndexedDB database. Only code under lib/db touches Dexie. Every schema change is a new
 * `version(n)` below the old ones, never an edit of an old one, so existing users' data upgrades.
 */
export class FristDatabase extends Dexie {
  postings!: EntityTable<Posting, 'id'>;

  constructor(name = 'frist') {
    super(name);
    this.version(1).stores({
      // id: primary key; &urlKey: one posting per ad address; deadline, status, savedAt: what the popup sorts and filters by.
      postings: 'id, &urlKey, deadline, status, savedAt',
    });
  }
}

let shared: FristDatabase | undefined;

/** The extension's database (one per extension origin: background, popup and options share it). */
export function db(): FristDatabase {
  shared ??= new FristDatabase();
  return shared;
}
