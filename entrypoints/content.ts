import { detectJobAd } from '@/lib/detect';
import type { PageStatus } from '@/lib/messages';

// Runs on every page, in every frame: decides cheaply whether this is a job ad and tells the
// background, which sets the toolbar badge. Frames report only ads; the top frame always reports.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    const result = detectJobAd(document, location.href);
    if (window !== window.top && !result.isJobAd) return;
    const message: PageStatus = { type: 'page-status', ...result, url: location.href };
    browser.runtime.sendMessage(message).catch(() => undefined);
  },
});
