// A table of word lists per language (vocabulary, structure or grammar words) read as one: every
// language's words under a key, as a list, a lower-case set and a regex alternation, each compiled
// once on first use.
import { LANGS, type Lang } from '../types';
import { alternation } from '../util';

type ListKey<T> = { [K in keyof T]: T[K] extends readonly string[] ? K : never }[keyof T];

export interface MergedWords<K> {
  /** Every language's words under a key, as written, without repeats. */
  words(key: K): string[];
  /** Every language's words under a key, lower case. */
  set(key: K): Set<string>;
  /** An alternation of the words under the keys, longest first, escaped; spaces match runs of blanks. */
  alt(...keys: K[]): string;
}

export function mergedWords<T extends object>(table: Readonly<Record<Lang, T>>): MergedWords<ListKey<T>> {
  type K = ListKey<T>;
  const lists = new Map<K, string[]>();
  const sets = new Map<K, Set<string>>();
  const alts = new Map<string, string>();
  const words = (key: K): string[] => {
    let got = lists.get(key);
    if (!got) {
      got = [...new Set(LANGS.flatMap((l) => table[l][key] as readonly string[]))];
      lists.set(key, got);
    }
    return got;
  };
  return {
    words,
    set(key) {
      let got = sets.get(key);
      if (!got) {
        got = new Set(words(key).map((w) => w.toLocaleLowerCase()));
        sets.set(key, got);
      }
      return got;
    },
    alt(...keys) {
      const id = keys.join('+');
      let got = alts.get(id);
      if (got === undefined) {
        got = alternation(keys.flatMap((k) => words(k)));
        alts.set(id, got);
      }
      return got;
    },
  };
}
