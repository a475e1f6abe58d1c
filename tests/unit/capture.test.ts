import { describe, expect, it, vi } from 'vitest';
import { pickFrame, postingFromCapture, type FrameCapture } from '../../lib/capture/posting-from-draft';
import { saveTab } from '../../lib/capture/save-tab';
import { localDay } from '../../lib/capture/capture-frame';
import { emptyDraft } from '../../lib/schema/draft';

function frame(patch: Partial<FrameCapture['draft']>, url = 'https://org.example/job', pageTitle = 'Page'): FrameCapture {
  return { draft: { ...emptyDraft(), ...patch }, text: 'ad text', url, pageTitle };
}

describe('picking the frame that holds the ad', () => {
  it('prefers the top frame when it is an ad', () => {
    const top = frame({ isJobAd: true, confidence: 0.7 });
    expect(pickFrame([top, frame({ isJobAd: true, confidence: 0.9 })])).toBe(top);
  });
  it('takes the surest ad frame when the top frame is none (an ad in an iframe)', () => {
    const inner = frame({ isJobAd: true, confidence: 0.9 }, 'https://ats.example/ad/1');
    expect(pickFrame([frame({}), frame({ isJobAd: true, confidence: 0.6 }), inner])).toBe(inner);
  });
  it('falls back to the top frame, and to nothing when there is nothing', () => {
    const top = frame({});
    expect(pickFrame([top, null, undefined])).toBe(top);
    expect(pickFrame([])).toBeNull();
  });
});

describe('a posting from a capture', () => {
  it('uses the page title when the extractor found none, and keeps the text as snapshot', () => {
    const p = postingFromCapture(frame({ deadline: '2027-01-15T12:00' }, 'https://o.example/j', '  Koordinator | Org  '));
    expect(p).toMatchObject({ title: 'Koordinator | Org', deadline: '2027-01-15T12:00', url: 'https://o.example/j', snapshot: 'ad text' });
    expect(p).not.toHaveProperty('isJobAd');
  });
});

describe('saveTab', () => {
  it('saves what the extractor found and tells the background', async () => {
    const save = vi.fn(async () => ({ ok: true as const, created: true, posting: {} as never }));
    const notify = vi.fn(async () => undefined);
    const r = await saveTab(7, { captureFrames: async () => [frame({ isJobAd: true, title: 'Koordinator' })], save, notify });
    expect(r.ok).toBe(true);
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ title: 'Koordinator' }));
    expect(notify).toHaveBeenCalledWith(7);
  });
  it('says why when the page cannot be read, and saves nothing', async () => {
    const save = vi.fn();
    const r = await saveTab(7, {
      captureFrames: async () => {
        throw new Error('Cannot access a chrome:// URL');
      },
      save,
      notify: async () => undefined,
    });
    expect(r).toEqual({ ok: false, reason: 'unreadable', error: 'Cannot access a chrome:// URL' });
    expect(save).not.toHaveBeenCalled();
  });
  it('passes a validation error on and does not notify', async () => {
    const notify = vi.fn();
    const r = await saveTab(7, {
      captureFrames: async () => [frame({}, 'https://o.example/j', '')],
      save: async () => ({ ok: false, error: 'title: a posting needs a title' }),
      notify,
    });
    expect(r).toEqual({ ok: false, reason: 'invalid', error: 'title: a posting needs a title' });
    expect(notify).not.toHaveBeenCalled();
  });
});

describe('localDay', () => {
  it('is the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
