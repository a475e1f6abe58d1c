// Small string helpers shared by the extraction pipeline. No DOM, no dependencies.
import type { Found } from './types';

/** The most ad text the pipeline reads; the rest of a huge page is ignored. */
export const MAX_TEXT = 60_000;

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of literal words, case kept (for case-sensitive patterns too), longest first, a
 *  space matching a short run of blanks within a line. Phrases for a case-insensitive pattern:
 *  ./fields/text.ts `phraseAlternation`. */
export function alternation(words: readonly string[]): string {
  const uniq = [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
  if (uniq.length === 0) return '(?!)';
  return uniq.map((w) => escapeRegex(w).replace(/ /g, '[ \\t]{1,3}')).join('|');
}

/** Collapses blanks inside lines, trims lines, keeps at most one empty line in a row. */
export function tidyText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t\f\v]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .split('\n');
  const out: string[] = [];
  let blank = 0;
  for (const raw of lines) {
    const line = raw.replace(/ {2,}/g, ' ').trim();
    if (line === '') {
      blank++;
      if (blank === 1 && out.length > 0) out.push('');
    } else {
      blank = 0;
      out.push(line);
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** Shortens a snippet for evidence, at a word boundary when possible. */
export function clip(s: string, max = 300): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut) + '…';
}

/** The line of `text` that holds the character at `at` (a match's start), without its line break. */
export function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? undefined : end);
}

/**
 * `s` without the characters at its end that `drop` (a one-character test, no g flag) accepts:
 * a trimEnd for any set of characters, linear where `/[set]+$/` is quadratic on hostile text
 * (a long run of the set followed by one other character is rescanned from every position).
 */
export function trimEndWhere(s: string, drop: RegExp): string {
  let i = s.length;
  while (i > 0 && drop.test(s.charAt(i - 1))) i--;
  return i === s.length ? s : s.slice(0, i);
}

const VALUE_END = /[\s"'“”„«»‘’:;,–—-]/u;

/** Trims blanks and punctuation that never end a name or a title. */
export function trimValue(s: string): string {
  return trimEndWhere(s.replace(/\s+/g, ' ').replace(/^[\s"'“”„«»‘’:;,.–—-]+/u, ''), VALUE_END)
    .replace(/\.$/, '')
    .trim();
}

/** The words of `s` without those at its end that `drop` names (the first word always stays). */
export function dropLastWords(s: string, drop: (word: string) => boolean): string {
  const words = s.split(/[ \t]+/u);
  while (words.length > 1 && drop(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

export function upperFirst(s: string): string {
  return s.length > 0 ? s.charAt(0).toLocaleUpperCase() + s.slice(1) : s;
}

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLocaleLowerCase() && ch === ch.toLocaleUpperCase();
}

/** Words of a string, letters and digits only, lower case. */
export function wordsOf(s: string): string[] {
  return s.toLocaleLowerCase().match(/[\p{L}\p{N}]{1,40}/gu) ?? [];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  lsquo: '‘',
  rsquo: '’',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  aring: 'å',
  Aring: 'Å',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  uuml: 'ü',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
};

/** Decodes HTML character references (named ones of the list above, decimal and hex). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return m;
      return String.fromCodePoint(code);
    }
    return ENTITIES[ref] ?? m;
  });
}

const BLOCK_TAG = /<\/?(?:p|div|section|article|h[1-6]|ul|ol|tr|table|blockquote|dl|dt|dd|header|footer|pre)\b[^>]{0,2000}>/gi;

const HIDDEN_OPEN = /<(script|style|template|noscript)\b[^>]{0,2000}>/gi;

/**
 * Removes script, style, template and noscript elements with their content from markup in a
 * string, in one pass: each opening tag looks for its closing tag once, and a kind of element
 * found unclosed is not looked for again (a lazy `<script>[\s\S]*?</script>` rescans the rest
 * of the text from every unclosed opening: quadratic, seconds on 128 KB). An unclosed opening
 * is left to the tag stripping after it.
 */
export function dropHiddenElements(s: string): string {
  const unclosed = new Set<string>();
  let out = '';
  let pos = 0;
  HIDDEN_OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HIDDEN_OPEN.exec(s)) !== null) {
    const name = (m[1] ?? '').toLowerCase();
    if (unclosed.has(name)) continue;
    const close = new RegExp(`</${name}[ \\t\\n]{0,20}>`, 'gi');
    close.lastIndex = m.index + m[0].length;
    const c = close.exec(s);
    if (!c) {
      unclosed.add(name);
      continue;
    }
    out += `${s.slice(pos, m.index)} `;
    pos = c.index + c[0].length;
    HIDDEN_OPEN.lastIndex = pos;
  }
  HIDDEN_OPEN.lastIndex = 0;
  return pos === 0 ? s : out + s.slice(pos);
}

/** Turns an HTML fragment held in a string (a JSON-LD description) into text, without a DOM. */
export function htmlStringToText(s: string): string {
  let t = s;
  // Entity-encoded markup ("&lt;p&gt;") first becomes markup.
  if (/&lt;\/?[a-z][a-z0-9]{0,10}\b/i.test(t)) t = decodeEntities(t);
  if (!/<\/?[a-z][a-z0-9]{0,10}\b[^>]{0,2000}>/i.test(t)) return tidyText(decodeEntities(t));
  t = dropHiddenElements(t)
    .replace(/<br\b[^>]{0,200}>/gi, '\n')
    .replace(/<li\b[^>]{0,2000}>/gi, '\n• ')
    .replace(BLOCK_TAG, '\n')
    .replace(/<[^>]{0,2000}>/g, '');
  return tidyText(decodeEntities(t));
}

/** Splits text into sentences (rough: ., !, ? or line ends), keeping each under ~600 chars. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.length === 0) continue;
    const parts = line.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“„«•])/u);
    for (const p of parts) if (p.trim()) out.push(p.trim());
  }
  return out;
}

const FOLD: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', é: 'e', è: 'e' };
/**
 * Letters and digits only, for comparing a name with a web address: "Grünes Wohnen", "gruenes-wohnen"
 * and "grunes-wohnen" all read "gruneswohnen" (æ/ae, ø/oe, å/aa, ü/ue written either way).
 */
export const foldName = (s: string): string =>
  s
    .toLocaleLowerCase()
    .replace(/[æøåäöüßéè]/gu, (c) => FOLD[c] ?? c)
    .replace(/[^a-z0-9]/gu, '')
    .replace(/ae|oe|ue|aa/gu, (pair) => pair[0]!);

/** True when `test` holds at one of the first occurrences of `value` in `text` (its index passed). */
export function atSomeOccurrence(text: string, value: string, test: (at: number) => boolean): boolean {
  if (!value) return false;
  for (let at = text.indexOf(value), n = 0; at >= 0 && n < 200; at = text.indexOf(value, at + 1), n++) if (test(at)) return true;
  return false;
}

/** A value with where it came from, its evidence cut to 300 characters. */
export function found<T>(value: T, evidence: string, source: Found<T>['source'], inferred = false): Found<T> {
  return { value, evidence: clip(evidence, 300), source, ...(inferred ? { inferred } : {}) };
}
