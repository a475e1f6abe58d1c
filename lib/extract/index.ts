// The extractor: one page → one posting draft (../../shared/EXTRACTION.md).
//
// Sources, best first, merged field by field: schema.org JobPosting (JSON-LD, then microdata),
// page metadata (og:title, og:site_name, <title>, <html lang>, the first <h1>), then parsers over
// the ad's own text (./fields for dates, hours, pay, addresses, phones, contacts; this folder for
// title, organisation, location, language, apply link and the job-ad verdict). Every filled field
// records its evidence snippet and source. Never throws; huge input is capped.
import type { Draft } from '../schema/draft';
import { emptyDraft } from '../schema/empty-draft';
import { sanitizeDraft } from './validate';
import type { ExtractOptions } from './types';
import { pageText } from './page/html';
import { pageMeta, splitTitle } from './page/meta';
import { findStructured, mapPosting, structuredOfJsonLd, type Structured } from './structured';
import { cutChrome } from './page/chrome';
import { dehyphenate, looksLikePdfText } from './page/pdf';
import { splitScriptBlocks, expandCollapsedFrontMatter, looksLikeMarkdown, markdownToText } from './page/markdown';
import { detectLanguage } from './fields/language';
import { MAX_TEXT, tidyText } from './util';
import { rootDocument, runAdapter } from './adapters/index';
import { collectSignals, scoreSignals } from '../detect/index';
import { signalsFromText } from '../detect/text-page';
import { core, NO_PAGE } from './merge';

export type { ExtractOptions } from './types';

/** A valid draft that says nothing: what a failure returns. */
function failDraft(): Draft {
  return emptyDraft();
}

export function extractFromDocument(doc: Document, opts: ExtractOptions = {}): Draft {
  try {
    const structured = findStructured(doc);
    const meta = pageMeta(doc);
    const site = opts.adapters === false ? null : runAdapter(doc, opts.url, opts.observed ?? null, opts.strict === true);
    let page = pageText(doc);
    if (site?.root) {
      const own = pageText(rootDocument(site.root));
      if (own.text.length >= 100) page = own;
    }
    let text = cutChrome(expandCollapsedFrontMatter(page.text));
    const postings = onePosting(structured, text, meta.lang, opts);
    const desc = postings.find((p) => p.description)?.description ?? null;
    if (desc && text.length < 300) text = cutChrome(desc);
    return finish(
      core(text, opts, {
        meta,
        postings,
        distinctPostings: structured.distinctPostings,
        types: structured.types,
        links: page.links,
        h1: page.h1,
        bodyText: page.bodyText,
        // Where a site's name shows besides the ad: the page's text as read, and its header and
        // footer (skipped as chrome above). Never the whole body: a 2 MB page would cost ~50 ms.
        docText: () =>
          [
            page.bodyText,
            ...[...doc.querySelectorAll('header, footer, [role="banner"], [role="contentinfo"]')]
              .slice(0, 8)
              .map((e) => (e.textContent ?? '').slice(0, 5000)),
          ].join('\n'),
        site,
        candidate: scoreSignals(collectSignals(doc, opts.url ?? '')).candidate,
      }),
      opts,
    );
  } catch (e) {
    if (opts.strict) throw e;
    return failDraft();
  }
}

export function extractFromText(text: string, opts: ExtractOptions = {}): Draft {
  try {
    let t = String(text ?? '');
    if (t.length > MAX_TEXT) t = t.slice(0, MAX_TEXT);
    const candidate = scoreSignals(signalsFromText(t, opts.url ?? '')).candidate;
    const blocks = splitScriptBlocks(t.normalize('NFC'));
    t = blocks.text;
    if (looksLikeMarkdown(t)) t = markdownToText(t);
    if (opts.format === 'pdf-text' || looksLikePdfText(t)) t = dehyphenate(t);
    t = cutChrome(tidyText(t));
    // A site's source with its JSON-LD inline: the structured data a browser would find on the rendered page.
    const structured = structuredOfJsonLd(blocks.jsonLd);
    const page = { distinctPostings: structured.distinctPostings, types: structured.types };
    const postings = onePosting(structured, t, null, opts);
    return finish(core(t, opts, { ...NO_PAGE, ...page, postings, bodyText: t, candidate }), opts);
  } catch (e) {
    if (opts.strict) throw e;
    return failDraft();
  }
}

/** The page's one JobPosting mapped to draft fields (none on a page of several: a list). */
function onePosting(structured: Structured, text: string, lang: string | null, opts: ExtractOptions) {
  if (structured.distinctPostings !== 1) return [];
  const hintLang = detectLanguage(text, lang).lang;
  return structured.postings.map((p) => mapPosting(p, hintLang, opts.url));
}

function finish(d: Draft, opts: ExtractOptions): Draft {
  try {
    return sanitizeDraft(d);
  } catch (e) {
    if (opts.strict) throw e;
    return failDraft();
  }
}

export { splitTitle };
