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
  /**
   * Runs the full extractor in one frame of a tab and returns its verdict: the content script's
   * detector only says "candidate". Null when the frame cannot be read.
   */
  confirm: (tabId: number, frameId: number) => Promise<{ isJobAd: boolean; confidence: number } | null>;
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
        const frameId = sender.frameId ?? 0;
        const topFrame = frameId === 0;
        // The cheap detector's candidates are confirmed by the extractor, which loads only for them.
        const verdict = msg.candidate ? await deps.confirm(tabId, frameId).catch(() => null) : null;
        const isJobAd = verdict?.isJobAd ?? false;
        const confidence = verdict?.confidence ?? msg.confidence;
        const previous = tabs.get(tabId);
        // The top frame's report replaces what the tab had (a new page); a frame can only add an ad
        // (many ads sit in an iframe of a recruiting system; other iframes are ads, videos, widgets).
        if (topFrame) tabs.set(tabId, { isJobAd, confidence, url: sender.tab?.url ?? msg.url });
        else if (isJobAd && !previous?.isJobAd) tabs.set(tabId, { isJobAd: true, confidence, url: previous?.url ?? sender.tab?.url ?? msg.url });
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
