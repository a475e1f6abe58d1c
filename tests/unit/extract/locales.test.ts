// The language registry: every language of LANGS has its vocabulary, its structure words and its
// detector cues, each with the same keys as every other language's, and no empty list of cues.
import { describe, expect, it } from 'vitest';
import { CUES } from '../../../lib/detect/cues';
import { VOCABULARIES } from '../../../lib/extract/locales';
import { STRUCTURE_WORDS } from '../../../lib/extract/locales/structure-words';
import { LANGS } from '../../../lib/extract/types';

const tables = { vocabulary: VOCABULARIES, structure: STRUCTURE_WORDS, cues: CUES } as const;

describe('the language registry', () => {
  it.each(Object.entries(tables))('%s: one entry per language of LANGS', (_name, table) => {
    expect(Object.keys(table).sort()).toEqual([...LANGS].sort());
  });

  it.each(Object.entries(tables))('%s: the same keys in every language', (_name, table) => {
    const keys = (l: string) => Object.keys((table as Record<string, object>)[l]!).sort();
    for (const l of LANGS) expect(keys(l), l).toEqual(keys(LANGS[0]!));
  });

  it.each([...LANGS])('%s has words for every detector cue', (l) => {
    for (const [key, words] of Object.entries(CUES[l])) expect(words.length, `${l}.${key}`).toBeGreaterThan(0);
  });
});
