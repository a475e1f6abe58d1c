// The contact people of every saved posting, grouped into people, with the log of what was said.
import { db as defaultDb, type ContactLogEntry, type FristDatabase } from './database';
import { groupContacts, type ContactGroup, type ContactOccurrence, type ContactPostingRef } from '../tracker/contacts';
import { NOT_FOUND } from './edits';
import { getSettings } from './settings';
import { readOverview } from './overview';

/** Everyone named as a contact in any posting, grouped into people, with organisation and postings and their log. */
export interface ContactWithLog extends ContactGroup {
  log: ContactLogEntry[];
}

/**
 * The contacts view: every contact person across all postings, read from the `_contacts` index and the
 * one overview record (no posting record is loaded), grouped by folded name and shared phone or email.
 */
export async function listContacts(database: FristDatabase = defaultDb()): Promise<ContactWithLog[]> {
  const settings = await getSettings(database);
  const occurrences: ContactOccurrence[] = [];
  await database.postings.orderBy('_contacts').eachKey((key, cursor) => {
    const [name, role, phone, email] = key as unknown as [string, string, string, string];
    occurrences.push({ postingId: String(cursor.primaryKey), name, role: role || null, phone: phone || null, email: email || null });
  });
  const refs = new Map<string, ContactPostingRef>();
  const ids = new Set(occurrences.map((o) => o.postingId));
  if (ids.size) {
    // Read directly (not through listOverview): each extra layer of native awaits inside a live
    // query risks Dexie losing track of what the query read after it.
    for (const row of (await readOverview({}, database)).rows)
      if (ids.has(row.id)) refs.set(row.id, { id: row.id, title: row.title, organization: row.organization });
  }
  const groups = groupContacts(occurrences, refs, settings.phoneCountry);
  const log = await database.contactLog.toArray();
  const byKey = new Map<string, ContactLogEntry[]>();
  for (const entry of log) byKey.set(entry.contactKey, [...(byKey.get(entry.contactKey) ?? []), entry]);
  return groups.map((g) => ({
    ...g,
    log: g.keys.flatMap((k) => byKey.get(k) ?? []).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id)),
  }));
}

export type LogResult = { ok: true; entry: ContactLogEntry } | { ok: false; error: string };

/** Adds "called on …, said …" to a contact's log (text trimmed, 1–5,000 characters). */
export async function addContactLog(
  entry: { contactKey: string; postingId: string; text: string; at?: Date },
  now = new Date(),
  database: FristDatabase = defaultDb(),
): Promise<LogResult> {
  const text = entry.text.trim();
  if (!text) return { ok: false, error: 'text: write what was said' };
  if (text.length > 5000) return { ok: false, error: 'text: at most 5,000 characters' };
  if (!entry.contactKey || entry.contactKey.length > 600) return { ok: false, error: 'contactKey: invalid' };
  const at = (entry.at ?? now).toISOString();
  return database.transaction('rw', database.postings, database.contactLog, async () => {
    if (!(await database.postings.get(entry.postingId))) return { ok: false as const, error: NOT_FOUND };
    const row = { contactKey: entry.contactKey, postingId: entry.postingId, at, text };
    const id = await database.contactLog.add(row);
    return { ok: true as const, entry: { ...row, id } };
  });
}

/** The log of a contact (all of its keys), newest first. */
export async function listContactLog(contactKeys: readonly string[], database: FristDatabase = defaultDb()): Promise<ContactLogEntry[]> {
  if (contactKeys.length === 0) return [];
  const rows = await database.contactLog
    .where('contactKey')
    .anyOf([...contactKeys])
    .toArray();
  return rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id));
}

export async function deleteContactLog(id: number, database: FristDatabase = defaultDb()): Promise<void> {
  await database.contactLog.delete(id);
}
