/**
 * An ad's plain text as the HTML page it came from, for running page code (the detector) over
 * text corpora: the first line is the headline, blank lines separate paragraphs.
 */
export function textAsHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const blocks = text.trim().split(/\n\s*\n/);
  const [first = '', ...rest] = blocks;
  const [headline = '', ...firstRest] = first.split('\n');
  const paragraphs = [firstRest.join('\n'), ...rest].filter((b) => b.trim());
  return `<!doctype html><html><head><title>${esc(headline.trim())}</title></head><body><h1>${esc(headline.trim())}</h1>${paragraphs
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n')}</body></html>`;
}
