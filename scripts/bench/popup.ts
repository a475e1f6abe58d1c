// The popup's first screen in real Chromium with the built extension: empty, then with 10,000
// postings in the database; and its JS heap then.
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';

type Emit = (name: string, value: number, unit: string, target?: string) => void;

/** Loads measured per figure: this 2-core machine's timings vary by tens of ms from one load to the next. */
const LOADS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Time from the start of the page's navigation to the overview's first screen (the app's performance mark). */
async function firstScreen(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.locator('[data-testid="tracker-row"], .overview .empty').first().waitFor({ timeout: 30_000 });
  const mark = await page.evaluate(() => performance.getEntriesByName('frist:first-screen')[0]?.startTime ?? null);
  if (mark === null) throw new Error('the popup set no first-screen mark');
  return mark;
}

export async function benchPopup(root: string, emit: Emit): Promise<void> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const ext = join(root, '.output/chrome-mv3');
  if (!existsSync(chromiumPath) || !existsSync(join(ext, 'manifest.json'))) return;
  const fill = (
    await build({
      entryPoints: [join(root, 'scripts/bench/fill-extension-db.ts')],
      bundle: true,
      format: 'iife',
      globalName: 'FristFill',
      write: false,
    })
  ).outputFiles[0]!.text;
  const dir = await mkdtemp(join(tmpdir(), 'frist-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const url = `chrome-extension://${new URL(worker.url()).host}/popup.html`;
    const page = await context.newPage();
    // Like the 10k figure below: measure once the background has finished starting up (install,
    // context menu, reminders), not while it competes for the two cores.
    await new Promise((r) => setTimeout(r, 5000));
    await firstScreen(page, url); // warm-up
    const empty: number[] = [];
    for (let i = 0; i < LOADS; i++) empty.push(await firstScreen(page, url));
    // CDP's evaluate is not bound by the extension page's CSP: the real database code fills it.
    const count = (await page.evaluate(`(() => { ${fill}; return FristFill.fill(10000); })()`)) as number;
    if (count !== 10_000) throw new Error(`filled ${count} postings, expected 10000`);
    // Let the background finish its one-off reaction to the bulk insert (it reschedules reminders).
    await new Promise((r) => setTimeout(r, 5000));
    await firstScreen(page, url); // warm-up
    const full: number[] = [];
    for (let i = 0; i < LOADS; i++) full.push(await firstScreen(page, url));
    // The heap once the popup holds everything: all 10,000 lines read (the first screen comes from
    // the summary and reads them when idle), no placeholder left.
    await page.waitForFunction(() => !document.querySelector('.pending-rows'), undefined, { timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 1000));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const e = median(empty);
    const f = median(full);
    emit('popup.empty_ms', e, 'ms');
    emit('popup.10k_ms', f, 'ms', '< 200');
    emit('popup.10k_ratio', f / e, 'ratio', '< 1.5');
    emit('popup.10k_heap_mb', heap.usedSize / (1 << 20), 'MB', '< 50');
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}
