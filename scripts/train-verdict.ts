// Fits the weights of the job-ad verdict (lib/extract/verdict/weights.ts): a logistic regression
// over the signals lib/extract/verdict/jobad.ts computes, on the real corpus's development part and the
// written and seed corpora. The held-back part is never read here. Pages that are no ad weigh
// twice: a badge on a page that is no ad is the worse mistake. Each weight is pulled towards its
// prior (PRIOR, what the signal means on its own: a JobPosting is strong evidence, a list of jobs
// strong evidence against), so that a signal the corpus rarely shows keeps its meaning.
//
//   npx tsx scripts/train-verdict.ts [--dry-run]
//   npx tsx scripts/train-verdict.ts --cv     how each weight of the non-ads does on pages it did not fit
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromText } from '../lib/extract';
import { extractFromHtml } from '../lib/extract/node';
import { SIGNALS, type Signal } from '../lib/extract/verdict/weights';
import { offersPosition } from '../lib/extract/verdict/jobad';
import { loadCorpora, ROOT, sourceKey } from '../tests/support/corpora';

const NEGATIVE_WEIGHT = 2;
const L2 = 0.01;
const PRIOR: Record<Signal | 'bias', number> = {
  bias: -1,
  postingOne: 3,
  postingMany: -4,
  titleHeadline: 1,
  titleSentence: 1,
  titleForm: 0.5,
  titleGender: 0.5,
  weSeek: 1,
  invites: 0.5,
  factDeadline: 0.5,
  factStart: 0.5,
  factHours: 0.5,
  factPercent: 0.5,
  factSalary: 0.5,
  factContacts: 0.5,
  factApply: 0.5,
  factInterview: 0.5,
  sections: 1,
  jobWords: 1,
  addressesReader: 0.5,
  jobLinks: -2,
  deadlineLabels: -1,
  titleLines: -1,
  listOfAds: -1,
  hired: -2,
  newsHeadline: -2,
  applicants: -1,
  volunteerCall: -2,
  notPosting: -3,
  byline: -1,
  reported: -1,
  newsWords: -0.5,
  negativeTypes: -1,
  shortText: -0.5,
};
const STEPS = 20_000;
const RATE = 0.3;

interface Row {
  x: number[];
  y: number;
  name: string;
  source: string;
}
const rows: Row[] = [];
for (const c of loadCorpora('real-dev', 'written', 'seed')) {
  let signals: Record<string, number> | null = null;
  const raw = readFileSync(c.page, 'utf8');
  const opts = {
    url: c.url,
    observed: c.observed,
    format: c.format,
    onVerdict: (_r: string[], _t: string, s: Record<string, number>) => (signals = s),
  };
  if (c.html) extractFromHtml(raw, opts);
  else extractFromText(raw, opts);
  if (!signals) throw new Error(`no verdict for ${c.name}`);
  const s = signals as Record<string, number>;
  // Pages that offer no position are no ad whatever the weights (lib/extract/verdict/jobad.ts): they do not train them.
  if (!offersPosition(s as Record<Signal, number>)) continue;
  rows.push({ x: SIGNALS.map((k) => s[k] ?? 0), y: c.isJobAd ? 1 : 0, name: `${c.corpus}/${c.name}`, source: sourceKey(c.label.source) });
}

const n = SIGNALS.length;
const prior = SIGNALS.map((k) => PRIOR[k]);
const round = (v: number) => Math.round(v * 100) / 100;

/** Logistic regression from the priors, the weights rounded as they are written. */
function fit(train: Row[], negativeWeight: number): { w: number[]; b: number } {
  const w = [...prior];
  let b = PRIOR.bias;
  const weight = (r: Row) => (r.y ? 1 : negativeWeight);
  const total = train.reduce((a, r) => a + weight(r), 0);
  for (let step = 0; step < STEPS; step++) {
    const gw = new Array<number>(n).fill(0);
    let gb = 0;
    for (const r of train) {
      let z = b;
      for (let i = 0; i < n; i++) z += w[i]! * r.x[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const e = (p - r.y) * weight(r);
      gb += e;
      for (let i = 0; i < n; i++) gw[i]! += e * r.x[i]!;
    }
    b -= (RATE * gb) / total;
    for (let i = 0; i < n; i++) {
      w[i]! -= RATE * (gw[i]! / total + L2 * (w[i]! - prior[i]!));
      // A signal keeps the side of its prior: a fact an ad gives never counts against one, a sign of a list never for.
      if (prior[i]! > 0 && w[i]! < 0) w[i] = 0;
      if (prior[i]! < 0 && w[i]! > 0) w[i] = 0;
    }
  }
  return { w: w.map(round), b: round(b) };
}

const isAd = (m: { w: number[]; b: number }, r: Row): boolean => m.b + m.w.reduce((a, wi, i) => a + wi * r.x[i]!, 0) >= 0;

if (process.argv.includes('--cv')) {
  // Five folds by source (never one source on both sides): each page judged by weights fitted
  // without its source, for each weight of the pages that are no ad. Slow: five fits per weight.
  const sources = [...new Set(rows.map((r) => r.source))].sort();
  const fold = (r: Row) => sources.indexOf(r.source) % 5;
  for (const neg of [1, 1.5, 2, 3, 4]) {
    let fp = 0;
    let fn = 0;
    for (let k = 0; k < 5; k++) {
      const m = fit(
        rows.filter((r) => fold(r) !== k),
        neg,
      );
      for (const r of rows.filter((x) => fold(x) === k)) {
        if (isAd(m, r) && !r.y) fp++;
        if (!isAd(m, r) && r.y) fn++;
      }
    }
    const ads = rows.filter((r) => r.y).length;
    console.log(
      `negative weight ${neg}: out of fold, ${fp} of ${rows.length - ads} pages that are no ad called ads, ${fn} of ${ads} ads missed`,
    );
  }
  process.exit(0);
}

const model = fit(rows, NEGATIVE_WEIGHT);
let fp = 0;
let fn = 0;
for (const r of rows) {
  if (isAd(model, r) && !r.y) {
    fp++;
    console.log(`  false ad: ${r.name}`);
  }
  if (!isAd(model, r) && r.y) {
    fn++;
    console.log(`  missed ad: ${r.name}`);
  }
}
const ads = rows.filter((r) => r.y).length;
console.log(`${rows.length} pages (${ads} ads): ${fp} pages that are no ad called ads, ${fn} ads missed`);

if (!process.argv.includes('--dry-run')) {
  const file = join(ROOT, 'lib/extract/verdict/weights.ts');
  const src = readFileSync(file, 'utf8');
  const weights = [`  bias: ${model.b},`, ...SIGNALS.map((k: Signal, i) => `  ${k}: ${model.w[i]},`)].join('\n');
  writeFileSync(
    file,
    src.replace(/(export const VERDICT_WEIGHTS: Record<Signal \| 'bias', number> = \{\n)[\s\S]*?(\n\};)/, `$1${weights}$2`),
  );
  console.log(`weights written to ${file}`);
}
