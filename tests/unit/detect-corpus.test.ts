// The detector over the corpora. The badge is the content script's cheap pass confirmed by the
// extractor, and the extractor calls no page an ad that the cheap pass lets by: on every page of
// every corpus the badge says what the extractor says. The cheap pass reads a plain text without a
// DOM as it would read the text shown as a page (signalsFromText = collectSignals ∘ textAsHtml).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectSignals, scoreSignals } from '../../lib/detect';
import { extractFromHtml, parseDocument } from '../../lib/extract/node';
import { extractFromText } from '../../lib/extract';
import { signalsFromText, textAsHtml } from '../../lib/detect/text-page';
import { loadCorpora, type CorpusCase } from '../support/corpora';

const all = loadCorpora('real-dev', 'real-held', 'seed', 'written', 'site-pages');
const texts = all.filter((c) => !c.html);

function badge(c: CorpusCase): { badge: boolean; extractor: boolean } {
  const raw = readFileSync(c.page, 'utf8');
  const document = parseDocument(c.html ? raw : textAsHtml(raw));
  const candidate = scoreSignals(collectSignals(document, c.url ?? '')).candidate;
  const opts = { url: c.url, observed: c.observed, format: c.format };
  const extractor = (c.html ? extractFromHtml(raw, opts) : extractFromText(raw, opts)).isJobAd;
  return { badge: candidate && extractor, extractor };
}

describe('detection over the corpora', () => {
  it('has cases to judge', () => {
    expect(all.filter((c) => c.isJobAd).length).toBeGreaterThanOrEqual(240);
    expect(all.filter((c) => !c.isJobAd).length).toBeGreaterThanOrEqual(75);
  });

  it.each(all.map((c) => [`${c.corpus}/${c.name}`, c] as const))('the badge agrees with the extractor on %s', (_name, c) => {
    const v = badge(c);
    expect(v.badge, 'badge = cheap pass && extractor').toBe(v.extractor);
  });

  it('reads a plain text as the page textAsHtml makes of it', () => {
    for (const c of texts) {
      const raw = readFileSync(c.page, 'utf8');
      expect(signalsFromText(raw, 'https://example.org/'), c.name).toEqual(
        collectSignals(parseDocument(textAsHtml(raw)), 'https://example.org/'),
      );
    }
  });
});
