// The built popup (what Chromium loads when the toolbar button is clicked): zod and the schemas
// stay out of the modules its first screen loads, and come in only when something is validated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

const OUT = resolve(import.meta.dirname, '../../.output/chrome-mv3');

const read = (file) => readFileSync(join(OUT, file), 'utf8');

/** The chunks a page loads before its code runs: its scripts, modulepreloads and their static imports. */
function pageClosure(page) {
  return staticClosure([...read(page).matchAll(/(?:src|href)="\/(chunks\/[\w.-]+\.js)"/g)].map((m) => m[1]));
}

/** The given chunks and every chunk they import statically. */
function staticClosure(start) {
  const seen = new Set();
  const todo = [...start];
  while (todo.length) {
    const file = todo.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of read(file).matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) todo.push(`chunks/${m[1]}`);
  }
  return seen;
}

const isZod = (file) => /\$ZodType|ZodError/.test(read(file));

test('the popup loads no zod before its first screen, and loads it for validation', () => {
  const closure = pageClosure('popup.html');
  assert.ok(closure.size > 0, 'popup.html names no chunks');
  assert.deepEqual([...closure].filter(isZod), [], 'a chunk the popup loads up front contains zod');
  // import(`./….js`): the bundler writes dynamic imports with backquotes.
  const lazy = [...closure].flatMap((f) => [...read(f).matchAll(/import\(\s*[`"']\.\/([\w.-]+\.js)[`"']/g)].map((m) => `chunks/${m[1]}`));
  assert.ok(
    lazy.some((f) => [...staticClosure([f])].some(isZod)),
    'no chunk the popup loads on demand contains zod',
  );
});

test('the popup reads its first screen from a small script of its own, without Dexie or zod', () => {
  const html = read('popup.html');
  const early = html.match(/<script async\s+src="\/(first-read\.js)"><\/script>/);
  assert.ok(early, 'popup.html does not load first-read.js as an async classic script');
  // Before the module script, so that the browser starts it first.
  assert.ok(html.indexOf(early[0]) < html.indexOf('type="module"'), 'first-read.js comes after the module script');
  const code = read(early[1]);
  assert.ok(code.length < 8_000, `first-read.js is ${code.length} bytes`);
  assert.match(code, /indexedDB/);
  assert.doesNotMatch(code, /DatabaseClosedError|\$ZodType|ZodError/, 'first-read.js contains Dexie or zod');
});

test('the saved-copy page loads no zod either', () => {
  assert.deepEqual([...pageClosure('posting.html')].filter(isZod), []);
});

test('the content script that runs on every page carries the detector cues of every language, and no vocabulary', () => {
  const code = read('content-scripts/content.js');
  const gz = gzipSync(code, { level: 9 }).length;
  assert.ok(gz < 8 * 1024, `content.js is ${gz} bytes gzipped`);
  // One cue of each language (lib/extract/locales/*.ts, `cues`), and none of the extractor's words.
  for (const cue of ['ansøgningsfrist', 'søknadsfrist', 'søkjar', 'sista ansökningsdag', 'bewerbungsfrist', 'closing date'])
    assert.ok(code.includes(cue), `no "${cue}"`);
  assert.doesNotMatch(code, /stopwords|deadlineLabels|hiringVerbs/, 'a vocabulary or structure word list is in content.js');
});
