import { createBackground } from '@/lib/background/handler';
import { confirmInFrame } from '@/lib/browser/tabs';
import { saveEntryPoints } from '@/lib/background/save-entry';
import { findPostingByUrl } from '@/lib/db';
import { setStatus } from '@/lib/db/edits';
import {
  countSoonDeadlines,
  loadReminderInputs,
  pruneReminderLog,
  recordShown,
  remindersSince,
  shownReminderIds,
  shownReminderPosting,
  watchReminderInputs,
} from '@/lib/db/reminders';
import { connectReminders, createReminders } from '@/lib/reminders/alarms';
import { pickLang } from '@/lib/i18n';

export default defineBackground(() => {
  const lang = pickLang(browser.i18n.getUILanguage());
  const setBadgeColor = (details: { tabId?: number; color: string }) => browser.action.setBadgeBackgroundColor(details);
  const reminders = createReminders({
    now: () => new Date(),
    lang: (setting) => (setting === 'auto' ? lang : setting),
    store: {
      load: () => loadReminderInputs(),
      shownIds: () => shownReminderIds(),
      postingOf: (id) => shownReminderPosting(id),
      recordShown: (list, at) => recordShown(list, at),
      prune: (ids) => pruneReminderLog(ids),
      since: (now) => remindersSince(now),
      markApplied: (id) => setStatus(id, 'applied'),
    },
    alarms: {
      clearAll: () => browser.alarms.clearAll(),
      create: (name, info) => browser.alarms.create(name, info),
    },
    notifications: {
      create: (id, options) => browser.notifications.create(id, options),
      clear: (id) => browser.notifications.clear(id),
    },
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    buttons: !import.meta.env.FIREFOX,
    postingPage: (id) => browser.runtime.getURL(`/posting.html?id=${encodeURIComponent(id)}`),
    openTab: (url) => browser.tabs.create({ url }),
    onRun: () => background.refreshAll(),
    onError: (e) => console.warn('Frist reminders:', e),
  });
  const background = createBackground({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    lang,
    now: () => new Date(),
    findSaved: (url) => findPostingByUrl(url),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
    confirm: (tabId, frameId) => confirmInFrame(tabId, frameId),
    countSoon: () => countSoonDeadlines(new Date()),
    setDefaultBadge: async (badge) => {
      await Promise.all([
        browser.action.setBadgeText({ text: badge.text }),
        badge.text ? setBadgeColor({ color: badge.color }) : undefined,
      ]).catch(() => undefined);
    },
    onPostingsChanged: () => reminders.request(),
    setBadge: async (tabId, badge) => {
      // A tab can close while we work; its badge no longer matters then.
      await Promise.all([
        browser.action.setBadgeText({ tabId, text: badge.text }),
        badge.text ? setBadgeColor({ tabId, color: badge.color }) : undefined,
        browser.action.setTitle({ tabId, title: badge.title }),
      ]).catch(() => undefined);
    },
  });
  const entries = saveEntryPoints({
    lang,
    popupUrl: browser.runtime.getURL('/popup.html'),
    createMenu: (item) => browser.contextMenus.create(item, () => void browser.runtime.lastError),
    openWindow: (url) => browser.windows.create({ url, type: 'popup', width: 440, height: 680 }),
  });

  browser.runtime.onInstalled.addListener(() => entries.install());
  browser.contextMenus.onClicked.addListener((info, tab) => void entries.onMenuClick(info.menuItemId, tab?.id));
  browser.commands.onCommand.addListener((command, tab) => void entries.onCommand(command, tab?.id));
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    background.handleMessage(message, sender).then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: String(e) }));
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => background.forget(tabId));
  // Reminders: on install, update and browser start, on their alarms, and after every change to
  // the postings or settings by any page of the extension (the first call runs at once).
  connectReminders(browser, reminders, (onChange) => watchReminderInputs(onChange, (e) => console.warn('Frist reminders:', e)));
});
