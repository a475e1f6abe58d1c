import { describe, expect, it } from 'vitest';
import { inputOfIssue, keptContactRows, parseNumber, readValues, valuesOf } from '../../lib/form/values';
import { emptyDraft } from '../../lib/schema/draft';
import { FACT_FIELDS } from '../../lib/schema/fields';

const { isJobAd: _a, confidence: _b, evidence: _e, sources: _s, inferred: _i, ...empty } = emptyDraft();
/** A posting with every fact filled, one of each kind of value. */
const full = {
  ...empty,
  title: 'Organisationssekretær',
  organization: 'HK',
  location: 'København',
  deadline: '2026-12-11T12:00',
  startDate: '2027-01-01',
  startText: null,
  hoursPerWeek: { min: 30, max: 37 },
  employmentPercent: 80,
  salary: { amount: 32000, currency: 'DKK', period: 'month' as const, text: '32.000 kr.' },
  contacts: [{ name: 'Gitte Ballenstedt', role: 'sekretariatsleder', phone: '49 40 71 58', email: 'gb@hk.dk' }],
  emails: ['gb@hk.dk', 'job@hk.dk'],
  phones: ['49 40 71 58'],
  applyUrl: 'https://hk.example/apply',
  interviewDates: ['2027-01-05', '2027-01-07'],
  language: 'da',
  url: 'https://hk.example/job',
  notes: 'Ring fredag',
};

describe('the posting form model', () => {
  it('round-trips every fact of the field table, and the address and notes, unchanged', () => {
    const { facts, url, notes, errors } = readValues(valuesOf(full));
    expect(errors).toEqual({});
    for (const f of FACT_FIELDS) expect(facts[f], f).toEqual(full[f]);
    expect(url).toBe(full.url);
    expect(notes).toBe(full.notes);
  });

  it('round-trips an empty posting to empty facts', () => {
    const { facts } = readValues(valuesOf({ ...empty, url: 'https://x.example/' }));
    for (const f of FACT_FIELDS) expect(facts[f], f).toEqual(empty[f]);
  });

  it('reads what the user types: one hours figure, a date without time, lists, lower-case addresses, empty contact rows dropped', () => {
    const v = valuesOf(full);
    v.hoursPerWeek = { min: '', max: '37' };
    v.deadline = { date: '2026-12-18', time: '' };
    v.emails = 'A@HK.dk; b@hk.dk\nc@hk.dk';
    v.interviewDates = ['2027-01-07', '', '2027-01-05', '2027-01-07'];
    v.contacts = [{ name: '', role: '', phone: '', email: '' }, ...v.contacts];
    const { facts } = readValues(v);
    expect(facts.hoursPerWeek).toEqual({ min: 37, max: 37 });
    expect(facts.deadline).toBe('2026-12-18');
    expect(facts.emails).toEqual(['a@hk.dk', 'b@hk.dk', 'c@hk.dk']);
    expect(facts.interviewDates).toEqual(['2027-01-05', '2027-01-07']);
    expect(facts.contacts).toHaveLength(1);
    expect(keptContactRows(v)).toEqual([1]);
  });

  it('names each input that holds no number where one is needed', () => {
    const v = valuesOf(full);
    v.employmentPercent = 'fuld tid';
    v.hoursPerWeek = { min: '30', max: 'mange' };
    v.salary = { ...v.salary, amount: 'efter aftale' };
    expect(readValues(v).errors).toEqual({ employmentPercent: 'number', 'hoursPerWeek.max': 'number', salary: 'number' });
  });

  it('keeps pay stated only in words, and none when every pay input is empty', () => {
    const v = valuesOf(full);
    v.salary = { amount: '', currency: '', period: '', text: 'Efter overenskomst' };
    expect(readValues(v).facts.salary).toEqual({ amount: null, currency: null, period: null, text: 'Efter overenskomst' });
    v.salary = { amount: '', currency: '', period: '', text: ' ' };
    expect(readValues(v).facts.salary).toBeNull();
  });
});

describe('parseNumber: one reader for every number input', () => {
  it.each([
    ['25.858', 25858],
    ['32.000', 32000],
    ['40 800', 40800],
    ['32,000', 32000],
    ['37,5', 37.5],
    ['37.5', 37.5],
    ['1.234.567,50', 1234567.5],
    ['32,000.50', 32000.5],
    ['', null],
  ])('%s → %s', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });
  it.each(['efter aftale', '37,5,5', '1e5', '-3', '12.34.5'])('gives NaN for %s', (s) => {
    expect(parseNumber(s)).toBeNaN();
  });
});

describe('inputOfIssue', () => {
  it('maps a schema path to the input that shows it, by the kind of its fact', () => {
    expect(inputOfIssue(['hoursPerWeek'])).toBe('hoursPerWeek');
    expect(inputOfIssue(['salary', 'currency'])).toBe('salary.currency');
    expect(inputOfIssue(['salary', 'amount'])).toBe('salary');
    expect(inputOfIssue(['deadline'])).toBe('deadline');
    expect(inputOfIssue(['emails', 2])).toBe('emails');
    expect(inputOfIssue(['interviewDates', 1])).toBe('interviewDates.1');
    expect(inputOfIssue(['contacts', 1, 'name'], [0, 2])).toBe('contacts.2.name');
    expect(inputOfIssue(['url'])).toBe('url');
  });
  it('gives null for what no input shows', () => {
    expect(inputOfIssue(['evidence', 'x'])).toBeNull();
    expect(inputOfIssue([])).toBeNull();
  });
});
