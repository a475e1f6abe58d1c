// Node only (CLI, tests, bench): HTML text → linkedom document → extractFromDocument.
import { parseHTML } from 'linkedom';
import type { Draft } from '../schema/draft';
import { emptyDraft } from '../schema/empty-draft';
import { extractFromDocument } from './index';
import type { ExtractOptions } from './types';

/** HTML larger than this is cut before parsing (the extractor reads at most ~300k of text anyway). */
const MAX_HTML = 8_000_000;

export function extractFromHtml(html: string, opts: ExtractOptions = {}): Draft {
  try {
    let h = String(html ?? '');
    if (h.length > MAX_HTML) h = h.slice(0, MAX_HTML);
    const { document } = parseHTML(h);
    return extractFromDocument(document as unknown as Document, { ...opts, format: opts.format ?? 'html' });
  } catch {
    return emptyDraft();
  }
}
