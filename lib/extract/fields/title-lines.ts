// What a headline-like line is not, and what trails a headline: read by ./title.ts.
// - A line that is one of the ad's stock phrases names no position: an apply button ("Søg
//   jobbet"), a pay term ("Lønn etter avtale"), a phrase of the ad's vocabulary.
// - A byline ("Submitted by …") names who wrote the page.
// - The line below a contact label ("Kontaktperson:" / "Teamkoordinator Anne Scheffmann") names a person.
// - A tagline after the dash ("Kulturvært – Skab liv og oplevelser i Mørkhøj Park", "Kontorchef …
//   – ledelse, trivsel og drift …") is no part of the title when it is long and names no position itself.
import { alt, STOP_WORDS } from '../locales/words';
import { UNION } from '../locales';
import { grammarAlt } from '../locales/grammar';
import { alternation, dropLastWords } from '../util';
import { hasTitleWord } from './title-words';

let STOCK: RegExp | null = null;
const stock = (): RegExp =>
  (STOCK ??= new RegExp(
    `^(?:${alt('applyPhrases')}|${alt('applyLinkTexts')}|${alternation(UNION.salaryTermPhrases)}|${alt('jobAdWords')})[ \\t]{0,2}[.!:]?$`,
    'iu',
  ));

/** True for a line that is one stock phrase of an ad, not a position's name. */
export function isStockPhrase(line: string): boolean {
  return stock().test(line.trim());
}

let BYLINE: RegExp | null = null;
/** "Submitted by Town Administrator Sherry Patch", "Af Mette Hansen": who wrote the page, not the position. */
export function isBylineLine(line: string): boolean {
  // Case-sensitive: the byline word opens the line capitalised and a name (or a role before it) follows.
  BYLINE ??= new RegExp(`^(?:${alt('bylineWords')})[ \\t]{1,3}\\p{Lu}`, 'u');
  return BYLINE.test(line.trim());
}

let CONTACT: RegExp | null = null;
/** "Kontaktperson:", "Ansprechpartnerin:": the line below it names a person, not the position. */
export function isContactLabelLine(line: string): boolean {
  CONTACT ??= new RegExp(`^(?:${alternation(UNION.contactLabels)})[ \\t]{0,2}:$`, 'iu');
  return CONTACT.test(line.trim());
}

let TERMS: RegExp | null = null;
/** A position's size, hours or term: "80 %", "37 timer", "0.6 FTE", "fast", "Teilzeit", "part-time". */
const terms = (): RegExp =>
  (TERMS ??= new RegExp(
    `\\d{1,3}(?:[.,]\\d{1,2})?[ \\t]{0,2}%|\\d{1,2}(?:[.,]\\d)?[ \\t]{0,2}(?:${alternation(UNION.hoursWords)})(?![\\p{L}])|(?<![\\p{L}])(?:${alternation(UNION.fteWords)}|${grammarAlt('employmentTerms')})(?![\\p{L}])`,
    'iu',
  ));
const SEGMENT_START = /(?:,|[ \t][–—|-]|[ \t]?\()[ \t]{0,2}/gu;

/**
 * The terms a headline gives after the position, cut off: "Miljøarbeider – 80 % fast", "Rådgiver,
 * 100 % fast", "Projektleder, 37 timer, Aarhus", "Finance Officer – Part-time (0.6 FTE)", "Sykepleier
 * 100 % fast stilling". The cut is where the part holding the first term begins (a comma, dash, bar or
 * bracket), or at the term itself; only when what stays names a position.
 */
export function cutTerms(t: string): string {
  const term = terms().exec(t);
  if (!term || term.index === 0) return t;
  let cut = term.index;
  for (const m of t.slice(0, term.index).matchAll(SEGMENT_START)) cut = m.index;
  const head = dropLastWords(t.slice(0, cut).trim(), (w) => STOP_WORDS.has(w));
  return head.length >= 2 && hasTitleWord(head) ? head : t;
}

const TAGLINE_DASH = /[ \t][–—|][ \t]/u;

/**
 * The title without a tagline after its dash: a phrase of five words or more that names no position,
 * after a title that does. A short tail is the post's field ("Policy Analyst – Platform Regulation") and stays.
 */
export function cutTagline(t: string): string {
  const dash = TAGLINE_DASH.exec(t);
  if (!dash || dash.index < 2) return t;
  const head = t.slice(0, dash.index);
  const tail = t.slice(dash.index + dash[0].length);
  return hasTitleWord(head) && !hasTitleWord(tail) && tail.split(/[ \t]+/u).length >= 5 ? head : t;
}
