import { defineConfig } from 'wxt';

// Frist needs no host permissions of its own: the content script is declared in the manifest,
// and the popup reaches the active tab through activeTab when the user opens it.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Frist',
    description: 'Save job ads with their deadlines and contact people. Everything stays in your browser.',
    permissions: ['activeTab', 'scripting'],
    action: { default_title: 'Frist' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'frist@frist.example', strict_min_version: '115.0' } } }
      : {}),
  }),
  // `npm start` (scripts/start.mjs) sets these: which browser to open, and the demo ad to open it on.
  webExt: {
    binaries: process.env.FRIST_CHROME ? { chrome: process.env.FRIST_CHROME } : undefined,
    startUrls: process.env.FRIST_START_URL ? [process.env.FRIST_START_URL] : undefined,
    // Chromium refuses to start as root without --no-sandbox (containers, CI machines).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
});
