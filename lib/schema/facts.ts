import type { Source } from './draft';
import { FACT_FIELDS, type FactField } from './fields';

// The facts of a posting (./fields.ts) either the extractor or the user writes; a fact the user
// wrote (its source "user") stays theirs when the ad is saved again.

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** What an import merges one field at a time: the facts, the status and the notes. */
export const MERGED_FIELDS = [...FACT_FIELDS, 'status', 'notes'] as const;

/** `changedAt` of `next` after a change from `prev` at `at`: each merged field whose value changed gets `at`. */
export function stampChanges<T extends { changedAt?: Record<string, string> | undefined }>(
  prev: T,
  next: T,
  at: string,
): Record<string, string> {
  const out: Record<string, string> = { ...(prev.changedAt ?? {}), ...(next.changedAt ?? {}) };
  for (const f of MERGED_FIELDS) if (!sameValue((prev as Record<string, unknown>)[f], (next as Record<string, unknown>)[f])) out[f] = at;
  return out;
}

/** When a field of a posting last changed: its own stamp, else when it was saved; for a posting
 *  from before stamps were kept, when it was last updated. */
export function changedTime(p: { changedAt?: Record<string, string> | undefined; savedAt: string; updatedAt: string }, f: string): number {
  if (!p.changedAt) return Date.parse(p.updatedAt);
  return Date.parse(p.changedAt[f] ?? p.savedAt);
}

/** The facts a posting's user wrote themselves. */
export function userWritten(p: { sources?: Partial<Record<string, Source>> | undefined }): FactField[] {
  return FACT_FIELDS.filter((f) => p.sources?.[f] === 'user');
}
