import { emptyDraft } from '../../lib/schema/draft';
import type { PostingInput } from '../../lib/schema/posting';

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
