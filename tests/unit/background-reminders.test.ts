import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyFacts } from '../support/postings';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FristDatabase } from '../../lib/db/database';
import { getPosting, savePosting } from '../../lib/db/postings';
import { listHistory, setStatus } from '../../lib/db/edits';
import { removePosting } from '../../lib/db/trash';
import { saveSettings } from '../../lib/db/settings';
import {
  countSoonDeadlines,
  loadReminderInputs,
  pruneReminderLog,
  recordShown,
  remindersSince,
  shownReminderIds,
  shownReminderPosting,
  watchReminderInputs,
} from '../../lib/db/reminders';
import {
  connectReminders,
  createReminders,
  DEBOUNCE_MS,
  REMINDER_ALARM_PREFIX,
  SWEEP_ALARM,
  type NotificationOptions,
} from '../../lib/reminders/alarms';
import { createBackground } from '../../lib/background/handler';
import type { PostingInput } from '../../lib/schema/posting';

const originalTz = process.env.TZ;
let database: FristDatabase;
let stop: (() => void) | undefined;

beforeEach(async () => {
  process.env.TZ = 'Europe/Copenhagen';
  // Only the clock and the debounce timer are fake: IndexedDB keeps its own scheduling.
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(new Date(2026, 11, 1, 10, 0));
  fakeBrowser.reset();
  database = new FristDatabase(`reminders-${Math.random()}`);
  // These tests fix their lead times (3 and 1 days, 3 hours); the defaults have a test of their own.
  await saveSettings(
    {
      reminderLeadTimes: [
        { amount: 3, unit: 'days' },
        { amount: 1, unit: 'days' },
        { amount: 3, unit: 'hours' },
      ],
    },
    database,
  );
});
afterEach(async () => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
  database.close();
  await database.delete();
  process.env.TZ = originalTz;
});

function input(over: Partial<PostingInput> = {}): PostingInput {
  return {
    ...emptyFacts(),
    language: 'da',
    title: 'Koordinator',
    organization: 'Dansk Flygtningehjælp',
    deadline: '2026-12-15T12:00',
    url: 'https://org.example/job/1',
    ...over,
  };
}

async function save(over: Partial<PostingInput> = {}): Promise<string> {
  const r = await savePosting(input(over), new Date(), database);
  if (!r.ok) throw new Error(r.error);
  return r.posting.id;
}

function setup({ buttons = true } = {}) {
  const create = vi.fn((id: string, options: NotificationOptions) => fakeBrowser.notifications.create(id, options));
  const openTab = vi.fn(async (url: string) => fakeBrowser.tabs.create({ url }));
  const onRun = vi.fn();
  const reminders = createReminders({
    now: () => new Date(),
    lang: (setting) => (setting === 'auto' ? 'en' : setting),
    store: {
      load: () => loadReminderInputs(database),
      shownIds: () => shownReminderIds(database),
      postingOf: (id) => shownReminderPosting(id, database),
      recordShown: (list, at) => recordShown(list, at, database),
      prune: (ids) => pruneReminderLog(ids, database),
      since: (now) => remindersSince(now, database),
      markApplied: (id) => setStatus(id, 'applied', new Date(), database),
    },
    alarms: {
      clearAll: () => fakeBrowser.alarms.clearAll(),
      create: (name, info) => fakeBrowser.alarms.create(name, info),
    },
    notifications: { create, clear: (id) => fakeBrowser.notifications.clear(id) },
    iconUrl: 'chrome-extension://test/icon/128.png',
    buttons,
    postingPage: (id) => `chrome-extension://test/posting.html?id=${id}`,
    openTab,
    onRun,
  });
  stop = connectReminders(fakeBrowser, reminders, (onChange) => watchReminderInputs(onChange, undefined, database));
  return { reminders, create, openTab, onRun };
}

async function reminderAlarms() {
  const alarms = await fakeBrowser.alarms.getAll();
  return alarms
    .filter((a) => a.name.startsWith(REMINDER_ALARM_PREFIX))
    .sort((a, b) => a.scheduledTime - b.scheduledTime)
    .map((a) => new Date(a.scheduledTime).toISOString());
}

/** Lets the live query notice a change and the debounced run finish. */
async function settle() {
  await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
}

/** The browser fires an alarm: the clock moves to its time first. */
async function fire(name: string) {
  const alarm = await fakeBrowser.alarms.get(name);
  if (!alarm) throw new Error(`no alarm ${name}`);
  vi.setSystemTime(alarm.scheduledTime);
  await fakeBrowser.alarms.onAlarm.trigger(alarm);
}

describe('background reminders', () => {
  it('by default reminds a week and two days before at 8:00, on the day at 8:00 and three hours before a timed deadline', async () => {
    await database.settings.clear();
    await save();
    setup();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await reminderAlarms()).toEqual([
      '2026-12-08T07:00:00.000Z',
      '2026-12-13T07:00:00.000Z',
      '2026-12-15T07:00:00.000Z',
      '2026-12-15T08:00:00.000Z',
    ]);
  });

  it('schedules alarms for an open posting on install, and a periodic sweep', async () => {
    await save();
    setup();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    // 3 and 1 days before at 8:00, on the day at 8:00, three hours before 12:00.
    expect(await reminderAlarms()).toEqual([
      '2026-12-12T07:00:00.000Z',
      '2026-12-14T07:00:00.000Z',
      '2026-12-15T07:00:00.000Z',
      '2026-12-15T08:00:00.000Z',
    ]);
    expect((await fakeBrowser.alarms.get(SWEEP_ALARM))?.periodInMinutes).toBe(30);
  });

  it('shows a notification when an alarm fires, once, with Open and Mark applied', async () => {
    const id = await save();
    const { create } = setup();
    await fakeBrowser.runtime.onStartup.trigger();
    const [first] = (await fakeBrowser.alarms.getAll())
      .filter((a) => a.name.startsWith(REMINDER_ALARM_PREFIX))
      .sort((a, b) => a.scheduledTime - b.scheduledTime);
    await fire(first!.name);
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const [nid, options] = create.mock.calls[0]!;
    expect(nid).toBe(`${id}:deadline:2026-12-12T07:00:00.000Z`);
    expect(options).toMatchObject({
      type: 'basic',
      iconUrl: 'chrome-extension://test/icon/128.png',
      title: 'Koordinator',
      message: 'Dansk Flygtningehjælp\nApplication deadline in 3 days · 15 Dec 2026, 12:00',
      buttons: [{ title: 'Open' }, { title: 'Mark applied' }],
    });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([nid]);
    // The same alarm again (or any run) shows nothing twice; the fired alarm is gone, the next ones stay.
    await fakeBrowser.alarms.onAlarm.trigger(first!);
    await fakeBrowser.runtime.onStartup.trigger();
    expect(create).toHaveBeenCalledTimes(1);
    expect(await reminderAlarms()).toEqual(['2026-12-14T07:00:00.000Z', '2026-12-15T07:00:00.000Z', '2026-12-15T08:00:00.000Z']);
  });

  it('opens the posting in Frist when the notification or its Open button is clicked', async () => {
    const id = await save();
    const { create, openTab } = setup();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    vi.setSystemTime(new Date(2026, 11, 12, 8, 0, 5));
    await fakeBrowser.runtime.onStartup.trigger();
    const nid = create.mock.calls[0]![0];
    await fakeBrowser.notifications.onClicked.trigger(nid);
    expect(openTab).toHaveBeenLastCalledWith(`chrome-extension://test/posting.html?id=${id}`);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    await fakeBrowser.notifications.onButtonClicked.trigger(nid, 0);
    expect(openTab).toHaveBeenCalledTimes(2);
  });

  it('without buttons (Firefox) says that a click opens the posting, and the click does', async () => {
    const id = await save();
    const { create, openTab } = setup({ buttons: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    vi.setSystemTime(new Date(2026, 11, 12, 8, 0, 5));
    await fakeBrowser.runtime.onStartup.trigger();
    expect(create).toHaveBeenCalledTimes(1);
    const [nid, options] = create.mock.calls[0]!;
    expect(options).not.toHaveProperty('buttons');
    expect(options.message).toBe('Dansk Flygtningehjælp\nApplication deadline in 3 days · 15 Dec 2026, 12:00\nClick to open the posting.');
    await fakeBrowser.notifications.onClicked.trigger(nid);
    expect(openTab).toHaveBeenCalledWith(`chrome-extension://test/posting.html?id=${id}`);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('marks the posting applied from the button; then no reminder is left for it', async () => {
    const id = await save();
    const { create } = setup();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    vi.setSystemTime(new Date(2026, 11, 12, 8, 0, 5));
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.notifications.onButtonClicked.trigger(create.mock.calls[0]![0], 1);
    expect((await getPosting(id, database))?.status).toBe('applied');
    expect((await listHistory(id, database)).map((h) => h.to)).toEqual(['applied']);
    await settle();
    expect(await reminderAlarms()).toEqual([]);
  });

  it('reschedules after every change to a posting or the settings (a live query, debounced)', async () => {
    const id = await save();
    setup();
    await settle();
    expect(await reminderAlarms()).toHaveLength(4);
    // Another page changes the deadline: the alarms follow the database.
    await database.postings.update(id, { deadline: '2026-12-20' });
    await settle();
    expect(await reminderAlarms()).toEqual(['2026-12-17T07:00:00.000Z', '2026-12-19T07:00:00.000Z', '2026-12-20T07:00:00.000Z']);
    await saveSettings({ reminderLeadTimes: [{ amount: 7, unit: 'days' }] }, database);
    await settle();
    expect(await reminderAlarms()).toEqual(['2026-12-13T07:00:00.000Z', '2026-12-20T07:00:00.000Z']);
    for (const status of ['rejected', 'withdrawn'] as const) {
      await setStatus(id, 'saved', new Date(), database);
      await settle();
      expect(await reminderAlarms()).toHaveLength(2);
      await setStatus(id, status, new Date(), database);
      await settle();
      expect(await reminderAlarms()).toEqual([]);
    }
  });

  it('drops the alarms and the shown log of a deleted posting', async () => {
    const id = await save();
    const { create } = setup();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    vi.setSystemTime(new Date(2026, 11, 12, 8, 0, 5));
    await fakeBrowser.runtime.onStartup.trigger();
    expect(create).toHaveBeenCalledTimes(1);
    expect(await shownReminderIds(database)).toHaveProperty('size', 1);
    await removePosting(id, new Date(), database);
    await settle();
    expect(await reminderAlarms()).toEqual([]);
    expect(await shownReminderIds(database)).toHaveProperty('size', 0);
  });

  it('shows a reminder missed while the browser was closed once at start-up, and never after the deadline', async () => {
    await save();
    const second = await save({ url: 'https://org.example/job/2', title: 'Sekretær', deadline: '2026-12-13' });
    const { create } = setup();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).not.toHaveBeenCalled();
    // The browser is closed from 1 December until 14 December at 9:00.
    vi.setSystemTime(new Date(2026, 11, 14, 9, 0));
    await fakeBrowser.runtime.onStartup.trigger();
    // The first posting: the latest missed reminder only (14 Dec 8:00), not the one of 12 Dec.
    // The second: its deadline (13 Dec) has passed, so nothing.
    expect(create.mock.calls.map((c) => c[0])).toEqual([expect.stringMatching(/:deadline:2026-12-14T07:00:00\.000Z$/)]);
    expect(create.mock.calls.some((c) => c[0].startsWith(second))).toBe(false);
    await fakeBrowser.runtime.onStartup.trigger();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('shows no backlog on the first run after installing or updating', async () => {
    await save();
    vi.setSystemTime(new Date(2026, 11, 14, 9, 0));
    const { create } = setup();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    expect(create).not.toHaveBeenCalled();
    expect(await reminderAlarms()).toEqual(['2026-12-15T07:00:00.000Z', '2026-12-15T08:00:00.000Z']);
  });

  it('reminds of an interview the day before, after applying', async () => {
    const id = await save({ deadline: null, interviewDates: ['2026-12-10'] });
    await setStatus(id, 'applied', new Date(), database);
    const { create } = setup();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await reminderAlarms()).toEqual(['2026-12-09T07:00:00.000Z']);
    await fire(`${REMINDER_ALARM_PREFIX}${id}:interview:2026-12-09T07:00:00.000Z`);
    expect(create.mock.calls[0]![1]).toMatchObject({
      message: 'Dansk Flygtningehjælp\nInterview tomorrow · 10 Dec 2026',
      buttons: [{ title: 'Open' }],
    });
  });

  it('reports each run, with the count of deadlines in the next 3 days', async () => {
    await save({ deadline: '2026-12-03' });
    await save({ url: 'https://org.example/job/2', deadline: '2026-12-04T12:00' });
    await save({ url: 'https://org.example/job/3', deadline: '2026-12-05' });
    const { onRun } = setup();
    await fakeBrowser.runtime.onStartup.trigger();
    expect(onRun).toHaveBeenLastCalledWith(expect.objectContaining({ soon: 2 }));
    expect(await countSoonDeadlines(new Date(), database)).toBe(2);
  });
});

describe('toolbar badge: deadlines in the next 3 days', () => {
  async function background() {
    const bg = createBackground({
      extensionId: 'frist-id',
      extensionOrigin: 'chrome-extension://frist-id/',
      lang: 'en',
      now: () => new Date(),
      findSaved: async () => undefined,
      tabUrl: async () => undefined,
      confirm: async () => ({ isJobAd: true, confidence: 0.9 }),
      countSoon: () => countSoonDeadlines(new Date(), database),
      setBadge: async (tabId, badge) => {
        await fakeBrowser.action.setBadgeText({ tabId, text: badge.text });
        await fakeBrowser.action.setTitle({ tabId, title: badge.title });
      },
      setDefaultBadge: async (badge) => fakeBrowser.action.setBadgeText({ text: badge.text }),
    });
    return bg;
  }
  const fromTab = (tabId: number) => ({ id: 'frist-id', tab: { id: tabId, url: 'https://news.example/' }, frameId: 0 });

  it('counts open postings due within 3 days on a page without a job ad, and on every other tab', async () => {
    await save({ deadline: '2026-12-02' });
    const second = await save({ url: 'https://org.example/job/2', deadline: '2026-12-04T12:00' });
    await save({ url: 'https://org.example/job/3', deadline: '2026-12-09' });
    const bg = await background();
    await bg.handleMessage({ type: 'page-status', candidate: false, confidence: 0.1, url: 'https://news.example/' }, fromTab(4));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('2');
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toBe('Frist: no job ad on this page · 2 deadlines in the next 3 days');
    // A job ad on the page: its mark wins.
    await bg.handleMessage({ type: 'page-status', candidate: true, confidence: 0.9, url: 'https://org.example/ad' }, fromTab(5));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('+');
    // Applying lowers the count everywhere after the change.
    await setStatus(second, 'applied', new Date(), database);
    await bg.refreshAll();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('1');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});

describe('badgeFor: the count of deadlines soon', () => {
  it('shows nothing without deadlines soon, the count in a neutral colour otherwise', async () => {
    const { badgeFor, SOON_COLOR } = await import('../../lib/background/badge');
    const now = new Date(2026, 11, 1, 10, 0);
    expect(badgeFor({ kind: 'none' }, 'en', now).text).toBe('');
    expect(badgeFor({ kind: 'none', soon: 0 }, 'en', now).text).toBe('');
    expect(badgeFor({ kind: 'none', soon: 1 }, 'da', now)).toEqual({
      text: '1',
      color: SOON_COLOR,
      title: 'Frist: intet jobopslag på siden · 1 frist inden for 3 dage',
    });
    expect(badgeFor({ kind: 'none', soon: 3 }, 'nb', now).title).toBe('Frist: ingen stillingsannonse på siden · 3 frister innen 3 dager');
    expect(badgeFor({ kind: 'none', soon: 250 }, 'en', now).text).toBe('99+');
    expect(badgeFor({ kind: 'job-ad' }, 'en', now).text).toBe('+');
  });
});
