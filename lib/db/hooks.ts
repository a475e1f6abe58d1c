import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

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
