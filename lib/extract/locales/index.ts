import type { Lang } from '../types';
import type { Vocabulary } from './types';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';
import { sv } from './sv';

export type { Vocabulary } from './types';

export const VOCABULARIES: Readonly<Record<Lang, Vocabulary>> = { da, nb, nn, sv, de, en };

function mergeAll(vocabs: readonly Vocabulary[]): Vocabulary {
  const first = vocabs[0] ?? da;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(first) as (keyof Vocabulary)[]) {
    const sample = first[key];
    if (Array.isArray(sample)) {
      const seen = new Set<string>();
      for (const v of vocabs) for (const w of v[key] as string[]) seen.add(w);
      out[key] = [...seen];
    } else if (sample !== null && typeof sample === 'object') {
      const merged: Record<string, number> = {};
      for (const v of vocabs) Object.assign(merged, v[key] as Record<string, number>);
      out[key] = merged;
    } else {
      // Scalars (a currency, a country code) differ by language: unknown in the union.
      const values = new Set(vocabs.map((v) => v[key]));
      out[key] = values.size === 1 ? sample : null;
    }
  }
  return out as unknown as Vocabulary;
}

/** Languages close enough that an ad in one is often read as the other (Danish and Norwegian share most
 *  words): their date labels are read together ("Søknadsfristen er satt til …" in an ad taken for Danish). */
export const SIBLINGS: Readonly<Partial<Record<Lang, readonly Lang[]>>> = {
  da: ['nb', 'nn', 'sv'],
  nb: ['da', 'nn', 'sv'],
  nn: ['nb', 'da', 'sv'],
  sv: ['da', 'nb', 'nn'],
};

/** Every language's words at once, for pages whose language is unknown. */
export const UNION: Vocabulary = mergeAll(Object.values(VOCABULARIES));

/** The vocabulary of a language, or the union of all when it is unknown or not one of ours. */
export function vocabularyFor(lang: string | null | undefined): Vocabulary {
  if (lang && Object.prototype.hasOwnProperty.call(VOCABULARIES, lang)) return VOCABULARIES[lang as Lang];
  return UNION;
}

const unions = new Map<string, Vocabulary>();

/** Merge several vocabularies (e.g. an ad in Danish that quotes English labels); one object per
 *  set of languages, so that what is compiled per vocabulary is compiled once. */
export function unionOf(langs: readonly Lang[]): Vocabulary {
  const key = langs.join(',');
  let v = unions.get(key);
  if (!v) {
    v = mergeAll(langs.map((l) => VOCABULARIES[l]));
    unions.set(key, v);
  }
  return v;
}
