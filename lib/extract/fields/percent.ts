/**
 * Position size in percent: "100 % stilling", "Stillingsbrøk: 100%", "Stellenumfang 80 %",
 * "tjänstgöringsgrad 75%". Only with a word about the position next to it, and one size (a range "40-60%" states none); a pension
 * ("svarende til 8 %/4 %"), "fritvalg på 3,4%" or a pay rise is not a position size.
 */
import type { Found } from '../types';
import type { Vocabulary } from '../locales/types';
import type { TextContext } from './context';
import { clip } from '../util';
import { grammarAlt } from '../locales/grammar';
import { hasTitleWord } from './title-words';
import { allMatches, phraseAlternation, perVocabulary, phraseRegex, sentenceAround, sentenceBounds } from './text';

const PERCENT_WORD = new RegExp(`%|${grammarAlt('percentWords')}`, 'iu');

const compile = perVocabulary((v: Vocabulary) => ({
  percent: new RegExp(
    String.raw`(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)(?:\s{0,2}[-–]\s{0,2}(\d{1,3}(?:[.,]\d{1,2})?))?\s{0,2}(?:%|${grammarAlt('percentWords')})(?!\p{L})`,
    'giu',
  ),
  // "80 % stilling", "40%-stilling", "50% of a full time equivalent": a word about the position, two short words at most before it.
  positiveAfter: new RegExp(String.raw`^[\s)-]{0,3}(?:[\p{L}-]{1,14}\s{1,3}){0,2}(?:${phraseAlternation(v.percentWords)})`, 'iu'),
  positiveBefore: phraseRegex(v.percentWords),
  negative: phraseRegex(v.percentNegativeWords),
  // "Stillingsprosent: 60", "Pensum: 80": a label of the size, and a bare number that ends its line or clause.
  label: new RegExp(
    String.raw`(?<!\p{L})(?:${phraseAlternation(v.percentLabels)})\s{0,2}[:：]\s{0,2}(\d{1,3}(?:[.,]\d{1,2})?)(?=\s{0,2}(?:$|[.;,\n]))`,
    'imu',
  ),
  // "0.8 FTE", "0,5 årsverk": a fraction of a full-time post.
  fte: new RegExp(String.raw`(?<![\d.,])([01](?:[.,]\d{1,2})?)\s{0,2}(?:${phraseAlternation(v.fteWords)})(?!\p{L})`, 'iu'),
  // "en halv stilling", "Tjänsten är på halvtid", "eine halbe Stelle": 50 %.
  half: new RegExp(String.raw`(?<!\p{L})(?:${phraseAlternation(v.halfTimeWords)})(?!\p{L})`, 'iu'),
}));

function num(s: string | undefined): number {
  return Number(String(s ?? '').replace(',', '.'));
}

export function parsePercent(ctx: TextContext): Found<number> | null {
  const rx = compile(ctx.vocab);
  for (const [bi, b] of ctx.blocks.entries()) {
    const t = b.text;
    if (!PERCENT_WORD.test(t)) continue;
    for (const m of allMatches(rx.percent, t)) {
      const lo = num(m[1]);
      const hi = m[2] !== undefined ? num(m[2]) : lo;
      const value = Math.max(lo, hi);
      if (!(value > 0 && value <= 100)) continue;
      const end = m.index + m[0].length;
      // "8 %/4 %": one of a pair of rates, not a position.
      if (/^\s{0,2}\//.test(t.slice(end, end + 3)) || /\/\s{0,2}$/.test(t.slice(Math.max(0, m.index - 3), m.index))) continue;
      const [sa, sb] = sentenceBounds(t, m.index, end, 200);
      const before = t.slice(Math.max(sa, m.index - 40), m.index);
      const after = t.slice(end, Math.min(sb, end + 40));
      const near = t.slice(Math.max(sa, m.index - 40), Math.min(sb, end + 30));
      if (allMatches(rx.negative, near).length > 0) continue;
      // "Vi söker projektassistent för … informationsprojekt (25%)": a size in brackets after the position.
      const bracketed =
        t.charAt(m.index - 1) === '(' &&
        t.charAt(end) === ')' &&
        /^[ \t]{0,2}(?:$|[.!:–-])/u.test(t.slice(end + 1, end + 4)) &&
        hasTitleWord(t.slice(sa, m.index));
      // "Kyrkoherde 100% till Södra Lapplands pastorat", "Rådgiver 60 %": a size right after the position's name.
      const titled = hasTitleWord(/(\p{L}[\p{L}/-]{1,39}\p{L})[ \t,:–-]{1,3}$/u.exec(before)?.[1] ?? '');
      // "Leiterin/Leiter städtische Kitas 70% | …": a size in the headline, which opens with the position.
      const headed = bi === 0 && t.length <= 200 && hasTitleWord(/^[\p{L}/-]{2,40}/u.exec(t)?.[0] ?? '');
      if (!bracketed && !titled && !headed && !rx.positiveAfter.test(after) && allMatches(rx.positiveBefore, before).length === 0) continue;
      // "stillingen i 40-60%", "en 50-100% stilling": a range states no one size.
      if (hi !== lo) return null;
      return { value, evidence: clip(sentenceAround(t, m.index, end)), source: 'text' };
    }
  }
  for (const b of ctx.blocks) {
    const m = rx.label.exec(b.text);
    const value = m ? num(m[1]) : 0;
    if (m && value > 0 && value <= 100)
      return { value, evidence: clip(sentenceAround(b.text, m.index, m.index + m[0].length)), source: 'text' };
  }
  for (const b of ctx.blocks) {
    const m = rx.fte.exec(b.text);
    const value = m ? Math.round(num(m[1]) * 100) : 0;
    // Converted, not written: marked as inferred for the review form.
    if (m && value > 0 && value <= 100)
      return { value, evidence: clip(sentenceAround(b.text, m.index, m.index + m[0].length)), source: 'text', inferred: true };
  }
  for (const b of ctx.blocks) {
    const m = rx.half.exec(b.text);
    if (m) return { value: 50, evidence: clip(sentenceAround(b.text, m.index, m.index + m[0].length)), source: 'text', inferred: true };
  }
  return null;
}
