import { describe, expect, it } from 'vitest';
import { draftSchema, emptyDraft } from '../../lib/schema/draft';

describe('draft schema', () => {
  it('accepts the empty draft', () => {
    expect(draftSchema.safeParse(emptyDraft()).success).toBe(true);
  });
});
