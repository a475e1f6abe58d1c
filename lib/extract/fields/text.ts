/** Small text helpers shared by the field parsers: phrase regexes, sentences, snippets. */
import type { Vocabulary } from '../locales/types';

const REGEX_SPECIAL = /[$()*+.?[\\\]^{|}]/g;

/** Escape a phrase for a RegExp; single spaces match a short run of white space. */
export function escapePhrase(phrase: string): string {
  return phrase
    .trim()
    .replace(REGEX_SPECIAL, '\\$&')
    .replace(/ +/g, '\\s{1,3}');
}

/** An alternation of phrases, longest first (so "ansøgningsfristen er" wins over "ansøgningsfrist"). */
export function alternation(phrases: readonly string[]): string {
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
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(phrases)})${tail}`, opts.global === false ? 'iu' : 'giu');
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
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

const ABBREVIATIONS = new Set([
  'd', 'pr', 'kl', 'tlf', 'tel', 'ca', 'bl', 'a', 'f', 'eks', 'nr', 'mv', 'evt', 'dvs', 'jf', 'inkl', 'st', 'dr', 'hr', 'fr',
  'ref', 'mr', 'mrs', 'ms', 'prof', 'ggf', 'z', 'b', 'u', 'bzw', 'ev', 'vs', 'etc', 'no', 'mob', 'tfn', 'ekskl', 'osv', 'mfl',
  'fx', 'pt', 'p', 'mm', 'tlf', 'e', 'g', 'i', 'al', 'inkl', 'ang', 'vedr', 'max', 'min', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dec', 'des', 'dez', 'kr', 'str', 'adr', 'att', 'mob', 'ang', 'dep',
]);

function isBoundary(s: string, dot: number): boolean {
  // s[dot] is . ! or ?; a boundary when white space and an upper-case letter, digit or bullet follow,
  // and the word before is not an abbreviation.
  const next = s.slice(dot + 1, dot + 4);
  if (!/^\s{1,2}[\p{Lu}\p{N}•"“(]/u.test(next)) return false;
  if (s[dot] !== '.') return true;
  let i = dot - 1;
  while (i >= 0 && dot - i <= 6 && /[\p{L}]/u.test(s[i] ?? '')) i--;
  const word = s.slice(i + 1, dot).toLowerCase();
  if (word.length === 0) return !/\d/.test(s[dot - 1] ?? '');
  return !ABBREVIATIONS.has(word);
}

/** The sentence of `s` around [start, end), trimmed, at most `max` characters. */
export function sentenceAround(s: string, start: number, end: number = start, max = 300): string {
  let a = start;
  const lowest = Math.max(0, start - 400);
  while (a > lowest) {
    const c = s[a - 1];
    if ((c === '.' || c === '!' || c === '?') && isBoundary(s, a - 1)) break;
    if (c === '•' || c === '\n') break;
    a--;
  }
  let b = end;
  const highest = Math.min(s.length, end + 400);
  while (b < highest) {
    const c = s[b];
    if ((c === '.' || c === '!' || c === '?') && isBoundary(s, b)) {
      b++;
      break;
    }
    if (c === '•' || c === '\n') break;
    b++;
  }
  let out = s.slice(a, b).replace(/\s+/g, ' ').trim();
  if (out.length > max) {
    const mid = Math.max(0, start - a);
    const from = Math.max(0, Math.min(mid - Math.floor(max / 2), out.length - max));
    out = out.slice(from, from + max).trim();
  }
  return out;
}

/** Start and end offsets of the sentence around [start, end) (no trimming, no cap). */
export function sentenceBounds(s: string, start: number, end: number = start, reach = 400): [number, number] {
  let a = start;
  const lowest = Math.max(0, start - reach);
  while (a > lowest) {
    const c = s[a - 1];
    if ((c === '.' || c === '!' || c === '?') && isBoundary(s, a - 1)) break;
    if (c === '•' || c === '\n') break;
    a--;
  }
  let b = end;
  const highest = Math.min(s.length, end + reach);
  while (b < highest) {
    const c = s[b];
    if ((c === '.' || c === '!' || c === '?') && isBoundary(s, b)) {
      b++;
      break;
    }
    if (c === '•' || c === '\n') break;
    b++;
  }
  return [a, b];
}

/** Lower-case, NFC, white space collapsed. */
export function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
