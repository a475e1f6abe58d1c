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
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
  },
});
