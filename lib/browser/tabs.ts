import { browser } from 'wxt/browser';
import type { FrameCapture } from '../capture/posting-from-draft';
import type { MessageResponse, TabStatus } from '../messages';

/**
 * The tab the popup acts on: the one named by `?tab=ID` (when the popup is opened as a page, for
 * instance by the end-to-end tests), else the active tab of the current window.
 */
export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Injects the extractor into every frame of the tab and collects each frame's capture. */
export async function captureFrames(tabId: number): Promise<(FrameCapture | null)[]> {
  const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/extractor.js'] });
  // The top frame first: pickFrame prefers it.
  const sorted = [...results].sort((a, b) => (a.frameId === 0 ? -1 : b.frameId === 0 ? 1 : 0));
  return sorted.map((r) => (r.result ?? null) as FrameCapture | null);
}

/** The extractor's verdict on one frame: is it one job ad? (Used to confirm the detector's candidates.) */
export async function confirmInFrame(tabId: number, frameId: number): Promise<{ isJobAd: boolean; confidence: number } | null> {
  const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/extractor.js'] });
  const capture = (result?.result ?? null) as FrameCapture | null;
  return capture?.draft ? { isJobAd: capture.draft.isJobAd, confidence: capture.draft.confidence } : null;
}

export async function notifyPostingChanged(tabId: number | null): Promise<void> {
  await browser.runtime.sendMessage({ type: 'posting-changed', tabId });
}

export async function tabStatus(tabId: number): Promise<TabStatus> {
  const res = (await browser.runtime.sendMessage({ type: 'tab-status', tabId })) as MessageResponse | undefined;
  return res && res.ok ? (res.status ?? null) : null;
}
