// What a headline-like line is not, and what trails a headline: read by ./title.ts.
// - A line that is one of the ad's stock phrases names no position: an apply button ("Søg
//   jobbet"), a pay term ("Lønn etter avtale"), a phrase of the ad's vocabulary.
// - A byline ("Submitted by …") names who wrote the page.
// - The line below a contact label ("Kontaktperson:" / "Teamkoordinator Anne Scheffmann") names a person.
// - A tagline after the dash ("Kulturvært – Skab liv og oplevelser i Mørkhøj Park", "Kontorchef …
//   – ledelse, trivsel og drift …") is no part of the title when it is long and names no position itself.
import { alt } from '../locales/words';
import { UNION } from '../locales';
import { alternation } from '../util';
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
