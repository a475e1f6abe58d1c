// The badge in real Chromium on real pages: the built extension's detector and its confirmation
// by the injected extractor put "+" on a page exactly when the extractor in Node calls the same
// page an ad. Every stored HTML page of the real corpus and every third text page (shown as the
// page textAsHtml makes of it), each at its own address; nothing leaves the browser.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchWithExtension } from './harness.mjs';
import { loadCorpora } from '../support/corpora.ts';
import { textAsHtml } from '../../lib/detect/text-page.ts';
import { extractFromHtml } from '../../lib/extract/node.ts';
import { localDay } from '../../lib/capture/capture-frame.ts';

const cases = loadCorpora('real-dev', 'real-held').filter((c, i) => c.html || i % 3 === 0);

describe('the badge on the real corpus', () => {
  let browser;
  let statusPage;
  before(async () => {
    browser = await launchWithExtension();
    // An extension page asks the background what it knows of a tab (the content script has reported).
    statusPage = await browser.context.newPage();
    await statusPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });
  after(async () => {
    await browser?.close();
  });

  it(`agrees with the extractor on ${cases.length} real pages`, async () => {
    assert.ok(cases.length >= 60, `only ${cases.length} pages`);
    const { context, worker } = browser;
    const today = localDay(new Date());
    const differ = [];
    for (const c of cases) {
      const raw = readFileSync(c.page, 'utf8');
      const html = c.html ? raw : textAsHtml(raw);
      const address = c.url ?? `https://corpus.frist.test/${c.corpus}/${encodeURIComponent(c.name)}.html`;
      const expected = extractFromHtml(html, { url: address, observed: today }).isJobAd;
      const page = await context.newPage();
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
      await page.bringToFront();
      const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
      let status = null;
      const end = Date.now() + 15_000;
      while (Date.now() < end) {
        status = await statusPage.evaluate(
          (id) => chrome.runtime.sendMessage({ type: 'tab-status', tabId: id }).then((r) => r?.status ?? null),
          tabId,
        );
        // A candidate is confirmed before the status is stored, so the first status is the verdict.
        if (status) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      // The status is stored before the badge is painted (a paint reads the database first): the
      // badge gets a few seconds to follow it.
      let badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      for (const until = Date.now() + 5_000; status && (badge === '+') !== status.isJobAd && Date.now() < until;) {
        await new Promise((r) => setTimeout(r, 100));
        badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      }
      if (!status) differ.push(`${c.corpus}/${c.name}: the content script never reported`);
      else if (status.isJobAd !== expected || (badge === '+') !== expected)
        differ.push(`${c.corpus}/${c.name}: badge "${badge}" (status ${status.isJobAd}), extractor in Node ${expected}`);
      await page.close();
    }
    assert.deepEqual(differ, [], `the badge and the extractor disagree:\n${differ.join('\n')}`);
  });
});
