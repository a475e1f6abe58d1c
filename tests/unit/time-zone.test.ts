// Time zones are computed in one place (lib/time-zone.ts): the calendar export and the extractor's
// reading of a UTC validThrough use the same offsets, and no other code works them out itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zoneOffset } from '../../lib/time-zone';
import { localDeadline } from '../../lib/extract/structured';

const ROOT = join(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/u.test(f) ? [p] : [];
  });

describe('time zones', () => {
  it('gives the offsets of the zones the ads are read in, summer and winter', () => {
    expect(zoneOffset('Europe/Copenhagen', new Date('2027-01-15T11:00:00Z'))).toBe(60);
    expect(zoneOffset('Europe/Oslo', new Date('2027-07-15T11:00:00Z'))).toBe(120);
    expect(zoneOffset('Europe/London', new Date('2027-07-15T11:00:00Z'))).toBe(60);
    expect(zoneOffset('America/New_York', new Date('2027-01-15T11:00:00Z'))).toBe(-300);
  });

  it('reads a UTC validThrough with the same offsets, on both sides of a change of summer time', () => {
    // Summer time in the EU ends at 01:00 UTC on 31 October 2027.
    expect(localDeadline('2027-10-31T00:30:00Z', 'da')).toBe('2027-10-31T02:30');
    expect(localDeadline('2027-10-31T01:30:00Z', 'da')).toBe('2027-10-31T02:30');
    expect(localDeadline('2027-03-28T10:00:00Z', 'en', 'https://jobs.example.co.uk/1')).toBe('2027-03-28T11:00');
  });

  it('is worked out nowhere else', () => {
    const others = [...files(join(ROOT, 'lib')), ...files(join(ROOT, 'components')), ...files(join(ROOT, 'entrypoints'))].filter(
      (f) => !f.endsWith(join('lib', 'time-zone.ts')),
    );
    const offenders = others.filter((f) => /DateTimeFormat\([^)]{0,200}timeZone|lastSunday|summer ?time/iu.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });
});
