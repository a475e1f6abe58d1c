/**
 * The text of one ad, prepared once for all field parsers: lines, soft-wrapped lines joined into
 * blocks, the language's vocabulary and the dates known from outside the text.
 */
import type { Lang } from '../types';
import { hostOf } from '../../url';
import { SIBLINGS, UNION, VOCABULARIES, vocabularyFor, unionOf } from '../locales/index';
import { escapeRegex } from '../util';
import { phraseAlternation, perVocabulary } from './text';
import { grammarAlt } from '../locales/grammar';
import type { Vocabulary } from '../locales/types';

/** A paragraph or line of the ad: soft-wrapped lines (PDF text, "Bønes,\nbystyregruppen@…") joined. */
export interface Block {
  text: string;
  /** text.toLowerCase() (phrase search runs on it). */
  lower: string;
  /** Index in `lines` of the block's first line. */
  line: number;
}

export interface TextContext {
  /** The ad's visible text, normalised (\n line ends, no soft hyphens, no-break spaces as spaces). */
  text: string;
  lines: string[];
  blocks: Block[];
  lang: Lang | null;
  /** The language's words, or the union of all languages when it is unknown. */
  vocab: Vocabulary;
  /** The words dates are read with: the language's, and those of another language whose date
   *  labels open a line (an English ad on a Swedish board: "Sista ansökningsdag: 30 okt."). */
  dateVocab: Vocabulary;
  /** The day the page was seen (YYYY-MM-DD): yearless dates resolve against it. */
  observed: string | null;
  /** ISO dates known from structured data (datePosted…), for yearless dates when observed is null. */
  anchors: string[];
  /** Country calling code for national phone numbers ("45"), from the language or the ad's domains. */
  country: string | null;
  /** Shared work between parsers (the date scan), keyed by parser. */
  memo: Map<string, unknown>;
  /** Tests only: a parser's exception is rethrown, not turned into a missing field. */
  strict: boolean;
}

export interface TextContextOptions {
  lang: Lang | null;
  observed: string | null;
  anchors?: string[];
  /** Extra languages whose words also count (e.g. ['en'] for a Danish ad with English labels). */
  alsoLangs?: Lang[];
  /** The page's address: its country domain tells national phone numbers' country after the text's own. */
  url?: string | null;
  strict?: boolean;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
const BULLET_START = /^[•·▪◦‣⁃*–-]\s/u;
const SENTENCE_END = /[.!?:;]["”)]?$/u;
const SOFT_JOIN_END = /[,–/&(-]$/u;
const HYPHEN_END = /\p{Ll}-$/u;
const ABBREV_OR_COLON_END = /(?:(?<!\p{L})\p{L}{1,6}\.|:)$/u;
/** An address cut after a dot of its domain ("jobs@bsya." + "example."). */
const EMAIL_CUT_END = /@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,4}\.$/u;
const EMAIL_REST_START = /^[\p{Ll}\p{N}-]{2,63}(?:\.[\p{Ll}\p{N}-]{1,63}){0,4}(?![\p{L}\p{N}@-])/u;
const LOWER_OR_DIGIT_START = /^[\p{Ll}\p{N}(@]/u;
const LOWER_START = /^\p{Ll}/u;
const WHOLE_EMAIL = /^[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}$/u;
// not language words: country domains
const TLD = /\.(dk|no|se|de|fi|at|ch|uk)(?![\p{L}\p{N}])/giu;
const TLD_COUNTRY: Record<string, string> = { dk: '45', no: '47', se: '46', de: '49', fi: '358', at: '43', ch: '41', uk: '44' };

/** Text normalisation every parser relies on. */
const ODD_CHARS = /\r\n?|[\t\u00a0\u2007\u202f\u00ad\u200b-\u200d\u2060\ufeff]/g;
const COMBINING = /[\u0300-\u036f]/;

export function normalizeText(text: string): string {
  const raw = String(text ?? '');
  ODD_CHARS.lastIndex = 0;
  const odd = ODD_CHARS.test(raw);
  ODD_CHARS.lastIndex = 0;
  const s = !odd
    ? raw
    : raw.replace(ODD_CHARS, (c) => (c[0] === '\r' ? '\n' : c === '\t' || c === '\u00a0' || c === '\u2007' || c === '\u202f' ? ' ' : ''));
  return COMBINING.test(s) ? s.normalize('NFC') : s;
}

/** Join soft-wrapped lines into blocks (a paragraph of PDF text, a label split over two lines). */
export function makeBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let cur: string | null = null;
  let curLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') {
      if (cur !== null) blocks.push(block(cur, curLine));
      cur = null;
      continue;
    }
    if (cur === null) {
      cur = line;
      curLine = i;
      continue;
    }
    const prev: string = cur;
    const bullet = BULLET_START.test(line);
    // "på tlf." / "Ansøgningsfrist:" / "jobnr." at a line end: the number on the next line belongs to it.
    const openEnd = ABBREV_OR_COLON_END.test(prev);
    const ended = SENTENCE_END.test(prev) && !openEnd;
    let join = false;
    if (!bullet && !ended) {
      if (openEnd) join = LOWER_OR_DIGIT_START.test(line) || line.startsWith('+');
      // A line that is one e-mail address is a contact card's line of its own, not the sentence's end.
      else if (SOFT_JOIN_END.test(prev) || (LOWER_OR_DIGIT_START.test(line) && !WHOLE_EMAIL.test(line))) join = true;
      else if ((lines[i - 1] ?? '').trim().length >= 40) join = true;
    }
    if (!join && EMAIL_CUT_END.test(prev) && EMAIL_REST_START.test(line)) join = true;
    if (join) {
      if (EMAIL_CUT_END.test(prev) && EMAIL_REST_START.test(line)) cur = prev + line;
      else if (HYPHEN_END.test(prev) && LOWER_START.test(line)) cur = prev.slice(0, -1) + line;
      else cur = prev + ' ' + line;
    } else {
      blocks.push(block(cur, curLine));
      cur = line;
      curLine = i;
    }
  }
  if (cur !== null) blocks.push(block(cur, curLine));
  return blocks;
}

function block(text: string, line: number): Block {
  return { text, lower: text.toLowerCase(), line };
}

function countryFromDomains(text: string): string | null {
  const votes = new Map<string, number>();
  TLD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = TLD.exec(text)) !== null && n < 200) {
    n++;
    const cc = TLD_COUNTRY[(m[1] ?? '').toLowerCase()];
    if (cc) votes.set(cc, (votes.get(cc) ?? 0) + 1);
  }
  TLD.lastIndex = 0;
  let best: string | null = null;
  let bestN = 0;
  for (const [cc, k] of votes) if (k > bestN) [best, bestN] = [cc, k];
  return best;
}

/** The head of a comment thread under the ad ("3 kommentarer", "Be the first to comment"). */
let COMMENTS: RegExp | null = null;
const commentsMark = (): RegExp =>
  (COMMENTS ??= new RegExp(
    `^(?:\\d{1,4}\\s{1,3}(?:${grammarAlt('commentCountWords')})|${grammarAlt('commentHeadings')})\\s{0,3}[:.!]?$`,
    'iu',
  ));

/** Blocks of a comment thread after the ad are page chrome: their numbers and names are no contacts. */
function dropComments(blocks: Block[]): Block[] {
  const from = Math.floor(blocks.length / 3);
  for (let i = from; i < blocks.length; i++) {
    const t = blocks[i]!.text;
    if (t.length <= 40 && commentsMark().test(t)) return blocks.slice(0, i);
  }
  return blocks;
}

let GLUED_MONTH: RegExp | null = null;
/** A label glued to a capitalised month by a scraped page ("Application DeadlineJune 10, 2024"): a space between. */
function unglueMonths(text: string): string {
  GLUED_MONTH ??= new RegExp(
    `(\\p{Ll})(${Object.keys(UNION.months)
      .filter((m) => m.length >= 4)
      .sort((a, b) => b.length - a.length)
      .map((m) => escapeRegex(m.charAt(0).toUpperCase() + m.slice(1)))
      .join('|')})(?=[\\s\\d.,])`,
    'gu',
  );
  return text.replace(GLUED_MONTH, '$1 $2');
}

export function makeTextContext(text: string, opts: TextContextOptions): TextContext {
  const norm = unglueMonths(normalizeText(text));
  const lines = norm.split('\n');
  const lang = opts.lang ?? null;
  const vocab = lang && opts.alsoLangs && opts.alsoLangs.length > 0 ? unionOf([lang, ...opts.alsoLangs]) : vocabularyFor(lang);
  const observed = opts.observed && ISO_DAY.test(opts.observed) ? opts.observed.slice(0, 10) : null;
  const anchors = (opts.anchors ?? []).filter((a) => typeof a === 'string' && ISO_DAY.test(a)).map((a) => a.slice(0, 10));
  const country = countryFromDomains(norm) ?? countryFromDomains(hostOf(opts.url)) ?? vocab.phoneCountry ?? (lang === 'en' ? '44' : null);
  const raw = dropComments(makeBlocks(lines));
  const chrome = lang ? labelLanguages(raw, lang) : [];
  const siblings = lang ? (SIBLINGS[lang] ?? []) : [];
  const dateVocab = lang && (chrome.length || siblings.length) ? unionOf([lang, ...(opts.alsoLangs ?? []), ...chrome, ...siblings]) : vocab;
  // A job board's labels may be in another language than the ad ("Expires" / "21-01-2019" on a Danish ad).
  const blocks = joinDateLabels(raw, dateVocab);
  return { text: norm, lines, blocks, lang, vocab, dateVocab, observed, anchors, country, memo: new Map(), strict: opts.strict === true };
}

const labelStarts = new Map<string, RegExp | null>();
const LABEL_LINE_MAX = 120;

/** Other languages whose deadline or start label opens a short line, followed by a colon, or is the whole line or stands before a figure ("Expires" / "Expires 21-01-2019"). */
function labelLanguages(blocks: readonly Block[], lang: Lang): Lang[] {
  const out: Lang[] = [];
  for (const l of Object.keys(VOCABULARIES) as Lang[]) {
    if (l === lang) continue;
    const key = `${lang}>${l}`;
    let re = labelStarts.get(key);
    if (re === undefined) {
      const v = VOCABULARIES[l];
      const own = new Set([...VOCABULARIES[lang].deadlineLabels, ...VOCABULARIES[lang].startLabels].map((w) => w.toLowerCase()));
      const words = [...v.deadlineLabels, ...v.startLabels].filter((w) => !own.has(w.toLowerCase()));
      re = words.length ? new RegExp(`^(?:${phraseAlternation(words)})[ \t]{0,2}(?::|$|\\d)`, 'iu') : null;
      labelStarts.set(key, re);
    }
    const starts = re;
    if (starts && blocks.some((b) => b.text.length <= LABEL_LINE_MAX && starts.test(b.lower))) out.push(l);
  }
  return out;
}

/** A block that opens with a date: a figure, a weekday or a month ("6. mars", "Fredag 6. mars", "March 6, 2026"). */
const dateStart = perVocabulary(
  (v) => new RegExp(`^(?:\\p{N}|(?:${phraseAlternation([...Object.keys(v.weekdays), ...Object.keys(v.months)])})(?![\\p{L}]))`, 'iu'),
);
/** A figure of a date ("28 mars", "1.3.", "2026-03-01") in a block's first words. */
const EARLY_DATE = /(?<!\p{N})\d{1,4}(?:[./-]\d{1,2}|\.?[ \t]\p{L}{3})/u;
/** The date labels of a vocabulary, lower case. */
const dateLabels = perVocabulary(
  (v) => new Set([...v.deadlineLabels, ...v.startLabels, ...v.publicationLabels, ...v.interviewLabels].map((l) => l.toLowerCase())),
);

/**
 * A label alone in its block, then its date in the next ("Deadline" / "3 November 2024.",
 * "Ansøgningsfrist:" / "13. september 2026", as a page's <dt>/<dd> or <h3>/<p> read): one block.
 */
function joinDateLabels(blocks: Block[], vocab: Vocabulary): Block[] {
  const labels = dateLabels(vocab);
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    const label = b.lower.replace(/[ \t]{0,2}:$/u, '');
    // "Sista ansökningsdag" / "Anmäl ditt intresse senast den 28 mars 2022.": a date early in the next block also belongs to it.
    const dated = (n: Block): boolean => dateStart(vocab).test(n.text) || (n.text.length <= 200 && EARLY_DATE.test(n.text.slice(0, 80)));
    if (next && b.text.length <= 40 && labels.has(label) && dated(next)) {
      out.push(block(`${label === b.lower ? `${b.text}:` : b.text} ${next.text}`, b.line));
      i++;
    } else out.push(b);
  }
  return out;
}
