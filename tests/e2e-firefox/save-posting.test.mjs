// End to end in real Firefox: the badge on a job ad and none on a page that is no ad, saving
// from the popup through the review form, the tracker listing it, and the saved copy opening.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  badgeOf,
  click,
  fill,
  find,
  firefoxSuite,
  openTab,
  poll,
  textOf,
  titleOf,
  valueOf,
  waitForBadge,
  waitForCount,
  Y,
} from './harness.mjs';
import { postingIdWithTitle } from '../e2e/rows.mjs';

describe('Firefox: save a posting', () => {
  const suite = firefoxSuite();

  it('shows the badge on a job ad, saves it through the review form, lists it, and opens the saved copy', async () => {
    const { fx, server } = suite;
    const { page, tabId } = await openTab(fx, `${server.base}/ad.html`);
    assert.ok(tabId, 'the ad has a tab');
    await waitForBadge(fx, tabId, '+');
    assert.equal(await titleOf(fx, tabId), 'Frist: job ad on this page');

    const popup = await fx.page(`/popup.html?tab=${tabId}`);
    await find(popup, { text: 'This page looks like a job ad.' });
    await click(popup, { button: 'Save posting' });
    await find(popup, { text: 'Check and save', within: 'h2' }, 15_000);
    assert.match(await valueOf(popup, { label: 'Position' }), /Kampagnemedarbejder/);
    assert.equal(await valueOf(popup, { label: 'Application deadline' }), `${Y}-01-15`);
    assert.equal(await valueOf(popup, { label: 'Time of day' }), '12:00');
    assert.match(
      await textOf(popup, { css: '#f-deadline-evidence' }),
      new RegExp(`From the ad: “Ansøgningsfrist: 15\\. januar ${Y} kl\\. 12\\.00`),
    );
    assert.equal(await valueOf(popup, { label: 'Name' }), 'Lise Holm');

    // A bad value is refused beside its field; corrected, the posting saves.
    await fill(popup, { label: 'Organisation' }, 'Grøn Fremtid');
    await fill(popup, { label: 'Hours per week (from)' }, 'many');
    await click(popup, { button: 'Save' });
    await find(popup, { text: 'Please correct the marked fields.' });
    await find(popup, { text: 'Write a number, e.g. 37 or 37,5.' });
    await fill(popup, { label: 'Hours per week (from)' }, '32');
    await click(popup, { button: 'Save' });
    await find(popup, { css: '[role="status"]', has: 'Saved: ' }, 15_000);
    const row = await find(popup, { testId: 'tracker-row', has: 'Kampagnemedarbejder' });
    assert.match(await row.evaluate((el) => el.textContent), /Grøn Fremtid/);
    assert.match(await row.evaluate((el) => el.textContent), new RegExp(`15 Jan ${Y}, 12:00`));
    await waitForCount(popup, { testId: 'tracker-row' }, 1);
    await waitForBadge(fx, tabId, '✓');

    // The tracker's detail shows the saved copy, and its page opens on its own.
    await row.click();
    const copy = await find(popup, { css: '.snapshot-text' });
    assert.match(await copy.evaluate((el) => el.textContent), /Send din ansøgning til job@groen-fremtid\.example/);
    const id = await postingIdWithTitle(fx.control, 'Kampagnemedarbejder');
    assert.ok(id, 'the posting is in the database');
    await popup.close();
    await page.close();
    const saved = await fx.page(`/posting.html?id=${encodeURIComponent(id)}`);
    const text = await find(saved, { testId: 'snapshot-text' });
    assert.match(await text.evaluate((el) => el.textContent), new RegExp(`Ansøgningsfrist: 15\\. januar ${Y} kl\\. 12\\.00`));
    await saved.close();
  });

  it('gives no badge to a page that is no job ad', async () => {
    const { fx, server } = suite;
    const { page, tabId } = await openTab(fx, `${server.base}/not-an-ad.html`);
    // The title is set with every report of the content script.
    await poll(
      () => titleOf(fx, tabId),
      (t) => t.includes('no job ad'),
      'the content script’s report',
    );
    assert.equal(await badgeOf(fx, tabId), '');
    await page.close();
  });
});
