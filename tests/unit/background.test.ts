import { describe, expect, it, vi } from 'vitest';
import { createBackground, type BackgroundDeps } from '../../lib/background/handler';
import type { Badge } from '../../lib/background/badge';
import type { Posting } from '../../lib/schema/posting';

function setup(saved: Record<string, Partial<Posting>> = {}) {
  const badges = new Map<number, Badge>();
  const deps: BackgroundDeps = {
    extensionId: 'frist-id',
    lang: 'en',
    now: () => new Date(2026, 11, 10, 9, 0),
    setBadge: vi.fn(async (tabId: number, badge: Badge) => void badges.set(tabId, badge)),
    findSaved: async (url) => saved[url] as Posting | undefined,
    tabUrl: async () => undefined,
  };
  return { bg: createBackground(deps), badges, deps };
}
const fromTab = (tabId: number, frameId = 0, url = 'https://org.example/job') => ({ id: 'frist-id', tab: { id: tabId, url }, frameId });
const status = (isJobAd: boolean) => ({ type: 'page-status', isJobAd, confidence: isJobAd ? 0.9 : 0.1, url: 'https://org.example/job' });

describe('background messages', () => {
  it('marks a tab whose page is a job ad', async () => {
    const { bg, badges } = setup();
    expect(await bg.handleMessage(status(true), fromTab(3))).toEqual({ ok: true });
    expect(badges.get(3)?.text).toBe('+');
    expect(await bg.handleMessage({ type: 'tab-status', tabId: 3 }, { id: 'frist-id' })).toMatchObject({ ok: true, status: { isJobAd: true } });
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

  it('shows a saved page as saved, with its deadline in the title', async () => {
    const { bg, badges } = setup({ 'https://org.example/job': { deadline: '2026-12-15', title: 'Koordinator' } });
    await bg.handleMessage(status(true), fromTab(6));
    expect(badges.get(6)?.text).toBe('✓');
    expect(badges.get(6)?.title).toContain('in 5 days');
  });

  it.each([
    ['an unknown type', { type: 'delete-everything' }],
    ['a confidence out of range', { type: 'page-status', isJobAd: true, confidence: 7, url: 'x' }],
    ['a missing field', { type: 'page-status', isJobAd: true }],
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

  it('requires page-status to come from a tab', async () => {
    const { bg } = setup();
    expect(await bg.handleMessage(status(true), { id: 'frist-id' })).toMatchObject({ ok: false });
  });
});
