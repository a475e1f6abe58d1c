// Hostile input: the extractor never throws and always returns a draft that passes the schema.
// (No timings here: speed is measured by the bench.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFromText } from '../../../lib/extract/index';
import { extractFromHtml } from '../../../lib/extract/node';
import { draftSchema } from '../../../lib/schema/draft';

const valid = (d: unknown): boolean => draftSchema.safeParse(d).success;
const RUNS = { numRuns: 40 };

describe('hostile text', () => {
  it('random unicode never breaks extractFromText', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), fc.constantFrom('text', 'pdf-text', undefined), (s, format) => {
        const d = extractFromText(s, { format: format as 'text' | 'pdf-text' | undefined, observed: '2025-01-01' });
        expect(valid(d)).toBe(true);
      }),
      RUNS,
    );
  });

  it('job-ad words mixed with junk, digits and separators', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'Ansøgningsfrist:',
        'Søknadsfrist',
        'kl.',
        'Tlf',
        '·',
        '•',
        '\n',
        ' ',
        '-',
        '/',
        ':',
        '@',
        'søger',
        'stilling som',
        '(m/w/d)',
        'Arbeidssted:',
        'DKK',
        '%',
        'timer',
      ),
      fc.string({ maxLength: 12 }),
      fc.integer({ min: 0, max: 99999999 }).map(String),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (parts) => {
        expect(valid(extractFromText(parts.join(' ')))).toBe(true);
      }),
      RUNS,
    );
  });

  it('long digit runs and 100,000-character tokens', () => {
    const digits = '1234567890'.repeat(20_000);
    expect(valid(extractFromText(`Ansøgningsfrist ${digits} tlf ${digits}`))).toBe(true);
    const token = 'a'.repeat(100_000);
    expect(valid(extractFromText(`${token}@${token}.dk søger ${token} Bygmestervej ${digits}`))).toBe(true);
    expect(valid(extractFromText('-\n'.repeat(50_000), { format: 'pdf-text' }))).toBe(true);
    expect(valid(extractFromHtml(`<p>${token}</p><p>${digits}</p>`))).toBe(true);
  });

  it('huge text is capped, not refused', () => {
    const ad = 'Koordinator søges\n\nVi søger en koordinator. Ansøgningsfrist: 1. marts 2025.\n';
    const d = extractFromText(ad + 'x '.repeat(600_000));
    expect(valid(d)).toBe(true);
    expect(d.title).toBe('Koordinator');
  });
});

describe('hostile html', () => {
  it('5,000 nested divs', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>Projektleder søges. Ansøgningsfrist 1. marts 2025.</p>${'</div>'.repeat(5000)}</body></html>`;
    const d = extractFromHtml(html);
    expect(valid(d)).toBe(true);
  });

  it('broken and hostile JSON-LD', () => {
    const blocks = [
      '{"@type": "JobPosting", "title": ',
      '{"@type": "JobPosting", "title": {"a": {"b": 1}}, "validThrough": "9999-99-99T99:99", "baseSalary": {"value": "NaN"}}',
      '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
      '{"@graph": [{"@id": "a", "hiringOrganization": {"@id": "a"}, "@type": "JobPosting"}]}',
      '{"@type": ["JobPosting"], "title": "' +
        'x'.repeat(5000) +
        '", "hiringOrganization": [null, 3, {"name": ""}], "jobLocation": [{}, "Oslo"]}',
      'null',
      '"just a string"',
      '{"@type": "JobPosting", "baseSalary": {"currency": "kroner", "value": {"minValue": -5, "unitText": "WEEK"}}}',
    ];
    for (const b of blocks) {
      const d = extractFromHtml(`<html><head><script type="application/ld+json">${b}</script></head><body><p>Tekst</p></body></html>`);
      expect(valid(d)).toBe(true);
    }
  });

  it('random markup fragments', () => {
    const tag = fc.constantFrom(
      'div',
      'p',
      'li',
      'ul',
      'a',
      'span',
      'table',
      'tr',
      'td',
      'dt',
      'dd',
      'script',
      'h1',
      'main',
      'article',
      'nav',
      'form',
      'br',
    );
    const node = fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        '<a href="mailto:x@y.dk">',
        '<span data-cfemail="zz">',
        '<a href="/cdn-cgi/l/email-protection#00">',
        '<meta property="og:title" content="">',
        '&lt;',
        '&#0;',
        '&#xFFFFFF;',
      ),
    );
    fc.assert(
      fc.property(fc.array(node, { maxLength: 300 }), (parts) => {
        expect(valid(extractFromHtml(parts.join('')))).toBe(true);
      }),
      RUNS,
    );
  });
});
