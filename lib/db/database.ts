import Dexie, {
  type DBCore,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTransaction,
  type EntityTable,
  type Transaction,
} from 'dexie';
import type { Posting, Snapshot, Status } from '../schema/posting';
import { fingerprint } from '../fingerprint';
import { searchWords } from '../tracker/text';
import { dueKey } from '../tracker/groups';
import { buildHead, type OverviewHead } from '../tracker/head';
import { DB_NAME, OVERVIEW_HEAD_KEY, OVERVIEW_KEY } from './names';

export { OVERVIEW_HEAD_KEY, OVERVIEW_KEY };

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
function overviewRecords(rows: OverviewRowRecord[], now = new Date()): [OverviewLinesRecord, OverviewHeadRecord] {
  return [
    { key: OVERVIEW_KEY, rows },
    { key: OVERVIEW_HEAD_KEY, ...buildHead(rows, now) },
  ];
}

/** Writes the one overview record anew from the postings (the upgrades that add or change it). */
async function rebuildOverview(tx: Transaction): Promise<void> {
  const rows: OverviewRowRecord[] = [];
  await tx
    .table<Posting, string>('postings')
    .toCollection()
    .each((p) => void rows.push(overviewRow(p)));
  await tx.table<OverviewRecord, string>('overview').bulkPut(overviewRecords(rows));
}

/** Whether a string key lies in a DBCore key range (the primary keys of postings are strings). */
function inRange(key: string, range: DBCoreKeyRange): boolean {
  if (range.type === 3 /* Any */) return true;
  if (range.type === 4 /* Never */) return false;
  const lower = range.lower as string | undefined;
  const upper = range.upper as string | undefined;
  if (lower !== undefined && (range.lowerOpen ? key <= lower : key < lower)) return false;
  if (upper !== undefined && (range.upperOpen ? key >= upper : key > upper)) return false;
  return true;
}

export function deriveFields(p: Posting): DerivedFields {
  return {
    _words: searchWords(p),
    _contacts: (p.contacts ?? []).map((c) => [c.name, c.role ?? '', c.phone ?? '', c.email ?? '']),
  };
}

function stripDerived(row: StoredPosting): Posting {
  if (!row || typeof row !== 'object') return row;
  // `_overview` was derived in versions 2–4 (see version 5): rows written then may still carry it.
  const { _overview: _o, _words: _w, _contacts: _c, ...posting } = row as StoredPosting & { _overview?: unknown };
  return posting;
}

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
    this.version(1).stores({
      // id: primary key; &urlKey: one posting per ad address; deadline, status, savedAt: what the popup sorts and filters by.
      postings: 'id, &urlKey, deadline, status, savedAt',
    });
    this.version(2)
      .stores({
        // _overview, *_words, *_contacts: derived index fields (see DerivedFields).
        // fingerprint: the same ad text saved from another address.
        postings: 'id, &urlKey, fingerprint, deadline, status, savedAt, _overview, *_words, *_contacts',
        snapshots: 'postingId',
        history: '++id, postingId',
        contactLog: '++id, contactKey, postingId',
        settings: 'key',
      })
      .upgrade(async (tx) => {
        // Version 1 kept the ad's text on the posting: move it to the snapshots table.
        const snapshots: Snapshot[] = [];
        await tx
          .table<StoredPosting & { snapshot?: string }, string>('postings')
          .toCollection()
          .modify((row) => {
            const text = typeof row.snapshot === 'string' ? row.snapshot : '';
            if (text) snapshots.push({ postingId: row.id, text, savedAt: row.updatedAt ?? row.savedAt });
            delete row.snapshot;
            row.fingerprint ??= fingerprint(text);
            Object.assign(row, deriveFields(row));
          });
        await tx.table<Snapshot, string>('snapshots').bulkPut(snapshots);
      });
    this.version(3).stores({
      // Reminders shown (so none is shown twice) and internal state; postings are unchanged.
      reminderLog: 'id, postingId',
      meta: 'key',
    });

    this.version(4).stores({ overview: 'key' }).upgrade(rebuildOverview);

    this.version(5)
      .stores({
        // The `_overview` index gave way to the one overview record of version 4: nothing reads it.
        postings: 'id, &urlKey, fingerprint, deadline, status, savedAt, *_words, *_contacts',
      })
      .upgrade((tx) =>
        tx
          .table<StoredPosting & { _overview?: unknown }, string>('postings')
          .toCollection()
          .modify((row) => {
            delete row._overview;
          }),
      );

    // The overview lines carry their deadline's sort key (`due`): grouping 10,000 of them for the
    // popup's first screen is then a few string comparisons each.
    this.version(6).stores({}).upgrade(rebuildOverview);
    // Beside the lines, a summary the popup's first screen reads instead of all of them.
    this.version(7).stores({}).upgrade(rebuildOverview);
    // Deleting a posting moves it, with its saved copy, history and contact log, to the trash.
    this.version(8).stores({ trash: 'id, removedAt' });

    // Every posting written (by any code, in any transaction) gets its derived fields on a copy
    // (the caller's object is left as it was), and its overview line is updated in the same
    // transaction: a read-write transaction over postings always includes the overview table.
    this.use({
      stack: 'dbcore',
      name: 'FristDerivedFields',
      create: (down: DBCore): DBCore => {
        const hasOverview = () => down.schema.tables.some((t) => t.name === 'overview');
        const updateOverview = async (trans: DBCoreTransaction, change: (lines: Map<string, OverviewRowRecord>) => void) => {
          const table = down.table('overview');
          const record = (await table.get({ trans, key: OVERVIEW_KEY })) as OverviewLinesRecord | undefined;
          const lines = new Map((record?.rows ?? []).map((r) => [r.id, r]));
          change(lines);
          await table.mutate({ type: 'put', trans, values: overviewRecords([...lines.values()]) });
        };
        const followWrite = async (req: DBCoreMutateRequest, res: DBCoreMutateResponse): Promise<DBCoreMutateResponse> => {
          if (!hasOverview()) return res;
          if (req.type === 'add' || req.type === 'put') {
            const written = (req.values as Posting[]).filter((_, i) => !res.failures?.[i]);
            if (written.length) await updateOverview(req.trans, (lines) => written.forEach((p) => lines.set(p.id, overviewRow(p))));
          } else if (req.type === 'delete') {
            await updateOverview(req.trans, (lines) => (req.keys as string[]).forEach((k) => lines.delete(k)));
          } else if (req.type === 'deleteRange') {
            await updateOverview(req.trans, (lines) => {
              for (const k of [...lines.keys()]) if (inRange(k, req.range)) lines.delete(k);
            });
          }
          return res;
        };
        return {
          ...down,
          transaction: (stores, mode, options) =>
            down.transaction(
              mode === 'readwrite' && stores.includes('postings') && !stores.includes('overview') && hasOverview()
                ? [...stores, 'overview']
                : stores,
              mode,
              options,
            ),
          table: (name) => {
            const table = down.table(name);
            if (name !== 'postings') return table;
            return {
              ...table,
              mutate: async (req: DBCoreMutateRequest) => {
                const withDerived: DBCoreMutateRequest =
                  req.type === 'add' || req.type === 'put'
                    ? { ...req, values: req.values.map((v: StoredPosting) => ({ ...v, ...deriveFields(v) })) }
                    : req;
                return followWrite(req, await table.mutate(withDerived));
              },
            };
          },
        };
      },
    });
    this.postings.hook('reading', (obj) => stripDerived(obj as StoredPosting));
  }
}

let shared: FristDatabase | undefined;

/** The extension's database (one per extension origin: background, popup and options share it). */
export function db(): FristDatabase {
  shared ??= new FristDatabase();
  return shared;
}
