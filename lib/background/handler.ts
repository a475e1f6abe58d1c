import { messageSchema, type MessageResponse, type TabStatus } from '../messages';
import { describeIssues, type Posting } from '../schema/posting';
import type { UiLang } from '../i18n';
import { badgeFor, type Badge, type BadgeState } from './badge';

export interface Sender {
  id?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  url?: string;
}

export interface BackgroundDeps {
  extensionId: string;
  lang: UiLang;
  now: () => Date;
  setBadge: (tabId: number, badge: Badge) => Promise<void>;
  findSaved: (url: string) => Promise<Posting | undefined>;
  tabUrl: (tabId: number) => Promise<string | undefined>;
}

/**
 * The background's logic, apart from the browser: it validates every message, remembers what
 * the content script found in each tab and keeps the toolbar badge in step with it.
 */
export function createBackground(deps: BackgroundDeps) {
  const tabs = new Map<number, NonNullable<TabStatus>>();

  async function refresh(tabId: number): Promise<void> {
    const status = tabs.get(tabId);
    const url = (await deps.tabUrl(tabId)) ?? status?.url;
    const saved = url ? await deps.findSaved(url) : undefined;
    const state: BadgeState = saved ? { kind: 'saved', posting: saved } : status?.isJobAd ? { kind: 'job-ad' } : { kind: 'none' };
    await deps.setBadge(tabId, badgeFor(state, deps.lang, deps.now()));
  }

  async function handleMessage(raw: unknown, sender: Sender): Promise<MessageResponse> {
    if (!sender || sender.id !== deps.extensionId) return { ok: false, error: 'message from an unknown sender ignored' };
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `malformed message: ${describeIssues(parsed.error)}` };
    const msg = parsed.data;
    switch (msg.type) {
      case 'page-status': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || tabId < 0) return { ok: false, error: 'page-status must come from a tab' };
        const topFrame = (sender.frameId ?? 0) === 0;
        const previous = tabs.get(tabId);
        // The top frame's report replaces what the tab had (a new page); a frame can only add an ad
        // (many ads sit in an iframe of a recruiting system; other iframes are ads, videos, widgets).
        if (topFrame) tabs.set(tabId, { isJobAd: msg.isJobAd, confidence: msg.confidence, url: sender.tab?.url ?? msg.url });
        else if (msg.isJobAd && !previous?.isJobAd)
          tabs.set(tabId, { isJobAd: true, confidence: msg.confidence, url: previous?.url ?? sender.tab?.url ?? msg.url });
        await refresh(tabId);
        return { ok: true };
      }
      case 'posting-changed': {
        if (msg.tabId !== null) await refresh(msg.tabId);
        else await Promise.all([...tabs.keys()].map(refresh));
        return { ok: true };
      }
      case 'tab-status':
        return { ok: true, status: tabs.get(msg.tabId) ?? null };
    }
  }

  return {
    handleMessage,
    refresh,
    forget: (tabId: number) => void tabs.delete(tabId),
  };
}
