import type { PageSignals } from './index';

/** An ad's plain text cut as textAsHtml cuts it: the first line is the headline, blank lines separate paragraphs. */
function blocksOf(text: string): { headline: string; paragraphs: string[] } {
  const blocks = text.trim().split(/\n\s*\n/);
  const [first = '', ...rest] = blocks;
  const [headline = '', ...firstRest] = first.split('\n');
  return { headline: headline.trim(), paragraphs: [firstRest.join('\n'), ...rest].filter((b) => b.trim()) };
}

/**
 * An ad's plain text as the HTML page it came from, for running page code (the detector) over
 * text corpora: the first line is the headline, blank lines separate paragraphs.
 */
export function textAsHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const { headline, paragraphs } = blocksOf(text);
  return `<!doctype html><html><head><title>${esc(headline)}</title></head><body><h1>${esc(headline)}</h1>${paragraphs
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n')}</body></html>`;
}

/**
 * The detector's signals of a plain text: what collectSignals reads from textAsHtml(text) in a
 * browser, without a DOM (the extractor confirms pasted text and PDF text with them).
 */
export function signalsFromText(text: string, url: string, maxChars = 40_000): PageSignals {
  const { headline, paragraphs } = blocksOf(text);
  // The HTML parser turns CR LF into LF; document.title strips and collapses white space.
  const nodes = [headline, ...paragraphs.map((p) => p.replace(/\r\n?/g, '\n'))].filter((v) => v.trim());
  const parts: string[] = [];
  let size = 0;
  for (const v of nodes) {
    if (size >= maxChars) break;
    parts.push(v);
    size += v.length;
  }
  const body = parts.join(' ').slice(0, maxChars).toLowerCase();
  const title = headline.replace(/[\t\n\f\r ]+/g, ' ').trim();
  return { head: `${title} ${headline} ${body.slice(0, 300)}`.toLowerCase(), text: body, url, structured: false };
}
