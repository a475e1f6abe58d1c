import { describe, expect, it } from 'vitest';
import { contextFromInput, inputFromValues, parseNumber, validateReview, valuesFromInput } from '../../lib/capture/review';
import { emptyDraft } from '../../lib/schema/draft';
import type { PostingInput } from '../../lib/schema/posting';

function input(patch: Partial<PostingInput> = {}): PostingInput {
  const { isJobAd: _a, confidence: _b, ...fields } = emptyDraft();
  return {
    ...fields,
    title: 'Organisationspolitisk sekretær',
    organization: 'Enhedslisten',
    deadline: '2017-12-15T12:00',
    hoursPerWeek: { min: 28, max: 28 },
    salary: { amount: 25858, currency: 'DKK', period: 'month', text: 'Lønnen er pt. 25.858' },
    contacts: [{ name: 'Else Kayser', role: null, phone: '+4529442832', email: 'elsekayser@gmail.com' }],
    emails: ['elsekayser@gmail.com'],
    url: 'https://org.example/job',
    snapshot: 'the ad',
    evidence: { deadline: 'Ansøgningsfrist 15/12 kl.12.00' },
    inferred: ['deadline'],
    ...patch,
  };
}

describe('review values', () => {
  it('round-trips a posting through the form unchanged', () => {
    const p = input();
    const back = inputFromValues(valuesFromInput(p), contextFromInput(p));
    expect(back).toMatchObject({
      title: p.title,
      deadline: '2017-12-15T12:00',
      hoursPerWeek: { min: 28, max: 28 },
      salary: { amount: 25858, currency: 'DKK', period: 'month' },
      contacts: p.contacts,
      emails: p.emails,
      url: p.url,
      snapshot: 'the ad',
      evidence: p.evidence,
      inferred: ['deadline'],
    });
  });

  it('reads corrected values: a date without time, a single hours figure, contacts added and emptied', async () => {
    const p = input();
    const v = valuesFromInput(p);
    v.deadlineDate = '2017-12-18';
    v.deadlineTime = '';
    v.hoursMin = '37';
    v.hoursMax = '';
    v.contacts = [
      ...v.contacts,
      { name: 'Thorvald Jepsen', role: '', phone: '71 78 93 45', email: '' },
      { name: '', role: '', phone: '', email: '' },
    ];
    const r = await validateReview(v, contextFromInput(p));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.deadline).toBe('2017-12-18');
    expect(r.input.hoursPerWeek).toEqual({ min: 37, max: 37 });
    expect(r.input.contacts).toHaveLength(2);
    expect(r.input.contacts?.[1]).toEqual({ name: 'Thorvald Jepsen', role: null, phone: '71 78 93 45', email: null });
  });

  it.each([
    ['title', (v: ReturnType<typeof valuesFromInput>) => (v.title = ' '), 'title'],
    ['deadline', (v: ReturnType<typeof valuesFromInput>) => (v.deadlineDate = '15/12'), 'deadlineDate'],
    ['time without date', (v: ReturnType<typeof valuesFromInput>) => ((v.deadlineDate = ''), (v.deadlineTime = '12:00')), 'deadlineDate'],
    ['hours', (v: ReturnType<typeof valuesFromInput>) => (v.hoursMin = 'tretten'), 'hoursMin'],
    ['hours order', (v: ReturnType<typeof valuesFromInput>) => ((v.hoursMin = '37'), (v.hoursMax = '30')), 'hoursMin'],
    ['percent', (v: ReturnType<typeof valuesFromInput>) => (v.employmentPercent = '150'), 'employmentPercent'],
    ['currency', (v: ReturnType<typeof valuesFromInput>) => (v.salaryCurrency = 'kroner'), 'salaryCurrency'],
    ['address', (v: ReturnType<typeof valuesFromInput>) => (v.url = ''), 'url'],
    [
      'contact name',
      (v: ReturnType<typeof valuesFromInput>) => (v.contacts = [{ name: '', role: '', phone: '12345678', email: '' }]),
      'contacts.0.name',
    ],
  ])('puts a bad %s next to its field', async (_label, spoil, field) => {
    const p = input();
    const v = valuesFromInput(p);
    spoil(v);
    const r = await validateReview(v, contextFromInput(p));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toContain(field);
  });
});

describe('parseNumber', () => {
  it.each([
    ['25.858', 25858],
    ['40 800', 40800],
    ['32,000', 32000],
    ['37,5', 37.5],
    ['37.5', 37.5],
    ['1.234.567,50', 1234567.5],
    ['', null],
  ])('%s → %s', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });
  it('gives NaN for words', () => {
    expect(parseNumber('efter aftale')).toBeNaN();
  });
});
