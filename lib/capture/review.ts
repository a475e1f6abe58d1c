// The review before saving: the extractor's draft in the posting form (../form/values.ts), what
// the user corrected marked as theirs, and the form checked against the posting's schema.
import type { Draft } from '../schema/draft';
import type { PostingInput } from '../schema/posting';
import { postingSchemas } from '../schema/load';
import { sameValue } from '../schema/facts';
import { FACT_FIELDS } from '../schema/fields';
import { keptContactRows, readValues, valuesOf, type FormValues } from '../form/values';
import { localMessages, placeIssues } from '../form/messages';
import type { Translate } from '../i18n';

/** The review form's values: the posting form's. */
export type ReviewValues = FormValues;

/** What the review starts from, besides the values: where each came from and what was guessed. */
export interface ReviewContext {
  snapshot: string;
  language: string | null;
  evidence: Record<string, string>;
  inferred: string[];
  sources: Draft['sources'];
  /** The values as the extractor found them: a fact the user changed from these is theirs (source "user"). */
  initial?: ReviewValues;
}

export const valuesFromInput = (p: PostingInput): ReviewValues => valuesOf(p);

export function contextFromInput(p: PostingInput): ReviewContext {
  return {
    snapshot: p.snapshot ?? '',
    language: p.language ?? null,
    evidence: p.evidence ?? {},
    inferred: p.inferred ?? [],
    sources: p.sources ?? {},
  };
}

/** The posting the values describe (not yet validated); a fact changed from what the extractor
 *  found is marked as the user's (source "user", no longer inferred). */
export function inputFromValues(v: ReviewValues, ctx: ReviewContext): PostingInput {
  const input = rawInput(v, ctx);
  if (!ctx.initial) return input;
  const found = rawInput(ctx.initial, ctx);
  const edited = FACT_FIELDS.filter((f) => !sameValue(input[f], found[f]));
  if (edited.length === 0) return input;
  const sources = { ...(input.sources ?? {}) };
  for (const f of edited) sources[f] = 'user';
  return { ...input, sources, inferred: (input.inferred ?? []).filter((f) => !(edited as string[]).includes(f)) };
}

function rawInput(v: ReviewValues, ctx: ReviewContext): PostingInput {
  const { facts, url, notes } = readValues(v);
  return {
    ...(facts as Omit<PostingInput, 'url'>),
    title: String(facts.title ?? ''),
    notes,
    url,
    snapshot: ctx.snapshot,
    evidence: ctx.evidence,
    inferred: ctx.inferred,
    sources: ctx.sources,
  };
}

export type ReviewResult = { ok: true; input: PostingInput } | { ok: false; errors: Record<string, string> };

/** Validates the form: the posting, or one message per input that is wrong. Nothing is saved here. */
export async function validateReview(v: ReviewValues, ctx: ReviewContext, t: Translate): Promise<ReviewResult> {
  const { postingInputSchema } = await postingSchemas();
  const input = inputFromValues(v, ctx);
  const errors = localMessages(t, readValues(v).errors);
  if (v.deadline.time.trim() && !v.deadline.date.trim()) errors.deadline = t('errTimeNeedsDate');
  const parsed = postingInputSchema.safeParse(input);
  if (!parsed.success) {
    const [unplaced] = placeIssues(t, errors, parsed.error.issues, keptContactRows(v));
    if (unplaced) errors.form ??= unplaced.message;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, input };
}
