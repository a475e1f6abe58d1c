// The rows of Frist's database (./database.ts) and what is derived from a posting's row: its
// search fields and its overview line, written with it in the same transaction.
import type { Transaction } from 'dexie';
import type { Posting, Snapshot, Status } from '../schema/posting';
import { searchWords } from '../tracker/text';
import { dueKey } from '../tracker/groups';
import { buildHead, type OverviewHead } from '../tracker/head';
import { OVERVIEW_HEAD_KEY, OVERVIEW_KEY } from './names';

/** One change of a posting's status, with when it happened. */
export interface HistoryEntry {
  id: number;
  postingId: string;
  /** ISO date-time of the change. */
  at: string;
  /** The status before; null for an entry without a known predecessor. */
  from: Status | null;
  to: Status;
}

/** A note about a contact person: "called on …, said …". */
export interface ContactLogEntry {
  id: number;
  /** The contact's key (see lib/tracker/contacts.ts `contactKey`). */
  contactKey: string;
  /** The posting the conversation was about: deleting the posting deletes its log entries. */
  postingId: string;
  at: string;
  text: string;
}

/** One setting per row; the values are validated by lib/tracker/settings.ts when read and written. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** A reminder that was shown (lib/reminders/alarms.ts): nothing is shown twice. */
export interface ReminderLogRow {
  /** The reminder's id (lib/reminders/schedule.ts): posting, kind and moment. */
  id: string;
  postingId: string;
  /** The moment the reminder was for (epoch ms). */
  at: number;
  /** When it was shown (epoch ms). */
  shownAt: number;
}

/** A deleted posting with everything deleted with it, restorable from the trash for TRASH_DAYS (version 8). */
export interface TrashRow {
  /** The posting's id. */
  id: string;
  posting: Posting;
  snapshot: Snapshot | null;
  history: HistoryEntry[];
  contactLog: ContactLogEntry[];
  /** ISO date-time of the deletion. */
  removedAt: string;
}

/** Internal state of the extension that is no user setting (one value per key). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * Derived fields every posting row carries from version 2 on, kept up to date by a DBCore
 * middleware (whoever writes the row) and stripped again when a row is read, so code above lib/db never sees them:
 * - `_words`: folded words of title, organisation and contact names (multi-entry, prefix search);
 * - `_contacts`: [name, role, phone, email] of each contact (multi-entry), for the contacts view.
 */
export interface DerivedFields {
  _words: string[];
  _contacts: [string, string, string, string][];
}
export type StoredPosting = Posting & Partial<DerivedFields>;

/**
 * A posting's line in the overview. All lines live in ONE record of the `overview` table
 * (version 4), written with every posting: reading 10,000 lines as one record takes a few
 * milliseconds, where reading 10,000 records takes a few hundred (per-record cost in IndexedDB).
 */
export interface OverviewRowRecord {
  id: string;
  status: Status;
  deadline: string | null;
  /** The deadline as the overview's sort and compare key (lib/tracker/groups.ts dueKey; version 6). */
  due: string | null;
  savedAt: string;
  title: string;
  organization: string | null;
}

export function overviewRow(p: Posting): OverviewRowRecord {
  return {
    id: p.id,
    status: p.status,
    deadline: p.deadline ?? null,
    due: dueKey(p.deadline),
    savedAt: p.savedAt,
    title: p.title,
    organization: p.organization ?? null,
  };
}

/** The one record that holds every overview line. */
export interface OverviewLinesRecord {
  key: typeof OVERVIEW_KEY;
  rows: OverviewRowRecord[];
}

/** The summary beside it, for the popup's first screen (version 7; see lib/tracker/head.ts). */
export interface OverviewHeadRecord extends OverviewHead {
  key: typeof OVERVIEW_HEAD_KEY;
}

export type OverviewRecord = OverviewLinesRecord | OverviewHeadRecord;

/** The two records of the overview table for these lines, summarised as of `now`. */
export function overviewRecords(rows: OverviewRowRecord[], now = new Date()): [OverviewLinesRecord, OverviewHeadRecord] {
  return [
    { key: OVERVIEW_KEY, rows },
    { key: OVERVIEW_HEAD_KEY, ...buildHead(rows, now) },
  ];
}

/** Writes the one overview record anew from the postings (the upgrades that add or change it). */
export async function rebuildOverview(tx: Transaction): Promise<void> {
  const rows: OverviewRowRecord[] = [];
  await tx
    .table<Posting, string>('postings')
    .toCollection()
    .each((p) => void rows.push(overviewRow(p)));
  await tx.table<OverviewRecord, string>('overview').bulkPut(overviewRecords(rows));
}

export function deriveFields(p: Posting): DerivedFields {
  return {
    _words: searchWords(p),
    _contacts: (p.contacts ?? []).map((c) => [c.name, c.role ?? '', c.phone ?? '', c.email ?? '']),
  };
}

export function stripDerived(row: StoredPosting): Posting {
  if (!row || typeof row !== 'object') return row;
  // `_overview` was derived in versions 2–4 (see version 5): rows written then may still carry it.
  const { _overview: _o, _words: _w, _contacts: _c, ...posting } = row as StoredPosting & { _overview?: unknown };
  return posting;
}
