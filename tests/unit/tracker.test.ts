import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockTime, countdown, formatNumber, formatTimestamp, relativeDeadline } from '../../lib/time';
import { groupContacts, contactKey, type ContactOccurrence } from '../../lib/tracker/contacts';
import { dueKey, groupOf, groupOverview, type OverviewRow } from '../../lib/tracker/groups';
import { mailtoHref, normalisePhone, telHref } from '../../lib/tracker/phone';
import { DEFAULT_SETTINGS, normaliseLeadTimes, settingFrom, settingsFromStored, type SettingKey } from '../../lib/tracker/settings';
import { settingsSchema } from '../../lib/tracker/settings-schema';
import { CLOSED_STATUSES, statusRank, STATUSES } from '../../lib/schema/status';
import { fold, matchesQuery, queryWords, searchWords, words } from '../../lib/tracker/text';

const now = new Date(2026, 11, 10, 9, 30); // Thursday 10 December 2026, 09:30 local

describe('search normalisation', () => {
  it('folds case and Nordic letters and drops diacritics', () => {
    expect(fold('SEKRETÆR Østjylland Århus Café Müller Straße')).toBe('sekretaer ostjylland arhus cafe muller strasse');
    expect(words('Faglig sekretær – HK/Østjylland, HK')).toEqual(['faglig', 'sekretaer', 'hk', 'ostjylland']);
    expect(queryWords('  Sekr  øst ')).toEqual(['sekr', 'ost']);
    expect(queryWords('')).toEqual([]);
  });

  it('indexes title, organisation and contact names', () => {
    const w = searchWords({ title: 'Kampagnemedarbejder', organization: 'Enhedslisten', contacts: [{ name: 'Søren Åberg' }] });
    expect(w).toEqual(['kampagnemedarbejder', 'enhedslisten', 'soren', 'aberg']);
    expect(matchesQuery(w, queryWords('SØR kamp'))).toBe(true);
    expect(matchesQuery(w, queryWords('soren hk'))).toBe(false);
  });

  it('caps what one hostile posting can put in the index', () => {
    const w = words(`${'a'.repeat(5000)} ${Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ')}`);
    expect(w.length).toBeLessThanOrEqual(200);
    expect(w[0]).toHaveLength(40);
  });
});

describe('overview groups', () => {
  const row = (id: string, deadline: string | null, patch: Partial<OverviewRow> = {}): OverviewRow => ({
    id,
    title: id,
    organization: null,
    deadline,
    due: dueKey(patch.deadline === undefined ? deadline : patch.deadline),
    status: 'saved',
    savedAt: '2026-12-01T10:00:00.000Z',
    ...patch,
  });

  it.each([
    ['2026-12-10', 'saved', 'today'],
    ['2026-12-10T12:00', 'preparing', 'today'],
    ['2026-12-10T09:00', 'saved', 'expired'],
    ['2026-12-10T09:00', 'applied', 'submitted'],
    ['2026-12-11T12:00', 'saved', 'week'],
    ['2026-12-17', 'interview', 'week'],
    ['2026-12-18', 'saved', 'upcoming'],
    ['2026-12-01', 'offer', 'submitted'],
    ['2026-12-01', 'saved', 'expired'],
    ['2026-12-20', 'rejected', 'closed'],
    ['2026-12-20', 'withdrawn', 'closed'],
    [null, 'saved', 'noDeadline'],
    [null, 'withdrawn', 'closed'],
  ] as const)('%s with status %s is in %s', (deadline, status, group) => {
    expect(groupOf({ deadline, status }, now)).toBe(group);
  });

  it('orders each group: nearest deadline first, a whole day after a time that day, undated newest first', () => {
    const groups = groupOverview(
      [
        row('c', '2026-12-12'),
        row('a', '2026-12-12T12:00'),
        row('b', '2026-12-11'),
        row('u1', null, { savedAt: '2026-12-01T00:00:00.000Z' }),
        row('u2', null, { savedAt: '2026-12-03T00:00:00.000Z' }),
        row('e1', '2026-11-01'),
        row('e2', '2026-12-05'),
      ],
      now,
    );
    expect(groups.map((g) => [g.id, g.rows.map((r) => r.id), g.folded])).toEqual([
      ['week', ['b', 'a', 'c'], false],
      ['noDeadline', ['u2', 'u1'], false],
      ['expired', ['e2', 'e1'], true],
    ]);
  });

  it('orders sent and passed ones latest first, ties by title, and closed ones dated before undated', () => {
    const groups = groupOverview(
      [
        row('s1', '2026-12-01', { status: 'applied', title: 'B' }),
        row('s2', '2026-12-01', { status: 'offer', title: 'A' }),
        row('s3', '2026-12-08T10:00', { status: 'interview', title: 'C' }),
        row('x1', '2026-11-01', { status: 'rejected' }),
        row('x2', '2027-01-01', { status: 'withdrawn' }),
        row('x3', null, { status: 'rejected', savedAt: '2026-12-02T00:00:00.000Z' }),
        row('x4', null, { status: 'withdrawn', savedAt: '2026-12-04T00:00:00.000Z' }),
        row('bad', '2026-02-30'),
      ],
      now,
    );
    expect(groups.map((g) => [g.id, g.rows.map((r) => r.id)])).toEqual([
      ['noDeadline', ['bad']],
      ['submitted', ['s3', 's2', 's1']],
      ['closed', ['x2', 'x1', 'x4', 'x3']],
    ]);
  });

  it.each([
    ['2026-12-10', '2026-12-10T24:00:00'],
    ['2026-12-10T09:05', '2026-12-10T09:05:00'],
    ['2028-02-29', '2028-02-29T24:00:00'],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['10/12/2026', null],
    ['2026-12-10T9:05', null],
    ['', null],
    [null, null],
  ] as const)('keys the deadline %s as %s', (deadline, key) => {
    expect(dueKey(deadline)).toBe(key);
  });

  it('sorts a timed deadline before the whole day it falls on', () => {
    expect(dueKey('2026-12-10T23:59')! < dueKey('2026-12-10')!).toBe(true);
    expect(dueKey('2026-12-10')! < dueKey('2026-12-11T00:00')!).toBe(true);
  });

  it('knows the pipeline order and which statuses close a posting', () => {
    expect(STATUSES.map(statusRank)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(CLOSED_STATUSES).toEqual(['rejected', 'withdrawn']);
  });
});

describe('countdown', () => {
  it.each([
    ['2026-12-11T12:00', 'da', 'i morgen kl. 12'],
    ['2026-12-11T12:30', 'nb', 'i morgen kl. 12.30'],
    ['2026-12-11T12:00', 'en', 'tomorrow at 12:00'],
    ['2026-12-10T16:00', 'da', 'i dag kl. 16'],
    ['2026-12-15', 'da', 'om 5 dage'],
    ['2026-12-13', 'en', 'in 3 days'],
    ['2026-12-09', 'nb', 'utløpt'],
  ] as const)('%s in %s reads "%s"', (deadline, lang, expected) => {
    expect(countdown(deadline, now, lang)).toBe(expected);
  });

  it('leaves relativeDeadline as it was', () => {
    expect(relativeDeadline('2026-12-11T12:00', now, 'da')).toBe('i morgen kl. 12:00');
  });

  it("formats moments and numbers in the user's locale", () => {
    const at = new Date(2026, 11, 3, 8, 5).toISOString();
    expect(formatTimestamp(at, 'en')).toBe('3 Dec 2026, 08:05');
    expect(formatTimestamp(at, 'da')).toMatch(/^3\. dec\. 2026/);
    expect(formatTimestamp('nonsense', 'nb')).toBe('nonsense');
    expect(clockTime(new Date(2026, 0, 1, 9, 0), 'nb')).toBe('9');
    expect(formatNumber(1234.5, 'da')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
});

describe('phone numbers and mail links', () => {
  it.each([
    ['+45 49 40 71 58', 'NO', '+4549407158'],
    ['0045 4940 7158', 'DK', '+4549407158'],
    ['49 40 71 58', 'DK', '+4549407158'],
    ['22 33 44 55', 'NO', '+4722334455'],
    ['070-123 45 67', 'SE', '+46701234567'],
    ['030 1234567', 'DE', '+49301234567'],
    ['040 123 4567', 'FI', '+358401234567'],
    ['12', 'DK', null],
  ] as const)('%s (%s) is %s', (raw, country, expected) => {
    expect(normalisePhone(raw, country)).toBe(expected);
  });

  it('makes call and mail links only of what is safe', () => {
    expect(telHref('49 40 71 58', 'DK')).toBe('tel:+4549407158');
    expect(telHref('ring', 'DK')).toBeNull();
    expect(mailtoHref(' gb@medborgerne.dk ')).toBe('mailto:gb@medborgerne.dk');
    expect(mailtoHref('a@b.dk?subject=x')).toBeNull();
    expect(mailtoHref('a b@c.dk')).toBeNull();
  });
});

describe('contact grouping', () => {
  const refs = new Map([
    ['p1', { id: 'p1', title: 'Sekretær', organization: 'HK' }],
    ['p2', { id: 'p2', title: 'Konsulent', organization: 'FOA' }],
    ['p3', { id: 'p3', title: 'Leder', organization: 'HK' }],
  ]);
  const occ = (
    postingId: string,
    name: string,
    phone: string | null,
    email: string | null,
    role: string | null = null,
  ): ContactOccurrence => ({ postingId, name, role, phone, email });

  it('is one person for the same name sharing a number or email, two for different numbers', () => {
    const groups = groupContacts(
      [
        occ('p1', 'Gitte Hansen', '+45 49 40 71 58', null, 'leder'),
        occ('p2', 'GITTE  HANSEN', '49407158', 'gh@foa.dk'),
        occ('p3', 'Gitte Hansen', null, 'GH@foa.dk'),
        occ('p3', 'Gitte Hansen', '11 22 33 44', null),
        occ('p2', 'Ole', null, null),
      ],
      refs,
      'DK',
    );
    expect(groups.map((g) => [g.name, g.postings.map((p) => p.id)])).toEqual([
      ['Gitte Hansen', ['p3']],
      ['Gitte Hansen', ['p1', 'p2', 'p3']],
      ['Ole', ['p2']],
    ]);
    groups.shift();
    expect(groups[0]!.phones).toEqual(['+45 49 40 71 58']);
    expect(groups[0]!.emails).toEqual(['gh@foa.dk']);
    expect(groups[0]!.organizations).toEqual(['HK', 'FOA']);
    expect(groups[0]!.keys).toContain(contactKey({ name: 'Gitte Hansen', phone: '49407158', email: null }, 'DK'));
  });

  it('joins a contact without number or email to the only person of that name', () => {
    const groups = groupContacts([occ('p1', 'Ole Nielsen', '20304050', null), occ('p2', 'Ole Nielsen', null, null)], refs, 'DK');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.postings.map((p) => p.id)).toEqual(['p1', 'p2']);
  });
});

describe('settings', () => {
  it('keeps valid stored values and defaults the rest', () => {
    expect(settingsFromStored({})).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStored({ language: 'da', phoneCountry: 'XX', csvSeparator: ',' })).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'da',
      csvSeparator: ',',
    });
    expect(
      normaliseLeadTimes([
        { amount: 1, unit: 'days' },
        { amount: 24, unit: 'hours' },
        { amount: 3, unit: 'days' },
      ]),
    ).toEqual([
      { amount: 3, unit: 'days' },
      { amount: 1, unit: 'days' },
    ]);
  });
});

describe('settings without zod', () => {
  // The popup reads settings with a hand-written check (zod is not loaded for its first screen);
  // saving and importing use the zod schema. Both must accept and produce exactly the same values.
  const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.boolean(), fc.string(), fc.double(), fc.object());
  // Mostly near-valid values (the boundaries are where a hand check goes wrong), some junk.
  const unit = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('hours', 'days') }, { weight: 1, arbitrary: fc.string() });
  const amount = fc.oneof(
    { weight: 4, arbitrary: fc.oneof(fc.integer({ min: -1, max: 366 }), fc.constantFrom(0, 1, 365, 366)) },
    { weight: 1, arbitrary: fc.oneof(fc.double(), fc.string(), fc.constant(null)) },
  );
  const leadTime = fc.oneof(
    { weight: 4, arbitrary: fc.record({ amount, unit }) },
    { weight: 1, arbitrary: fc.record({ amount, unit, extra: junk }, { requiredKeys: [] }) },
  );
  const values: Record<SettingKey, fc.Arbitrary<unknown>> = {
    reminderLeadTimes: fc.oneof(
      { weight: 4, arbitrary: fc.array(leadTime, { maxLength: 12 }) },
      { weight: 1, arbitrary: fc.oneof(fc.array(fc.oneof(leadTime, junk), { maxLength: 3 }), junk) },
    ),
    language: fc.oneof(fc.constantFrom('auto', 'en', 'da', 'nb', 'sv', 'EN'), junk),
    phoneCountry: fc.oneof(fc.constantFrom('DK', 'NO', 'SE', 'DE', 'FI', 'dk', 'US'), junk),
    csvSeparator: fc.oneof(fc.constantFrom(';', ',', '\t', '|'), junk),
    reminderLeadSeconds: fc.oneof(
      {
        weight: 4,
        arbitrary: fc.array(fc.oneof(fc.integer({ min: -1, max: 31_536_001 }), fc.constantFrom(0, 1, 31_536_000, 31_536_001)), {
          maxLength: 12,
        }),
      },
      { weight: 1, arbitrary: fc.oneof(fc.array(fc.oneof(fc.double(), junk), { maxLength: 3 }), junk) },
    ),
  };

  it('takes at most ten reminders of each kind, and copies them clean', () => {
    const day = { amount: 1, unit: 'days', note: 'x' };
    expect(settingFrom('reminderLeadTimes', Array(10).fill(day))).toEqual(Array(10).fill({ amount: 1, unit: 'days' }));
    expect(settingFrom('reminderLeadTimes', Array(11).fill(day))).toBeUndefined();
    expect(settingFrom('reminderLeadSeconds', Array(10).fill(60))).toHaveLength(10);
    expect(settingFrom('reminderLeadSeconds', Array(11).fill(60))).toBeUndefined();
  });

  it.each(Object.keys(values) as SettingKey[])('checks %s as the schema does', (key) => {
    fc.assert(
      fc.property(values[key], (value) => {
        const parsed = settingsSchema.shape[key].safeParse(value);
        const checked = settingFrom(key, value);
        expect(checked).toEqual(parsed.success ? parsed.data : undefined);
      }),
      { numRuns: 1000 },
    );
  });
});
