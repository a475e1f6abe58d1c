import { extractFromDocument } from '@/lib/extract';
import { captureFrame } from '@/lib/capture/capture-frame';

// Injected into a tab's frames by the popup (scripting.executeScript) when the user saves:
// the full extractor loads only then, never on every page.
export default defineUnlistedScript(() => captureFrame(document, location.href, new Date(), extractFromDocument));
