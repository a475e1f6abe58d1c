import type { Draft } from './draft';
import { emptyValue, FACT_FIELDS, type FactField } from './fields';

/** A draft with nothing found: every fact of ./fields.ts empty. Imports no zod: the extractor bundle uses it. */
export function emptyDraft(): Draft {
  const facts = Object.fromEntries(FACT_FIELDS.map((f) => [f, emptyValue(f)])) as unknown as Pick<Draft, FactField>;
  return { isJobAd: false, confidence: 0, ...facts, evidence: {}, sources: {}, inferred: [] };
}
