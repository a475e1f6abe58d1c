/**
 * Phone numbers as E.164 ("+4549407158"). The country comes from the "+45"/"0045" prefix, else
 * from the ad's language or domains and the number's shape: 8 digits without a trunk 0 are
 * Danish or Norwegian, numbers with a trunk 0 Swedish, German, Finnish or British.
 * Never a date, an amount, a year range, a CVR/org number, a reference or an account number.
 */
import { grammarAlt } from '../locales/grammar';
import { UNION } from '../locales/index';
import type { Found } from '../types';
import type { Vocabulary } from '../locales/types';
import type { TextContext } from './context';
import { clip } from '../util';
import { phraseAlternation, perVocabulary, phraseRegex, sentenceAround, sentenceBounds } from './text';

/** A run of 6 to 15 digits, with single separators or " / " ("030 / 944 61 71"), optionally after +CC / 00CC and "(0)". */
const PHONE_RE =
  /(?:(\+|00)\s?(\d{1,3})[\s.-]{0,2}(?:\(0\)[\s.-]{0,2})?)?(\(?\d(?:\)?(?:[\s.\-/]{0,2}|\s\/\s)\d){5,14})(?![\p{N}%]|[.,]\d|\s?%)/gu;

/** National significant lengths (after the trunk 0) by calling code. */
const NATIONAL: Record<string, [number, number]> = {
  '45': [8, 8],
  '47': [8, 8],
  '46': [7, 9],
  '49': [6, 11],
  '358': [5, 10],
  '354': [7, 7],
  '44': [9, 10],
  '43': [6, 12],
  '41': [9, 9],
  '48': [9, 9],
  '31': [9, 9],
  '32': [8, 9],
  '33': [9, 9],
  '34': [9, 9],
  '39': [6, 11],
  '1': [10, 10],
  '353': [7, 9],
  '372': [7, 8],
  '371': [8, 8],
  '370': [8, 8],
  '351': [9, 9],
  '30': [10, 10],
  '36': [8, 9],
  '420': [9, 9],
};
const TRUNK_ZERO = new Set(['46', '49', '358', '44', '43', '41', '31', '32', '33', '353', '36', '30']);

const NOT_BEFORE = /[\p{L}\p{N}+/.,:-]/u;
const DATE_SHAPE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/u;
const YEAR_RANGE = /^(?:19|20)\d{2}\s?[-–/]\s?(?:19|20)\d{2}$/u;
/** "2025-3391", "2019/12345": a case or job number that starts with a year. */
const YEAR_REF = /^(?:19|20)\d{2}[-/]\d{2,6}$/u;
const YEAR_PAIR = /^(?:19|20)\d{2}\s(?:19|20)\d{2}$/u;
const THOUSANDS = /^\d{1,3}(?:[.,\s]\d{3}){2,}$/u;
const CURRENCY_NEAR = new RegExp(`(?:${grammarAlt('currencyWords')}|[€$£]|,-)\\s{0,2}$`, 'iu');
const CURRENCY_AFTER = new RegExp(`^\\s{0,2}(?:${grammarAlt('currencyWords')}|${phraseAlternation(UNION.hoursWords)}|€|,-|%)`, 'iu');

const labelRegexes = perVocabulary((v: Vocabulary) => ({
  phone: phraseRegex(v.phoneLabels, { whole: true }),
  notPhone: phraseRegex(v.notPhoneLabels, { whole: true }),
}));

export interface PhoneHit {
  e164: string;
  block: number;
  start: number;
  end: number;
  labelled: boolean;
}

function lastMatchEnd(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let end = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return end;
}

/** E.164 of one candidate, or null when it is not a phone number. */
export function toE164(raw: string, prefixCc: string | null, ctxCountry: string | null, labelled: boolean): string | null {
  const body = raw.replace(/[()]/g, '');
  const digits = body.replace(/\D/g, '');
  if (prefixCc !== null) {
    // "+45 29 44 28 32", "0047 22334455"; the CC regex took 1-3 digits greedily: find a known code.
    const all = prefixCc + digits;
    for (const len of [2, 3, 1]) {
      const cc = all.slice(0, len);
      const range = NATIONAL[cc];
      if (!range) continue;
      let nat = all.slice(len);
      if (TRUNK_ZERO.has(cc) && nat.startsWith('0')) nat = nat.slice(1);
      if (nat.length >= range[0] && nat.length <= range[1]) return `+${cc}${nat}`;
    }
    return null;
  }
  if (DATE_SHAPE.test(body) || YEAR_RANGE.test(body)) return null;
  if (!labelled && (YEAR_PAIR.test(body) || THOUSANDS.test(body) || YEAR_REF.test(body))) return null;
  if (digits.startsWith('0')) {
    if (digits.startsWith('00')) return null;
    const cc = ctxCountry !== null && TRUNK_ZERO.has(ctxCountry) ? ctxCountry : null;
    if (cc === null) return null;
    const nat = digits.slice(1);
    const range = NATIONAL[cc]!;
    if (nat.length < range[0] || nat.length > range[1]) return null;
    // Without a label a national number needs a separator after the area code ("08-123 456 78").
    if (!labelled && !/\D/.test(body)) return null;
    return `+${cc}${nat}`;
  }
  if (digits.length === 8 && /^[2-9]/.test(digits)) {
    const cc = ctxCountry === '47' ? '47' : ctxCountry === '45' || ctxCountry === null ? '45' : labelled ? '45' : null;
    if (cc === null) return null;
    // "12 345 678" is an amount's grouping, not a Nordic phone's.
    if (!labelled && /^\d{2}\s\d{3}\s\d{3}$/.test(body)) return null;
    return `+${cc}${digits}`;
  }
  return null;
}

/** "Side 1 av 2", "Seite 2 von 3", "page 1/2". */
const PAGE_NUMBER = new RegExp(
  `(?:${grammarAlt('pageWords')})\\s{0,2}\\d{1,3}\\s{0,2}(?:\\/|${grammarAlt('ofWords')})\\s{0,2}\\d{1,3}`,
  'iu',
);
/** A page number at the end of a line: the words above, or a bare "1/2" after a wide gap. */
const PAGE_MARK = new RegExp(`${PAGE_NUMBER.source}\\s{0,4}$|\\s{3,8}\\d{1,3}\\s{0,2}\\/\\s{0,2}\\d{1,3}\\s{0,4}$`, 'iu');
const SEPARATED = /\s[·|•]\s/gu;

/**
 * A letterhead or page footer of a PDF ("Fjordby Kommune · Rådhuspladsen 1 · … · Tlf. 96 63 10 00 ·
 * www… Side 1/1"): the organisation's switchboard, not a number to call about the position.
 */
export function isPageChrome(block: string): boolean {
  if (block.length > 400) return false;
  const parts = block.match(SEPARATED)?.length ?? 0;
  return PAGE_MARK.test(block) && parts >= 1;
}

const applyWords = perVocabulary((v: Vocabulary) => phraseRegex(v.applyWords, { whole: true, global: false }));
const FOOTER_PLACE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{4,5}|\\d{3}[ \\t]\\d{2})[ \\t]{1,2}\\p{Lu}|(?<!\\p{L})(?:${grammarAlt('postBoxWords')})[ \\t]{0,2}\\d`,
  'iu',
);

/**
 * A site's footer or a PDF's letterhead line: "Ungt Mål Vest · Elvetorget 3, 6800 Førde ·
 * post@ungtmalvest.no · org.nr. 923 417 506". The organisation's switchboard and general address,
 * not the ad's: it has two separators and a postcode or PO box, and comes in the last part of the
 * text or more than once (a letterhead on every page).
 */
export function isSiteFooter(ctx: TextContext, bi: number): boolean {
  const t = ctx.blocks[bi]?.text ?? '';
  if (t.length > 300 || (t.match(SEPARATED)?.length ?? 0) < 2 || !FOOTER_PLACE.test(t)) return false;
  // "Send ansøgningen til Foreningen X · Vestergade 3, 8000 Aarhus C · job@x.dk" is the ad speaking.
  if (applyWords(ctx.vocab).test(t)) return false;
  if (bi >= ctx.blocks.length * 0.6 || bi >= ctx.blocks.length - 3) return true;
  // A letterhead repeats on every page, with its page number ("… · Side 1 av 2").
  const bare = (x: string) => x.split(PAGE_NUMBER)[0]!.trim();
  const line = bare(t);
  let seen = 0;
  for (const b of ctx.blocks) if (b.text.length <= 300 && bare(b.text) === line && ++seen > 1) return true;
  return false;
}

const supportRx = perVocabulary((v: Vocabulary) => phraseRegex(v.supportPhrases, { whole: true, global: false }));
/** "Ved spørsmål om utfylling av elektronisk søknadsskjema kan Jobbnorge kontaktes på …": the board's help desk, not the ad's. */
function inSupportSentence(ctx: TextContext, block: number, at: number): boolean {
  const t = ctx.blocks[block]?.text ?? '';
  // The help desk is named before its number or address, in the same sentence.
  const [a] = sentenceBounds(t, at, at, 300);
  return supportRx(ctx.vocab).test(t.slice(a, at));
}

/** Numbers or addresses for the ad's own lists: those only in a site footer, or in a help desk's sentence, are left out. */
export function ownHits<T extends { block: number; start: number }>(ctx: TextContext, all: T[], key: (h: T) => string): T[] {
  const hits = all.filter((h) => !inSupportSentence(ctx, h.block, h.start));
  const footer = new Map<number, boolean>();
  const isFooter = (bi: number) => {
    let f = footer.get(bi);
    if (f === undefined) footer.set(bi, (f = isSiteFooter(ctx, bi)));
    return f;
  };
  const inBody = new Set(hits.filter((h) => !isFooter(h.block)).map(key));
  return hits.filter((h) => !isFooter(h.block) || inBody.has(key(h)));
}

/** "kathy@westyorkshiredogrescue.co.uk 07711617148": a number right after an e-mail address (a contact card's lines, joined). */
const AFTER_EMAIL = /[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}[ \t]{1,3}$/u;

/** Every phone number with its place in ctx.blocks. Memoised. */
export function scanPhones(ctx: TextContext): PhoneHit[] {
  const memo = ctx.memo.get('phones') as PhoneHit[] | undefined;
  if (memo) return memo;
  const rx = labelRegexes(ctx.vocab);
  const out: PhoneHit[] = [];
  ctx.blocks.forEach((b, bi) => {
    const t = b.text;
    if (!/\d{2}/.test(t)) return;
    if (isPageChrome(t)) return;
    PHONE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    // The "/" after a number that a list of numbers goes on from ("77 02 61 58/77 02 61 56").
    let slashAt = -1;
    while ((m = PHONE_RE.exec(t)) !== null) {
      const start = m.index;
      if (start > 0 && start - 1 !== slashAt && NOT_BEFORE.test(t[start - 1] ?? '')) {
        PHONE_RE.lastIndex = start + 1;
        continue;
      }
      const end = start + m[0].length;
      const before = t.slice(Math.max(0, start - 32), start);
      const after = t.slice(end, end + 12);
      const phoneEnd = lastMatchEnd(rx.phone, before);
      const notEnd = lastMatchEnd(rx.notPhone, before);
      if (notEnd > phoneEnd) continue;
      const labelled = phoneEnd >= 0 || AFTER_EMAIL.test(before);
      if (!labelled && m[1] === undefined && (CURRENCY_NEAR.test(before) || CURRENCY_AFTER.test(after))) continue;
      const e164 = toE164((m[3] ?? '').trim(), m[2] ?? null, ctx.country, labelled);
      if (e164) out.push({ e164, block: bi, start, end, labelled });
      else if (labelled && m[1] === undefined && m[0].includes('/')) {
        // Numbers listed with "/" between them ran together: the first, then the rest from after its "/".
        const slash = m[0].indexOf('/');
        const first = m[0].slice(0, slash).trim();
        const one = first.replace(/\D/g, '').length >= 8 ? toE164(first, null, ctx.country, true) : null;
        if (one) {
          out.push({ e164: one, block: bi, start, end: start + first.length, labelled });
          slashAt = start + slash;
          PHONE_RE.lastIndex = slashAt + 1;
        }
      }
    }
    PHONE_RE.lastIndex = 0;
  });
  ctx.memo.set('phones', out);
  return out;
}

export function parsePhones(ctx: TextContext): Found<string[]> | null {
  const hits = ownHits(ctx, scanPhones(ctx), (h) => h.e164);
  if (hits.length === 0) return null;
  const seen = new Set<string>();
  for (const h of hits) seen.add(h.e164);
  const first = hits[0]!;
  return { value: [...seen], evidence: clip(sentenceAround(ctx.blocks[first.block]?.text ?? '', first.start, first.end)), source: 'text' };
}
