// Parity: the extractor inside Chromium, on the DOM Chromium builds from a stored corpus page,
// gives the same draft, field for field, as the extractor in Node (npm run extract, the tests and
// the scores) on the same page. This holds the Node parse (parse5, then linkedom) to the browser's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, ROOT } from './harness.mjs';
import { loadCorpora } from '../support/corpora.ts';
import { extractFromHtml } from '../../lib/extract/node.ts';

const cases = loadCorpora('real-dev', 'real-held', 'written', 'site-pages').filter((c) => c.html);

test('the extractor in Chromium and in Node give the same drafts on 40+ stored corpus pages', async () => {
  assert.ok(cases.length >= 40, `only ${cases.length} HTML pages in the corpora`);
  const code = (
    await build({
      entryPoints: [join(ROOT, 'lib/extract/index.ts')],
      bundle: true,
      format: 'iife',
      globalName: 'FristExtract',
      write: false,
    })
  ).outputFiles[0].text;
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const differ = [];
  try {
    const page = await browser.newPage();
    for (const c of cases) {
      const html = readFileSync(c.page, 'utf8');
      const address = c.url ?? `https://corpus.frist.test/${c.corpus}/${c.name}.html`;
      // The stored page at its own address, nothing else: no request leaves the browser, and the
      // page's own scripts do not run (a CSP header), so the DOM is the parser's alone.
      await page.route('**/*', (route) =>
        route.request().isNavigationRequest() && route.request().frame() === page.mainFrame()
          ? route.fulfill({
              status: 200,
              headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" },
              body: html,
            })
          : route.abort(),
      );
      await page.goto(address, { waitUntil: 'domcontentloaded' });
      await page.unroute('**/*');
      const opts = { url: c.url, observed: c.observed, format: c.format };
      const inBrowser = await page.evaluate(
        `(() => { ${code}; return FristExtract.extractFromDocument(document, ${JSON.stringify(opts)}); })()`,
      );
      const inNode = JSON.parse(JSON.stringify(extractFromHtml(html, opts)));
      for (const field of new Set([...Object.keys(inNode), ...Object.keys(inBrowser)])) {
        const a = JSON.stringify(inNode[field]);
        const b = JSON.stringify(inBrowser[field]);
        if (a !== b) differ.push(`${c.corpus}/${c.name} ${field}: node ${a?.slice(0, 160)} / chromium ${b?.slice(0, 160)}`);
      }
    }
  } finally {
    await browser.close();
  }
  assert.deepEqual(differ, [], `drafts differ:\n${differ.join('\n')}`);
});
