import { describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../lib/detect/watch';

function harness(verdicts: (boolean | [boolean, number])[]) {
  let url = 'https://jobs.example/list';
  let change: () => void = () => {};
  const timers: (() => void)[] = [];
  const detect = vi.fn(() => {
    const v = verdicts.shift() ?? false;
    return Array.isArray(v) ? { candidate: v[0], confidence: v[1] } : { candidate: v, confidence: 0.5 };
  });
  const report = vi.fn();
  const stop = watchPage({
    detect,
    report,
    url: () => url,
    observe: (fn) => {
      change = fn;
      return () => (change = () => {});
    },
    setTimeout: (fn) => timers.push(fn),
    clearTimeout: () => timers.splice(0),
  });
  const settle = () => timers.splice(0).forEach((t) => t());
  return { detect, report, stop, mutate: () => change(), settle, go: (u: string) => (url = u) };
}

describe('watchPage', () => {
  it('reports the first verdict at once', () => {
    const h = harness([false]);
    expect(h.report).toHaveBeenCalledWith({ candidate: false, confidence: 0.5 }, 'https://jobs.example/list');
  });

  it('finds an ad that renders late, after DOM changes settle', () => {
    const h = harness([false, false, true]);
    h.mutate();
    h.mutate();
    h.settle();
    expect(h.detect).toHaveBeenCalledTimes(2); // debounced: two changes, one run
    h.mutate();
    h.settle();
    expect(h.report).toHaveBeenLastCalledWith({ candidate: true, confidence: 0.5 }, 'https://jobs.example/list');
  });

  it('stops detecting once decided, and gives up after maxRuns', () => {
    const h = harness([true]);
    h.mutate();
    h.settle();
    expect(h.detect).toHaveBeenCalledTimes(1);
    const g = harness([]);
    for (let i = 0; i < 20; i++) {
      g.mutate();
      g.settle();
    }
    expect(g.detect).toHaveBeenCalledTimes(8);
  });

  it("looks again at a weak candidate (a job board's shell while it loads) and reports when the ad has rendered", () => {
    const h = harness([
      [true, 0.15],
      [true, 0.2],
      [true, 0.85],
    ]);
    expect(h.report).toHaveBeenCalledTimes(1);
    h.mutate();
    h.settle();
    expect(h.report).toHaveBeenCalledTimes(1); // barely surer: not worth another confirmation
    h.mutate();
    h.settle();
    expect(h.report).toHaveBeenLastCalledWith({ candidate: true, confidence: 0.85 }, 'https://jobs.example/list');
    h.mutate();
    h.settle();
    expect(h.detect).toHaveBeenCalledTimes(3); // clear now: no more looks
  });

  it('judges a single-page navigation afresh and reports it', () => {
    const h = harness([true, true]);
    h.go('https://jobs.example/job/2');
    h.mutate();
    h.settle();
    expect(h.report).toHaveBeenLastCalledWith({ candidate: true, confidence: 0.5 }, 'https://jobs.example/job/2');
    expect(h.report).toHaveBeenCalledTimes(2);
  });

  it('reports a navigation to a page that is no ad, so the badge clears', () => {
    const h = harness([true, false]);
    h.go('https://jobs.example/about');
    h.mutate();
    h.settle();
    expect(h.report).toHaveBeenLastCalledWith({ candidate: false, confidence: 0.5 }, 'https://jobs.example/about');
  });

  it('stops observing when stopped', () => {
    const h = harness([false]);
    h.stop();
    h.mutate();
    h.settle();
    expect(h.detect).toHaveBeenCalledTimes(1);
  });
});
