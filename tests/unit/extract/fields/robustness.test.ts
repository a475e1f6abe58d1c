import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeTextContext, parseTextFields } from '../../../../lib/extract/fields/index';
import { LANGS } from '../../../../lib/extract/types';

describe('text fields: robustness', () => {
  it('never throws on arbitrary text in any language', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom(null, ...LANGS), (s, lang) => {
        parseTextFields(makeTextContext(s, { lang, observed: '2025-01-01' }));
      }),
      { numRuns: 300 },
    );
  });
  it("never throws on text built from the grammar's own pieces", () => {
    const piece = fc.constantFrom(
      'Ansøgningsfrist',
      ' 15/12',
      ' kl.12.00',
      '. ',
      'kontakte',
      ' Gitte',
      ' Hansen',
      ' på',
      ' 49 40 71 58',
      '\n',
      ' uge 20',
      ' 28 timers',
      ' stilling',
      ' 100 %',
      ' kr 40 800',
      ' @',
      'a@b.dk',
      ' (at) ',
      ' 2019-10-19',
      ' 1.',
      ' og',
      ' 21. december',
      '-',
      '·',
      'Side 1/1',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom(null, 'da', 'nb', 'de', 'en'), (parts, lang) => {
        parseTextFields(makeTextContext(parts.join(''), { lang, observed: null }));
      }),
      { numRuns: 300 },
    );
  });
  it('stays fast on hostile input (long digit runs, separators, capitals)', () => {
    const hostile = [
      '1'.repeat(200_000),
      '1 '.repeat(100_000),
      '1.2.'.repeat(50_000),
      'a@'.repeat(100_000),
      'Ab '.repeat(70_000),
      'kontakt '.repeat(25_000),
      '12/12 '.repeat(30_000),
    ];
    for (const s of hostile) {
      const t0 = performance.now();
      parseTextFields(makeTextContext(s, { lang: null, observed: null }));
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});
