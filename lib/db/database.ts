import Dexie, { type EntityTable } from 'dexie';
import { declareVersions } from './migrations';
import { derivedFieldsMiddleware } from './derived-fields';
import {
  stripDerived,
  type ContactLogEntry,
  type HistoryEntry,
  type MetaRow,
  type OverviewRecord,
  type ReminderLogRow,
  type SettingRow,
  type StoredPosting,
  type TrashRow,
} from './rows';
import type { Posting, Snapshot } from '../schema/posting';
import { DB_NAME, OVERVIEW_HEAD_KEY, OVERVIEW_KEY } from './names';

export { OVERVIEW_HEAD_KEY, OVERVIEW_KEY };

export type {
  HistoryEntry,
  ContactLogEntry,
  SettingRow,
  ReminderLogRow,
  TrashRow,
  MetaRow,
  DerivedFields,
  StoredPosting,
  OverviewRowRecord,
  OverviewLinesRecord,
  OverviewHeadRecord,
  OverviewRecord,
} from './rows';
export { overviewRow, deriveFields } from './rows';

/**
 * Frist's IndexedDB database. Only code under lib/db touches Dexie. Every schema change is a new
 * `version(n)` below the old ones, never an edit of an old one, so existing users' data upgrades.
 */
export class FristDatabase extends Dexie {
  postings!: EntityTable<Posting, 'id'>;
  history!: EntityTable<HistoryEntry, 'id'>;
  contactLog!: EntityTable<ContactLogEntry, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  /** The ad's text as saved, apart from the postings so that lists never load it. */
  snapshots!: EntityTable<Snapshot, 'postingId'>;
  /** The reminders shown so far (version 3). */
  reminderLog!: EntityTable<ReminderLogRow, 'id'>;
  /** Internal state such as when reminders were first scheduled (version 3). */
  meta!: EntityTable<MetaRow, 'key'>;
  /** The overview lines of all postings, as one record under OVERVIEW_KEY (version 4; see OverviewRowRecord). */
  overview!: EntityTable<OverviewRecord, 'key'>;
  /** Deleted postings, restorable for 30 days (version 8; see removePosting and lib/db/trash.ts). */
  trash!: EntityTable<TrashRow, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    declareVersions(this);
    this.use(derivedFieldsMiddleware);
    this.postings.hook('reading', (obj) => stripDerived(obj as StoredPosting));
  }
}

let shared: FristDatabase | undefined;

/** The extension's database (one per extension origin: background, popup and options share it). */
export function db(): FristDatabase {
  shared ??= new FristDatabase();
  return shared;
}
