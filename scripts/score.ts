// `npm run score`: the extractor scored by ../shared/tools/score-extraction.mjs over each corpus
// apart (tests/support/corpora.ts): the real development part, the real held-back part, the seed
// ads, the job boards' real pages and the ads this project wrote; then the site adapters' fixtures
// (tests/adapters/<site>/), the real pages and the invented ones apart. Misses are listed page by page
// for the development part only: the held-back part is measured, never read case by case, so that
// no rule is fitted to it.
//
//   npm run score                     every corpus
//   npm run score -- real-dev seed    only these
//   npm run score -- --floors         also record the real parts' figures in tests/corpus/real/floors.json
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPORA, isInventedSource, ROOT, type CorpusName } from '../tests/support/corpora';

interface FieldSummary {
  mean: number;
  n: number;
  stated: number;
  nStated: number;
}
interface Result {
  cases: number;
  summary: Record<string, FieldSummary>;
  overall: number;
  overallStated: number;
  rows?: { case: string; scores: Record<string, number> }[];
}

const SCORER = join(ROOT, '../shared/tools/score-extraction.mjs');
const FLOORS = join(ROOT, 'tests/corpus/real/floors.json');
const MISSES_SHOWN: CorpusName[] = ['real-dev', 'seed', 'site-pages', 'written'];

function score(dir: string, verbose: boolean): Result {
  const args = [SCORER, '--corpus', dir, '--json', ...(verbose ? ['--verbose'] : [])];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.status !== 0) throw new Error(`scorer failed on ${dir}:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Result;
}

type Column = CorpusName | 'adapters-real' | 'adapters-invented';
const ADAPTER_COLUMNS = ['adapters-real', 'adapters-invented'] as const;
const ADAPTER_FIXTURES = join(ROOT, 'tests/adapters');

/** The adapters' fixtures as two corpus folders (links, named site--case): real and invented. */
function adapterCorpora(): { real: string; invented: string; cleanup: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'frist-adapters-'));
  const dirs = { real: join(base, 'real'), invented: join(base, 'invented') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  for (const site of readdirSync(ADAPTER_FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const dir = join(ADAPTER_FIXTURES, site.name);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const name = f.slice(0, -5);
      const page = ['.html', '.txt'].find((e) => existsSync(join(dir, name + e)));
      if (!page) continue;
      const source = String((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { source?: string }).source ?? '');
      const to = isInventedSource(source) ? dirs.invented : dirs.real;
      symlinkSync(join(dir, f), join(to, `${site.name}--${f}`));
      symlinkSync(join(dir, name + page), join(to, `${site.name}--${name}${page}`));
    }
  }
  return { ...dirs, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

const pct = (x: number | undefined): string => (x == null || Number.isNaN(x) ? '    -' : (x * 100).toFixed(1).padStart(5));

function main(): void {
  const args = process.argv.slice(2);
  const writeFloors = args.includes('--floors');
  const asked = args.filter((a) => !a.startsWith('--')) as Column[];
  const known = [...Object.keys(CORPORA), ...ADAPTER_COLUMNS];
  for (const a of asked) if (!known.includes(a)) throw new Error(`unknown corpus "${a}"; one of ${known.join(', ')}`);
  const names = (asked.length ? asked : (known as Column[])).filter((n) => !(n in CORPORA) || existsSync(CORPORA[n as CorpusName]));

  const results = new Map<Column, Result>();
  const fixtures = names.some((n) => n.startsWith('adapters-')) ? adapterCorpora() : null;
  try {
    for (const n of names) {
      const dir = n === 'adapters-real' ? fixtures!.real : n === 'adapters-invented' ? fixtures!.invented : CORPORA[n];
      results.set(n, score(dir, n.startsWith('adapters-') || MISSES_SHOWN.includes(n as CorpusName)));
    }
  } finally {
    fixtures?.cleanup();
  }

  for (const [n, r] of results) {
    if (!r.rows) continue;
    const missed = r.rows.filter((row) => Object.values(row.scores).some((v) => v < 1));
    if (!missed.length) continue;
    console.log(`\n${n}: ${missed.length} of ${r.cases} pages with a miss`);
    for (const row of missed) {
      const bad = Object.entries(row.scores)
        .filter(([, v]) => v < 1)
        .map(([k, v]) => (v > 0 ? `${k}=${v.toFixed(2)}` : k));
      console.log(`  ${row.case}: ${bad.join(' ')}`);
    }
  }

  const fields = [...new Set([...results.values()].flatMap((r) => Object.keys(r.summary)))];
  const cols = [...results.keys()];
  console.log(`\nScore per field: all scored cases / where the ad states the field (n stated)\n`);
  console.log('field'.padEnd(18) + cols.map((c) => c.padStart(22)).join(''));
  for (const f of fields) {
    const cells = cols.map((c) => {
      const s = results.get(c)!.summary[f];
      return (s ? `${pct(s.mean)} /${pct(s.stated)} (${String(s.nStated).padStart(3)})` : '-').padStart(22);
    });
    console.log(f.padEnd(18) + cells.join(''));
  }
  console.log(
    'overall'.padEnd(18) +
      cols.map((c) => `${pct(results.get(c)!.overall)} /${pct(results.get(c)!.overallStated)}      `.padStart(22)).join(''),
  );
  console.log('cases'.padEnd(18) + cols.map((c) => String(results.get(c)!.cases).padStart(22)).join(''));
  // Pages that are no ad, and how many of them the verdict calls an ad: the badge's worst mistake.
  const falseAds = (r: Result): string => {
    const s = r.summary.isJobAd;
    if (!s) return '-';
    const nonAds = s.n - s.nStated;
    const rightNonAds = Math.round(s.mean * s.n - s.stated * s.nStated);
    return `${nonAds - rightNonAds} of ${nonAds}`;
  };
  console.log('non-ads as ads'.padEnd(18) + cols.map((c) => falseAds(results.get(c)!).padStart(22)).join(''));

  const dev = results.get('real-dev');
  const held = results.get('real-held');
  if (dev && held) {
    const gap = (dev.overallStated - held.overallStated) * 100;
    console.log(
      `\nreal-held lags real-dev by ${gap.toFixed(1)} points where stated` +
        (gap > 5 ? ': more than 5, so a rule fits its cases rather than the language; find the general cause.' : '.'),
    );
  }
  if (writeFloors) {
    if (!dev || !held) throw new Error('--floors needs both real-dev and real-held');
    const floor = (r: Result) => Object.fromEntries(Object.entries(r.summary).map(([k, v]) => [k, Math.floor(v.mean * 1000) / 1000]));
    writeFileSync(FLOORS, JSON.stringify({ 'real-dev': floor(dev), 'real-held': floor(held) }, null, 2) + '\n');
    console.log(`floors written to ${FLOORS}`);
  }
}

main();
