import { defineConfig } from 'wxt';

// Permissions: the detector runs on every http(s) page (a content script, which already asks the
// user for access to all sites), and saving injects the extractor into the tab's frames,
// including a recruiting system's iframe on another origin: hence scripting and http(s) hosts.
// No tabs, storage-wide or network permissions: Frist never sends anything anywhere.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Frist',
    description: 'Save job ads with their deadlines and contact people. Everything stays in your browser.',
    permissions: ['scripting', 'contextMenus', 'alarms', 'notifications'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Frist' },
    commands: {
      'save-posting': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the job ad on this page',
      },
    },
    // Firefox: the add-on id (AMO and the tests know it by it) and what it collects: nothing
    // (data_collection_permissions, which Firefox 140 and Firefox for Android 142 introduced).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'frist@frist.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // `npm run zip -- -b firefox` also packs the sources addons.mozilla.org rebuilds the add-on from
  // (npm ci, npm run build:firefox): the code, its configuration and the lock file; not the tests
  // (their corpus holds pages of other sites), the scripts, the build output or node_modules.
  zip: { excludeSources: ['tests/**', 'scripts/**', 'vitest.config.ts'] },
  // `npm start` (scripts/start.mjs) sets these: which browser to open, and the demo ad to open it on.
  webExt: {
    binaries: process.env.FRIST_CHROME ? { chrome: process.env.FRIST_CHROME } : undefined,
    startUrls: process.env.FRIST_START_URL ? [process.env.FRIST_START_URL] : undefined,
    // Chromium refuses to start as root without --no-sandbox (containers, CI machines).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
});
