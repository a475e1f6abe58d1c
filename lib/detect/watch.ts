import type { Detection } from './index';

export interface WatchOptions {
  /** Runs the detector on the page as it is now. */
  detect: () => Detection;
  /** The page's current address (single-page apps change it without a reload). */
  url: () => string;
  /** Called with every new verdict: once per address, and again when a late ad turns up. */
  report: (d: Detection, url: string) => void;
  /** Subscribes to DOM changes; returns the unsubscribe function. */
  observe: (onChange: () => void) => () => void;
  /** Quiet time after the last DOM change before detecting again. */
  debounceMs?: number;
  /** How many re-detections one address may cost before the watcher gives up on it. */
  maxRuns?: number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

/**
 * Follows a page for ads that render late or arrive by single-page navigation: detects once,
 * then, while the verdict is "no ad" or only a weak candidate (a job board's shell that says
 * "Ledige stillinger" while it loads), re-detects after DOM changes settle (debounced, at most
 * maxRuns times per address) and reports again when the page has become a clearer candidate. A
 * new address starts over. Once the page is a clear candidate and the address stays, nothing more
 * runs. Returns a function that stops watching.
 */
/** A candidate this sure needs no second look; a weaker one is looked at again as the page changes. */
const CLEAR = 0.5;
/** How much surer a later look must be to be reported again (the background confirms each report). */
const CLEARER = 0.2;

export function watchPage(o: WatchOptions): () => void {
  const debounceMs = o.debounceMs ?? 400;
  const maxRuns = o.maxRuns ?? 8;
  const setT = o.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
  const clearT = o.clearTimeout ?? ((h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>));

  let url = o.url();
  let runs = 0;
  let decided = false;
  let reported = -1;
  let timer: unknown = null;
  let unobserve: (() => void) | null = null;

  const run = () => {
    timer = null;
    const now = o.url();
    if (now !== url) {
      // A single-page navigation: a new page, judged afresh.
      url = now;
      runs = 0;
      decided = false;
      reported = -1;
    } else if (decided) {
      return;
    }
    runs++;
    const d = o.detect();
    if (runs === 1 || (d.candidate && d.confidence >= reported + CLEARER)) {
      o.report(d, url);
      reported = d.candidate ? d.confidence : -1;
    }
    decided = d.candidate && d.confidence >= CLEAR;
  };

  const onChange = () => {
    if (decided && o.url() === url) return;
    if (!decided && runs >= maxRuns && o.url() === url) return;
    if (timer !== null) clearT(timer);
    timer = setT(run, debounceMs);
  };

  run();
  unobserve = o.observe(onChange);
  return () => {
    if (timer !== null) clearT(timer);
    unobserve?.();
    unobserve = null;
  };
}
