import { browser } from 'wxt/browser';
import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PostingInput } from '../schema/posting';
import { captureTab, type CaptureOutcome } from './capture-tab';
import { localDay } from './capture-frame';
import { postingFromCapture } from './posting-from-draft';
import { isPdf, MAX_PDF_BYTES, pdfText, pdfTooLarge } from './pdf-text';
import { readCapped } from './read-capped';
import { captureProblem } from './host-access';
import { hostAccessNow } from '../browser/use-host-access';
import { captureFrames } from '../browser/tabs';

/** The extractor, loaded only when text or a PDF is read in the popup (its own chunk). */
async function extractText(text: string, url: string | null, format: 'text' | 'pdf-text') {
  const { extractFromText } = await import('../extract');
  return extractFromText(text, { url, observed: localDay(new Date()), format });
}

/** A posting from text: the ad's facts, the text itself as snapshot. */
export async function postingFromText(text: string, url: string, format: 'text' | 'pdf-text', pageTitle = ''): Promise<PostingInput> {
  const draft = await extractText(text, /^https?:/.test(url) ? url : null, format);
  return postingFromCapture({ draft, text, url, pageTitle });
}

/**
 * Reads the PDF a tab shows (the file the user has open) from its address and extracts from its
 * text. The browser's PDF viewer itself is out of reach (Firefox's pdf.js viewer is a privileged
 * page no extension script may enter); where the address cannot be fetched either (a file on the
 * computer, a one-time link), the user is told to copy the text from the viewer and paste it.
 */
export async function capturePdf(url: string): Promise<CaptureOutcome> {
  try {
    const response = await fetch(url, { credentials: 'include' }).catch(() => null);
    if (!response) return { ok: false, error: 'the PDF could not be fetched from its address', problem: 'pdf-unreachable' };
    if (!response.ok) return { ok: false, error: `the PDF could not be read (HTTP ${response.status})`, problem: 'pdf-unreachable' };
    const read = await readCapped(response, MAX_PDF_BYTES);
    if (!read.ok) return { ok: false, error: pdfTooLarge(read.bytes) };
    const text = await pdfText(read.bytes, { workerSrc });
    if (!text.trim()) return { ok: false, error: 'the PDF has no text (a scanned image?): paste the ad’s text instead' };
    const fileName = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    const input = await postingFromText(text, url, 'pdf-text', fileName.replace(/\.pdf$/i, ''));
    return { ok: true, input, isJobAd: true };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * "Save posting" on a tab: the PDF route for PDFs, else the extractor in the page's frames. A
 * failure names the problem where the user can do something about it: access to websites not
 * given (Firefox), a page no extension may read, a PDF that cannot be fetched.
 */
export async function captureFromTab(tabId: number): Promise<CaptureOutcome> {
  const outcome = await readTab(tabId);
  if (outcome.ok) return outcome;
  const problem = captureProblem(outcome.error, await hostAccessNow()) ?? outcome.problem;
  return problem ? { ...outcome, problem } : outcome;
}

async function readTab(tabId: number): Promise<CaptureOutcome> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (isPdf(tab?.url)) return capturePdf(tab!.url!);
  const outcome = await captureTab(tabId, { captureFrames });
  // A PDF served from an address without ".pdf": the viewer cannot be scripted, the file can be read.
  if (!outcome.ok && tab?.url && /^https?:/.test(tab.url)) {
    const type = await fetch(tab.url, { method: 'HEAD' })
      .then((r) => r.headers.get('content-type'))
      .catch(() => null);
    if (isPdf(undefined, type)) return capturePdf(tab.url);
  }
  return outcome;
}

export async function pastedText(text: string, tabId: number | null): Promise<PostingInput> {
  const tab = tabId === null ? undefined : await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url && /^https?:/.test(tab.url) ? tab.url : '';
  return postingFromText(text, url, 'text');
}
