// End to end in real Firefox: a PDF ad (Firefox shows it in its own pdf.js viewer, a privileged
// page no extension script may enter: Frist reads the file from its address instead), the review
// window the context menu and the shortcut open, and an ad in a recruiting system's iframe.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makePdf } from '../e2e/pdf.mjs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { click, find, firefoxSuite, openTab, startServer, textOf, valueOf, waitForBadge, Y } from './harness.mjs';

const PDF = makePdf([
  'Foreningen Kystvern',
  'Projektleder til Kystprojektet',
  '',
  'Foreningen Kystvern søger en projektleder til en 37 timers stilling i Esbjerg.',
  `Ansøgningsfrist: 20. januar ${Y} kl. 12.00.`,
  'Kontakt formand Mette Strand på tlf. 40 11 22 33.',
]);

describe('Firefox: capture', () => {
  const suite = firefoxSuite({
    pages: {
      '/files/projektleder.pdf': { type: 'application/pdf', body: PDF },
      '/download': { type: 'application/pdf', body: PDF },
    },
  });
  let ats; // a second origin: the recruiting system
  before(async () => {
    ats = await startServer();
  });
  after(async () => {
    await ats?.close();
  });

  async function review(tabId) {
    const { fx } = suite;
    const popup = await fx.page(`/popup.html?tab=${tabId}`);
    await click(popup, { button: 'Save posting' });
    await find(popup, { text: 'Check and save', within: 'h2' }, 15_000);
    return popup;
  }

  it('reads a PDF ad shown in Firefox’s PDF viewer from its address', async () => {
    const { fx, server } = suite;
    const { page, tabId } = await openTab(fx, `${server.base}/files/projektleder.pdf`);
    const popup = await review(tabId);
    assert.match(await valueOf(popup, { label: 'Position' }), /Projektleder/);
    assert.equal(await valueOf(popup, { label: 'Application deadline' }), `${Y}-01-20`);
    assert.equal(await valueOf(popup, { label: 'Name' }), 'Mette Strand');
    await popup.close();
    await page.close();
  });

  it('reads a PDF served from an address without “.pdf” (its content type tells)', async () => {
    const { fx, server } = suite;
    const { page, tabId } = await openTab(fx, `${server.base}/download?id=7`);
    const popup = await review(tabId);
    assert.equal(await valueOf(popup, { label: 'Application deadline' }), `${Y}-01-20`);
    await popup.close();
    await page.close();
  });

  it('says what to do with a PDF opened from the computer, which it cannot read', async () => {
    const { fx } = suite;
    const dir = await mkdtemp(join(tmpdir(), 'frist-fx-pdf-'));
    try {
      const file = join(dir, 'projektleder.pdf');
      await writeFile(file, PDF);
      const { page, tabId } = await openTab(fx, pathToFileURL(file).href);
      const popup = await fx.page(`/popup.html?tab=${tabId}`);
      await click(popup, { button: 'Save posting' });
      assert.equal(
        await textOf(popup, { css: '[role="alert"]' }),
        'Could not save: Frist cannot read this page: browser pages, add-on stores and files on your computer are off limits. For a PDF, select its text in the viewer (Ctrl+A, then Ctrl+C) and paste it below.',
      );
      await popup.close();
      await page.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('finds an ad inside a recruiting system’s iframe on another origin', async () => {
    const { fx, server } = suite;
    const { page, tabId } = await openTab(fx, `${server.base}/frame-host.html?frame=${encodeURIComponent(`${ats.base}/frame-ad.html`)}`);
    await waitForBadge(fx, tabId, '+');
    const popup = await review(tabId);
    assert.match(await valueOf(popup, { label: 'Position' }), /Föreningsutvecklare/);
    assert.equal(await valueOf(popup, { label: 'Address of the ad' }), `${ats.base}/frame-ad.html`);
    await popup.close();
    await page.close();
  });

  it('registers the shortcut, and the review window the context menu and shortcut open goes straight to the form', async () => {
    const { fx, server } = suite;
    const commands = await fx.api(() => browser.commands.getAll());
    const save = commands.find((c) => c.name === 'save-posting');
    assert.ok(save, 'the save-posting command exists');
    assert.equal(save.shortcut, 'Alt+Shift+S');
    const { page, tabId } = await openTab(fx, `${server.base}/ad-second.html`);
    await waitForBadge(fx, tabId, '+');
    const win = await fx.page(`/popup.html?tab=${tabId}&review=1`);
    await find(win, { text: 'Check and save', within: 'h2' }, 15_000);
    assert.match(await valueOf(win, { label: 'Position' }), /rådgiver/i);
    await win.close();
    await page.close();
  });
});
