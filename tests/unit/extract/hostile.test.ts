// Hostile input: the extractor never throws and always returns a draft that passes the schema.
// Every call here runs in strict mode, which rethrows what the extractor otherwise catches: a
// parser that throws fails the test instead of passing on an empty draft. (No timings here:
// speed is measured by the bench, extract.hostile_worst_ms.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFromDocument, extractFromText as looseText, type ExtractOptions } from '../../../lib/extract/index';
import { extractFromHtml as looseHtml } from '../../../lib/extract/node';
import { dropHiddenElements, trimEndWhere, trimValue } from '../../../lib/extract/util';
import { draftSchema, emptyDraft } from '../../../lib/schema/draft';

const extractFromText = (s: string, o: ExtractOptions = {}) => looseText(s, { ...o, strict: true });
const extractFromHtml = (s: string, o: ExtractOptions = {}) => looseHtml(s, { ...o, strict: true });

describe('strict mode', () => {
  const broken = new Proxy({} as Document, {
    get: () => {
      throw new Error('boom');
    },
  });
  it('rethrows what the extractor catches, so that these tests can fail', () => {
    expect(() => extractFromDocument(broken, { strict: true })).toThrow('boom');
    expect(() => extractFromDocument(broken, { url: 'https://www.jobindex.dk/jobannonce/h1/x', strict: true })).toThrow('boom');
  });
  it('gives up cleanly outside strict mode', () => {
    expect(extractFromDocument(broken)).toEqual(emptyDraft());
  });
});

describe('markup in strings, read in one pass', () => {
  it('drops closed script, style, template and noscript elements, whatever their case', () => {
    expect(dropHiddenElements('a<script>x()</script>b<STYLE type="t">p{}</style >c<noscript>n</noscript>d')).toBe('a b c d');
    expect(dropHiddenElements('<template><p>t</p></template>ok')).toBe(' ok');
  });
  it('leaves an unclosed opening to the tag stripping, and reads on after it', () => {
    expect(dropHiddenElements('<script>a<style>s</style>b')).toBe('<script>a b');
    expect(dropHiddenElements('<p>Vi søger</p>' + '<script>'.repeat(16_000)).startsWith('<p>Vi søger</p><script>')).toBe(true);
  });
  it('keeps the text of a JSON-LD description whose markup opens 16,000 scripts', () => {
    const description = '<p>Vi søger en koordinator. Ansøgningsfrist 15. december 2026.</p>' + '<script>'.repeat(16_000);
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Koordinator', description });
    const d = extractFromHtml(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>Koordinator</h1></body></html>`,
      {
        observed: '2026-12-01',
      },
    );
    expect(d.deadline).toBe('2026-12-15');
  });
  it('trims the end of a value in one pass', () => {
    expect(trimEndWhere('Koordinator :: ', /[\s:]/u)).toBe('Koordinator');
    expect(trimEndWhere('', /x/u)).toBe('');
    expect(trimValue(`«Rådgiver»${' '.repeat(50_000)}x`)).toMatch(/^Rådgiver» x$/u);
  });
});

const valid = (d: unknown): boolean => draftSchema.safeParse(d).success;
const RUNS = { numRuns: 40 };

// Each fuzz input gets a generous bound: a pathological (quadratic) path takes seconds on inputs
// this size, a sound one milliseconds. The speed itself is the bench's (extract.hostile_worst_ms).
const BOUND_MS = 3000;
const bounded = <T>(f: () => T): T => {
  const t = performance.now();
  const out = f();
  expect(performance.now() - t, 'one input within the bound').toBeLessThan(BOUND_MS);
  return out;
};

describe('hostile text', () => {
  it('random unicode never breaks extractFromText', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), fc.constantFrom('text', 'pdf-text', undefined), (s, format) => {
        const d = bounded(() => extractFromText(s, { format: format as 'text' | 'pdf-text' | undefined, observed: '2025-01-01' }));
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
        expect(valid(bounded(() => extractFromText(parts.join(' '))))).toBe(true);
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

  it('random JSON-LD: any JSON in any JobPosting field, and any markup in its description', () => {
    const field = fc.constantFrom(
      'title',
      'description',
      'validThrough',
      'datePosted',
      'hiringOrganization',
      'jobLocation',
      'baseSalary',
      'employmentType',
      'workHours',
      'applicationContact',
      'url',
      '@id',
      '@graph',
    );
    const markup = fc
      .array(
        fc.constantFrom(
          '<script>',
          '</script>',
          '<style',
          '<p>',
          '</p>',
          '<br>',
          '&lt;p&gt;',
          '&amp;',
          'Ansøgningsfrist 1/2',
          ' ',
          '\n',
          '<',
        ),
        {
          maxLength: 200,
        },
      )
      .map((parts) => parts.join(''));
    const posting = fc.dictionary(field, fc.oneof(fc.jsonValue({ maxDepth: 4 }), markup), { maxKeys: 8 });
    fc.assert(
      fc.property(posting, fc.boolean(), (p, asGraph) => {
        const json = JSON.stringify(asGraph ? { '@graph': [{ '@type': 'JobPosting', ...p }] } : { '@type': 'JobPosting', ...p });
        const d = bounded(() =>
          extractFromHtml(
            `<html><head><script type="application/ld+json">${json.replace(/</g, '\\u003c')}</script></head><body><p>Tekst</p></body></html>`,
            {
              url: 'https://org.example/job/1',
              observed: '2026-01-01',
            },
          ),
        );
        expect(valid(d)).toBe(true);
      }),
      RUNS,
    );
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
        expect(valid(bounded(() => extractFromHtml(parts.join(''))))).toBe(true);
      }),
      RUNS,
    );
  });
});
