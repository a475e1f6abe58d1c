import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

/**
 * Runs a Dexie query and re-runs it whenever the tables it read change (in this page or any
 * other page of the extension). The UI reads the database only through hooks like this one.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (e: unknown) => setState({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
    });
    return () => sub.unsubscribe();
  }, deps);
  return state;
}
