import { liveQuery } from 'dexie';
import { addDays, format } from 'date-fns';
import { db as defaultDb, type FristDatabase } from './database';
import type { Posting } from '../schema/posting';
import { settingsFromRows, type Settings } from '../tracker/settings';
import { countSoon, SOON_DAYS, type Reminder } from '../reminders/schedule';

/** The database side of the reminders (lib/reminders/alarms.ts): what to schedule from, and what was shown. */

export interface ReminderInputs {
  postings: Posting[];
  settings: Settings;
}

async function readInputs(database: FristDatabase): Promise<ReminderInputs> {
  const postings = await database.postings.toArray();
  const rows = await database.settings.toArray();
  return { postings, settings: settingsFromRows(rows) };
}

/** Every posting and the settings: the reminders are derived from these alone. */
export async function loadReminderInputs(database: FristDatabase = defaultDb()): Promise<ReminderInputs> {
  return database.transaction('r', database.postings, database.settings, () => readInputs(database));
}

/**
 * Calls `onChange` with the postings and settings now and after every change to either, by any
 * page of the extension (Dexie's live queries). Returns the function that stops watching.
 */
export function watchReminderInputs(
  onChange: (inputs: ReminderInputs) => void,
  onError: (e: unknown) => void = () => undefined,
  database: FristDatabase = defaultDb(),
): () => void {
  const sub = liveQuery(() => readInputs(database)).subscribe({ next: onChange, error: onError });
  return () => sub.unsubscribe();
}

/** The ids of the reminders shown so far. */
export async function shownReminderIds(database: FristDatabase = defaultDb()): Promise<Set<string>> {
  return new Set((await database.reminderLog.toCollection().primaryKeys()) as string[]);
}

/** The posting a shown reminder (a notification) belongs to. */
export async function shownReminderPosting(id: string, database: FristDatabase = defaultDb()): Promise<string | undefined> {
  return (await database.reminderLog.get(id))?.postingId;
}

export async function recordShown(reminders: readonly Reminder[], shownAt: Date, database: FristDatabase = defaultDb()): Promise<void> {
  if (reminders.length === 0) return;
  await database.reminderLog.bulkPut(reminders.map((r) => ({ id: r.id, postingId: r.postingId, at: r.at, shownAt: shownAt.getTime() })));
}

/** Forgets the shown reminders of postings that no longer exist. */
export async function pruneReminderLog(postingIds: ReadonlySet<string>, database: FristDatabase = defaultDb()): Promise<number> {
  return database.reminderLog.filter((row) => !postingIds.has(row.postingId)).delete();
}

const SINCE_KEY = 'remindersSince';

/**
 * When reminders began (epoch ms): stored on the first call, so the first run after installing or
 * updating does not show a backlog of reminders from before reminders existed.
 */
export async function remindersSince(now: Date, database: FristDatabase = defaultDb()): Promise<number> {
  return database.transaction('rw', database.meta, async () => {
    const row = await database.meta.get(SINCE_KEY);
    if (typeof row?.value === 'number' && Number.isFinite(row.value)) return row.value;
    await database.meta.put({ key: SINCE_KEY, value: now.getTime() });
    return now.getTime();
  });
}

/**
 * How many open postings have their deadline in the next three days: read through the deadline
 * index ("2026-12-15" and "2026-12-15T12:00" sort by day), so a page load stays cheap.
 */
export async function countSoonDeadlines(now: Date, database: FristDatabase = defaultDb()): Promise<number> {
  const from = format(now, 'yyyy-MM-dd');
  const to = `${format(addDays(now, SOON_DAYS), 'yyyy-MM-dd')}\uffff`;
  const rows = await database.postings.where('deadline').between(from, to, true, true).toArray();
  return countSoon(rows, now);
}
