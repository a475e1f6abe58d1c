// Shared set-up for the end-to-end tests in Firefox: Debian's firefox-esr driven over WebDriver
// BiDi by puppeteer-core (no geckodriver, no browser download), the built Firefox extension
// installed as a temporary add-on (BiDi webExtension.install), pages served from 127.0.0.1 by the
// same server as the Chromium tests. Firefox runs the extension's background as a background
// script, not a service worker: extension APIs are called from one of the extension's own pages.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import puppeteer from 'puppeteer-core';
import { ROOT, startServer } from '../e2e/harness.mjs';

export { startServer, Y } from '../e2e/harness.mjs';

export const EXTENSION = join(ROOT, '.output/firefox-mv3');
/** The add-on id (wxt.config.ts, browser_specific_settings) and the fixed UUID its pages get here. */
export const ADDON_ID = 'frist@frist.example';
const UUID = '5b0c8f2e-7a4d-4f1e-9c3a-2d6e8b1f0a47';
export const ORIGIN = `moz-extension://${UUID}`;

/** Where Firefox is: FIREFOX_PATH, else Debian's firefox-esr or firefox; null when none is installed. */
export function firefoxPath() {
  const candidates = process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p) => existsSync(p)) ?? null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until `ok(value)`; returns the value, or throws naming `what` and the last value. */
export async function poll(fn, ok, what, timeout = 10_000, every = 100) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (ok(last)) return last;
    await sleep(every);
  }
  throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeout} ms`);
}

/**
 * Firefox with the built extension. `grantHosts: false` starts it with the host permissions
 * withdrawn, as a user who declined or revoked "Access your data for all websites" has it.
 * Returns the puppeteer browser, `api(fn, arg)` (runs `fn` in an extension page, where `browser.*` exists),
 * the download folder, and helpers to open pages.
 */
export async function launchFirefox({ grantHosts = true } = {}) {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('Firefox not found: install it with "apt-get install -y firefox-esr" (see README)');
  if (!existsSync(join(EXTENSION, 'manifest.json')))
    throw new Error(`no built extension in ${EXTENSION}: run "npm run build:firefox" first`);
  const downloads = await mkdtemp(join(tmpdir(), 'frist-fx-downloads-'));
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    protocol: 'webDriverBiDi',
    headless: true,
    // Lets BiDi navigate a tab to moz-extension:// pages (it refuses non-web schemes otherwise).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // permissions.request() answers without the doorhanger a headless browser cannot show.
      'extensions.webextOptionalPermissionPrompts': false,
      // Downloads go straight to a folder the tests read.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      // Notifications in Firefox's own alert window: a headless machine has no desktop notification
      // service, and Firefox closes a notification at once without one.
      'alerts.useSystemBackend': false,
    },
  });
  try {
    const id = await firefox.installExtension(EXTENSION);
    if (id !== ADDON_ID) throw new Error(`installed as ${id}, expected ${ADDON_ID}`);
    const control = await openExtensionPage(firefox, '/options.html');
    const api = (fn, arg) => control.evaluate(fn, arg);
    if (!grantHosts) await api(() => browser.permissions.remove({ origins: ['http://*/*', 'https://*/*'] }));
    return {
      browser: firefox,
      api,
      control,
      downloads,
      /** A new tab showing one of the extension's pages, e.g. "/popup.html?tab=3". */
      page: (path) => openExtensionPage(firefox, path),
      async close() {
        await firefox.close();
        await rm(downloads, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await firefox.close();
    await rm(downloads, { recursive: true, force: true });
    throw e;
  }
}

/**
 * A suite's server and Firefox: started before its tests, closed after them. Call it inside
 * describe(); `pages` are served from memory beside tests/e2e/pages (see startServer), `options`
 * go to launchFirefox. The returned object holds `server` and `fx` once they run.
 */
export function firefoxSuite({ pages = {}, ...options } = {}) {
  const suite = { server: null, fx: null };
  before(async () => {
    suite.server = await startServer(pages);
    suite.fx = await launchFirefox(options);
  });
  after(async () => {
    await suite.fx?.close();
    await suite.server?.close();
  });
  return suite;
}

/**
 * Opens an extension page in a new tab. BiDi reports no load of a moz-extension:// page to
 * puppeteer, so the navigation is started and the page polled until its document is ready.
 */
export async function openExtensionPage(firefox, path) {
  const page = await firefox.newPage();
  await goExtension(page, path);
  return page;
}

/** Navigates a tab to an extension page (see openExtensionPage). */
export async function goExtension(page, path) {
  const url = ORIGIN + path;
  page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  await poll(
    () => page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => ''),
    (href) => href === url,
    `loading ${url}`,
    15_000,
  );
}

/** Reloads an extension page (see openExtensionPage). */
export async function reloadExtension(page) {
  const path = await page.evaluate(() => location.pathname + location.search);
  await page.evaluate(() => {
    document.documentElement.dataset.stale = '1';
    location.reload();
  });
  await poll(
    () => page.evaluate(() => document.readyState === 'complete' && !document.documentElement.dataset.stale).catch(() => false),
    Boolean,
    `reloading ${path}`,
  );
}

/** The tab id of a page: it is brought to the front, and the active tab is the one. */
export async function tabIdOf(fx, page) {
  await page.bringToFront();
  return fx.api(async () => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
}

/** Opens `url` in a new tab; returns the page and its tab id. */
export async function openTab(fx, url) {
  const page = await fx.browser.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(fx, page) };
}

export const badgeOf = (fx, tabId) => fx.api((id) => browser.action.getBadgeText({ tabId: id }), tabId);
export const titleOf = (fx, tabId) => fx.api((id) => browser.action.getTitle({ tabId: id }), tabId);

/** Waits until the toolbar badge of a tab reads `text` (the content script reports asynchronously). */
export function waitForBadge(fx, tabId, text, timeout = 10_000) {
  return poll(
    () => badgeOf(fx, tabId),
    (t) => t === text,
    `the badge of tab ${tabId}`,
    timeout,
  );
}

// The pages are driven by what the user sees: a button's text, a field's label. These run in the
// page and return the element.

/** The element matching `how` ({ button }, { label }, { text }, { testId }, { css }), optionally the nth. */
function findIn(how) {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const visible = (el) => el.getClientRects().length > 0;
  const labelOf = (el) => {
    const byFor = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    const label = byFor ?? el.closest('label');
    return norm(el.getAttribute('aria-label') ?? label?.textContent);
  };
  let list = [];
  if (how.button !== undefined)
    list = [...document.querySelectorAll('button, [role="button"], a')].filter(
      (el) => norm(el.getAttribute('aria-label') ?? el.textContent) === how.button,
    );
  else if (how.label !== undefined)
    list = [...document.querySelectorAll('input, select, textarea')].filter((el) => labelOf(el) === how.label);
  else if (how.text !== undefined)
    list = [...document.querySelectorAll(how.within ?? 'body *')].filter(
      (el) => norm(el.textContent).includes(how.text) && ![...el.children].some((c) => norm(c.textContent).includes(how.text)),
    );
  else if (how.testId !== undefined) list = [...document.querySelectorAll(`[data-testid="${how.testId}"]`)];
  else if (how.css !== undefined) list = [...document.querySelectorAll(how.css)];
  if (how.has !== undefined) list = list.filter((el) => norm(el.textContent).includes(how.has));
  list = list.filter(visible);
  return list[how.nth ?? 0] ?? null;
}

/** Waits for the element `how` names (see findIn) and returns its handle. */
export async function find(page, how, timeout = 10_000) {
  try {
    const handle = await page.waitForFunction(findIn, { timeout, polling: 100 }, how);
    return handle.asElement();
  } catch (e) {
    const where = await page.evaluate(() => location.pathname).catch(() => '?');
    throw new Error(`not found on ${where}: ${JSON.stringify(how)}`, { cause: e });
  }
}

/** Clicks the element (a real click: it counts as the user's gesture). */
export async function click(page, how, timeout) {
  const el = await find(page, how, timeout);
  await el.click();
}

/** Replaces a field's value by typing, as the user would. */
export async function fill(page, how, value) {
  const el = await find(page, how);
  await el.evaluate((node) => {
    node.focus();
    node.select?.();
  });
  if (value === '') await el.press('Backspace');
  else await el.type(value);
  // A date field typed into follows the locale's format; its value is set directly, with the events the UI listens to.
  if ((await el.evaluate((node) => node.value)) !== value)
    await el.evaluate((node, v) => {
      node.value = v;
      node.dispatchEvent(new Event('input', { bubbles: true }));
      node.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
}

export const valueOf = async (page, how) => (await find(page, how)).evaluate((node) => node.value);
export const textOf = async (page, how) => (await find(page, how)).evaluate((node) => node.textContent);
export const countOf = (page, how) =>
  page.evaluate(
    (h) => [...document.querySelectorAll(h.css ?? `[data-testid="${h.testId}"]`)].filter((el) => el.getClientRects().length).length,
    how,
  );

/** Waits until `how` matches exactly n elements. */
export function waitForCount(page, how, n, timeout = 10_000) {
  return poll(
    () => countOf(page, how),
    (c) => c === n,
    `the count of ${JSON.stringify(how)}`,
    timeout,
  );
}

/** Waits for a file in the download folder whose name matches `pattern`; returns its name and bytes. */
export async function downloaded(fx, pattern, timeout = 15_000) {
  const name = await poll(
    async () => (await readdir(fx.downloads)).find((f) => pattern.test(f) && !f.endsWith('.part')) ?? null,
    Boolean,
    `a download named ${pattern}`,
    timeout,
  );
  // Firefox writes into the final name once the .part file is complete.
  await poll(
    async () => (await readdir(fx.downloads)).some((f) => f.endsWith('.part')),
    (p) => !p,
    'the download to finish',
    timeout,
  );
  return { name, bytes: await readFile(join(fx.downloads, name)) };
}
