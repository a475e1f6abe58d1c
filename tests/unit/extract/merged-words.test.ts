// mergedWords reads a per-language table as one: the union of a key's words, lower-cased sets and
// an alternation that tries the longest word first.
import { describe, expect, it } from 'vitest';
import { mergedWords } from '../../../lib/extract/locales/merged-words';
import type { Lang } from '../../../lib/extract/types';

const table: Record<Lang, { joins: string[]; marks: string[] }> = {
  da: { joins: ['og', 'til'], marks: ['Kl.'] },
  nb: { joins: ['og', 'til'], marks: [] },
  nn: { joins: ['og'], marks: [] },
  sv: { joins: ['och', 'till'], marks: ['kl.'] },
  de: { joins: ['und'], marks: ['um'] },
  en: { joins: ['and', 'on behalf of'], marks: [] },
};

describe('mergedWords', () => {
  const m = mergedWords(table);

  it('joins every language without repeats', () => {
    expect(m.words('joins')).toEqual(['og', 'til', 'och', 'till', 'und', 'and', 'on behalf of']);
  });

  it('gives lower-case sets', () => {
    expect([...m.set('marks')]).toEqual(['kl.', 'um']);
  });

  it('builds an alternation that matches the longest word and any blanks inside', () => {
    const re = new RegExp(`^(?:${m.alt('joins')})$`, 'u');
    expect(re.test('till')).toBe(true);
    expect(re.test('on  behalf\tof')).toBe(true);
    expect(re.test('tilll')).toBe(false);
    expect(new RegExp(`(?:${m.alt('joins')})`, 'u').exec('till')?.[0]).toBe('till');
    expect(new RegExp(`(?:${m.alt('marks')})`, 'u').test('kl:')).toBe(false);
  });

  it('matches nothing for an empty list', () => {
    const empty = mergedWords({ da: { x: [] }, nb: { x: [] }, nn: { x: [] }, sv: { x: [] }, de: { x: [] }, en: { x: [] } });
    expect(new RegExp(empty.alt('x'), 'u').test('anything')).toBe(false);
  });
});
