import type { SaveResult } from '../db/postings';
import type { PostingInput } from '../schema/posting';
import { pickFrame, postingFromCapture, type FrameCapture } from './posting-from-draft';

export interface SaveTabDeps {
  /** Runs the extractor in every frame of the tab; throws when the page cannot be scripted. */
  captureFrames: (tabId: number) => Promise<(FrameCapture | null | undefined)[]>;
  save: (input: PostingInput) => Promise<SaveResult>;
  /** Tells the background that a posting changed, so the badge follows. */
  notify: (tabId: number) => Promise<void>;
}

export type SaveTabOutcome =
  | (Extract<SaveResult, { ok: true }> & { isJobAd: boolean })
  | { ok: false; reason: 'unreadable' | 'invalid'; error: string };

/** "Save posting": extract from the tab, validate, store (updating an ad saved before). */
export async function saveTab(tabId: number, deps: SaveTabDeps): Promise<SaveTabOutcome> {
  let frames: (FrameCapture | null | undefined)[];
  try {
    frames = await deps.captureFrames(tabId);
  } catch (e) {
    return { ok: false, reason: 'unreadable', error: e instanceof Error ? e.message : String(e) };
  }
  const capture = pickFrame(frames);
  if (!capture) return { ok: false, reason: 'unreadable', error: 'the page returned nothing to save' };
  const result = await deps.save(postingFromCapture(capture));
  if (!result.ok) return { ok: false, reason: 'invalid', error: result.error };
  await deps.notify(tabId).catch(() => undefined);
  return { ...result, isJobAd: capture.draft.isJobAd };
}
