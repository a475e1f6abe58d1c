import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOM, defaultCsvSeparator, neutralise, parseCsv, postingsCsv, POSTING_COLUMNS, VISIBLE_COLUMNS } from '../../lib/export/csv';
import { calendarIcs, utcStamp, vtimezone, zoneOffset, zoneYears } from '../../lib/export/ics';
import { contactsVcf } from '../../lib/export/vcard';
import { applicationsCsv, applicationsLog } from '../../lib/export/applications-log';
import { escapeText, foldLine, unfold } from '../../lib/export/rfc-text';
import { emptyDraft } from '../../lib/schema/draft';
import type { Posting } from '../../lib/schema/posting';

function posting(patch: Partial<Posting>): Posting {
  const { isJobAd: _a, confidence: _b, ...fields } = emptyDraft();
  return {
    ...fields,
    title: 'Koordinator',
    url: 'https://org.example/job/1',
    status: 'saved',
    notes: '',
    id: 'p1',
    urlKey: 'https://org.example/job/1',
    fingerprint: null,
    savedAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...patch,
  };
}

const header = (c: string) => c;
const status = (s: string) => s.toUpperCase();

describe('CSV', () => {
  const rows = [
    posting({
      id: 'a',
      title: 'Kampagnemedarbejder, 32 t.',
      organization: 'Grøn Fremtid; Århus',
      deadline: '2027-01-15T12:00',
      notes: 'Linje 1\nLinje "2"',
    }),
    posting({
      id: 'b',
      title: '=HYPERLINK("http://evil.example","klik")',
      organization: '+45 12 34',
      location: '@SUM(A1)',
      notes: '-2+3',
      hoursPerWeek: { min: 32, max: 37.5 },
    }),
    posting({
      id: 'c',
      title: 'Rådgiver – Æble Øst Ålborg',
      contacts: [{ name: 'Åse Ødegård', role: 'leder', phone: '22 33 44 55', email: 'aase@x.no' }],
    }),
  ];

  it('writes UTF-8 with BOM, CRLF and the chosen separator, and parses back to the same cells', () => {
    for (const separator of [';', ','] as const) {
      const csv = postingsCsv(rows, { columns: POSTING_COLUMNS, separator, header, status });
      expect(csv.startsWith(BOM)).toBe(true);
      expect(csv).toContain('\r\n');
      const parsed = parseCsv(csv, separator);
      expect(parsed[0]).toEqual([...POSTING_COLUMNS]);
      expect(parsed).toHaveLength(4);
      const col = (name: string) => POSTING_COLUMNS.indexOf(name as never);
      expect(parsed[1]![col('title')]).toBe('Kampagnemedarbejder, 32 t.');
      expect(parsed[1]![col('organization')]).toBe('Grøn Fremtid; Århus');
      expect(parsed[1]![col('deadline')]).toBe('2027-01-15 12:00');
      expect(parsed[1]![col('notes')]).toBe('Linje 1\nLinje "2"');
      expect(parsed[1]![col('status')]).toBe('SAVED');
      expect(parsed[3]![col('title')]).toBe('Rådgiver – Æble Øst Ålborg');
      expect(parsed[3]![col('contacts')]).toBe('Åse Ødegård, leder, 22 33 44 55, aase@x.no');
      expect(parsed[2]![col('hoursPerWeek')]).toBe(separator === ';' ? '32–37,5' : '32–37.5');
    }
  });

  it('neutralises every cell a spreadsheet would run as a formula (OWASP)', () => {
    const csv = postingsCsv(rows, { columns: POSTING_COLUMNS, separator: ';', header, status });
    const parsed = parseCsv(csv, ';');
    const col = (name: string) => POSTING_COLUMNS.indexOf(name as never);
    expect(parsed[2]![col('title')]).toBe(`'=HYPERLINK("http://evil.example","klik")`);
    expect(parsed[2]![col('organization')]).toBe("'+45 12 34");
    expect(parsed[2]![col('location')]).toBe("'@SUM(A1)");
    expect(parsed[2]![col('notes')]).toBe("'-2+3");
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = neutralise(s);
        return !/^[=+\-@\t\r\n]/.test(out) && (out === s || out === `'${s}`);
      }),
    );
    for (const bad of ['=1+1', '\t=1', '\r=1', '\n=1', '＝1+1']) expect(neutralise(bad)).toBe(`'${bad}`);
  });

  it('writes only the visible columns when asked', () => {
    const parsed = parseCsv(postingsCsv(rows, { columns: VISIBLE_COLUMNS, separator: ',', header, status }), ',');
    expect(parsed[0]).toEqual(['title', 'organization', 'deadline', 'status', 'location', 'url']);
    expect(parsed.every((r) => r.length === 6)).toBe(true);
  });

  it('defaults to a semicolon where the decimal separator is a comma', () => {
    expect(defaultCsvSeparator('da-DK')).toBe(';');
    expect(defaultCsvSeparator('nb-NO')).toBe(';');
    expect(defaultCsvSeparator('de-DE')).toBe(';');
    expect(defaultCsvSeparator('en-US')).toBe(',');
    expect(defaultCsvSeparator('en-GB')).toBe(',');
  });
});

describe('RFC 5545 text', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops control characters', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg\u0007h')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h');
  });

  it('folds at 75 octets without splitting a UTF-8 character, and unfolds back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const line = `SUMMARY:${s.replace(/[\r\n]/g, '')}`;
        const folded = foldLine(line);
        const enc = new TextEncoder();
        for (const part of folded.split('\r\n')) {
          expect(enc.encode(part).length).toBeLessThanOrEqual(75);
          expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
        }
        expect(
          folded
            .split('\r\n')
            .slice(1)
            .every((l) => l.startsWith(' ')),
        ).toBe(true);
        expect(unfold(folded)).toBe(line);
      }),
    );
    const æ = 'SUMMARY:' + 'æ'.repeat(80);
    expect(
      foldLine(æ)
        .split('\r\n')
        .map((l) => new TextEncoder().encode(l).length),
    ).toEqual([74, 75, 21]);
  });
});

describe('iCalendar', () => {
  const leadTimes = [
    { amount: 3, unit: 'days' as const },
    { amount: 3, unit: 'hours' as const },
  ];
  const options = {
    now: new Date('2026-12-10T08:09:10Z'),
    timeZone: 'Europe/Copenhagen',
    leadTimes,
    deadlineSummary: (p: Posting) => `Frist: ${p.title}`,
    interviewSummary: (p: Posting) => `Samtale: ${p.title}`,
    calendarName: 'Frist',
  };
  const postings = [
    posting({
      id: 'a',
      title: 'Kampagnemedarbejder; Grøn, Fremtid',
      organization: 'Grøn Fremtid',
      location: 'Aarhus C',
      deadline: '2027-01-15T12:00',
      interviewDates: ['2027-01-25'],
    }),
    posting({ id: 'b', title: 'Rådgiver '.repeat(20), deadline: '2027-07-01' }),
    posting({ id: 'c', title: 'No dates' }),
  ];

  /** Checks the RFC 5545 rules a calendar importer relies on. */
  function validate(ics: string) {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    const enc = new TextEncoder();
    for (const line of ics.split('\r\n').slice(0, -1)) expect(enc.encode(line).length).toBeLessThanOrEqual(75);
    const lines = unfold(ics).split('\r\n').slice(0, -1);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    // Components nest properly.
    const stack: string[] = [];
    for (const l of lines) {
      if (l.startsWith('BEGIN:')) stack.push(l.slice(6));
      if (l.startsWith('END:')) expect(stack.pop()).toBe(l.slice(4));
      expect(l).toMatch(/^[A-Z][A-Z0-9-]*[;:]/);
    }
    expect(stack).toEqual([]);
    // Every event has one UID (unique) and one DTSTAMP in UTC; every alarm an action and a trigger.
    const events = unfold(ics)
      .split('BEGIN:VEVENT')
      .slice(1)
      .map((e) => e.split('END:VEVENT')[0]!);
    const uids = events.map((e) => /\r\nUID:([^\r]+)/.exec(e)?.[1]);
    expect(new Set(uids).size).toBe(events.length);
    for (const e of events) {
      expect(e.match(/\r\nUID:/g)).toHaveLength(1);
      expect(e).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
      expect(e).toMatch(/\r\nDTSTART[;:]/);
      const alarms = e.split('BEGIN:VALARM').slice(1);
      expect(alarms.length).toBeGreaterThan(0);
      for (const a of alarms) expect(a).toMatch(/ACTION:DISPLAY[\s\S]*DESCRIPTION:[\s\S]*TRIGGER/);
    }
    // Every TZID has its VTIMEZONE.
    for (const [, tz] of ics.matchAll(/;TZID=([^:;]+)/g)) expect(lines).toContain(`TZID:${tz}`);
    return { lines, events };
  }

  it('writes each deadline and interview as an event with alarms, in the user time zone', () => {
    const ics = calendarIcs(postings, options);
    const { lines, events } = validate(ics);
    expect(events).toHaveLength(3);
    expect(lines).toContain('DTSTART;TZID=Europe/Copenhagen:20270115T120000');
    expect(lines).toContain('SUMMARY:Frist: Kampagnemedarbejder\\; Grøn\\, Fremtid');
    expect(lines).toContain('DTSTAMP:20261210T080910Z');
    expect(lines).toContain('UID:a-deadline@frist');
    expect(lines).toContain('UID:a-interview-20270125@frist');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270701');
    expect(lines).toContain('DTEND;VALUE=DATE:20270702');
    expect(lines).toContain('TRIGGER:-P3D');
    expect(lines).toContain('TRIGGER:-PT3H');
    expect(lines).toContain('TRIGGER;RELATED=END:-P3D');
    expect(lines).toContain('DESCRIPTION:Grøn Fremtid\\nAarhus C\\nhttps://org.example/job/1');
    // Copenhagen: CET/CEST with the EU rule.
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(lines).toContain('TZOFFSETFROM:+0100');
    expect(lines).toContain('TZOFFSETTO:+0200');
  });

  it('writes UTC times for a UTC user and a fixed-offset zone without rules', () => {
    const utc = calendarIcs(postings, { ...options, timeZone: 'UTC' });
    validate(utc);
    expect(unfold(utc)).toContain('DTSTART:20270115T120000Z');
    expect(utc).not.toContain('VTIMEZONE');
    const tokyo = vtimezone('Asia/Tokyo', [2027]);
    expect(tokyo).toContain('TZOFFSETTO:+0900');
    expect(tokyo.filter((l) => l === 'BEGIN:STANDARD')).toHaveLength(1);
    const bogus = calendarIcs(postings, { ...options, timeZone: 'Mars/Olympus;X=1' });
    expect(unfold(bogus)).toContain('DTSTART:20270115T120000Z');
  });

  it('computes the zone for the years of the events, not for the years between them', () => {
    expect(zoneYears([2027, 226, 2027, 2026])).toEqual([225, 226, 2025, 2026, 2027]);
    // A deadline typed as year 0226 (refused by the schema; a file from elsewhere might hold it)
    // beside one in 2027: the zone lists the transitions of those years only.
    const far = calendarIcs([{ ...postings[0]!, id: 'typo', deadline: '0226-01-15T12:00' }, ...postings], options);
    validate(far);
    const zone = far.slice(far.indexOf('BEGIN:VTIMEZONE'), far.indexOf('END:VTIMEZONE'));
    expect(zone).toContain('TZID:Europe/Copenhagen');
    expect(zone.match(/BEGIN:(?:STANDARD|DAYLIGHT)/g)?.length ?? 0).toBeLessThanOrEqual(12);
  });

  it('finds the offsets of a zone', () => {
    expect(zoneOffset('Europe/Oslo', new Date('2027-01-15T11:00:00Z'))).toBe(60);
    expect(zoneOffset('Europe/Oslo', new Date('2027-07-15T11:00:00Z'))).toBe(120);
    expect(utcStamp(new Date('2027-01-05T03:04:05Z'))).toBe('20270105T030405Z');
  });
});

describe('vCard', () => {
  it('writes one card per person, escaped and folded', () => {
    const vcf = contactsVcf(
      [
        {
          key: 'k',
          keys: ['k'],
          name: 'Åse Marie Ødegård',
          roles: ['leder; HR'],
          phones: ['+47 22 33 44 55'],
          emails: ['aase@x.no'],
          organizations: ['Fagforbundet, Oslo'],
          postings: [{ id: 'a', title: 'Rådgiver', organization: null }],
        },
        { key: 'm', keys: ['m'], name: 'Madonna', roles: [], phones: [], emails: [], organizations: [], postings: [] },
      ],
      { note: (g) => g.postings.map((p) => p.title).join('\n') },
    );
    const lines = unfold(vcf).split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VCARD')).toHaveLength(2);
    expect(lines).toContain('VERSION:3.0');
    expect(lines).toContain('FN:Åse Marie Ødegård');
    expect(lines).toContain('N:Ødegård;Åse Marie;;;');
    expect(lines).toContain('N:Madonna;;;;');
    expect(lines).toContain('ORG:Fagforbundet\\, Oslo');
    expect(lines).toContain('TITLE:leder\\; HR');
    expect(lines).toContain('TEL;TYPE=WORK,VOICE:+47 22 33 44 55');
    expect(lines).toContain('EMAIL;TYPE=INTERNET,WORK:aase@x.no');
    expect(lines).toContain('NOTE:Rådgiver');
    for (const l of vcf.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
  });
});

describe('applications log', () => {
  const a = posting({ id: 'a', title: 'Kampagnemedarbejder', organization: 'Grøn Fremtid', status: 'interview' });
  const b = posting({ id: 'b', title: 'Rådgiver', status: 'offer', url: 'https://b.example/' });
  const c = posting({ id: 'c', title: 'Not sent', status: 'preparing' });
  const items = [
    {
      posting: a,
      history: [
        { at: '2026-12-05T09:00:00Z', to: 'applied' as const },
        { at: '2026-12-20T09:00:00Z', to: 'interview' as const },
      ],
    },
    {
      posting: b,
      history: [
        { at: '2027-01-03T09:00:00Z', to: 'interview' as const },
        { at: '2027-01-10T09:00:00Z', to: 'offer' as const },
      ],
    },
    { posting: c, history: [{ at: '2026-12-06T09:00:00Z', to: 'preparing' as const }] },
  ];

  it('lists the applications sent in a date range with their history', () => {
    const rows = applicationsLog(items, '2026-12-01', '2026-12-31');
    expect(rows.map((r) => [r.posting.id, r.applied, r.steps.map((s) => s.status)])).toEqual([
      ['a', '2026-12-05', ['applied', 'interview']],
    ]);
    expect(applicationsLog(items, '2026-12-01', '2027-01-31').map((r) => r.posting.id)).toEqual(['a', 'b']);
    expect(applicationsLog(items, '2027-02-01', '2027-02-28')).toEqual([]);
  });

  it('writes the log as CSV that parses back', () => {
    const rows = applicationsLog(items, '2026-12-01', '2027-01-31');
    const labels = {
      applied: 'Ansøgt',
      title: 'Stilling',
      organization: 'Organisation',
      location: 'Sted',
      deadline: 'Frist',
      status: 'Status',
      history: 'Forløb',
      url: 'Adresse',
      statusName: (s: string) => s,
    };
    const parsed = parseCsv(applicationsCsv(rows, labels, ';'), ';');
    expect(parsed[0]).toEqual(['Ansøgt', 'Stilling', 'Organisation', 'Sted', 'Frist', 'Status', 'Forløb', 'Adresse']);
    expect(parsed[1]).toEqual([
      '2026-12-05',
      'Kampagnemedarbejder',
      'Grøn Fremtid',
      '',
      '',
      'interview',
      '2026-12-05 applied\n2026-12-20 interview',
      'https://org.example/job/1',
    ]);
    expect(parsed[2]![0]).toBe('2027-01-03');
  });
});
