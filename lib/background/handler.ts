import { messageSchema, type Message, type MessageResponse, type TabStatus } from '../messages';
import { describeIssues, type Posting } from '../schema/posting';
import type { UiLang } from '../i18n';
import { badgeFor, type Badge, type BadgeState } from './badge';
import { oneAtATime } from '../one-at-a-time';

export interface Sender {
  id?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  url?: string;
}

export interface BackgroundDeps {
  extensionId: string;
  /** The extension's own pages' origin ("chrome-extension://ID/", "moz-extension://UUID/"). */
  extensionOrigin: string;
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
  /** Open postings with a deadline in the next 3 days: the badge of a page without a job ad shows it. */
  countSoon?: () => Promise<number>;
  /** Sets the badge of every tab without one of its own (new tabs, browser pages). */
  setDefaultBadge?: (badge: Badge) => Promise<void>;
  /** Told when a message says a posting changed (the reminders reschedule). */
  onPostingsChanged?: () => void;
}

/** One of the extension's own pages (popup, options, review), also when it is open in a tab. */
const fromExtensionPage = (sender: Sender, origin: string): boolean => typeof sender.url === 'string' && sender.url.startsWith(origin);

/**
 * Who may send each message: a content script reports only on its own tab and frame; a
 * posting's change comes from an extension page; a tab's status is for an extension page, or
 * for a content script about its own tab. Null when allowed, else why not.
 */
function refused(msg: Message, sender: Sender, origin: string): string | null {
  const ownPage = fromExtensionPage(sender, origin);
  switch (msg.type) {
    case 'page-status':
      return ownPage ? 'page-status comes from a page’s content script' : null;
    case 'posting-changed':
      return ownPage ? null : 'posting-changed comes from an extension page';
    case 'tab-status':
      return ownPage || (sender.tab?.id !== undefined && sender.tab.id === msg.tabId) ? null : 'tab-status of another tab refused';
  }
}

type FrameStatus = NonNullable<TabStatus>;

/** A frame's verdict remembered for its tab, and the tab's status from all its frames: an ad in
 *  any frame marks the tab, whatever order the frames report in. */
function rememberFrame(
  frames: Map<number, Map<number, FrameStatus>>,
  tabId: number,
  frameId: number,
  status: FrameStatus,
  tabUrl: string | undefined,
): FrameStatus {
  const topFrame = frameId === 0;
  let perFrame = frames.get(tabId);
  // A new address in the top frame is a new page: what its frames said before is gone.
  const top = perFrame?.get(0);
  if (!perFrame || (topFrame && top && top.url !== status.url)) {
    perFrame = new Map();
    frames.set(tabId, perFrame);
  }
  // Frames that are no ad (videos, widgets, trackers) are not remembered.
  if (topFrame || status.isJobAd) perFrame.set(frameId, status);
  const ad = [...perFrame.values()].filter((f) => f.isJobAd).sort((a, b) => b.confidence - a.confidence)[0];
  return {
    isJobAd: !!ad,
    confidence: ad?.confidence ?? perFrame.get(0)?.confidence ?? status.confidence,
    url: tabUrl ?? perFrame.get(0)?.url ?? status.url,
  };
}

/**
 * The background's logic, apart from the browser: it validates every message, remembers what
 * the content script found in each tab and keeps the toolbar badge in step with it.
 */
export function createBackground(deps: BackgroundDeps) {
  const tabs = new Map<number, NonNullable<TabStatus>>();
  /** Each tab's verdict per frame: an ad in any frame marks the tab, whatever order frames report in. */
  const frames = new Map<number, Map<number, NonNullable<TabStatus>>>();

  // One paint of a tab's badge at a time, each from the tab's state as it starts: a paint that
  // waits longer (the count of deadlines soon is a database read) can then never land after a
  // newer one with an older verdict. Firefox showed it: the top frame's "no ad" painted last over
  // an iframe's "+".
  const refresh = oneAtATime(async (tabId: number): Promise<void> => {
    const status = tabs.get(tabId);
    const url = (await deps.tabUrl(tabId)) ?? status?.url;
    const saved = url ? await deps.findSaved(url) : undefined;
    const state: BadgeState = saved
      ? { kind: 'saved', posting: saved }
      : status?.isJobAd
        ? { kind: 'job-ad' }
        : { kind: 'none', soon: await soon() };
    await deps.setBadge(tabId, badgeFor(state, deps.lang, deps.now()));
  });

  async function soon(): Promise<number> {
    return deps.countSoon ? deps.countSoon().catch(() => 0) : 0;
  }

  /** Every known tab's badge and the default badge again (after postings changed, or as the days pass). */
  async function refreshAll(): Promise<void> {
    if (deps.setDefaultBadge) await deps.setDefaultBadge(badgeFor({ kind: 'none', soon: await soon() }, deps.lang, deps.now()));
    await Promise.all([...tabs.keys()].map(refresh));
  }

  async function handleMessage(raw: unknown, sender: Sender): Promise<MessageResponse> {
    if (!sender || sender.id !== deps.extensionId) return { ok: false, error: 'message from an unknown sender ignored' };
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `malformed message: ${describeIssues(parsed.error)}` };
    const msg = parsed.data;
    const why = refused(msg, sender, deps.extensionOrigin);
    if (why) return { ok: false, error: why };
    switch (msg.type) {
      case 'page-status': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || tabId < 0) return { ok: false, error: 'page-status must come from a tab' };
        const frameId = sender.frameId ?? 0;
        // The cheap detector's candidates are confirmed by the extractor, which loads only for them.
        const verdict = msg.candidate ? await deps.confirm(tabId, frameId).catch(() => null) : null;
        const isJobAd = verdict?.isJobAd ?? false;
        const confidence = verdict?.confidence ?? msg.confidence;
        tabs.set(tabId, rememberFrame(frames, tabId, frameId, { isJobAd, confidence, url: msg.url }, sender.tab?.url));
        await refresh(tabId);
        return { ok: true };
      }
      case 'posting-changed': {
        deps.onPostingsChanged?.();
        if (msg.tabId !== null) await refresh(msg.tabId);
        await refreshAll();
        return { ok: true };
      }
      case 'tab-status':
        return { ok: true, status: tabs.get(msg.tabId) ?? null };
    }
  }

  return {
    handleMessage,
    refresh,
    refreshAll,
    forget: (tabId: number) => {
      tabs.delete(tabId);
      frames.delete(tabId);
    },
  };
}
