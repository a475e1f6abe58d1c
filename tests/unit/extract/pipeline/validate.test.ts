import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sanitizeDraft } from '../../../../lib/extract/validate';
import { draftSchema, emptyDraft, type Draft } from '../../../../lib/schema/draft';

describe('hand validation (no zod in the extractor bundle) agrees with draftSchema', () => {
  it('leaves the empty draft as it is', () => {
    expect(sanitizeDraft(emptyDraft())).toEqual(emptyDraft());
    expect(draftSchema.safeParse(sanitizeDraft(emptyDraft())).success).toBe(true);
  });

  it('keeps valid values and empties invalid ones', () => {
    const bad = {
      ...emptyDraft(),
      isJobAd: true,
      confidence: 3,
      title: 'x'.repeat(400),
      organization: 'Foreningen',
      deadline: '2025-13-1',
      hoursPerWeek: { min: 40, max: 30 },
      employmentPercent: 150,
      salary: { amount: -1, currency: 'kr', period: 'week', text: 'x' },
      contacts: [
        { name: '', role: null, phone: null, email: null },
        { name: 'Anne', role: 'x'.repeat(300), phone: '1', email: null },
      ],
      interviewDates: ['2025-01-01', 'soon'],
      evidence: { title: 't', organization: 'o'.repeat(2000) },
      sources: { title: 'text', organization: 'guess' },
    } as unknown as Draft;
    const d = sanitizeDraft(bad);
    expect(draftSchema.safeParse(d).success).toBe(true);
    expect(d.title).toBeNull();
    expect(d.evidence.title).toBeUndefined();
    expect(d.organization).toBe('Foreningen');
    expect(d.confidence).toBe(1);
    expect(d.contacts).toEqual([{ name: 'Anne', role: null, phone: '1', email: null }]);
    expect(d.interviewDates).toEqual(['2025-01-01']);
  });

  it('always yields a schema-valid draft from arbitrary values', () => {
    const anyVal = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.integer(),
      fc.double(),
      fc.constant(null),
      fc.boolean(),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(
        fc.record({ title: anyVal, deadline: anyVal, startDate: anyVal, employmentPercent: anyVal, language: anyVal, confidence: anyVal }),
        (r) => {
          const d = sanitizeDraft({ ...emptyDraft(), ...(r as object) } as Draft);
          expect(draftSchema.safeParse(d).success).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
