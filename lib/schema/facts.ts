import type { Source } from './draft';

/** The facts of a posting that either the extractor or the user writes; a fact the user wrote
 *  (its source "user") stays theirs when the ad is saved again. */
export const FACT_FIELDS = [
  'language',
  'title',
  'organization',
  'location',
  'deadline',
  'startDate',
  'startText',
  'hoursPerWeek',
  'employmentPercent',
  'salary',
  'emails',
  'phones',
  'contacts',
  'applyUrl',
  'interviewDates',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The facts a posting's user wrote themselves. */
export function userWritten(p: { sources?: Partial<Record<string, Source>> | undefined }): FactField[] {
  return FACT_FIELDS.filter((f) => p.sources?.[f] === 'user');
}
