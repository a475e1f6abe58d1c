// Node only (CLI, tests, bench): HTML text → a document built as a browser builds it → extractFromDocument.
//
// linkedom alone is not a browser's parser: a fragment without <html>/<body> (as recruiting systems
// and feeds deliver ads) loses its text, and misnested tables or paragraphs land elsewhere than in
// Chromium. parse5 implements the HTML standard's tree building; its serialisation is an explicit
// document (html, head, body, every end tag) that linkedom then reads without guessing.
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import type { Draft } from '../schema/draft';
import { emptyDraft } from '../schema/empty-draft';
import { extractFromDocument } from './index';
import type { ExtractOptions } from './types';

/** HTML larger than this is cut before parsing (the extractor reads at most ~300k of text anyway). */
const MAX_HTML = 8_000_000;

/** The document a browser would build from this HTML (fragments land in <body>). */
export function parseDocument(html: string): Document {
  let h = String(html ?? '');
  if (h.length > MAX_HTML) h = h.slice(0, MAX_HTML);
  const doc = parseHTML(serialize(parse(h))).document as unknown as Document;
  // linkedom splits text at every character reference ("Leg ", "&", " Bevægelse"); a browser
  // keeps one text node. Merged, code that walks text nodes reads what it reads in Chromium.
  doc.documentElement?.normalize();
  // document.title strips and collapses white space (the HTML standard; Chromium does); linkedom does not.
  const own =
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(doc) as object, 'title') ?? Object.getOwnPropertyDescriptor(doc, 'title');
  Object.defineProperty(doc, 'title', {
    get: () =>
      String(doc.querySelector('title')?.textContent ?? '')
        .replace(/[\t\n\f\r ]+/g, ' ')
        .trim(),
    set: (v: string) => own?.set?.call(doc, v),
    configurable: true,
  });
  return doc;
}

export function extractFromHtml(html: string, opts: ExtractOptions = {}): Draft {
  try {
    return extractFromDocument(parseDocument(html), { ...opts, format: opts.format ?? 'html' });
  } catch (e) {
    if (opts.strict) throw e;
    return emptyDraft();
  }
}
