// Site adapters (lib/extract/adapters): every adapter file is registered and has fixtures (at
// least one ad and one page of its site that is no ad; real pages where any were found, invented
// ones marked so in their source), every fixture extracts as labelled (compared like
// ../shared/tools/score-extraction.mjs), an adapter whose selectors no longer hold (a new layout)
// gives no less than the generic extractor, nothing is built from an ad's address alone, a broken
// adapter leaves the generic result, and the content script never loads adapters.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, runAdapter } from '../../lib/extract/adapters';
import { extractFromText } from '../../lib/extract/index';
import { extractFromHtml, parseDocument } from '../../lib/extract/node';
import { draftSchema } from '../../lib/schema/draft';
import { mismatches } from '../support/corpus-match';
import { isInventedSource } from '../support/corpora';

const ADAPTER_DIR = join(import.meta.dirname, '../../lib/extract/adapters');
const FIXTURE_DIR = join(import.meta.dirname, '../adapters');
const NOT_ADAPTERS = new Set(['index.ts', 'types.ts']);

interface Fixture {
  site: string;
  name: string;
  /** The page as stored: HTML, or the page's text where only its text was found. */
  page: string;
  html: boolean;
  url: string;
  observed: string | null;
  source: string;
  invented: boolean;
  expected: Record<string, unknown>;
}

function fixtures(site: string): Fixture[] {
  const dir = join(FIXTURE_DIR, site);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const name = f.slice(0, -5);
      const page = [`${name}.html`, `${name}.txt`].map((p) => join(dir, p)).find((p) => existsSync(p));
      if (!page) return [];
      const label = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const source = String(label.source ?? '');
      return [
        {
          site,
          name,
          page: readFileSync(page, 'utf8'),
          html: page.endsWith('.html'),
          url: label.url,
          observed: label.observed ?? null,
          source,
          invented: isInventedSource(source),
          expected: label.expected,
        },
      ];
    });
}

const extract = (f: Fixture, opts: { adapters?: boolean } = {}) =>
  f.html
    ? extractFromHtml(f.page, { url: f.url, observed: f.observed, ...opts })
    : extractFromText(f.page, { url: f.url, observed: f.observed, ...opts });

const adapterFiles = readdirSync(ADAPTER_DIR).filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f));
const all = ADAPTERS.flatMap((a) => fixtures(a.id));

describe('site adapters: conventions', () => {
  it('has an adapter file for every registered adapter and registers every adapter file', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size, 'unique ids').toBe(ids.length);
    expect(adapterFiles.map((f) => f.slice(0, -3)).sort()).toEqual([...ids].sort());
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s has a name and fixtures: at least one ad and one page that is no ad', (id, a) => {
    expect(a.name.length).toBeGreaterThan(1);
    const fx = fixtures(id);
    expect(fx.filter((f) => f.expected.isJobAd !== false).length, `ads in tests/adapters/${id}`).toBeGreaterThanOrEqual(1);
    expect(fx.filter((f) => f.expected.isJobAd === false).length, `non-ads in tests/adapters/${id}`).toBeGreaterThanOrEqual(1);
    for (const f of fx) {
      const document = parseDocument(f.html ? f.page : '<html><body></body></html>');
      const first = ADAPTERS.find((x) => x.matches(new URL(f.url), document));
      expect(first?.id, `${id}/${f.name}: ${f.url} is served by`).toBe(id);
      // A stored copy of a page that is no ad may not say when it was seen.
      if (f.observed !== null || f.expected.isJobAd !== false)
        expect(f.observed, `${id}/${f.name}: observed`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(f.source.length, `${id}/${f.name}: source`).toBeGreaterThan(10);
      if (!f.invented)
        expect(f.source, `${id}/${f.name}: a real page's source never says it was made up`).not.toMatch(
          /written for|modelled on|invented/iu,
        );
    }
  });

  // tests/adapters/INDEX.md says, per site, which fixtures are real and which invented; an invented
  // ad stays only where no real ad page of the site was found.
  it.each(ADAPTERS.map((a) => [a.id] as const))(
    '%s: INDEX.md tells its real and invented fixtures, and an invented ad only stands in for a missing real one',
    (id) => {
      const fx = fixtures(id);
      const index = readFileSync(join(FIXTURE_DIR, 'INDEX.md'), 'utf8');
      const row = index.split('\n').find((l) => l.startsWith(`| ${id} |`));
      expect(row, `a row for ${id} in tests/adapters/INDEX.md`).toBeDefined();
      const cells = row!.split('|').map((c) => c.trim());
      expect(Number(cells[2]), `${id}: real fixtures in INDEX.md`).toBe(fx.filter((f) => !f.invented).length);
      expect(Number(cells[3]), `${id}: invented fixtures in INDEX.md`).toBe(fx.filter((f) => f.invented).length);
      const realAds = fx.filter((f) => !f.invented && f.html && f.expected.isJobAd !== false);
      const inventedAds = fx.filter((f) => f.invented && f.expected.isJobAd !== false);
      // A second invented ad beside a real one must show a layout the real pages do not (named in its notes).
      if (realAds.length > 0) for (const f of inventedAds) expect(cells[5], `${id}/${f.name}: why an invented ad stays`).toContain(f.name);
    },
  );

  // The files an entry point loads (value imports, followed through @/ and relative paths).
  function importGraph(entry: string): string[] {
    const root = join(import.meta.dirname, '../..');
    const seen = new Set<string>();
    const queue = [join(root, entry)];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/^[ \t]*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gmu)) {
        if (/^import\s+type\b/u.test(m[0].trim())) continue;
        const spec = m[1]!;
        const base = spec.startsWith('@/') ? join(root, spec.slice(2)) : spec.startsWith('.') ? join(file, '..', spec) : null;
        if (!base) continue;
        const hit = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => /\.tsx?$/u.test(p) && existsSync(p));
        if (hit) queue.push(hit);
      }
    }
    return [...seen];
  }

  it('loads adapters with the extractor and keeps them out of the content script', () => {
    const adapters = join('lib', 'extract', 'adapters', 'index.ts');
    expect(importGraph('entrypoints/extractor.ts').some((f) => f.endsWith(adapters))).toBe(true);
    const content = importGraph('entrypoints/content.ts');
    expect(content.some((f) => f.includes(join('lib', 'detect')))).toBe(true);
    // Only the language files, for their detector cues (tests/e2e/bundle.test.mjs holds the
    // built content script to the cues alone, without the vocabularies beside them).
    const locales = join('lib', 'extract', 'locales');
    expect(content.filter((f) => f.includes(join('lib', 'extract')) && !f.includes(locales))).toEqual([]);
  });
});

describe('site adapters: fixtures', () => {
  it.each(all.map((f) => [`${f.site}/${f.name}${f.invented ? ' (invented)' : ''}`, f] as const))('%s extracts as labelled', (name, f) => {
    const draft = extract(f);
    expect(draftSchema.safeParse(draft).success).toBe(true);
    expect(mismatches(draft, f.expected), name).toEqual([]);
    if (f.html && f.expected.isJobAd !== false) {
      const fromSite = Object.values(draft.sources ?? {}).filter((s) => s === 'adapter').length;
      expect(fromSite, `${name}: fields from the adapter`).toBeGreaterThan(0);
    }
  });
});

/** The page without what adapters select on (ids, classes, data-* and microdata attributes, the
 *  JSON a page embeds for its own script): the site after a redesign the adapter does not know. */
function stripped(html: string): string {
  const doc = parseDocument(html);
  for (const s of [...doc.querySelectorAll('script')]) if (!/ld\+json/iu.test(s.getAttribute('type') ?? '')) s.remove();
  for (const el of [...doc.querySelectorAll('*')]) {
    for (const a of [...el.attributes].map((x) => x.name))
      if (a === 'id' || a === 'class' || a.startsWith('data-') || a.startsWith('item') || a === 'name') el.removeAttribute(a);
  }
  return doc.documentElement.outerHTML;
}

const fields = (bad: string[]): string[] => bad.map((b) => b.slice(0, b.indexOf(':')));

describe('site adapters: a new layout falls back to the generic extractor', () => {
  // Each adapter's HTML ads, real ones where the site has any.
  const cases = ADAPTERS.flatMap((a) => {
    const fx = fixtures(a.id).filter((f) => f.html && f.expected.isJobAd !== false);
    const real = fx.filter((f) => !f.invented);
    return (real.length ? real : fx).map((f) => [`${f.site}/${f.name}`, f] as const);
  });

  it('covers every adapter', () => {
    expect(new Set(cases.map(([, f]) => f.site))).toEqual(new Set(ADAPTERS.map((a) => a.id)));
  });

  it.each(cases)('%s with its selectors gone: no field worse than without the adapter', (name, f) => {
    const html = stripped(f.page);
    expect(html.length).toBeGreaterThan(200);
    const withAdapter = extractFromHtml(html, { url: f.url, observed: f.observed });
    const generic = extractFromHtml(html, { url: f.url, observed: f.observed, adapters: false });
    const worse = fields(mismatches(withAdapter, f.expected)).filter((k) => !fields(mismatches(generic, f.expected)).includes(k));
    expect(worse, `${name}: fields the adapter made worse than the generic extractor`).toEqual([]);
  });
});

describe('site adapters: nothing from the address alone', () => {
  const shells = {
    empty: '<!DOCTYPE html><html><head><title></title></head><body></body></html>',
    'rate-limit shell':
      '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="5"><script>var a="x".repeat(4000);</script></head><body><noscript>Please enable JavaScript</noscript><script>window.location.reload()</script></body></html>',
  };
  const adUrls = ADAPTERS.flatMap((a) =>
    fixtures(a.id)
      .filter((f) => f.expected.isJobAd !== false)
      .map((f) => [`${a.id}/${f.name}`, f.url] as const),
  );

  it.each(adUrls)("%s: a page with no ad at the ad's address is no ad, with no field from the URL", (_name, url) => {
    for (const [kind, html] of Object.entries(shells)) {
      const d = extractFromHtml(html, { url, observed: '2025-01-01' });
      expect(d.isJobAd, `${kind} at ${url}`).toBe(false);
      expect(
        Object.values(d.sources ?? {}).filter((s) => s === 'adapter'),
        `${kind} at ${url}: adapter fields`,
      ).toEqual([]);
      expect(d.title ?? null, `${kind}: title`).toBeNull();
      expect(d.organization ?? null, `${kind}: organization`).toBeNull();
    }
  });
});

describe('site adapters: failure', () => {
  it('never throws: a page that breaks every DOM call gives no fields', () => {
    const hostile = new Proxy({} as Document, {
      get: () => {
        throw new Error('boom');
      },
    });
    for (const url of [
      'https://www.jobindex.dk/jobannonce/h1501234/x',
      'https://arbeidsplassen.nav.no/stillinger/stilling/0b6c3f1e-2a',
      'https://jobs.example.org/jobs/123-x',
    ]) {
      const r = runAdapter(hostile, url);
      expect(r === null || Object.keys(r.fields).length === 0, url).toBe(true);
    }
  });

  it('ignores pages without an address or of other sites', () => {
    const document = parseDocument('<html><body><h1>Kampagnekoordinator</h1></body></html>');
    expect(runAdapter(document as unknown as Document, null)).toBeNull();
    expect(runAdapter(document as unknown as Document, 'not a url')).toBeNull();
    expect(runAdapter(document as unknown as Document, 'https://example.org/job/1')).toBeNull();
  });

  it('reads a yearless deadline against the day observed, and keeps a time of day', async () => {
    const { parseDay } = await import('../../lib/extract/adapters/kit');
    expect(parseDay('7. april', '2025-03-14')).toEqual({ value: '2025-04-07', inferred: true });
    expect(parseDay('7. april')).toBeNull();
    expect(parseDay('Sista ansökningsdag 2025-04-07 kl. 12:00')).toEqual({ value: '2025-04-07T12:00', inferred: false });
    expect(parseDay('07.04.2025 23:59')).toEqual({ value: '2025-04-07', inferred: false });
    expect(parseDay('April 7, 2025')).toEqual({ value: '2025-04-07', inferred: false });
    expect(parseDay('snarest')).toBeNull();
  });
});

describe('site adapters: merge', () => {
  const page = `<!DOCTYPE html><html lang="da"><head><title>Kampagnemedarbejder</title>
    <link rel="stylesheet" href="https://assets-aws.teamtailor-cdn.com/careersite.css">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Medarbejder","validThrough":"2025-06-01",
      "hiringOrganization":{"@type":"Organization","name":"Foreningen"},"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Odense"}}}</script></head>
    <body><main><h1 data-job-title>Kampagnemedarbejder</h1><div data-job-deadline="2025-05-15">Frist 15. maj</div>
    <p>Vi søger en kampagnemedarbejder til vores sekretariat. Skriv til job@foreningen.dk, hvis du har spørgsmål om stillingen. Stillingen er på 37 timer om ugen.</p></main></body></html>`;

  it("takes the adapter's fields over JSON-LD, field by field, and keeps the rest", () => {
    const d = extractFromHtml(page, { url: 'https://foreningen.example/jobs/123-kampagnemedarbejder', observed: '2025-04-01' });
    expect(d.deadline).toBe('2025-05-15');
    expect(d.title).toBe('Kampagnemedarbejder');
    expect(d.sources?.deadline).toBe('adapter');
    expect(d.sources?.title).toBe('adapter');
    expect(d.location).toBe('Odense');
    expect(d.sources?.location).toBe('jsonld');
    expect(d.emails).toEqual(['job@foreningen.dk']);
    expect(d.hoursPerWeek).toEqual({ min: 37, max: 37 });
    expect(d.evidence.deadline).toContain('2025-05-15');
  });

  it('leaves pages of other sites, and pages without an address, to the generic pipeline', () => {
    for (const url of ['https://foreningen.example/om-os', null]) {
      const d = extractFromHtml(page, { url, observed: '2025-04-01' });
      expect(d.deadline).toBe('2025-06-01');
      expect(d.sources?.deadline).toBe('jsonld');
    }
  });
});
