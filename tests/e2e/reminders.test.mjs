// End to end in real Chromium: reminders. Postings and a lead time of a few seconds are written
// into the extension's database from one of its pages; the background schedules an alarm, shows
// the notification when it fires (once), and the toolbar badge counts the deadlines in the next
// three days on a page without a job ad.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, startServer, tabIdOf, waitForBadge } from './harness.mjs';
import { localDay, localMinute, posting, readLog, writeRows } from './rows.mjs';

/** Polls `fn` in the service worker until `ok(value)`; returns the value. */
async function waitInWorker(worker, fn, arg, ok, timeout, what) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await worker.evaluate(fn, arg);
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeout} ms`);
}

describe('reminders', () => {
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

  it('schedules a reminder seconds ahead, shows its notification once, and counts deadlines soon on the badge', async () => {
    const { context, worker, extensionId } = browser;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);

    // A deadline with a time, a minute or two ahead, reminded of 8 seconds from now.
    const now = Date.now();
    const deadline = new Date(now + 90_000);
    deadline.setSeconds(0, 0);
    const lead = Math.round((deadline.getTime() - now) / 1000) - 8;
    const tomorrow = new Date(now + 86_400_000);
    await writeRows(page, {
      postings: [
        posting('e2e-soon', { deadline: localMinute(deadline), title: 'Kampagnemedarbejder' }),
        posting('e2e-tomorrow', { deadline: localDay(tomorrow) }),
        posting('e2e-applied', { deadline: localDay(tomorrow), status: 'applied' }),
        posting('e2e-later', { deadline: localDay(new Date(now + 10 * 86_400_000)) }),
      ],
      settings: [
        { key: 'reminderLeadSeconds', value: [lead] },
        { key: 'reminderLeadTimes', value: [] },
      ],
    });
    // Pages write through Dexie, which the background watches; a raw write is announced like the popup does.
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'posting-changed', tabId: null }));

    const alarms = await waitInWorker(
      worker,
      async () => (await chrome.alarms.getAll()).map((a) => ({ name: a.name, at: a.scheduledTime })),
      null,
      (list) => list.some((a) => a.name.startsWith('reminder:e2e-soon:deadline:')),
      10_000,
      'the reminder alarm',
    );
    const alarm = alarms.find((a) => a.name.startsWith('reminder:e2e-soon:deadline:'));
    assert.equal(alarm.at, deadline.getTime() - lead * 1000);
    assert.ok(!alarms.some((a) => a.name.startsWith('reminder:e2e-applied')), 'no alarm for an applied posting');
    assert.ok(alarms.some((a) => a.name === 'reminders:sweep'));

    // The alarm fires about 8 seconds later and the notification is created.
    const shown = await waitInWorker(
      worker,
      async () => Object.keys(await chrome.notifications.getAll()),
      null,
      (ids) => ids.some((id) => id.startsWith('e2e-soon:deadline:')),
      30_000,
      'the notification',
    );
    assert.deepEqual(
      shown.filter((id) => id.startsWith('e2e-soon:')),
      [alarm.name.slice('reminder:'.length)],
    );
    assert.ok(Date.now() >= alarm.at, 'not shown before its moment');
    const log = await readLog(page);
    assert.deepEqual(
      log.map((r) => r.id),
      [alarm.name.slice('reminder:'.length)],
    );

    // The badge on a page without a job ad: two open postings due within three days (not the applied one, not the later one).
    const other = await context.newPage();
    await other.goto(`${server.base}/not-an-ad.html`);
    const tabId = await tabIdOf(worker, other);
    await waitForBadge(worker, tabId, '2');
    assert.equal(
      await worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId),
      'Frist: no job ad on this page · 2 deadlines in the next 3 days',
    );
    assert.equal(await worker.evaluate(() => chrome.action.getBadgeText({})), '2');

    // Another reschedule shows nothing twice.
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'posting-changed', tabId: null }));
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal((await readLog(page)).length, 1);
    const after = await worker.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name));
    assert.ok(!after.some((n) => n.startsWith('reminder:e2e-soon:')), 'the shown reminder has no alarm left');
  });
});
