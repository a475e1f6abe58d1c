import { describe, expect, it } from 'vitest';
import { pickFrame, postingFromCapture, type FrameCapture } from '../../lib/capture/posting-from-draft';
import { captureTab } from '../../lib/capture/capture-tab';
import { localDay } from '../../lib/capture/capture-frame';
import { isPdf } from '../../lib/capture/pdf-text';
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

describe('captureTab', () => {
  it('returns what the extractor found in the frame with the ad', async () => {
    const r = await captureTab(7, {
      captureFrames: async () => [frame({}), frame({ isJobAd: true, confidence: 0.8, title: 'Koordinator' }, 'https://ats.example/1')],
    });
    expect(r).toMatchObject({ ok: true, isJobAd: true, input: { title: 'Koordinator', url: 'https://ats.example/1' } });
  });
  it('says why when the page cannot be read', async () => {
    const r = await captureTab(7, {
      captureFrames: async () => {
        throw new Error('Cannot access a chrome:// URL');
      },
    });
    expect(r).toEqual({ ok: false, error: 'Cannot access a chrome:// URL' });
  });
  it('says so when no frame answered', async () => {
    expect(await captureTab(7, { captureFrames: async () => [] })).toMatchObject({ ok: false });
  });
});

describe('PDF recognition', () => {
  it.each([
    ['https://org.example/files/stilling.pdf', null, true],
    ['https://org.example/files/STILLING.PDF?dl=1', null, true],
    ['https://org.example/job/42', 'application/pdf', true],
    ['https://org.example/job/42', 'text/html; charset=utf-8', false],
    ['https://org.example/pdf-guide', null, false],
    [undefined, null, false],
  ])('%s (%s) is a PDF: %s', (url, type, expected) => {
    expect(isPdf(url, type)).toBe(expected);
  });
});

describe('localDay', () => {
  it('is the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
