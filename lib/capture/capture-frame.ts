import type { Draft } from '../schema/draft';
import type { ExtractOptions } from '../extract/types';
import type { FrameCapture } from './posting-from-draft';

/** Today's date as YYYY-MM-DD in local time: the `observed` day that yearless dates resolve against. */
export function localDay(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Runs the extractor over one frame's document and returns what the popup needs to save it. */
export function captureFrame(doc: Document, url: string, now: Date, extract: (doc: Document, opts: ExtractOptions) => Draft): FrameCapture {
  const draft = extract(doc, { url, observed: localDay(now) });
  const body = doc.body as (HTMLElement & { innerText?: string }) | null;
  const text = (body?.innerText ?? body?.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
  return { draft, text: text.slice(0, 500_000), url, pageTitle: doc.title };
}
