// The extractor over the corpora (../shared/corpus and tests/corpus): every field a careful
// reader finds in each ad. A failure names the page and the field. Misses that are known and
// not yet fixed are listed below; a listed miss that starts to pass fails too, so the list
// only ever shrinks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../lib/extract';
import { extractFromHtml } from '../../lib/extract/node';
import { mismatches } from '../support/corpus-match';

/** page → fields the extractor still gets wrong there (held-out cases written after tuning). */
const KNOWN_MISSES: Record<string, string[]> = {
  // The role of "… beantwortet Ihnen gern Jannik Wolter aus der Personalabteilung": a department
  // after "aus der" is not read as a role (the person and the address are).
  'de-stiftung-referentin-bildung': ['contacts'],
  // "sportslig leder fotball Ahmed Rashid": a role with a word before and after its role word is not read.
  'nb-idrettslag-klubbkoordinator': ['contacts'],
  // Round 3 (written after the round-2 rules), misses left open:
  // a PDF whose capital section heading "ÆLDREOMRÅDET" is taken for the organisation, whose
  // workplace "Christiansborg, 1240 København K" is not read, and a role split over a page break;
  'da-faellesskabslisten-folketingsgruppe-sundhedskonsulent.pdf': ['organization', 'location', 'contacts'],
  // "Espen Mo, som i dag er fagansvarlig for …": a role in a relative clause after the name;
  'nb-fsn-nyre-radgiver-likepersonsarbeid': ['contacts'],
  // "Historielaget søker …" where the first line names "Hovin og Lia historielag".
  'nb-hovin-lia-historielag-prosjektmedarbeider': ['organization'],
};

interface Case {
  name: string;
  page: string;
  label: { url?: string; observed?: string | null; format?: 'text' | 'html' | 'pdf-text'; expected: Record<string, unknown> };
}

function load(dir: string): Case[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const name = f.slice(0, -5);
      const page = ['.html', '.txt'].map((e) => join(dir, name + e)).find((p) => existsSync(p));
      return page ? [{ name, page, label: JSON.parse(readFileSync(join(dir, f), 'utf8')) }] : [];
    });
}

const shared = load(join(import.meta.dirname, '../../../shared/corpus'));
const own = load(join(import.meta.dirname, '../corpus'));

function run(c: Case) {
  const raw = readFileSync(c.page, 'utf8');
  const opts = { url: c.label.url ?? null, observed: c.label.observed ?? null, format: c.label.format };
  return c.page.endsWith('.html') ? extractFromHtml(raw, opts) : extractFromText(raw, opts);
}

describe('corpus', () => {
  it('has the cases the project promises: 40+ ads in six languages and three formats, 15+ pages that are no ad', () => {
    const ads = own.filter((c) => c.label.expected.isJobAd !== false);
    expect(ads.length).toBeGreaterThanOrEqual(40);
    expect(own.length - ads.length).toBeGreaterThanOrEqual(15);
    expect(new Set(ads.map((c) => c.name.split('-')[0]))).toEqual(new Set(['da', 'nb', 'nn', 'sv', 'de', 'en']));
    expect(new Set(ads.map((c) => c.label.format))).toEqual(new Set(['text', 'html', 'pdf-text']));
  });

  it.each([...shared, ...own].map((c) => [c.name, c] as const))('%s', (name, c) => {
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
