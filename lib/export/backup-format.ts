import { z } from 'zod';
import { postingSchema, snapshotSchema, statusSchema, type Posting, type Snapshot, type Status } from '../schema/posting';
import type { Settings } from '../tracker/settings';
import { settingsSchema } from '../tracker/settings-schema';
import { urlKey } from '../url';
import { changedTime, MERGED_FIELDS, sameValue } from '../schema/facts';

export const BACKUP_FORMAT = 'frist-backup';
export const BACKUP_VERSION = 1;
/** A backup file larger than this is refused before it is read (File.size), its text never loaded. */
export const MAX_BACKUP_BYTES = 150 * 1024 * 1024;
export const MAX_BACKUP_CHARS = MAX_BACKUP_BYTES;
/** Most records of each kind a backup may hold. */
export const MAX_BACKUP_RECORDS = { postings: 50_000, snapshots: 50_000, history: 500_000, contactLog: 200_000 } as const;

/** A file too large to import, judged by its size alone (File.size), before a byte of it is read. */
export function backupFileProblem(file: { size: number }): BackupProblem | null {
  return file.size > MAX_BACKUP_BYTES ? { kind: 'tooLarge', chars: file.size } : null;
}

const id = z.string().min(1).max(64);
const moment = z.string().datetime({ offset: true });

export const historyEntrySchema = z.object({
  id: z.number().int().positive(),
  postingId: id,
  at: moment,
  from: statusSchema.nullable(),
  to: statusSchema,
});
export const contactLogEntrySchema = z.object({
  id: z.number().int().positive(),
  contactKey: z.string().min(1).max(600),
  postingId: id,
  at: moment,
  text: z.string().trim().min(1).max(5000),
});

/** Frist's backup file: everything the applicant saved, with a format version. */
export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: moment,
  postings: z.array(postingSchema).max(MAX_BACKUP_RECORDS.postings),
  snapshots: z.array(snapshotSchema).max(MAX_BACKUP_RECORDS.snapshots),
  history: z.array(historyEntrySchema).max(MAX_BACKUP_RECORDS.history),
  contactLog: z.array(contactLogEntrySchema).max(MAX_BACKUP_RECORDS.contactLog),
  /** The settings the user chose (defaults are not stored, so they are not in the file either). */
  settings: settingsSchema.partial(),
});
export type Backup = z.infer<typeof backupSchema>;
export type BackupHistoryEntry = z.infer<typeof historyEntrySchema>;
export type BackupContactLogEntry = z.infer<typeof contactLogEntrySchema>;

export const BACKUP_TABLES = ['postings', 'snapshots', 'history', 'contactLog'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Why a file cannot be imported. `record` and `field` name the place, `detail` says what is wrong there. */
export type BackupProblem =
  | { kind: 'tooLarge'; chars: number }
  | { kind: 'cancelled' }
  | { kind: 'empty' }
  | { kind: 'truncated' }
  | { kind: 'notJson'; detail: string }
  | { kind: 'foreign' }
  | { kind: 'version'; version: string }
  | { kind: 'invalid'; record: BackupRecordRef | null; field: string; detail: string; more: number }
  | { kind: 'duplicate'; record: BackupRecordRef; field: string; other: number }
  | { kind: 'reference'; record: BackupRecordRef; field: string };

/** One record of the file: its table, its position (1-based, as people count) and a title when it has one. */
export interface BackupRecordRef {
  table: BackupTable;
  index: number;
  title: string | null;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

function recordRef(raw: unknown, table: BackupTable, index: number): BackupRecordRef {
  const rows = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[table] : undefined;
  const row = Array.isArray(rows) ? (rows[index] as unknown) : undefined;
  const title = table === 'postings' && row && typeof row === 'object' ? (row as Record<string, unknown>).title : null;
  return { table, index: index + 1, title: typeof title === 'string' ? title.slice(0, 80) : null };
}

/**
 * Reads and validates a whole backup file before anything is written: JSON, the format and
 * version, every record against the schemas, no duplicate ids or addresses, and every snapshot,
 * status change and log entry belonging to a posting in the file. The first problem is named
 * with its record and field.
 */
export function parseBackup(text: string): ParsedBackup {
  const fail = (problem: BackupProblem): ParsedBackup => ({ ok: false, problem });
  if (text.length > MAX_BACKUP_CHARS) return fail({ kind: 'tooLarge', chars: text.length });
  const trimmed = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!trimmed.trim()) return fail({ kind: 'empty' });
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // A file cut off mid-way fails at its very end ("Unexpected end of JSON input", "… at position <length>").
    const at = /at position (\d{1,12})/.exec(message);
    if (/end of (?:JSON )?input/i.test(message) || (at && Number(at[1]) >= trimmed.trimEnd().length)) return fail({ kind: 'truncated' });
    return fail({ kind: 'notJson', detail: message.slice(0, 200) });
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as Record<string, unknown>).format !== BACKUP_FORMAT)
    return fail({ kind: 'foreign' });
  const version = (raw as Record<string, unknown>).version;
  if (version !== BACKUP_VERSION) return fail({ kind: 'version', version: String(version).slice(0, 20) });

  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const path = issue?.path ?? [];
    const [table, index, ...rest] = path;
    const inTable = typeof table === 'string' && (BACKUP_TABLES as readonly string[]).includes(table) && typeof index === 'number';
    return fail({
      kind: 'invalid',
      record: inTable ? recordRef(raw, table as BackupTable, index) : null,
      field: (inTable ? rest : path).map(String).join('.'),
      detail: issue?.message ?? 'invalid',
      more: parsed.error.issues.length - 1,
    });
  }
  const backup = parsed.data;
  // The key is derived from the address: a file cannot smuggle in a key of its own.
  for (const p of backup.postings) p.urlKey = urlKey(p.url);

  const ids = new Map<string, number>();
  const keys = new Map<string, number>();
  for (const [i, p] of backup.postings.entries()) {
    const sameId = ids.get(p.id);
    if (sameId !== undefined) return fail({ kind: 'duplicate', record: recordRef(raw, 'postings', i), field: 'id', other: sameId + 1 });
    const sameUrl = keys.get(p.urlKey);
    if (sameUrl !== undefined) return fail({ kind: 'duplicate', record: recordRef(raw, 'postings', i), field: 'url', other: sameUrl + 1 });
    ids.set(p.id, i);
    keys.set(p.urlKey, i);
  }
  const snapshotOf = new Map<string, number>();
  for (const [i, s] of backup.snapshots.entries()) {
    if (!ids.has(s.postingId)) return fail({ kind: 'reference', record: recordRef(raw, 'snapshots', i), field: 'postingId' });
    const other = snapshotOf.get(s.postingId);
    if (other !== undefined)
      return fail({ kind: 'duplicate', record: recordRef(raw, 'snapshots', i), field: 'postingId', other: other + 1 });
    snapshotOf.set(s.postingId, i);
  }
  for (const table of ['history', 'contactLog'] as const) {
    const seen = new Map<number, number>();
    for (const [i, row] of backup[table].entries()) {
      if (!ids.has(row.postingId)) return fail({ kind: 'reference', record: recordRef(raw, table, i), field: 'postingId' });
      const other = seen.get(row.id);
      if (other !== undefined) return fail({ kind: 'duplicate', record: recordRef(raw, table, i), field: 'id', other: other + 1 });
      seen.set(row.id, i);
    }
  }
  return { ok: true, backup };
}

/** What is in the database now, as the merge needs it. */
export interface BackupState {
  postings: readonly Posting[];
  snapshots: readonly Snapshot[];
  history: readonly BackupHistoryEntry[];
  contactLog: readonly BackupContactLogEntry[];
  /** The settings stored (chosen by the user), by key. */
  settings: Partial<Settings>;
}

export interface MergeCounts {
  /** Postings that were not saved here. */
  added: number;
  /** Postings saved here that got newer fields, a saved copy, status changes or log entries from the file. */
  updated: number;
  /** Postings the file had nothing new for. */
  unchanged: number;
  /** Fields both sides had changed to different values: the later change was kept. */
  conflicts: number;
  historyAdded: number;
  contactLogAdded: number;
  settingsAdded: number;
}

type NewRow<T extends { id: number }> = Omit<T, 'id'> & { id?: number };

/** The writes one import makes: computed from the state and the file alone, then written in one transaction. */
export interface MergePlan {
  putPostings: Posting[];
  putSnapshots: Snapshot[];
  addHistory: NewRow<BackupHistoryEntry>[];
  addContactLog: NewRow<BackupContactLogEntry>[];
  putSettings: { key: keyof Settings; value: unknown }[];
  counts: MergeCounts;
}

const historyKey = (h: Omit<BackupHistoryEntry, 'id'>) => `${h.postingId}\u0000${h.at}\u0000${h.from ?? ''}\u0000${h.to}`;
const logKey = (l: Omit<BackupContactLogEntry, 'id'>) => `${l.contactKey}\u0000${l.postingId}\u0000${l.at}\u0000${l.text}`;

/**
 * Merges a backup into the database's state without asking anything and without losing anything:
 * a posting of the file is the one saved here with the same id, else with the same address. Each
 * field comes from the side that changed it last (mergeFields; the id saved here stays, the
 * earlier saved time stays, the address follows the newer `updatedAt`);
 * status changes and contact log entries are unioned without duplicates; a saved copy of the ad
 * comes from the winner, or from whichever side has one. Settings the user has not chosen here
 * are taken from the file. Ids of history and log rows are kept when free, so a restore into an
 * empty database is exact.
 */
/**
 * One posting from two sides, field by field: each fact, the status and the notes from the side
 * that changed it last (Posting.changedAt), with its evidence, source and guess mark. A conflict
 * is a field both sides changed to different values: the later change wins and is counted.
 */
export function mergeFields(local: Posting, incoming: Posting): { posting: Posting; conflicts: number } {
  const newer = Date.parse(incoming.updatedAt) > Date.parse(local.updatedAt) ? incoming : local;
  const out: Posting = {
    ...newer,
    evidence: { ...local.evidence },
    sources: { ...(local.sources ?? {}) },
    inferred: [...(local.inferred ?? [])],
    changedAt: { ...(local.changedAt ?? {}) },
    updatedAt: newer.updatedAt,
  };
  let conflicts = 0;
  for (const f of MERGED_FIELDS) {
    const tLocal = changedTime(local, f);
    const tIncoming = changedTime(incoming, f);
    const differ = !sameValue(local[f], incoming[f]);
    if (differ && local.changedAt?.[f] && incoming.changedAt?.[f]) conflicts++;
    const take = differ && tIncoming > tLocal ? incoming : local;
    (out as Record<string, unknown>)[f] = take[f];
    if (take === incoming) {
      if (incoming.changedAt?.[f]) out.changedAt![f] = incoming.changedAt[f]!;
      if (f in incoming.evidence) out.evidence[f] = incoming.evidence[f]!;
      else delete out.evidence[f];
      if (incoming.sources?.[f]) out.sources![f] = incoming.sources[f]!;
      else delete out.sources![f];
      out.inferred = out.inferred!.filter((x) => x !== f);
      if (incoming.inferred?.includes(f)) out.inferred!.push(f);
    }
  }
  if (!local.changedAt && !incoming.changedAt) delete out.changedAt;
  return { posting: out, conflicts };
}

type Outcome = 'added' | 'updated' | 'unchanged';

/** The postings and saved copies of a merge, and what became of each posting of the file. */
interface PostingsMerge {
  putPostings: Posting[];
  putSnapshots: Snapshot[];
  /** The id each posting of the file ends up under. */
  target: Map<string, string>;
  outcome: Map<string, Outcome>;
  conflicts: number;
}

/** The file's postings merged into those saved: matched by id, else by address (see planMerge). */
function mergePostings(state: BackupState, backup: Backup): PostingsMerge {
  const byId = new Map(state.postings.map((p) => [p.id, p]));
  const idByKey = new Map(state.postings.map((p) => [p.urlKey, p.id]));
  const snapshots = new Map(state.snapshots.map((s) => [s.postingId, s]));
  const incomingSnapshots = new Map(backup.snapshots.map((s) => [s.postingId, s]));
  const put = new Map<string, Posting>();
  const putSnapshots = new Map<string, Snapshot>();
  const target = new Map<string, string>();
  const outcome = new Map<string, Outcome>();
  let conflicts = 0;
  const putSnapshot = (id: string, s: Snapshot) => {
    snapshots.set(id, s);
    putSnapshots.set(id, s);
  };

  for (const p of backup.postings) {
    const localId = byId.has(p.id) ? p.id : idByKey.get(p.urlKey);
    const local = localId === undefined ? undefined : byId.get(localId);
    const incomingSnapshot = incomingSnapshots.get(p.id);
    if (!local) {
      byId.set(p.id, p);
      idByKey.set(p.urlKey, p.id);
      put.set(p.id, p);
      target.set(p.id, p.id);
      outcome.set(p.id, 'added');
      if (incomingSnapshot) putSnapshot(p.id, incomingSnapshot);
      continue;
    }
    target.set(p.id, local.id);
    let changed = false;
    const wins = Date.parse(p.updatedAt) > Date.parse(local.updatedAt);
    const merged = mergeFields(local, p);
    conflicts += merged.conflicts;
    // The address follows the newer side, unless another saved posting has it.
    const owner = idByKey.get(p.urlKey);
    const keepAddress = !wins || (owner !== undefined && owner !== local.id);
    const next: Posting = {
      ...merged.posting,
      id: local.id,
      url: keepAddress ? local.url : p.url,
      urlKey: keepAddress ? local.urlKey : p.urlKey,
      savedAt: Date.parse(p.savedAt) < Date.parse(local.savedAt) ? p.savedAt : local.savedAt,
    };
    if (!sameValue(next, local)) {
      if (next.urlKey !== local.urlKey) {
        idByKey.delete(local.urlKey);
        idByKey.set(next.urlKey, local.id);
      }
      byId.set(local.id, next);
      put.set(local.id, next);
      changed = true;
    }
    const localSnapshot = snapshots.get(local.id);
    if (incomingSnapshot && (!localSnapshot || (wins && incomingSnapshot.text !== localSnapshot.text))) {
      putSnapshot(local.id, { ...incomingSnapshot, postingId: local.id });
      changed = true;
    }
    outcome.set(p.id, changed ? 'updated' : 'unchanged');
  }
  return { putPostings: [...put.values()], putSnapshots: [...putSnapshots.values()], target, outcome, conflicts };
}

/**
 * The rows of the file not yet saved (history or contact log), moved to the posting each belongs
 * to now, without duplicates; a row keeps its id when it is free. `added` is told each row's
 * posting of the file. Rows keeping their id go first: the store's key generator then continues
 * above them, so a row given a new id can never take an id a later row of the same batch keeps.
 */
function unionRows<T extends { id: number; postingId: string }>(
  saved: readonly T[],
  incoming: readonly T[],
  keyOf: (row: Omit<T, 'id'>) => string,
  target: Map<string, string>,
  added: (filePostingId: string) => void,
): NewRow<T>[] {
  const keys = new Set(saved.map(keyOf));
  const ids = new Set(saved.map((r) => r.id));
  const kept: NewRow<T>[] = [];
  const renumbered: NewRow<T>[] = [];
  for (const r of incoming) {
    const row = { ...r, postingId: target.get(r.postingId) ?? r.postingId };
    const key = keyOf(row);
    if (keys.has(key)) continue;
    keys.add(key);
    if (ids.has(row.id)) {
      const { id: _drop, ...rest } = row;
      renumbered.push(rest as NewRow<T>);
    } else {
      ids.add(row.id);
      kept.push(row);
    }
    added(r.postingId);
  }
  return [...kept, ...renumbered];
}

export function planMerge(state: BackupState, backup: Backup): MergePlan {
  const postings = mergePostings(state, backup);
  const { outcome, target } = postings;
  const markUpdated = (fileId: string) => {
    if (outcome.get(fileId) === 'unchanged') outcome.set(fileId, 'updated');
  };
  const addHistory = unionRows(state.history, backup.history, historyKey, target, markUpdated);
  const addContactLog = unionRows(state.contactLog, backup.contactLog, logKey, target, markUpdated);
  const putSettings = (Object.entries(backup.settings) as [keyof Settings, unknown][])
    .filter(([key, value]) => value !== undefined && state.settings[key] === undefined)
    .map(([key, value]) => ({ key, value }));

  const counts: MergeCounts = {
    added: 0,
    updated: 0,
    unchanged: 0,
    conflicts: postings.conflicts,
    historyAdded: addHistory.length,
    contactLogAdded: addContactLog.length,
    settingsAdded: putSettings.length,
  };
  for (const o of outcome.values()) counts[o]++;
  return { putPostings: postings.putPostings, putSnapshots: postings.putSnapshots, addHistory, addContactLog, putSettings, counts };
}

/** A backup of the given state: postings by id, the other tables in their stored order. */
export function buildBackup(state: BackupState, now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    postings: [...state.postings],
    snapshots: [...state.snapshots],
    history: [...state.history],
    contactLog: [...state.contactLog],
    settings: { ...state.settings },
  };
}

export type { Status };
