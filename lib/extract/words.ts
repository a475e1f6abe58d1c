// The structure vocabulary of all languages, merged and compiled once into bounded regexes.
import { LANGS } from './types';
import { STRUCTURE_WORDS, type StructureWords } from './locales/structure-words';
import { alternation } from './util';

type ListKey = { [K in keyof StructureWords]: StructureWords[K] extends string[] ? K : never }[keyof StructureWords];

const cache = new Map<ListKey, string[]>();

/** One list of every language's words under a key. */
export function allWords(key: ListKey): string[] {
  let got = cache.get(key);
  if (!got) {
    const s = new Set<string>();
    for (const l of LANGS) for (const w of STRUCTURE_WORDS[l][key]) s.add(w);
    got = [...s];
    cache.set(key, got);
  }
  return got;
}

const altCache = new Map<ListKey, string>();
/** The alternation of every language's words under a key (longest first, spaces flexible). */
export function alt(key: ListKey): string {
  let got = altCache.get(key);
  if (got === undefined) {
    got = alternation(allWords(key));
    altCache.set(key, got);
  }
  return got;
}

const lowerSets = new Map<ListKey, Set<string>>();
export function wordSet(key: ListKey): Set<string> {
  let got = lowerSets.get(key);
  if (!got) {
    got = new Set(allWords(key).map((w) => w.toLocaleLowerCase()));
    lowerSets.set(key, got);
  }
  return got;
}

/** Words that end a title or a name taken from running text (prepositions, conjunctions, verbs). */
export const STOP_WORDS = new Set(
  (
    'i til for hos med der som og eller på ved fra frå hvor som samt men at af av om under efter etter inden innen ' +
    'in at to with and or who that where from by on of as is are will the this our your ' +
    'für bei mit und oder im zur zum ab von wo die der das den dem ist sind wird ' +
    'till för hos med och eller som vid på från där är att av om efter inom ' +
    'kor kva frå hjå som er vert blir skal kan vil har var bliver er skal kan vil har var blir ska kommer'
  ).split(' '),
);
