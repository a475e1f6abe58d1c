import type { PostingInput } from '../schema/posting';
import type { CaptureProblem } from './host-access';
import { pickFrame, postingFromCapture, type FrameCapture } from './posting-from-draft';

export interface CaptureTabDeps {
  /** Runs the extractor in every frame of the tab; throws when the page cannot be scripted. */
  captureFrames: (tabId: number) => Promise<(FrameCapture | null | undefined)[]>;
}

/** A failure says what went wrong, and where Frist can tell the user what to do instead, the problem. */
export type CaptureOutcome = { ok: true; input: PostingInput; isJobAd: boolean } | { ok: false; error: string; problem?: CaptureProblem };

/** Extracts the posting from the page in a tab (the frame that holds the ad), ready for review. */
export async function captureTab(tabId: number, deps: CaptureTabDeps): Promise<CaptureOutcome> {
  let frames: (FrameCapture | null | undefined)[];
  try {
    frames = await deps.captureFrames(tabId);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const capture = pickFrame(frames);
  if (!capture) return { ok: false, error: 'the page returned nothing to save' };
  return { ok: true, input: postingFromCapture(capture), isJobAd: capture.draft.isJobAd };
}
