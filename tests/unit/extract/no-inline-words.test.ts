// "Vocabulary lives in lib/extract/locales as data": no parser writes a list of a language's words
// inline. The test reads the parsers' source and flags any regular expression literal or list of
// string literals with three or more words that the language files hold (their vocabularies,
// structure, grammar and detector words). Site adapters, which read one site's own labels, are exempt,
// and so is a literal of markup names or codes that happen to spell words (class names, meta keys,
// country domains), marked by a comment "not language words: <why>" on its line or
// one of the two before.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../../../lib/extract/locales';
import { STRUCTURE_WORDS } from '../../../lib/extract/locales/structure-words';
import { GRAMMAR_WORDS } from '../../../lib/extract/locales/grammar-words';
import { CUES } from '../../../lib/detect/cues';
import { ROOT } from '../../support/corpora';

function words(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    for (const w of value.toLocaleLowerCase().split(/\P{L}+/u)) if (w.length >= 2) into.add(w);
  } else if (Array.isArray(value)) {
    for (const v of value) words(v, into);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) words(k === 'months' ? Object.keys(v as object) : v, into);
  }
}

const LANGUAGE_WORDS = new Set<string>();
for (const table of [VOCABULARIES, STRUCTURE_WORDS, GRAMMAR_WORDS, CUES]) words(Object.values(table), LANGUAGE_WORDS);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'locales' || f === 'adapters' ? [] : files(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** Regex literals and runs of string literals in brackets ("['og', 'and', …]"). */
function literals(src: string): string[] {
  const out: string[] = [];
  const marked = (at: number): boolean => {
    let from = src.lastIndexOf('\n', at - 1);
    for (let i = 0; i < 2 && from > 0; i++) from = src.lastIndexOf('\n', from - 1);
    const lineEnd = src.indexOf('\n', at);
    return src.slice(from + 1, lineEnd < 0 ? src.length : lineEnd).includes('not language words:');
  };
  for (const m of src.matchAll(/(?<=[=(,:!&|?]\s{0,4})\/((?:[^/\n\\[]|\\.|\[(?:[^\]\\\n]|\\.)*\]){2,})\/[dgimsuy]*/gu))
    if (!marked(m.index)) out.push(m[1]!);
  for (const m of src.matchAll(/\[\s*'[^']*'(?:\s*,\s*'[^']*'){2,}(?:\s*,)?\s*\]/gu)) if (!marked(m.index)) out.push(m[0]);
  return out;
}

describe('no word lists inline in parser code', () => {
  const parsers = [...files(join(ROOT, 'lib/extract')), ...files(join(ROOT, 'lib/detect'))];

  it('reads the parsers', () => {
    expect(parsers.length).toBeGreaterThan(20);
    expect(LANGUAGE_WORDS.has('ansøgningsfrist')).toBe(true);
  });

  it.each(parsers.map((p) => [relative(ROOT, p), p] as const))('%s', (_name, path) => {
    const flagged = literals(readFileSync(path, 'utf8'))
      .map((lit) => ({
        lit,
        hits: [...new Set(lit.toLocaleLowerCase().split(/\P{L}+/u))].filter((w) => w.length >= 2 && LANGUAGE_WORDS.has(w)),
      }))
      .filter((x) => x.hits.length >= 3)
      .map((x) => `${x.hits.slice(0, 8).join(', ')} in ${x.lit.slice(0, 120)}`);
    expect(flagged, 'language words belong in lib/extract/locales').toEqual([]);
  });
});
