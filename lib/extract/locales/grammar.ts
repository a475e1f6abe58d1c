// Every language's grammar words under a key (./locales/grammar-words.ts), as lists, sets and
// alternations for regular expressions, compiled once.
import { GRAMMAR_WORDS } from './grammar-words';
import { mergedWords } from './merged-words';

const grammar = /* @__PURE__ */ mergedWords(GRAMMAR_WORDS);

/** Every language's words under a key, as written. */
export const grammarWords = grammar.words;
/** Every language's words under a key, lower case. */
export const grammarSet = grammar.set;
/** An alternation of the words under the keys, longest first, escaped; spaces match runs of white space. */
export const grammarAlt = grammar.alt;
