import { createBackground } from '@/lib/background/handler';
import { confirmInFrame } from '@/lib/browser/tabs';
import { saveEntryPoints } from '@/lib/background/save-entry';
import { findPostingByUrl } from '@/lib/db';
import { pickLang } from '@/lib/i18n';

export default defineBackground(() => {
  const lang = pickLang(browser.i18n.getUILanguage());
  const background = createBackground({
    extensionId: browser.runtime.id,
    lang,
    now: () => new Date(),
    findSaved: (url) => findPostingByUrl(url),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
    confirm: (tabId, frameId) => confirmInFrame(tabId, frameId),
    setBadge: async (tabId, badge) => {
      // A tab can close while we work; its badge no longer matters then.
      await Promise.all([
        browser.action.setBadgeText({ tabId, text: badge.text }),
        badge.text ? browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }) : undefined,
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
});
