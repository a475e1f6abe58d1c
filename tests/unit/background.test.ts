import { describe, expect, it, vi } from 'vitest';
import { createBackground, type BackgroundDeps } from '../../lib/background/handler';
import type { Badge } from '../../lib/background/badge';
import type { Posting } from '../../lib/schema/posting';

function setup(saved: Record<string, Partial<Posting>> = {}) {
  const badges = new Map<number, Badge>();
  const deps: BackgroundDeps = {
    extensionId: 'frist-id',
    extensionOrigin: 'chrome-extension://frist-id/',
    lang: 'en',
    now: () => new Date(2026, 11, 10, 9, 0),
    setBadge: vi.fn(async (tabId: number, badge: Badge) => void badges.set(tabId, badge)),
    findSaved: async (url) => saved[url] as Posting | undefined,
    tabUrl: async () => undefined,
    // The extractor confirms candidates; here it agrees unless the page says "not-an-ad".
    confirm: vi.fn(async (_tabId: number, frameId: number) => ({ isJobAd: frameId !== 99, confidence: 0.9 })),
  };
  return { bg: createBackground(deps), badges, deps };
}
const fromTab = (tabId: number, frameId = 0, url = 'https://org.example/job') => ({
  id: 'frist-id',
  tab: { id: tabId, url },
  frameId,
  url,
});
/** The popup (or options, or review page), perhaps open in a tab of its own. */
const fromPopup = (tab?: number) => ({
  id: 'frist-id',
  url: 'chrome-extension://frist-id/popup.html',
  ...(tab === undefined ? {} : { tab: { id: tab, url: 'chrome-extension://frist-id/popup.html' } }),
});
const status = (candidate: boolean) => ({
  type: 'page-status',
  candidate,
  confidence: candidate ? 0.9 : 0.1,
  url: 'https://org.example/job',
});

describe('background messages', () => {
  it('marks a tab whose page is a job ad', async () => {
    const { bg, badges } = setup();
    expect(await bg.handleMessage(status(true), fromTab(3))).toEqual({ ok: true });
    expect(badges.get(3)?.text).toBe('+');
    expect(await bg.handleMessage({ type: 'tab-status', tabId: 3 }, fromPopup())).toMatchObject({
      ok: true,
      status: { isJobAd: true },
    });
  });

  it('shows nothing for a page that is no job ad', async () => {
    const { bg, badges } = setup();
    await bg.handleMessage(status(false), fromTab(4));
    expect(badges.get(4)?.text).toBe('');
  });

  it('lets an ad in an iframe mark the tab, but not a non-ad iframe unmark it', async () => {
    const { bg, badges } = setup();
    await bg.handleMessage(status(false), fromTab(5, 0));
    await bg.handleMessage(status(true), fromTab(5, 7));
    await bg.handleMessage(status(false), fromTab(5, 8));
    expect(badges.get(5)?.text).toBe('+');
  });

  it('keeps an iframe’s ad when the top frame reports after it', async () => {
    const { bg, badges } = setup();
    await bg.handleMessage(status(true), fromTab(12, 4));
    await bg.handleMessage(status(false), fromTab(12, 0));
    expect(badges.get(12)?.text).toBe('+');
  });

  it('paints a tab’s badge from its latest verdict when an older paint takes longer (found in Firefox)', async () => {
    // The top frame (no ad) and an iframe (the ad) report at once. The top frame's verdict comes
    // first, and its paint waits on the count of deadlines soon (a database read) while the
    // iframe's verdict arrives; the slow paint must not land last with the older state.
    const { deps, badges } = setup();
    let countRead = () => {};
    deps.countSoon = () => new Promise<number>((resolve) => (countRead = () => resolve(0)));
    deps.confirm = async (_tabId, frameId) => ({ isJobAd: frameId === 6, confidence: 0.9 });
    const bg = createBackground(deps);
    const top = bg.handleMessage(status(true), fromTab(14, 0));
    const frame = bg.handleMessage(status(true), fromTab(14, 6));
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
    countRead();
    await Promise.all([top, frame]);
    expect(badges.get(14)?.text).toBe('+');
    expect(vi.mocked(deps.setBadge).mock.calls.at(-1)?.[1].text).toBe('+');
  });

  it('forgets a page’s frames when the top frame moves to another address', async () => {
    const { bg, badges } = setup();
    await bg.handleMessage(status(false), fromTab(13, 0, 'https://org.example/a'));
    await bg.handleMessage(status(true), fromTab(13, 4, 'https://org.example/a'));
    expect(badges.get(13)?.text).toBe('+');
    await bg.handleMessage({ ...status(false), url: 'https://org.example/b' }, fromTab(13, 0, 'https://org.example/b'));
    expect(badges.get(13)?.text).toBe('');
  });

  it('shows a saved page as saved, with its deadline in the title', async () => {
    const { bg, badges } = setup({ 'https://org.example/job': { deadline: '2026-12-15', title: 'Koordinator' } });
    await bg.handleMessage(status(true), fromTab(6));
    expect(badges.get(6)?.text).toBe('✓');
    expect(badges.get(6)?.title).toContain('in 5 days');
  });

  it.each([
    ['an unknown type', { type: 'delete-everything' }],
    ['a confidence out of range', { type: 'page-status', candidate: true, confidence: 7, url: 'x' }],
    ['a missing field', { type: 'page-status', candidate: true }],
    ['a string', 'hello'],
    ['null', null],
  ])('rejects a malformed message: %s', async (_label, message) => {
    const { bg, deps } = setup();
    const r = await bg.handleMessage(message, fromTab(1));
    expect(r.ok).toBe(false);
    expect(deps.setBadge).not.toHaveBeenCalled();
  });

  it('ignores messages from other extensions and from nowhere', async () => {
    const { bg, deps } = setup();
    expect(await bg.handleMessage(status(true), { ...fromTab(1), id: 'evil-extension' })).toMatchObject({ ok: false });
    expect(await bg.handleMessage(status(true), {})).toMatchObject({ ok: false });
    expect(deps.setBadge).not.toHaveBeenCalled();
  });

  it('asks the extractor to confirm a candidate, and shows no badge when it does not', async () => {
    const { bg, badges, deps } = setup();
    await bg.handleMessage(status(true), fromTab(9, 99));
    expect(deps.confirm).toHaveBeenCalledWith(9, 99);
    expect(badges.get(9)?.text).toBe('');
    await bg.handleMessage(status(false), fromTab(10));
    expect(deps.confirm).toHaveBeenCalledTimes(1);
  });

  it('survives a frame the extractor cannot read', async () => {
    const { bg, badges, deps } = setup();
    vi.mocked(deps.confirm).mockRejectedValueOnce(new Error('frame gone'));
    expect(await bg.handleMessage(status(true), fromTab(11))).toEqual({ ok: true });
    expect(badges.get(11)?.text).toBe('');
  });

  it('requires page-status to come from a tab', async () => {
    const { bg } = setup();
    expect(await bg.handleMessage(status(true), { id: 'frist-id' })).toMatchObject({ ok: false });
  });

  it("tells a content script only its own tab's status; an extension page any tab's", async () => {
    const { bg } = setup();
    await bg.handleMessage(status(true), fromTab(3));
    await bg.handleMessage(status(false), fromTab(4, 0, 'https://mail.example/inbox'));
    const ask = (tabId: number) => ({ type: 'tab-status', tabId });
    expect(await bg.handleMessage(ask(3), fromTab(4, 0, 'https://mail.example/inbox'))).toEqual({
      ok: false,
      error: 'tab-status of another tab refused',
    });
    expect(await bg.handleMessage(ask(4), fromTab(4, 0, 'https://mail.example/inbox'))).toMatchObject({
      ok: true,
      status: { isJobAd: false },
    });
    expect(await bg.handleMessage(ask(3), fromPopup())).toMatchObject({ ok: true, status: { url: 'https://org.example/job' } });
    expect(await bg.handleMessage(ask(3), fromPopup(8))).toMatchObject({ ok: true, status: { isJobAd: true } });
  });

  it('takes posting-changed only from an extension page, and page-status only from a content script', async () => {
    const { bg, deps } = setup();
    expect(await bg.handleMessage({ type: 'posting-changed', tabId: 3 }, fromTab(3))).toMatchObject({ ok: false });
    expect(deps.setBadge).not.toHaveBeenCalled();
    expect(await bg.handleMessage({ type: 'posting-changed', tabId: null }, fromPopup())).toEqual({ ok: true });
    expect(await bg.handleMessage(status(true), fromPopup(8))).toMatchObject({ ok: false });
  });
});
