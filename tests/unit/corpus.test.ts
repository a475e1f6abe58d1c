// The extractor over the corpora (tests/support/corpora.ts). A failure names the page and the field.
//
// - The real corpus (tests/corpus/real): its make-up as promised, its split by source, and each
//   field's score on the development and the held-back part at least the floor recorded in
//   tests/corpus/real/floors.json (`npm run score -- --floors` records it after an improvement).
// - The job boards' real pages (../shared/site-pages): every field.
// - The seed ads and the ads this project wrote: every field a careful reader finds, except the
//   misses listed below; a listed miss that starts to pass fails too, so the list only shrinks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../lib/extract';
import { extractFromHtml } from '../../lib/extract/node';
import type { Draft } from '../../lib/schema/draft';
import { loadCorpus, ROOT, sourceKey, type CorpusCase, type CorpusName } from '../support/corpora';
import { mismatches, scoreCase } from '../support/corpus-match';

/** page → fields the extractor still gets wrong there (written held-out cases, after tuning). */
const KNOWN_MISSES: Record<string, string[]> = {
  // The role of "… beantwortet Ihnen gern Jannik Wolter aus der Personalabteilung": a department
  // after "aus der" is not read as a role (the person and the address are).
  'de-stiftung-referentin-bildung': ['contacts'],
  // "sportslig leder fotball Ahmed Rashid": a role with a word before and after its role word is not read.
  // …and "Granbakken Idrettslag er et fleridrettslag": the name the text describes, where the label has its
  // short form "Granbakken IL" (both are the club's names).
  'nb-idrettslag-klubbkoordinator': ['contacts', 'organization'],
  // "Espen Mo, som i dag er fagansvarlig for …": a role in a relative clause after the name;
  'nb-fsn-nyre-radgiver-likepersonsarbeid': ['contacts'],
  // "Historielaget søker …" where the first line names "Hovin og Lia historielag".
  'nb-hovin-lia-historielag-prosjektmedarbeider': ['organization'],
  // A page that is no ad, called an ad by the verdict the real corpus trained: a newsletter whose one
  // item says "we are looking for a Policy Analyst" with its pay.
  'neg-en-newsletter': ['isJobAd'],
};

function run(c: CorpusCase): Draft {
  const raw = readFileSync(c.page, 'utf8');
  const opts = { url: c.url, observed: c.observed, format: c.format };
  return c.html ? extractFromHtml(raw, opts) : extractFromText(raw, opts);
}

const dev = loadCorpus('real-dev');
const held = loadCorpus('real-held');
const real = [...dev, ...held];
const NORDIC = new Set(['da', 'nb', 'nn']);

describe('the real corpus', () => {
  const ads = real.filter((c) => c.isJobAd);

  it('has 200+ real ads and 60+ real pages that are no ad, half of them or more Danish or Norwegian', () => {
    expect(ads.length).toBeGreaterThanOrEqual(200);
    expect(real.length - ads.length).toBeGreaterThanOrEqual(60);
    const langs = real.map((c) => c.label.language ?? '');
    expect(langs.filter((l) => NORDIC.has(l)).length * 2).toBeGreaterThanOrEqual(real.length);
    for (const l of ['da', 'nb', 'nn', 'sv', 'en', 'de']) expect(langs, `pages in ${l}`).toContain(l);
  });

  it('has 40+ complete ads, 20+ ads as stored HTML, and PDF text', () => {
    expect(ads.filter((c) => c.label.complete === true).length).toBeGreaterThanOrEqual(40);
    expect(ads.filter((c) => c.html).length).toBeGreaterThanOrEqual(20);
    expect(ads.filter((c) => c.format === 'pdf-text').length).toBeGreaterThanOrEqual(1);
  });

  it('says where every page came from, and labels every ad field (null when the ad does not state it)', () => {
    const fields = [
      'title',
      'organization',
      'location',
      'deadline',
      'startDate',
      'hoursPerWeek',
      'employmentPercent',
      'emails',
      'phones',
      'contacts',
    ];
    for (const c of real) {
      expect(c.label.source.length, `${c.name}: source`).toBeGreaterThan(10);
      expect(c.label.language, `${c.name}: language`).toMatch(/^(da|nb|nn|sv|de|en)$/);
      if (c.isJobAd) for (const f of fields) expect(c.label.expected, `${c.name}: ${f}`).toHaveProperty(f);
    }
  });

  it('is split once by source: no source on both sides, a quarter or more held back', () => {
    const key = (c: CorpusCase) => sourceKey(c.label.source);
    const devKeys = new Set(dev.map(key));
    expect(held.filter((c) => devKeys.has(key(c))).map((c) => c.name)).toEqual([]);
    expect(held.length * 4).toBeGreaterThanOrEqual(real.length);
  });

  const floors = JSON.parse(readFileSync(join(ROOT, 'tests/corpus/real/floors.json'), 'utf8')) as Record<string, Record<string, number>>;
  const parts: [CorpusName, CorpusCase[]][] = [
    ['real-dev', dev],
    ['real-held', held],
  ];
  describe.each(parts)('%s: each field at least its recorded floor', (part, cases) => {
    const scored = cases.map((c) => ({ name: c.name, s: scoreCase(run(c), c.label.expected) }));
    it.each(Object.entries(floors[part] ?? {}))('%s', (field, floor) => {
      const values = scored.filter((r) => field in r.s);
      const mean = values.reduce((a, r) => a + r.s[field]!, 0) / values.length;
      // The held-back part is measured, never read page by page: its failure counts the misses only.
      const missed =
        part === 'real-held'
          ? [`${values.filter((r) => r.s[field]! < 1).length} pages (not named: the part is held back)`]
          : values.filter((r) => r.s[field]! < 1).map((r) => `${r.name}: ${field}`);
      expect(
        mean,
        `${part} ${field} ${(mean * 100).toFixed(1)}% < floor ${(floor * 100).toFixed(1)}%; misses:\n${missed.join('\n')}`,
      ).toBeGreaterThanOrEqual(floor);
    });
  });
});

const strict = [...loadCorpus('seed'), ...loadCorpus('written')];

describe('seed and written ads: every field', () => {
  it.each(strict.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const wrong = mismatches(run(c), c.label.expected);
    const fields = wrong.map((w) => w.split(':')[0]!);
    const known = KNOWN_MISSES[name] ?? [];
    expect(
      fields.filter((f) => !known.includes(f)),
      `${name}: ${wrong.join('; ')}`,
    ).toEqual([]);
    expect(
      known.filter((f) => !fields.includes(f)),
      `${name}: now right, remove from KNOWN_MISSES`,
    ).toEqual([]);
  });
});

// The job boards' real pages (../shared/site-pages): the site adapters and the generic extractor
// together get every labelled field, every stated deadline, and call no page without an ad an ad.
describe("the job boards' real pages: every field", () => {
  it.each(loadCorpus('site-pages').map((c) => [c.name, c] as const))('%s', (name, c) => {
    expect(mismatches(run(c), c.label.expected), name).toEqual([]);
  });
});
