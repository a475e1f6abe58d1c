import { detectJobAd } from '@/lib/detect';
import { watchPage } from '@/lib/detect/watch';
import type { PageStatus } from '@/lib/messages';

// Runs on every page, in every frame: decides cheaply whether this is a job ad and tells the
// background, which sets the toolbar badge. It follows ads that render late and single-page
// navigation (lib/detect/watch). Frames report only ads; the top frame reports every verdict.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const top = window === window.top;
    const stop = watchPage({
      detect: () => detectJobAd(document, location.href),
      url: () => location.href,
      report: (d, url) => {
        if (!top && !d.candidate) return;
        const message: PageStatus = { type: 'page-status', ...d, url };
        browser.runtime.sendMessage(message).catch(() => undefined);
      },
      observe: (onChange) => {
        const observer = new MutationObserver(onChange);
        observer.observe(document.documentElement, { childList: true, subtree: true });
        addEventListener('popstate', onChange);
        return () => {
          observer.disconnect();
          removeEventListener('popstate', onChange);
        };
      },
    });
    ctx.onInvalidated(stop);
  },
});
