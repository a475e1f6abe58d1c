// Agreement between the first labels of the real corpus and the second, independent labelling of
// every tenth case (tests/corpus/real/second/NAME.json, made from the page and the contract alone).
// Fields are compared as the scorer compares a draft with a label (tests/support/corpus-match.ts),
// the second label standing in for the draft.
//
//   npx tsx scripts/label-agreement.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft } from '../lib/schema/draft';
import { loadCorpora, ROOT } from '../tests/support/corpora';
import { scoreCase } from '../tests/support/corpus-match';

const SECOND = join(ROOT, 'tests/corpus/real/second');

export function agreement(): { cases: number; fields: Record<string, { mean: number; n: number }>; overall: number } {
  const first = new Map(loadCorpora('real-dev', 'real-held').map((c) => [c.name, c.label.expected]));
  const per: Record<string, number[]> = {};
  let cases = 0;
  for (const f of existsSync(SECOND) ? readdirSync(SECOND).filter((f) => f.endsWith('.json')) : []) {
    const want = first.get(f.slice(0, -5));
    if (!want) throw new Error(`second label ${f} has no case`);
    const second = (JSON.parse(readFileSync(join(SECOND, f), 'utf8')) as { expected: Record<string, unknown> }).expected;
    const got = { emails: [], phones: [], contacts: [], ...second, isJobAd: second.isJobAd !== false } as unknown as Draft;
    cases++;
    for (const [k, v] of Object.entries(scoreCase(got, want))) (per[k] ??= []).push(v);
  }
  const fields = Object.fromEntries(
    Object.entries(per).map(([k, v]) => [k, { mean: v.reduce((a, b) => a + b, 0) / v.length, n: v.length }]),
  );
  const means = Object.values(fields).map((f) => f.mean);
  return { cases, fields, overall: means.reduce((a, b) => a + b, 0) / (means.length || 1) };
}

if (process.argv[1]?.endsWith('label-agreement.ts')) {
  const a = agreement();
  console.log(`Agreement of two independent labellings over ${a.cases} cases (every tenth of the real corpus):`);
  for (const [k, v] of Object.entries(a.fields)) console.log(`  ${k.padEnd(18)} ${(v.mean * 100).toFixed(1).padStart(5)}%  (n=${v.n})`);
  console.log(`  ${'overall'.padEnd(18)} ${(a.overall * 100).toFixed(1).padStart(5)}%`);
}
