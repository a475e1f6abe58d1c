import { liveQuery } from 'dexie';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { db as defaultDb, type FristDatabase, type HistoryEntry } from './database';
import { getSettings } from './settings';
import { listContacts, type ContactWithLog } from './contacts';
import { listHistory } from './edits';
import { readOverview, readOverviewHead, type OverviewQuery, type OverviewResult } from './overview';
import {
  emptyTrash,
  listTrash,
  purgeTrash,
  removePosting,
  restoreFromTrash,
  restorePosting,
  type RestoreResult,
  type TrashItem,
  type UndoToken,
} from './trash';
import type { Posting, Snapshot, Status } from '../schema/posting';
import type { Settings } from '../tracker/settings';
import type { OverviewHead } from '../tracker/head';

export type LiveState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

/**
 * Runs a Dexie query and re-runs it whenever the tables it read change (in this page or any
 * other page of the extension). The UI reads the database only through hooks like this one.
 * While `enabled` is false the query waits (the state stays loading).
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = [], enabled = true): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) return;
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (e: unknown) => setState({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
    });
    return () => sub.unsubscribe();
  }, [...deps, enabled]);
  return state;
}

/**
 * Runs a query once (not live), when the component mounts; unless `given` (called once, on mount)
 * already has its value, read earlier by other means.
 */
export function useOnce<T>(query: () => Promise<T>, given?: () => T | null | undefined): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>(() => {
    const value = given?.();
    return value === null || value === undefined ? { status: 'loading' } : { status: 'ready', value };
  });
  useEffect(() => {
    if (state.status === 'ready') return;
    let live = true;
    query().then(
      (value) => live && setState({ status: 'ready', value }),
      (e: unknown) => live && setState({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The postings matching the query (unordered; the Overview groups and sorts them) and the total saved. */
export type OverviewData = OverviewResult;

/** The overview's rows for a search text and status filter, live (once `enabled`: see useOverviewHead). */
export function useOverview(query: OverviewQuery, database: FristDatabase = defaultDb(), enabled = true): LiveState<OverviewData> {
  const statuses = (query.statuses ?? []).join(',');
  return useLiveQuery(() => readOverview(query, database), [query.text ?? '', statuses, database], enabled);
}

/**
 * The overview's summary (lib/tracker/head.ts), read once when the view opens: a long list's
 * first screen comes from it while all the rows load. `given` hands over a summary read before
 * the view opened (the popup's first-read.ts), so that none is read again.
 */
export function useOverviewHead(
  database: FristDatabase = defaultDb(),
  given?: () => OverviewHead | null | undefined,
): LiveState<OverviewHead> {
  return useOnce(() => readOverviewHead(database), given);
}

export interface PostingData {
  posting: Posting;
  history: HistoryEntry[];
  snapshot: Snapshot | null;
}

/** One posting with its status history and saved copy, live; null once it is deleted. */
export function usePostingDetail(id: string, database: FristDatabase = defaultDb()): LiveState<PostingData | null> {
  return useLiveQuery(async () => {
    const posting = await database.postings.get(id);
    if (!posting) return null;
    return { posting, history: await listHistory(id, database), snapshot: (await database.snapshots.get(id)) ?? null };
  }, [id, database]);
}

/** Everyone in the contacts view with their log, live. */
export function useContacts(database: FristDatabase = defaultDb()): LiveState<ContactWithLog[]> {
  return useLiveQuery(() => listContacts(database), [database]);
}

/** The settings (defaults filled in), live. */
export function useSettings(database: FristDatabase = defaultDb()): LiveState<Settings> {
  return useLiveQuery(() => getSettings(database), [database]);
}

export interface Undoable {
  /** The last deletion that can still be undone. */
  pending: UndoToken | null;
  /** The last undo's failure, if any. */
  error: string | null;
  remove: (id: string) => Promise<UndoToken | null>;
  undo: () => Promise<boolean>;
  dismiss: () => void;
}

/** Delete with undo: the removed posting, history, snapshot and log are kept until dismissed. */
export function useUndoableRemove(database: FristDatabase = defaultDb()): Undoable {
  const [pending, setPending] = useState<UndoToken | null>(null);
  const [error, setError] = useState<string | null>(null);
  const remove = useCallback(
    async (id: string) => {
      const token = await removePosting(id, new Date(), database);
      setPending(token);
      setError(null);
      return token;
    },
    [database],
  );
  const undo = useCallback(async () => {
    if (!pending) return false;
    const r = await restorePosting(pending, database);
    setPending(null);
    setError(r.ok ? null : r.error);
    return r.ok;
  }, [pending, database]);
  const dismiss = useCallback(() => {
    setPending(null);
    setError(null);
  }, []);
  return { pending, error, remove, undo, dismiss };
}

export interface Trash {
  items: LiveState<TrashItem[]>;
  restore: (id: string) => Promise<RestoreResult>;
  empty: () => Promise<void>;
}

/** The trash, live: deleted postings of the last 30 days, each restorable; what has expired goes when it opens. */
export function useTrash(now: Date, database: FristDatabase = defaultDb()): Trash {
  useEffect(() => {
    void purgeTrash(now, database).catch(() => undefined);
  }, [database]);
  const items = useLiveQuery(() => listTrash(now, database), [database, now.toISOString().slice(0, 10)]);
  const restore = useCallback((id: string) => restoreFromTrash(id, database), [database]);
  const empty = useCallback(() => emptyTrash(database), [database]);
  return { items, restore, empty };
}

export type { Status };
