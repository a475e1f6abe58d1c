// Splits the new real cases in tests/corpus/real/incoming into the development part (dev/) and the
// held-back part (held/), once, by source (tests/support/corpora.ts: sourceKey): all cases of one
// repository or website land on the same side. Sources are taken in the order of a hash of their
// key (no choice by content), and a source goes to held/ while its language's held share is under
// HELD_SHARE, so that every language is measured on both sides.
//
//   npx tsx scripts/split-corpus.ts [--dry-run]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA, ROOT, sourceKey } from '../tests/support/corpora';

const HELD_SHARE = 0.28;
const INCOMING = join(ROOT, 'tests/corpus/real/incoming');
const dry = process.argv.includes('--dry-run');

interface Item {
  name: string;
  files: string[];
  language: string;
  key: string;
}

const items: Item[] = readdirSync(INCOMING)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const name = f.slice(0, -5);
    const label = JSON.parse(readFileSync(join(INCOMING, f), 'utf8')) as { source: string; language: string };
    const files = readdirSync(INCOMING).filter((g) => g === f || g === `${name}.html` || g === `${name}.txt`);
    return { name, files, language: label.language, key: sourceKey(label.source) };
  });

// Keys already on one side (an earlier split) keep their side.
const side = new Map<string, 'dev' | 'held'>();
for (const part of ['dev', 'held'] as const) {
  const dir = CORPORA[part === 'dev' ? 'real-dev' : 'real-held'];
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((g) => g.endsWith('.json')))
    side.set(sourceKey((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { source: string }).source), part);
}

const groups = new Map<string, Item[]>();
for (const it of items) groups.set(it.key, [...(groups.get(it.key) ?? []), it]);
const hash = (k: string) => createHash('sha256').update(k).digest('hex');
const order = [...groups.keys()].sort((a, b) => hash(a).localeCompare(hash(b)));

const total = new Map<string, number>();
for (const it of items) total.set(it.language, (total.get(it.language) ?? 0) + 1);
const held = new Map<string, number>();
for (const key of order) {
  const group = groups.get(key)!;
  const lang = group[0]!.language;
  let to = side.get(key);
  if (!to) to = (held.get(lang) ?? 0) < HELD_SHARE * total.get(lang)! ? 'held' : 'dev';
  if (to === 'held') for (const it of group) held.set(it.language, (held.get(it.language) ?? 0) + 1);
  side.set(key, to);
}

const dirs = { dev: CORPORA['real-dev'], held: CORPORA['real-held'] };
const count = { dev: 0, held: 0 };
for (const it of items) {
  const to = side.get(it.key)!;
  count[to]++;
  if (dry) continue;
  mkdirSync(dirs[to], { recursive: true });
  for (const f of it.files) renameSync(join(INCOMING, f), join(dirs[to], f));
}
console.log(`${dry ? 'would split' : 'split'} ${items.length} cases from ${groups.size} sources: dev ${count.dev}, held ${count.held}`);
for (const [lang, n] of total) console.log(`  ${lang}: ${n} cases, ${held.get(lang) ?? 0} held`);
