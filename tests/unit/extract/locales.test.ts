// The language registry: every language of LANGS has its vocabulary, its structure words, its
// grammar words and its detector cues, each with the same keys as every other language's, and no empty list of cues.
import { describe, expect, it } from 'vitest';
import { CUES } from '../../../lib/detect/cues';
import { VOCABULARIES } from '../../../lib/extract/locales';
import { STRUCTURE_WORDS } from '../../../lib/extract/locales/structure-words';
import { GRAMMAR_WORDS } from '../../../lib/extract/locales/grammar-words';
import { LANGS } from '../../../lib/extract/types';
import { UI_LANGS } from '../../../lib/i18n';
import { adLanguageOptions } from '../../../lib/form/languages';

const tables = { vocabulary: VOCABULARIES, structure: STRUCTURE_WORDS, grammar: GRAMMAR_WORDS, cues: CUES } as const;

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

  it('has grammar words under every key in some language, none blank or padded', () => {
    for (const key of Object.keys(GRAMMAR_WORDS.en)) {
      const all = LANGS.flatMap((l) => GRAMMAR_WORDS[l][key as keyof (typeof GRAMMAR_WORDS)['en']]);
      expect(all.length, key).toBeGreaterThan(0);
      for (const w of all) expect(w, key).toBe(w.trim());
      for (const w of all) expect(w.length, key).toBeGreaterThan(0);
    }
  });
});

describe("the UI's list of ad languages", () => {
  it.each([...UI_LANGS])('offers every language of the registry by name in the %s UI', (ui) => {
    const options = adLanguageOptions(ui);
    expect(options.map((o) => o.code)).toEqual([...LANGS]);
    for (const o of options) expect(o.name, `${ui}: ${o.code}`).not.toBe(o.code);
    expect(new Set(options.map((o) => o.name)).size, 'one name per language').toBe(LANGS.length);
  });

  it("keeps an imported posting's language that is not in the registry", () => {
    expect(adLanguageOptions('en', 'fr').at(-1)).toEqual({ code: 'fr', name: 'French' });
  });
});
