import { useRef, useState } from 'preact/hooks';
import type { RunOptions } from '../db/state';

/** A backup export or import shows its progress and a Cancel button once it has taken this long. */
const PROGRESS_AFTER_MS = 1000;

/** A long export or import: its progress (0 to 1), shown once it has taken PROGRESS_AFTER_MS, and its cancel. */
export function useLongTask() {
  const [progress, setProgress] = useState<Progress | null>(null);
  const controller = useRef<AbortController | null>(null);
  async function withProgress<T>(
    kind: Progress['kind'],
    task: (opts: RunOptions) => Promise<T>,
  ): Promise<{ value: T | null; cancelled: boolean }> {
    const c = new AbortController();
    controller.current = c;
    setProgress({ kind, fraction: 0, shown: false });
    const timer = setTimeout(() => setProgress((p) => p && { ...p, shown: true }), PROGRESS_AFTER_MS);
    try {
      const value = await task({ signal: c.signal, onProgress: (fraction) => setProgress((p) => p && { ...p, fraction }) });
      return { value: c.signal.aborted ? null : value, cancelled: c.signal.aborted };
    } catch (e) {
      if (c.signal.aborted) return { value: null, cancelled: true };
      throw e;
    } finally {
      clearTimeout(timer);
      setProgress(null);
      controller.current = null;
    }
  }
  return { progress, withProgress, cancel: () => controller.current?.abort() };
}

export interface Progress {
  kind: 'import' | 'export';
  fraction: number;
  shown: boolean;
}
