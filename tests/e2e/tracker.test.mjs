// End to end in real Chromium: the tracker in the popup — change a status and see its history,
// add a note, search, find a contact, delete and undo, switch the interface language; a deadline
// corrected and an interview date added in the tracker survive saving the same ad again.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, openPopup, startServer, openTab, waitForBadge, waitForCount, Y } from './harness.mjs';

describe('tracker', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchWithExtension();
    // Two saved postings to work with.
    for (const path of ['/ad.html', '/ad-second.html']) {
      const { page, tabId } = await openTab(browser.context, browser.worker, server.base + path);
      await waitForBadge(browser.worker, tabId, '+');
      const popup = await openPopup(browser.context, browser.extensionId, tabId);
      await popup.getByRole('button', { name: 'Save posting' }).click();
      await popup.getByRole('button', { name: 'Save', exact: true }).click();
      await popup
        .getByRole('status')
        .getByText(/^Saved: /)
        .waitFor({ timeout: 15_000 });
      await popup.close();
      await page.close();
    }
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const popupPage = async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByTestId('tracker-row').first().waitFor();
    return popup;
  };

  it('changes a status, records it in the history, and keeps a note', async () => {
    const popup = await popupPage();
    await popup.getByTestId('tracker-row').filter({ hasText: 'Kampagnemedarbejder' }).click();
    await popup.getByLabel('Status', { exact: true }).selectOption('applied');
    await popup.getByText('Saved → Applied').waitFor();
    await popup.getByLabel('Notes', { exact: true }).fill('Sendt ansøgning 2. december, ring til Lise i næste uge.');
    await popup.getByRole('button', { name: 'Save changes' }).click();
    await popup.getByText('Changes saved.').waitFor();
    await popup.reload();
    await popup.getByTestId('tracker-row').filter({ hasText: 'Kampagnemedarbejder' }).click();
    assert.equal(await popup.getByLabel('Status', { exact: true }).inputValue(), 'applied');
    assert.equal(await popup.getByLabel('Notes', { exact: true }).inputValue(), 'Sendt ansøgning 2. december, ring til Lise i næste uge.');
    await popup.getByText('Saved → Applied').waitFor();
    await popup.close();
  });

  it('searches by contact and finds the contact people', async () => {
    const popup = await popupPage();
    await popup.getByRole('searchbox').fill('kari');
    await popup.getByText('1 of 2 postings').waitFor();
    await waitForCount(popup.getByTestId('tracker-row'), 1);
    assert.match(await popup.getByTestId('tracker-row').textContent(), /rådgiver/i);
    await popup.getByRole('button', { name: 'Contact people' }).click();
    await popup.getByText('Lise Holm').first().waitFor();
    // Lise Holm's number, as a link that calls it.
    await popup.locator('a[href="tel:+4521436587"]').first().waitFor();
    await popup.close();
  });

  /** Opens the popup and deletes the rådgiver posting from its detail; the list then has one row. */
  const deleteRådgiver = async () => {
    const popup = await popupPage();
    await popup
      .getByTestId('tracker-row')
      .filter({ hasText: /rådgiver/i })
      .click();
    await popup.getByRole('button', { name: 'Delete posting' }).click();
    await popup.getByText(/^Deleted “/).waitFor();
    await waitForCount(popup.getByTestId('tracker-row'), 1);
    return popup;
  };

  it('deletes a posting and brings it back with Undo', async () => {
    const popup = await deleteRådgiver();
    await popup.getByRole('button', { name: 'Undo' }).click();
    await waitForCount(popup.getByTestId('tracker-row'), 2);
    await popup.close();
  });

  it('keeps a deleted posting in the trash after the popup closes, and restores it from there', async () => {
    const popup = await deleteRådgiver();
    // Closing the popup ends the undo of the moment; the trash keeps the posting.
    await popup.close();

    const reopened = await popupPage();
    await waitForCount(reopened.getByTestId('tracker-row'), 1);
    await reopened.getByRole('button', { name: 'Trash' }).click();
    const row = reopened.getByTestId('trash-row').filter({ hasText: /rådgiver/i });
    await row.waitFor();
    assert.match(await row.textContent(), /can be restored until/);
    await row.getByRole('button', { name: /^Restore “/ }).click();
    await reopened.getByText(/^Restored “/).waitFor();
    await reopened.getByText('The trash is empty.').waitFor();
    await reopened.getByRole('button', { name: 'Postings' }).click();
    await waitForCount(reopened.getByTestId('tracker-row'), 2);
    await reopened.close();
  });

  it('keeps a corrected deadline and an added interview date when the same ad is saved again', async () => {
    const popup = await popupPage();
    await popup.getByTestId('tracker-row').filter({ hasText: 'Kampagnemedarbejder' }).click();
    // The same posting form as the review: the deadline's date input, one date input per interview.
    await popup.getByLabel('Application deadline', { exact: true }).fill(`${Y}-01-20`);
    await popup.getByRole('button', { name: 'Add interview date' }).click();
    await popup.getByLabel('Interview dates 1', { exact: true }).fill(`${Y}-01-28`);
    await popup.getByRole('button', { name: 'Save changes' }).click();
    await popup.getByText('Changes saved.').waitFor();
    await popup.close();

    // Save the ad again from its page: the review shows what the ad says beside what the user saved.
    const { page, tabId } = await openTab(browser.context, browser.worker, `${server.base}/ad.html`);
    await waitForBadge(browser.worker, tabId, '✓');
    const again = await openPopup(browser.context, browser.extensionId, tabId);
    await again.getByRole('button', { name: 'Save posting' }).click();
    await again.getByText(/You saved this ad before/).waitFor({ timeout: 15_000 });
    const conflicts = again.getByTestId('conflict');
    await conflicts.first().waitFor();
    const said = (await conflicts.allTextContents()).join('\n');
    assert.match(said, new RegExp(`Application deadline: the ad now says 15 Jan ${Y}, 12:00; you saved 20 Jan ${Y}, 12:00\\.`));
    assert.match(said, new RegExp(`Interview dates: the ad now says nothing; you saved 28 Jan ${Y}\\.`));
    assert.equal(await again.getByLabel('Application deadline', { exact: true }).inputValue(), `${Y}-01-20`);
    await again.getByRole('button', { name: 'Save', exact: true }).click();
    await again
      .getByRole('status')
      .getByText(/^Updated: /)
      .waitFor({ timeout: 15_000 });
    await again.close();
    await page.close();

    // The correction and the interview date are still there.
    const after = await popupPage();
    await after.getByTestId('tracker-row').filter({ hasText: 'Kampagnemedarbejder' }).click();
    assert.equal(await after.getByLabel('Application deadline', { exact: true }).inputValue(), `${Y}-01-20`);
    assert.equal(await after.getByLabel('Interview dates 1', { exact: true }).inputValue(), `${Y}-01-28`);
    await after.close();
  });

  it('switches the interface language in the options', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Language', { exact: true }).selectOption('da');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText(/Indstillingerne er gemt|Settings saved/).waitFor();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('button', { name: 'Gem opslag' }).waitFor();
    await options.getByLabel(/Sprog|Language/).selectOption('nb');
    await options.getByRole('button', { name: /Gem indstillinger|Save settings/ }).click();
    await options.getByText(/Innstillingene er lagret|Indstillingerne er gemt/).waitFor();
    await popup.reload();
    await popup.getByRole('button', { name: 'Lagre annonse' }).waitFor();
    await options.close();
    await popup.close();

    // A popup opened now is in Norwegian from its very first drawing, not in the browser's English
    // first: its settings are read before it renders (lib/db/first-read.ts).
    const fresh = await browser.context.newPage();
    await fresh.addInitScript(() => {
      const drawn = [];
      globalThis.__firstTabs = drawn;
      new MutationObserver(() => {
        const tab = document.querySelector('.tracker-tabs button');
        if (tab && drawn.length === 0) drawn.push(tab.textContent);
      }).observe(document, { childList: true, subtree: true });
    });
    await fresh.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await fresh.getByTestId('tracker-row').first().waitFor();
    assert.deepEqual(await fresh.evaluate(() => globalThis.__firstTabs), ['Annonser']);
    await fresh.close();
  });
});
