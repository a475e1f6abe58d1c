import { publishFirstScreen } from '@/lib/db/first-read';

// Loaded by popup.html before its modules (a classic script: it runs as soon as it is fetched),
// so that the first screen's data is read while the rest of the popup loads.
export default defineUnlistedScript(() => publishFirstScreen());
