// Shared set-up for the end-to-end tests: a static server on 127.0.0.1 and Chromium with the
// built extension loaded (playwright-core driving Debian's /usr/bin/chromium).
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer as serve, NEXT_YEAR } from '../../scripts/serve.mjs';

/** The year of the test ads' deadlines (the pages say {{NEXT_YEAR}}): they are never in the past. */
export const Y = NEXT_YEAR;

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
const PAGES = join(ROOT, 'tests/e2e/pages');
/** Serves tests/e2e/pages on 127.0.0.1 (a random free port), plus `extra` paths from memory. */
export function startServer(extra = {}) {
  return serve(PAGES, 0, extra);
}

export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install it with "apt-get install -y chromium" (see README)`);
  return path;
}

/** Chromium with the built extension; returns the context, the extension id and its service worker. */
export async function launchWithExtension() {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`no built extension in ${EXTENSION}: run "npm run build" first`);
  const userDataDir = await mkdtemp(join(tmpdir(), 'frist-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The id of the tab showing `page`. Frist has no "tabs" permission, so the extension cannot see
 * tab URLs: the page is brought to the front and the active tab is the one.
 */
export async function tabIdOf(worker, page) {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
}

/** Opens `url` in a new tab and returns the page with its tab id. */
export async function openTab(context, worker, url) {
  const page = await context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(worker, page) };
}

/** Waits until the toolbar badge of a tab reads `text` (the content script reports asynchronously). */
export async function waitForBadge(worker, tabId, text, timeout = 10_000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    if (last === text) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`badge of tab ${tabId} is "${last}", expected "${text}"`);
}

/** Opens the popup as a page acting on a given tab (the toolbar popup cannot be clicked headless). */
export async function openPopup(context, extensionId, tabId) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Waits until a locator matches exactly n elements (lists re-render as live queries update). */
export async function waitForCount(locator, n, timeout = 10_000) {
  const end = Date.now() + timeout;
  let count;
  while (Date.now() < end) {
    count = await locator.count();
    if (count === n) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${n} elements, found ${count}`);
}
