// The extension's database as IndexedDB knows it. Kept apart from database.ts (which loads Dexie)
// so that the popup's first-screen reader (first-read.ts) can open it without Dexie.

/** The database's name. */
export const DB_NAME = 'frist';
/** The newest `version(n)` in database.ts; IndexedDB holds it as n × 10 (Dexie's convention). */
export const SCHEMA_VERSION = 8;
/** The overview table's record of all lines, and the summary beside it (lib/tracker/head.ts). */
export const OVERVIEW_KEY = 'rows';
export const OVERVIEW_HEAD_KEY = 'head';
