// The detector over the corpora: the content script's cheap pass must let every ad through
// (recall), and with the extractor's confirmation the badge must be right (precision and recall).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSignals, scoreSignals } from '../../lib/detect';
import { extractFromHtml, parseDocument } from '../../lib/extract/node';
import { extractFromText } from '../../lib/extract';
import { textAsHtml } from '../../lib/detect/text-page';

interface Case {
  name: string;
  raw: string;
  html: boolean;
  url: string;
  observed: string | null;
  format: 'text' | 'html' | 'pdf-text';
  isJobAd: boolean;
}

function load(dir: string): Case[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const name = f.slice(0, -5);
      const page = ['.html', '.txt'].map((e) => join(dir, name + e)).find((p) => existsSync(p));
      if (!page) return [];
      const label = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      return [
        {
          name,
          raw: readFileSync(page, 'utf8'),
          html: page.endsWith('.html'),
          url: label.url ?? 'https://example.org/',
          observed: label.observed ?? null,
          format: label.format ?? 'text',
          isJobAd: label.expected?.isJobAd !== false,
        },
      ];
    });
}

const cases = [...load(join(import.meta.dirname, '../../../shared/corpus')), ...load(join(import.meta.dirname, '../corpus'))];

function verdicts(c: Case) {
  const document = parseDocument(c.html ? c.raw : textAsHtml(c.raw));
  const candidate = scoreSignals(collectSignals(document, c.url)).candidate;
  const opts = { url: c.url, observed: c.observed, format: c.format };
  const confirmed = candidate && (c.html ? extractFromHtml(c.raw, opts) : extractFromText(c.raw, opts)).isJobAd;
  return { candidate, confirmed };
}

describe('detection over the corpora', () => {
  it('has cases to judge', () => {
    expect(cases.filter((c) => c.isJobAd).length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => !c.isJobAd).length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases.filter((c) => c.isJobAd).map((c) => [c.name, c] as const))('lets the ad %s through and confirms it', (_name, c) => {
    const v = verdicts(c);
    expect(v.candidate, 'cheap pass').toBe(true);
    expect(v.confirmed, 'confirmed by the extractor').toBe(true);
  });

  it.each(cases.filter((c) => !c.isJobAd).map((c) => [c.name, c] as const))('shows no badge on %s', (_name, c) => {
    expect(verdicts(c).confirmed).toBe(false);
  });
});
