// End to end in real Firefox: Manifest V3 host permissions are the user's to give or withhold.
// Started without them (declined or withdrawn in about:addons), Frist sees no page: no badge on
// an ad, and saving fails. The popup says why, asks on a click (permissions.request), and once
// access is given the ad saves.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makePdf } from '../e2e/pdf.mjs';
import { click, find, firefoxSuite, openTab, poll, textOf, titleOf, valueOf, waitForBadge, Y } from './harness.mjs';

const HOSTS = { origins: ['http://*/*', 'https://*/*'] };

describe('Firefox: access to websites', () => {
  const suite = firefoxSuite({
    pages: { '/files/ad.pdf': { type: 'application/pdf', body: makePdf([`Ansøgningsfrist: 20. januar ${Y}.`]) } },
    grantHosts: false,
  });

  it('explains missing access, fails a save with what to do, and saves once access is given on a click', async () => {
    const { fx, server } = suite;
    assert.equal(await fx.api((h) => browser.permissions.contains(h), HOSTS), false);
    const { page, tabId } = await openTab(fx, `${server.base}/ad.html`);
    // No content script ran: the tab has the default title, no verdict.
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(await titleOf(fx, tabId), 'Frist');

    const popup = await fx.page(`/popup.html?tab=${tabId}`);
    await find(popup, { text: 'Frist has no access to websites yet, so it can neither notice job ads nor read them to save them.' });
    await click(popup, { button: 'Save posting' });
    assert.equal(
      await textOf(popup, { css: '[role="alert"]' }),
      'Could not save: Frist has no access to this website: allow access to websites above, or paste the ad’s text.',
    );

    // A PDF cannot be fetched without access either: the same advice, not a network error.
    const pdf = await openTab(fx, `${server.base}/files/ad.pdf`);
    const pdfPopup = await fx.page(`/popup.html?tab=${pdf.tabId}`);
    await click(pdfPopup, { button: 'Save posting' });
    assert.match(await textOf(pdfPopup, { css: '[role="alert"]' }), /Frist has no access to this website/);
    await pdfPopup.close();
    await pdf.page.close();

    // The button asks Firefox (the prompt is answered "allow" by the test profile's preference).
    await click(popup, { button: 'Allow access to websites' });
    await poll(() => fx.api((h) => browser.permissions.contains(h), HOSTS), Boolean, 'access to websites');
    await poll(
      () => popup.evaluate(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Allow access to websites')),
      (shown) => !shown,
      'the notice to go',
    );
    await click(popup, { button: 'Save posting' });
    await find(popup, { text: 'Check and save', within: 'h2' }, 15_000);
    assert.match(await valueOf(popup, { label: 'Position' }), /Kampagnemedarbejder/);
    await popup.close();
    // A page opened before access was given shows its badge once reloaded.
    await page.reload();
    await waitForBadge(fx, tabId, '+');
    await page.close();
  });

  it('shows the notice again when access is withdrawn while the popup is open', async () => {
    const { fx } = suite;
    const popup = await fx.page('/popup.html');
    await find(popup, { button: 'Save posting' });
    await new Promise((r) => setTimeout(r, 500)); // the access check has answered
    assert.equal(
      await popup.evaluate(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Allow access to websites')),
      false,
    );
    await fx.api((h) => browser.permissions.remove(h), HOSTS);
    await find(popup, { button: 'Allow access to websites' });
    await popup.close();
  });
});
