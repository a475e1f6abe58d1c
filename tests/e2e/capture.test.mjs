// End to end in real Chromium: capture on the pages applicants really visit — an ad in a
// recruiting system's iframe, an ad rendered late by script, a single-page job board, a PDF ad,
// pasted text — plus the review window the context menu and shortcut open, and the saved copy
// that stays readable after the ad is gone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, openPopup, startServer, openTab, waitForBadge, Y } from './harness.mjs';
import { makePdf } from './pdf.mjs';
import { postingIdWithTitle } from './rows.mjs';

const PDF = makePdf([
  'Foreningen Kystvern',
  'Projektleder til Kystprojektet',
  '',
  'Foreningen Kystvern søger en projektleder til en 37 timers stilling i Esbjerg.',
  'Du skal lede vores projekt om rene strande og samarbejde med kommunerne.',
  '',
  `Ansøgningsfrist: 20. januar ${Y} kl. 12.00.`,
  'Send din ansøgning til job@kystvern.example.',
  'Kontakt formand Mette Strand på tlf. 40 11 22 33.',
]);

describe('capture', () => {
  let server;
  let ats;
  let browser;
  before(async () => {
    server = await startServer({ '/files/projektleder.pdf': { type: 'application/pdf', body: PDF } });
    ats = await startServer(); // a second origin: the recruiting system
    browser = await launchWithExtension();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await ats?.close();
  });

  async function reviewFromPopup(tabId) {
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await popup.getByRole('button', { name: 'Save posting' }).click();
    await popup.getByRole('heading', { name: 'Check and save' }).waitFor({ timeout: 15_000 });
    return popup;
  }

  it('finds and saves an ad inside a recruiting system’s iframe on another origin', async () => {
    const { context, worker } = browser;
    const { page, tabId } = await openTab(
      context,
      worker,
      `${server.base}/frame-host.html?frame=${encodeURIComponent(`${ats.base}/frame-ad.html`)}`,
    );
    await waitForBadge(worker, tabId, '+');
    const popup = await reviewFromPopup(tabId);
    assert.match(await popup.getByLabel('Position', { exact: true }).inputValue(), /Föreningsutvecklare/);
    assert.equal(await popup.getByLabel('Application deadline', { exact: true }).inputValue(), `${Y}-01-31`);
    assert.equal(await popup.getByLabel('Address of the ad', { exact: true }).inputValue(), `${ats.base}/frame-ad.html`);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup
      .getByRole('status')
      .getByText(/^Saved: /)
      .waitFor({ timeout: 15_000 });
    await popup.close();
    await page.close();
  });

  it('notices an ad that a script renders late', async () => {
    const { context, worker } = browser;
    const { page, tabId } = await openTab(context, worker, `${server.base}/late.html`);
    await waitForBadge(worker, tabId, '+', 15_000);
    const popup = await reviewFromPopup(tabId);
    assert.match(await popup.getByLabel('Position', { exact: true }).inputValue(), /frivilligkoordinator/i);
    assert.equal(await popup.getByLabel('Application deadline', { exact: true }).inputValue(), `${Y}-02-01`);
    await popup.close();
    await page.close();
  });

  it('follows a single-page job board from ad to page to ad', async () => {
    const { context, worker } = browser;
    const { page, tabId } = await openTab(context, worker, `${server.base}/spa.html`);
    await waitForBadge(worker, tabId, '+');
    await page.getByRole('link', { name: 'Om oss' }).click();
    await waitForBadge(worker, tabId, '', 15_000);
    await page.getByRole('link', { name: 'Prosjektleder' }).click();
    await waitForBadge(worker, tabId, '+', 15_000);
    const popup = await reviewFromPopup(tabId);
    assert.match(await popup.getByLabel('Position', { exact: true }).inputValue(), /prosjektleder/i);
    assert.equal(await popup.getByLabel('Application deadline', { exact: true }).inputValue(), `${Y}-01-20`);
    assert.equal(await popup.getByLabel('Address of the ad', { exact: true }).inputValue(), `${server.base}/spa/ad-2`);
    await popup.close();
    await page.close();
  });

  it('reads a PDF ad', async () => {
    const { context, worker } = browser;
    const { page, tabId } = await openTab(context, worker, `${server.base}/files/projektleder.pdf`);
    const popup = await reviewFromPopup(tabId);
    assert.match(await popup.getByLabel('Position', { exact: true }).inputValue(), /Projektleder/);
    assert.equal(await popup.getByLabel('Application deadline', { exact: true }).inputValue(), `${Y}-01-20`);
    assert.equal(await popup.getByLabel('Time of day', { exact: true }).inputValue(), '12:00');
    assert.equal(await popup.getByLabel('Name', { exact: true }).first().inputValue(), 'Mette Strand');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup
      .getByRole('status')
      .getByText(/^Saved: /)
      .waitFor({ timeout: 15_000 });
    await popup.close();
    await page.close();
  });

  it('extracts pasted text, and asks for the address when there is none', async () => {
    const { context, extensionId } = browser;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByText('Or paste the ad’s text').click();
    await popup
      .getByLabel('Ad text')
      .fill(
        `Kommunikationsmedarbejder til Cykelforbundet\n\nCykelforbundet søger en kommunikationsmedarbejder.\nAnsøgningsfrist: 3. februar ${Y} kl. 9.00.\nSend din ansøgning til job@cykel.example.`,
      );
    await popup.getByRole('button', { name: 'Read the text' }).click();
    await popup.getByRole('heading', { name: 'Check and save' }).waitFor({ timeout: 15_000 });
    assert.equal(await popup.getByLabel('Application deadline', { exact: true }).inputValue(), `${Y}-02-03`);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.getByText('Please correct the marked fields.').waitFor();
    await popup.getByLabel('Address of the ad', { exact: true }).fill('https://cykel.example/job/kommunikation');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup
      .getByRole('status')
      .getByText(/^Saved: /)
      .waitFor({ timeout: 15_000 });
    await popup.close();
  });

  it('registers the shortcut, and the review window it opens goes straight to the form', async () => {
    const { context, worker, extensionId } = browser;
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    const save = commands.find((c) => c.name === 'save-posting');
    assert.ok(save, 'the save-posting command exists');
    assert.equal(save.shortcut, 'Alt+Shift+S');
    const { page, tabId } = await openTab(context, worker, `${server.base}/ad-second.html`);
    await waitForBadge(worker, tabId, '+');
    // What the context menu and the shortcut open (lib/background/save-entry.ts): the review, at once.
    const review = await context.newPage();
    await review.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}&review=1`);
    await review.getByRole('heading', { name: 'Check and save' }).waitFor({ timeout: 15_000 });
    assert.match(await review.getByLabel('Position', { exact: true }).inputValue(), /rådgiver/i);
    await review.close();
    await page.close();
  });

  it('keeps the saved copy readable after the ad is gone', async () => {
    const { context, worker, extensionId } = browser;
    const gone = await startServer();
    const { page, tabId } = await openTab(context, worker, `${gone.base}/ad.html`);
    await waitForBadge(worker, tabId, '+');
    const popup = await reviewFromPopup(tabId);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup
      .getByRole('status')
      .getByText(/^Saved: /)
      .waitFor({ timeout: 15_000 });
    await page.close();
    await gone.close(); // the ad is gone from the web

    await popup.getByTestId('tracker-row').filter({ hasText: 'Kampagnemedarbejder' }).click();
    await popup.getByRole('region', { name: /Saved copy|copy of the ad/i }).waitFor();
    assert.match(
      await popup.getByRole('region', { name: /Saved copy|copy of the ad/i }).textContent(),
      /Send din ansøgning til job@groen-fremtid\.example/,
    );
    const id = await postingIdWithTitle(worker, 'Kampagnemedarbejder');
    const copy = await context.newPage();
    await copy.goto(`chrome-extension://${extensionId}/posting.html?id=${id}`);
    await copy.getByTestId('snapshot-text').waitFor();
    assert.match(await copy.getByTestId('snapshot-text').textContent(), new RegExp(`Ansøgningsfrist: 15\\. januar ${Y} kl\\. 12\\.00`));
    await copy.close();
    await popup.close();
  });
});
