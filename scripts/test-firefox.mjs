// npm test's Firefox part: builds the Firefox add-on, holds it to `web-ext lint` (no errors, and
// no warning but the explained ones below), then runs the end-to-end tests in Firefox when it is
// installed, and says plainly that it skipped them when it is not.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { firefoxPath, EXTENSION } from '../tests/e2e-firefox/harness.mjs';
import { ROOT } from '../tests/e2e/harness.mjs';

/**
 * The warnings web-ext lint gives on the built add-on, all in bundled libraries, and why each is
 * safe. Any other warning fails the run.
 */
export const EXPLAINED = [
  {
    code: 'DANGEROUS_EVAL',
    file: /^(?:background\.js|chunks\/schemas-[\w-]+\.js)$/,
    why: 'zod 4 tries `new Function` to compile faster validators; the extension’s content security policy forbids it, and zod validates without',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(?:background\.js|chunks\/jsxRuntime\.module-[\w-]+\.js)$/,
    why: 'Preact’s support for dangerouslySetInnerHTML, which Frist never uses (ESLint forbids it)',
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^(?:chunks\/pdf-[\w-]+\.js|assets\/pdf\.worker\.min-[\w-]+\.mjs)$/,
    why: 'pdf.js compiles fonts with Function only when isEvalSupported is true; Frist passes false',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/pdf-[\w-]+\.js$/,
    why: 'pdf.js imports its worker from a computed address: the worker file inside the add-on',
  },
];

const run = (cmd, args, options = {}) => spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...options });
const bin = (name) => join(ROOT, 'node_modules/.bin', name);

function lint() {
  const out = run(bin('web-ext'), ['lint', '--source-dir', EXTENSION, '--output', 'json', '--no-config-discovery'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(out.stdout.slice(out.stdout.indexOf('{')));
  const unexplained = report.warnings.filter((w) => !EXPLAINED.some((e) => e.code === w.code && e.file.test(w.file ?? '')));
  const problems = [...report.errors, ...unexplained, ...report.notices];
  for (const p of problems) console.error(`web-ext lint ${p._type}: ${p.code} ${p.file ?? ''}: ${p.message}`);
  console.log(
    `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} explained in scripts/test-firefox.mjs), ${report.notices.length} notices`,
  );
  return problems.length === 0;
}

if (run(bin('wxt'), ['build', '-b', 'firefox', '--mv3']).status !== 0) process.exit(1);
if (!lint()) process.exit(1);
const firefox = firefoxPath();
if (!firefox) {
  console.log(
    '\nSKIPPED: the end-to-end tests in Firefox: no Firefox found (FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox); apt-get install -y firefox-esr',
  );
  process.exit(0);
}
console.log(`\n== end-to-end tests in Firefox (${firefox})`);
const started = Date.now();
const tests = run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', 'tests/e2e-firefox/']);
console.log(`Firefox end-to-end tests: ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(tests.status ?? 1);
