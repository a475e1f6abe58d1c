// End to end in real Chromium: the badge on a job ad, saving from the popup, the saved list,
// no duplicate on a second save, and no badge on a page that is no job ad.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, openPopup, startServer, openTab, tabIdOf, waitForBadge, waitForCount, Y } from './harness.mjs';

describe('save a posting', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchWithExtension();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the badge on a job ad, saves it from the popup and lists it', async () => {
    const { context, worker, extensionId } = browser;
    const url = `${server.base}/ad.html`;
    const { page, tabId } = await openTab(context, worker, url);
    assert.ok(tabId, 'the ad has a tab');
    await waitForBadge(worker, tabId, '+');

    const popup = await openPopup(context, extensionId, tabId);
    await popup.getByText('This page looks like a job ad.').waitFor();
    await popup.getByRole('button', { name: 'Save posting' }).click();

    // The review form, prefilled by the extractor, with the ad's sentence beside the deadline.
    await popup.getByRole('heading', { name: 'Check and save' }).waitFor({ timeout: 15_000 });
    assert.match(await popup.getByLabel('Position', { exact: true }).inputValue(), /Kampagnemedarbejder/);
    assert.equal(await popup.getByLabel('Application deadline', { exact: true }).inputValue(), `${Y}-01-15`);
    assert.equal(await popup.getByLabel('Time of day').inputValue(), '12:00');
    assert.match(
      await popup.locator('#f-deadline-evidence').textContent(),
      new RegExp(`From the ad: “Ansøgningsfrist: 15\\. januar ${Y} kl\\. 12\\.00`),
    );
    assert.equal(await popup.getByLabel('Name', { exact: true }).first().inputValue(), 'Lise Holm');

    // Correct a field, and see a bad value refused next to its field, with nothing saved.
    await popup.getByLabel('Organisation', { exact: true }).fill('Grøn Fremtid');
    await popup.getByLabel('Hours per week (from)').fill('many');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.getByText('Please correct the marked fields.').waitFor();
    await popup.getByText('Write a number, e.g. 37 or 37,5.').waitFor();
    await popup.getByLabel('Hours per week (from)').fill('32');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup
      .getByRole('status')
      .getByText(/^Saved: /)
      .waitFor({ timeout: 15_000 });
    const row = popup.getByTestId('tracker-row').filter({ hasText: 'Kampagnemedarbejder' });
    await row.waitFor();
    assert.match(await row.textContent(), /Grøn Fremtid/);
    await popup.close();

    // Saved: the badge says so.
    await waitForBadge(worker, tabId, '✓');

    // Reopen the popup: the posting is there, with its deadline.
    const again = await openPopup(context, extensionId, tabId);
    const saved = again.getByTestId('tracker-row').filter({ hasText: 'Kampagnemedarbejder' });
    await saved.waitFor();
    assert.match(await saved.textContent(), new RegExp(`15 Jan ${Y}, 12:00`));
    await waitForCount(again.getByTestId('tracker-row'), 1);

    // A second save of the same ad (the same URL with a tracking parameter) is recognised and updates it.
    await page.goto(`${url}?utm_source=newsletter#apply`);
    const tracked = await tabIdOf(worker, page);
    await again.goto(`chrome-extension://${extensionId}/popup.html?tab=${tracked}`);
    await again.getByRole('button', { name: 'Save posting' }).click();
    await again.getByText(/You saved this ad before/).waitFor({ timeout: 15_000 });
    await again.getByRole('button', { name: 'Save', exact: true }).click();
    await again
      .getByRole('status')
      .getByText(/^Updated: /)
      .waitFor({ timeout: 15_000 });
    await waitForCount(again.getByTestId('tracker-row'), 1);
    await again.close();
    await page.close();
  });

  it('lists postings nearest deadline first', async () => {
    const { context, worker, extensionId } = browser;
    const url = `${server.base}/ad-second.html`;
    const { page, tabId } = await openTab(context, worker, url);
    await waitForBadge(worker, tabId, '+');
    const popup = await openPopup(context, extensionId, tabId);
    await popup.getByRole('button', { name: 'Save posting' }).click();
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup
      .getByRole('status')
      .getByText(/^Saved: /)
      .waitFor({ timeout: 15_000 });
    await popup.getByTestId('tracker-row').nth(1).waitFor();
    const titles = await popup.locator('.row-title').allTextContents();
    assert.equal(titles.length, 2);
    assert.match(titles[0], /rådgiver/i, 'the 10 January deadline comes before the 15 January one');
    assert.match(titles[1], /Kampagnemedarbejder/);
    await popup.close();
    await page.close();
  });

  it('gives no badge to a page that is no job ad', async () => {
    const { context, worker } = browser;
    const url = `${server.base}/not-an-ad.html`;
    const { page, tabId } = await openTab(context, worker, url);
    // Wait until the content script has reported (the title is set with every report).
    await waitForTitle(worker, tabId);
    assert.equal(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '');
    await page.close();
  });
});

async function waitForTitle(worker, tabId, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const title = await worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    if (title.includes('no job ad')) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the content script never reported');
}
