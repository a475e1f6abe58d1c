import { db as defaultDb, type ContactLogEntry, type FristDatabase, type HistoryEntry } from './database';
import {
  buildBackup,
  parseBackup,
  planMerge,
  type Backup,
  type BackupProblem,
  type BackupState,
  type MergeCounts,
} from '../export/backup-format';
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

const ALL_TABLES = (database: FristDatabase) => [
  database.postings,
  database.snapshots,
  database.history,
  database.contactLog,
  database.settings,
];

/** How far a long export or import is (0 to 1), and a way to stop it. */
export interface RunOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** Thrown inside a transaction to abort it: IndexedDB then rolls back everything it wrote. */
class Cancelled extends Error {}

const check = (signal: AbortSignal | undefined) => {
  if (signal?.aborted) throw new Cancelled('cancelled');
};

/** Everything saved (postings, saved copies, status history, notes, contact logs, settings), read
 *  in one transaction (progress after each table; a cancel between them). */
export async function exportBackup(now = new Date(), database: FristDatabase = defaultDb(), opts: RunOptions = {}): Promise<Backup> {
  return database.transaction('r', ALL_TABLES(database), async () => buildBackup(await readState(database, opts), now));
}

/** Everything saved, table by table inside the caller's transaction: progress after each table
 *  that is read, and a cancel honoured before each and after the last. */
async function readState(database: FristDatabase, opts: RunOptions = {}): Promise<BackupState> {
  let read = 0;
  const table = async <T>(rows: () => Promise<T>): Promise<T> => {
    check(opts.signal);
    const v = await rows();
    opts.onProgress?.(++read / 5);
    return v;
  };
  const [postings, snapshots, history, contactLog, settingRows] = await Promise.all([
    table(() => database.postings.toArray()),
    table(() => database.snapshots.toArray()),
    table(() => database.history.toArray()),
    table(() => database.contactLog.toArray()),
    table(() => database.settings.toArray()),
  ]);
  check(opts.signal);
  return { postings, snapshots, history, contactLog, settings: storedSettings(settingRows) };
}

/** Whether an export or import failed because the user cancelled it. */
export const wasCancelled = (e: unknown): boolean => e instanceof Cancelled;

export type ImportResult = { ok: true; counts: MergeCounts } | { ok: false; problem: BackupProblem };

/**
 * Imports a backup file's text: the whole file is validated first (nothing is written when any
 * part of it is wrong), then merged into what is saved (see planMerge) in one read-write
 * transaction over every table, so a failure half-way leaves the database as it was.
 */
export async function importBackup(text: string, database: FristDatabase = defaultDb(), opts: RunOptions = {}): Promise<ImportResult> {
  if (opts.signal?.aborted) return { ok: false, problem: { kind: 'cancelled' } };
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  opts.onProgress?.(0.2);
  return importParsedBackup(parsed.backup, database, opts);
}

/** Rows written per step of an import: progress is told, and a cancel is honoured, between steps. */
const CHUNK = 1000;

/**
 * Merges an already validated backup (parseBackup) in one transaction; returns the counts. A
 * cancel (opts.signal) aborts the transaction, so the database stays as it was.
 */
export async function importParsedBackup(
  backup: Backup,
  database: FristDatabase = defaultDb(),
  opts: RunOptions = {},
): Promise<ImportResult> {
  try {
    const counts = await database.transaction('rw', ALL_TABLES(database), async () => {
      const plan = planMerge(await readState(database), backup);
      const steps: [number, () => Promise<unknown>][] = [];
      const chunked = <T>(rows: T[], write: (part: T[]) => Promise<unknown>) => {
        for (let i = 0; i < rows.length; i += CHUNK) steps.push([Math.min(CHUNK, rows.length - i), () => write(rows.slice(i, i + CHUNK))]);
      };
      chunked(plan.putPostings, (part) => database.postings.bulkPut(part));
      chunked(plan.putSnapshots, (part) => database.snapshots.bulkPut(part));
      chunked(plan.addHistory as HistoryEntry[], (part) => database.history.bulkAdd(part));
      chunked(plan.addContactLog as ContactLogEntry[], (part) => database.contactLog.bulkAdd(part));
      if (plan.putSettings.length) steps.push([plan.putSettings.length, () => database.settings.bulkPut(plan.putSettings)]);
      const total = steps.reduce((n, [k]) => n + k, 0) || 1;
      let written = 0;
      for (const [k, write] of steps) {
        check(opts.signal);
        await write();
        written += k;
        opts.onProgress?.(0.2 + (0.8 * written) / total);
      }
      check(opts.signal);
      return plan.counts;
    });
    return { ok: true, counts };
  } catch (e) {
    if (e instanceof Cancelled) return { ok: false, problem: { kind: 'cancelled' } };
    throw e;
  }
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
