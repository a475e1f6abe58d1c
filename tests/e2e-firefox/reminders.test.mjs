// End to end in real Firefox: a reminder alarm is scheduled from the database, fires, and its
// notification is shown once, without buttons (Firefox's have none) and saying that a click opens
// the posting; the toolbar badge counts the deadlines in the next three days.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localDay, localMinute, posting, readLog, writeRows } from '../e2e/rows.mjs';
import { firefoxSuite, openTab, poll, titleOf, waitForBadge } from './harness.mjs';

describe('Firefox: reminders', () => {
  const suite = firefoxSuite();

  it('schedules a reminder alarm, shows its notification once without buttons, and counts deadlines soon on the badge', async () => {
    const { fx, server } = suite;
    const now = Date.now();
    const deadline = new Date(now + 90_000);
    deadline.setSeconds(0, 0);
    const lead = Math.round((deadline.getTime() - now) / 1000) - 8;
    const tomorrow = new Date(now + 86_400_000);
    await writeRows(fx.control, {
      postings: [
        posting('e2e-soon', { deadline: localMinute(deadline), title: 'Kampagnemedarbejder' }),
        posting('e2e-tomorrow', { deadline: localDay(tomorrow) }),
        posting('e2e-applied', { deadline: localDay(tomorrow), status: 'applied' }),
      ],
      settings: [
        { key: 'reminderLeadSeconds', value: [lead] },
        { key: 'reminderLeadTimes', value: [] },
      ],
    });
    await fx.api(() => browser.runtime.sendMessage({ type: 'posting-changed', tabId: null }));

    const alarms = await poll(
      () => fx.api(async () => (await browser.alarms.getAll()).map((a) => ({ name: a.name, at: a.scheduledTime }))),
      (list) => list.some((a) => a.name.startsWith('reminder:e2e-soon:deadline:')),
      'the reminder alarm',
    );
    const alarm = alarms.find((a) => a.name.startsWith('reminder:e2e-soon:deadline:'));
    assert.equal(alarm.at, deadline.getTime() - lead * 1000);
    assert.ok(!alarms.some((a) => a.name.startsWith('reminder:e2e-applied')), 'no alarm for an applied posting');
    assert.ok(alarms.some((a) => a.name === 'reminders:sweep'));

    // Firefox's notifications.getAll gives each notification's options.
    const shown = await poll(
      () => fx.api(() => browser.notifications.getAll()),
      (all) => Object.keys(all).some((id) => id.startsWith('e2e-soon:deadline:')),
      'the notification',
      30_000,
      200,
    );
    const id = alarm.name.slice('reminder:'.length);
    assert.deepEqual(
      Object.keys(shown).filter((n) => n.startsWith('e2e-soon:')),
      [id],
    );
    assert.ok(Date.now() >= alarm.at, 'not shown before its moment');
    assert.equal(shown[id].title, 'Kampagnemedarbejder');
    assert.match(shown[id].message, /^Foreningen Frist\nApplication deadline .+\nClick to open the posting\.$/);
    assert.equal(shown[id].buttons, undefined, 'no buttons in Firefox');
    assert.deepEqual(
      (await readLog(fx.control)).map((r) => r.id),
      [id],
    );

    // On a page without a job ad the badge counts the two open postings due within three days.
    const { page, tabId } = await openTab(fx, `${server.base}/not-an-ad.html`);
    await waitForBadge(fx, tabId, '2');
    assert.equal(await titleOf(fx, tabId), 'Frist: no job ad on this page · 2 deadlines in the next 3 days');
    await page.close();

    // Another reschedule shows nothing twice, and leaves no alarm for the shown reminder.
    await fx.api(() => browser.runtime.sendMessage({ type: 'posting-changed', tabId: null }));
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal((await readLog(fx.control)).length, 1);
    const left = await fx.api(async () => (await browser.alarms.getAll()).map((a) => a.name));
    assert.ok(!left.some((n) => n.startsWith('reminder:e2e-soon:')));
  });
});
