import { db as defaultDb, type ContactLogEntry, type FristDatabase, type HistoryEntry } from './database';
import { buildBackup, parseBackup, planMerge, type Backup, type BackupProblem, type BackupState, type MergeCounts } from '../export/backup';
import { DEFAULT_SETTINGS, settingFrom, type SettingKey, type Settings } from '../tracker/settings';
import type { Posting } from '../schema/posting';

/** The settings the user stored, valid values only: defaults are not stored and not exported. */
function storedSettings(rows: readonly { key: string; value: unknown }[]): Partial<Settings> {
  const out: Partial<Record<SettingKey, unknown>> = {};
  for (const { key, value } of rows) {
    if (!Object.hasOwn(DEFAULT_SETTINGS, key)) continue;
    const checked = settingFrom(key as SettingKey, value);
    if (checked !== undefined) out[key as SettingKey] = checked;
  }
  return out as Partial<Settings>;
}

async function readState(database: FristDatabase): Promise<BackupState> {
  const [postings, snapshots, history, contactLog, settingRows] = await Promise.all([
    database.postings.toArray(),
    database.snapshots.toArray(),
    database.history.toArray(),
    database.contactLog.toArray(),
    database.settings.toArray(),
  ]);
  return { postings, snapshots, history, contactLog, settings: storedSettings(settingRows) };
}

const ALL_TABLES = (database: FristDatabase) => [
  database.postings,
  database.snapshots,
  database.history,
  database.contactLog,
  database.settings,
];

/** Everything saved (postings, saved copies, status history, notes, contact logs, settings), read in one transaction. */
export async function exportBackup(now = new Date(), database: FristDatabase = defaultDb()): Promise<Backup> {
  return database.transaction('r', ALL_TABLES(database), async () => buildBackup(await readState(database), now));
}

export type ImportResult = { ok: true; counts: MergeCounts } | { ok: false; problem: BackupProblem };

/**
 * Imports a backup file's text: the whole file is validated first (nothing is written when any
 * part of it is wrong), then merged into what is saved (see planMerge) in one read-write
 * transaction over every table, so a failure half-way leaves the database as it was.
 */
export async function importBackup(text: string, database: FristDatabase = defaultDb()): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return importParsedBackup(parsed.backup, database);
}

/** Merges an already validated backup (parseBackup) in one transaction; returns the counts. */
export async function importParsedBackup(backup: Backup, database: FristDatabase = defaultDb()): Promise<ImportResult> {
  const counts = await database.transaction('rw', ALL_TABLES(database), async () => {
    const plan = planMerge(await readState(database), backup);
    if (plan.putPostings.length) await database.postings.bulkPut(plan.putPostings);
    if (plan.putSnapshots.length) await database.snapshots.bulkPut(plan.putSnapshots);
    if (plan.addHistory.length) await database.history.bulkAdd(plan.addHistory as HistoryEntry[]);
    if (plan.addContactLog.length) await database.contactLog.bulkAdd(plan.addContactLog as ContactLogEntry[]);
    if (plan.putSettings.length) await database.settings.bulkPut(plan.putSettings);
    return plan.counts;
  });
  return { ok: true, counts };
}

/** The CSV separator the user chose, or null when they never chose one (the locale's default applies). */
export async function storedCsvSeparator(database: FristDatabase = defaultDb()): Promise<Settings['csvSeparator'] | null> {
  const row = await database.settings.get('csvSeparator');
  if (!row) return null;
  return storedSettings([row]).csvSeparator ?? null;
}

/** Every posting with its status history, for the CSV, calendar and applications-log exports. */
export interface PostingWithHistory {
  posting: Posting;
  history: HistoryEntry[];
}

/** All postings (nearest deadline first, undated ones after, newest saved first) with their status changes oldest first. */
export async function readPostingsWithHistory(database: FristDatabase = defaultDb()): Promise<PostingWithHistory[]> {
  return database.transaction('r', database.postings, database.history, async () => {
    const [postings, history] = await Promise.all([database.postings.toArray(), database.history.toArray()]);
    const byPosting = new Map<string, HistoryEntry[]>();
    for (const h of history.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id))) {
      const list = byPosting.get(h.postingId);
      if (list) list.push(h);
      else byPosting.set(h.postingId, [h]);
    }
    const order = (p: Posting) => p.deadline ?? '\uFFFF';
    postings.sort((a, b) =>
      order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0,
    );
    return postings.map((posting) => ({ posting, history: byPosting.get(posting.id) ?? [] }));
  });
}
