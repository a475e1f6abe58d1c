// The structure vocabulary of all languages, merged and compiled once into bounded regexes.
import { STRUCTURE_WORDS } from './structure-words';
import { mergedWords } from './merged-words';
import { grammarSet } from './grammar';
import { escapeRegex } from '../util';

const structure = /* @__PURE__ */ mergedWords(STRUCTURE_WORDS);

/** One list of every language's words under a key. */
export const allWords = structure.words;
/** The alternation of every language's words under a key (longest first, spaces flexible). */
export const alt = (key: Parameters<typeof structure.alt>[0]): string => structure.alt(key);
/** Every language's words under a key, lower case. */
export const wordSet = structure.set;
/** Every language's words under a key, lower case and escaped as written (a space stays one space),
 *  in list order: for a pattern that matches lower-case text case-sensitively. */
export const lowerAlt = (key: Parameters<typeof structure.alt>[0]): string =>
  allWords(key)
    .map((w) => escapeRegex(w.toLocaleLowerCase()))
    .join('|');

/** Words that end a title or a name taken from running text (prepositions, conjunctions, verbs). */
export const STOP_WORDS = grammarSet('stopWords');
