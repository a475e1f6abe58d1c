// End to end in real Chromium: a long list (400 postings, restored from a backup). The popup's
// first screen has the right groups, sizes and soonest rows; scrolling to the end shows every
// group with real rows, none left as placeholders; search finds one posting among them.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from './harness.mjs';
import { emptyFacts } from '../support/postings.ts';

const N = 400;
const now = new Date();
const pad = (n) => String(n).padStart(2, '0');
/** The local day `offset` days from today, as YYYY-MM-DD. */
const dayFromToday = (offset) => {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

// Posting i: a deadline from 10 days ago to 29 days ahead (ten postings a day); the first 40 are
// rejected, so each day has nine open postings and one closed.
const offsetOf = (i) => (i % 40) - 10;
const postings = Array.from({ length: N }, (_, i) => ({
  ...emptyFacts(),
  language: 'da',
  title: `Stilling ${i}`,
  organization: `Forening ${i % 17}`,
  deadline: dayFromToday(offsetOf(i)),
  url: `https://forening.example/job/${i}`,
  status: i < 40 ? 'rejected' : 'saved',
  notes: '',
  id: `p${i}`,
  urlKey: `https://forening.example/job/${i}`,
  fingerprint: null,
  savedAt: now.toISOString(),
  updatedAt: now.toISOString(),
}));
const backup = {
  format: 'frist-backup',
  version: 1,
  exportedAt: now.toISOString(),
  postings,
  snapshots: [],
  history: [],
  contactLog: [],
  settings: { language: 'en' },
};

describe('a long list in the popup', () => {
  let browser;
  before(async () => {
    browser = await launchWithExtension();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options
      .getByLabel('Restore or merge a backup')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await options
      .getByRole('status')
      .getByText(
        `Backup imported: ${N} new, 0 updated, 0 unchanged, 0 conflicts (where both sides changed a field, the later change is kept).`,
      )
      .waitFor({ timeout: 30_000 });
    await options.close();
  });
  after(async () => {
    await browser?.close();
  });

  it('shows the groups and the soonest rows first, then every row as the list scrolls', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByTestId('tracker-row').first().waitFor();
    const headings = () => popup.locator('.group-heading').allTextContents();
    assert.deepEqual((await headings()).slice(0, 2), ['Deadline today (9)', 'Next 7 days (63)']);
    // Today's nine, by title: "Stilling 130", "Stilling 170", … (the open ones of offset 0).
    const first = await popup.getByTestId('tracker-row').first().locator('.row-title').textContent();
    assert.equal(first, 'Stilling 130');

    // To the end of the list: the folded groups are there, and no row is still a placeholder.
    const list = popup.locator('.vlist');
    for (let i = 0; i < 40; i++) {
      await list.evaluate((el) => {
        el.scrollTop = el.scrollHeight;
        el.dispatchEvent(new Event('scroll'));
      });
      const texts = await headings();
      if (texts.includes('Closed (40)') && (await popup.locator('.pending-rows').count()) === 0) break;
      await popup.waitForTimeout(100);
    }
    const texts = await headings();
    assert.ok(texts.includes('Later (198)') || texts.includes('Deadline passed (90)'), texts.join(' | '));
    assert.ok(texts.includes('Deadline passed (90)') && texts.includes('Closed (40)'), texts.join(' | '));
    assert.equal(await popup.locator('.pending-rows').count(), 0);

    await popup.getByRole('searchbox').fill('Stilling 123');
    await popup.getByText('1 of 400 postings').waitFor();
    assert.deepEqual(await popup.getByTestId('tracker-row').locator('.row-title').allTextContents(), ['Stilling 123']);
    await popup.close();
  });
});
