import { describe, expect, it } from 'vitest';
import { contextFromInput, inputFromValues, validateReview, valuesFromInput } from '../../lib/capture/review';
import { translate } from '../../lib/i18n';
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

const t = translate('en');

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
    v.deadline = { date: '2017-12-18', time: '' };
    v.hoursPerWeek = { min: '37', max: '' };
    v.contacts = [
      ...v.contacts,
      { name: 'Thorvald Jepsen', role: '', phone: '71 78 93 45', email: '' },
      { name: '', role: '', phone: '', email: '' },
    ];
    const r = await validateReview(v, contextFromInput(p), t);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.deadline).toBe('2017-12-18');
    expect(r.input.hoursPerWeek).toEqual({ min: 37, max: 37 });
    expect(r.input.contacts).toHaveLength(2);
    expect(r.input.contacts?.[1]).toEqual({ name: 'Thorvald Jepsen', role: null, phone: '71 78 93 45', email: null });
  });

  type V = ReturnType<typeof valuesFromInput>;
  it.each([
    ['title', (v: V) => (v.title = ' '), 'title', 'Required.'],
    ['deadline', (v: V) => (v.deadline = { date: '15/12', time: '' }), 'deadline', 'Write the date as YYYY-MM-DD.'],
    ['time without date', (v: V) => (v.deadline = { date: '', time: '12:00' }), 'deadline', 'A time of day needs a date.'],
    ['hours', (v: V) => (v.hoursPerWeek = { min: 'tretten', max: '' }), 'hoursPerWeek', 'Write a number, e.g. 37 or 37,5.'],
    ['hours order', (v: V) => (v.hoursPerWeek = { min: '37', max: '30' }), 'hoursPerWeek', '“From” must not be more than “to”.'],
    ['upper hours', (v: V) => (v.hoursPerWeek = { min: '30', max: 'many' }), 'hoursPerWeek.max', 'Write a number, e.g. 37 or 37,5.'],
    ['percent', (v: V) => (v.employmentPercent = '150'), 'employmentPercent', 'Too large.'],
    ['currency', (v: V) => (v.salary = { ...v.salary, currency: 'kroner' }), 'salary.currency', 'Three capital letters, e.g. DKK.'],
    ['address', (v: V) => (v.url = ''), 'url', 'Write a web address beginning with https://'],
    ['contact name', (v: V) => (v.contacts = [{ name: '', role: '', phone: '12345678', email: '' }]), 'contacts.0.name', 'Required.'],
    ['interview day', (v: V) => (v.interviewDates = ['2027-02-30']), 'interviewDates.0', 'Write the date as YYYY-MM-DD.'],
  ])('puts a bad %s next to its field, in words', async (_label, spoil, field, message) => {
    const p = input();
    const v = valuesFromInput(p);
    spoil(v);
    const r = await validateReview(v, contextFromInput(p), t);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[field]).toBe(message);
  });
});
