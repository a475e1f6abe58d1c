/** Small text helpers shared by the field parsers: phrase regexes, sentences, snippets. */
import type { Vocabulary } from '../locales/types';
import { grammarSet } from '../locales/grammar';

const REGEX_SPECIAL = /[$()*+.?[\\\]^{|}]/g;

/** Escape a phrase for a RegExp; single spaces match a short run of white space. */
export function escapePhrase(phrase: string): string {
  return phrase.trim().replace(REGEX_SPECIAL, '\\$&').replace(/ +/g, '\\s{1,3}');
}

/**
 * An alternation of phrases for a case-insensitive regex: lower-cased, longest first (so
 * "ansøgningsfristen er" wins over "ansøgningsfrist"), a space matching any short run of white space
 * (line breaks too). ../util.ts `alternation` keeps the words' case and matches blanks within a line.
 */
export function phraseAlternation(phrases: readonly string[]): string {
  const uniq = [...new Set(phrases.map((p) => p.trim().toLowerCase()).filter((p) => p.length > 0))];
  uniq.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return uniq.map(escapePhrase).join('|') || '(?!)';
}

/**
 * Phrases at the start of a word. With `whole`, a phrase that ends in a letter or digit must
 * also end a word; without it, more letters may follow ("ansøgningsfrist" finds "ansøgningsfristen").
 */
export function phraseRegex(phrases: readonly string[], opts: { whole?: boolean; global?: boolean } = {}): RegExp {
  const tail = opts.whole ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phraseAlternation(phrases)})${tail}`, opts.global === false ? 'iu' : 'giu');
}

/**
 * A set of phrases to find at word starts, fast: the alternation runs without a look-behind
 * (which would be tried at every position) on the lower-cased text, and the word boundary is
 * checked in code. Falls back to a case-insensitive regex when lower-casing changed the length.
 */
export interface PhraseSet {
  lower: RegExp;
  ci: RegExp;
  whole: boolean;
}

export function phraseSet(phrases: readonly string[], opts: { whole?: boolean } = {}): PhraseSet {
  const alt = phraseAlternation(phrases);
  return { lower: new RegExp(`(?:${alt})`, 'gu'), ci: new RegExp(`(?:${alt})`, 'giu'), whole: opts.whole === true };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface PhraseHit {
  index: number;
  end: number;
  text: string;
}

/** Every phrase of the set in `text` (`lower` is text.toLowerCase(), if already computed). */
export function findPhrases(set: PhraseSet, text: string, lower?: string): PhraseHit[] {
  const low = lower ?? text.toLowerCase();
  const same = low.length === text.length;
  const re = same ? set.lower : set.ci;
  const s = same ? low : text;
  const out: PhraseHit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const i = m.index;
    const end = i + m[0].length;
    const first = m[0][0] ?? '';
    const last = m[0][m[0].length - 1] ?? '';
    const okStart = i === 0 || !WORD_CHAR.test(first) || !WORD_CHAR.test(s[i - 1] ?? '');
    const okEnd = !set.whole || end >= s.length || !WORD_CHAR.test(last) || !WORD_CHAR.test(s[end] ?? '');
    if (okStart && okEnd) out.push({ index: i, end, text: text.slice(i, end) });
    else {
      re.lastIndex = i + 1;
      continue;
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** True when some phrase of the set is in `text`. */
export function hasPhrase(set: PhraseSet, text: string, lower?: string): boolean {
  return findPhrases(set, text, lower).length > 0;
}

/** Memoise a per-vocabulary computation (regexes are compiled once per vocabulary). */
export function perVocabulary<T>(build: (v: Vocabulary) => T): (v: Vocabulary) => T {
  const cache = new WeakMap<Vocabulary, T>();
  return (v) => {
    let got = cache.get(v);
    if (got === undefined) {
      got = build(v);
      cache.set(v, got);
    }
    return got;
  };
}

/** All matches of a global regex in a string (the regex's lastIndex is reset). */
export function allMatches(re: RegExp, s: string, max = Infinity): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < max && (m = re.exec(s)) !== null) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** Abbreviations whose full stop ends no sentence (every language's, lower case). */
const abbreviations = (): Set<string> => grammarSet('abbreviations');

function isBoundary(s: string, dot: number): boolean {
  // s[dot] is . ! or ?; a boundary when white space and an upper-case letter, digit or bullet follow,
  // and the word before is not an abbreviation.
  const next = s.slice(dot + 1, dot + 4);
  if (!/^\s{1,2}[\p{Lu}\p{N}•"“(]/u.test(next)) return false;
  if (s[dot] !== '.') return true;
  let i = dot - 1;
  while (i >= 0 && dot - i <= 10 && /\p{L}/u.test(s[i] ?? '')) i--;
  const word = s.slice(i + 1, dot).toLowerCase();
  if (word.length === 0) return !/\d/.test(s[dot - 1] ?? '');
  return !abbreviations().has(word);
}

/** Sentence marks of one string: indices of boundary characters, and whether each ends a sentence
 *  with punctuation (kept in the sentence) or is a line break or bullet (left out). */
interface Marks {
  at: number[];
  punct: boolean[];
}

const markCache: { s: string; marks: Marks }[] = [];

function marksOf(s: string): Marks {
  for (const c of markCache) if (c.s === s) return c.marks;
  const at: number[] = [];
  const punct: boolean[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // . ! ? • \n
    if (c === 46 || c === 33 || c === 63) {
      if (isBoundary(s, i)) {
        at.push(i);
        punct.push(true);
      }
    } else if (c === 0x2022 || c === 10) {
      at.push(i);
      punct.push(false);
    }
  }
  const marks = { at, punct };
  markCache.unshift({ s, marks });
  if (markCache.length > 3) markCache.pop();
  return marks;
}

/** Index of the first mark >= pos (binary search). */
function firstMarkFrom(at: number[], pos: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start and end offsets of the sentence around [start, end) (no trimming), at most `reach` each side. */
export function sentenceBounds(s: string, start: number, end: number = start, reach = 400): [number, number] {
  const { at, punct } = marksOf(s);
  const lowest = Math.max(0, start - reach);
  const before = firstMarkFrom(at, start) - 1;
  const a = before >= 0 && at[before]! >= lowest ? at[before]! + 1 : lowest;
  const highest = Math.min(s.length, end + reach);
  const after = firstMarkFrom(at, end);
  const b = after < at.length && at[after]! < highest ? at[after]! + (punct[after] ? 1 : 0) : highest;
  return [a, b];
}

/** The sentence of `s` around [start, end), trimmed, at most `max` characters. */
export function sentenceAround(s: string, start: number, end: number = start, max = 300): string {
  const [a, b] = sentenceBounds(s, start, end, max);
  let out = s.slice(a, b).replace(/\s+/g, ' ').trim();
  if (out.length > max) {
    const mid = Math.max(0, start - a);
    const from = Math.max(0, Math.min(mid - Math.floor(max / 2), out.length - max));
    out = out.slice(from, from + max).trim();
  }
  return out;
}

/** Lower-case, NFC, white space collapsed. */
export function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
