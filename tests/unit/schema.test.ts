import { describe, expect, it } from 'vitest';
import { draftSchema, emptyDraft } from '../../lib/schema/draft';
import { describeIssues, postingInputSchema } from '../../lib/schema/posting';

const good = {
  ...emptyDraft(),
  title: 'Organisationspolitisk sekretær',
  organization: 'Enhedslisten',
  deadline: '2017-12-15T12:00',
  url: 'https://example.org/job/42',
};

describe('posting input schema', () => {
  it('accepts a good posting and fills status, notes and snapshot defaults', () => {
    const r = postingInputSchema.safeParse(good);
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.status).toBe('saved');
      expect(r.data.notes).toBe('');
      expect(r.data.snapshot).toBe('');
    }
  });

  it.each([
    ['title', { title: '   ' }, 'title'],
    ['deadline', { deadline: '15/12/2017' }, 'deadline'],
    ['deadline time', { deadline: '2017-12-15 12:00' }, 'deadline'],
    ['start date', { startDate: '2018-02' }, 'startDate'],
    ['url', { url: 'javascript:alert(1)' }, 'url'],
    ['local file url', { url: 'file:///home/me/ad.pdf' }, 'url'],
    ['apply link with a script', { applyUrl: 'javascript:alert(1)' }, 'applyUrl'],
    ['apply link to a data url', { applyUrl: 'data:text/html,<script>alert(1)</script>' }, 'applyUrl'],
    ['apply link to a file', { applyUrl: 'file:///etc/passwd' }, 'applyUrl'],
    ['status', { status: 'hired' }, 'status'],
    ['hours', { hoursPerWeek: { min: 37, max: 30 } }, 'hoursPerWeek'],
    ['contact name', { contacts: [{ name: '', role: null, phone: null, email: null }] }, 'contacts.0.name'],
  ])('rejects a bad %s with a message naming the field', (_label, patch, field) => {
    const r = postingInputSchema.safeParse({ ...good, ...patch });
    expect(r.success).toBe(false);
    if (!r.success) expect(describeIssues(r.error)).toContain(field);
  });
});

describe('posting dates', () => {
  it.each([
    ['a year typed short', { deadline: '0226-12-15' }, 'deadline'],
    ['a year far ahead', { deadline: '2226-12-15T12:00' }, 'deadline'],
    ['a day that does not exist', { deadline: '2027-02-30' }, 'deadline'],
    ['29 February of a common year', { startDate: '2027-02-29' }, 'startDate'],
    ['a time of day that does not exist', { deadline: '2027-01-15T24:00' }, 'deadline'],
    ['an interview before 1990', { interviewDates: ['1989-12-31'] }, 'interviewDates.0'],
  ])('refuses %s, naming the field', (_label, patch, field) => {
    const r = postingInputSchema.safeParse({ ...good, ...patch });
    expect(r.success).toBe(false);
    if (!r.success) expect(describeIssues(r.error)).toBe(`${field}: expected a real date between 1990 and 2100`);
  });
  it('keeps real days from 1990 to 2100', () => {
    for (const patch of [
      { deadline: '2028-02-29T23:59' },
      { startDate: '1990-01-01' },
      { deadline: '2100-12-31' },
      { interviewDates: ['2027-01-25'] },
    ])
      expect(postingInputSchema.safeParse({ ...good, ...patch }).success, JSON.stringify(patch)).toBe(true);
  });
});

describe('posting links', () => {
  it('keeps web and mailto apply links', () => {
    for (const applyUrl of ['https://job.example.org/apply?id=4', 'http://example.org/a', 'mailto:job@example.org', null])
      expect(postingInputSchema.safeParse({ ...good, applyUrl }).success, String(applyUrl)).toBe(true);
  });
});

describe('draft schema', () => {
  it('accepts the empty draft', () => {
    expect(draftSchema.safeParse(emptyDraft()).success).toBe(true);
  });
  it('rejects a confidence outside 0–1', () => {
    expect(draftSchema.safeParse({ ...emptyDraft(), confidence: 2 }).success).toBe(false);
  });
});
