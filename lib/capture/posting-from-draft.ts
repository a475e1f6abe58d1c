import type { Draft } from '../schema/draft';
import type { PostingInput } from '../schema/posting';

/** What the extractor script returns from one frame of a tab. */
export interface FrameCapture {
  draft: Draft;
  /** The frame's visible text, kept as the posting's snapshot. */
  text: string;
  url: string;
  /** document.title, the fallback title when the extractor found none. */
  pageTitle: string;
}

/**
 * Picks the frame that holds the ad: the top frame when it is one, else the frame the detector
 * is surest of (an ad inside a recruiting system's iframe), else the top frame.
 */
export function pickFrame(frames: readonly (FrameCapture | null | undefined)[]): FrameCapture | null {
  const usable = frames.filter((f): f is FrameCapture => !!f && typeof f === 'object' && !!f.draft);
  const top = usable[0] ?? null;
  if (top?.draft.isJobAd) return top;
  const ads = usable.filter((f) => f.draft.isJobAd).sort((a, b) => b.draft.confidence - a.draft.confidence);
  return ads[0] ?? top;
}

/** The posting to save from a capture: the draft's fields, the page's address, title and text. */
export function postingFromCapture(c: FrameCapture): PostingInput {
  const { isJobAd: _isJobAd, confidence: _confidence, ...fields } = c.draft;
  const title = (fields.title ?? c.pageTitle).trim();
  return {
    ...fields,
    title,
    url: c.url,
    snapshot: c.text.slice(0, 500_000),
  };
}
