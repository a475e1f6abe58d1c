import { createBackground } from '@/lib/background/handler';
import { findPostingByUrl } from '@/lib/db';
import { pickLang } from '@/lib/i18n';

export default defineBackground(() => {
  const background = createBackground({
    extensionId: browser.runtime.id,
    lang: pickLang(browser.i18n.getUILanguage()),
    now: () => new Date(),
    findSaved: (url) => findPostingByUrl(url),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
    setBadge: async (tabId, badge) => {
      // A tab can close while we work; its badge no longer matters then.
      await Promise.all([
        browser.action.setBadgeText({ tabId, text: badge.text }),
        badge.text ? browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }) : undefined,
        browser.action.setTitle({ tabId, title: badge.title }),
      ]).catch(() => undefined);
    },
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    background.handleMessage(message, sender).then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: String(e) }));
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => background.forget(tabId));
});
