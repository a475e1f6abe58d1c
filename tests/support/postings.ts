// Postings for tests, built on the empty draft, whose facts come from the field table
// (lib/schema/fields.ts): a fixture sets only what it is about, so a fact added to the table
// needs no edit in any fixture.
import { emptyDraft, type Draft } from '../../lib/schema/draft';
import type { PostingInput } from '../../lib/schema/posting';

export type EmptyFacts = Omit<Draft, 'isJobAd' | 'confidence' | 'sources' | 'inferred'>;

/** Every fact of a posting with nothing found (and no evidence). */
export function emptyFacts(): EmptyFacts {
  const { isJobAd: _j, confidence: _c, sources: _s, inferred: _i, ...facts } = emptyDraft();
  return facts;
}

/** Posting number `i` as the review form would save it: "Stilling i" at "Forening i", deadline in January 2027. */
export function postingInput(i: number, patch: Partial<PostingInput> = {}): PostingInput {
  const { isJobAd: _a, confidence: _b, ...fields } = emptyDraft();
  return {
    ...fields,
    title: `Stilling ${i}`,
    organization: `Forening ${i}`,
    url: `https://org.example/job/${i}`,
    deadline: `2027-01-${String(10 + i).padStart(2, '0')}`,
    ...patch,
  };
}
