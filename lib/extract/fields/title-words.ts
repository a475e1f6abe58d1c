// Does a word name a position? The title vocabulary (locales: titleWords) in any of a word's forms:
// compounds ("frivillighetskoordinator"), inflections ("Kirketjenere"), gendered forms
// ("Mitarbeiter*in"), a short prefix and its hyphen ("IT-rekryterare"), a noun for a position after
// it ("pædagogmedhjælperstilling"). Read by the title, the verdict, contacts and locations.
import { wordSet } from '../locales/words';
import { grammarWords } from '../locales/grammar';

export function isTitleWord(word: string, set: Set<string>): boolean {
  if (set.has(word)) return true;
  // A compound ending in a position name: "frivillighetskoordinator", "kirkegårdskonsulent".
  for (let i = 3; i < word.length - 3; i++) if (set.has(word.slice(i))) return true;
  return false;
}

/** True when a line's words include a position name ("…koordinator", "Officer", "kirketjenere"). */
export function hasTitleWord(line: string): boolean {
  for (const w of line.toLocaleLowerCase().match(/[\p{L}*:_/](?:-?[\p{L}*:_/]){2,40}/gu) ?? []) if (namesPosition(w)) return true;
  return false;
}

/** Words already judged (every page repeats its words): bounded, emptied when full. */
const judged = new Map<string, boolean>();

/** One lower-case word names a position, in any of its forms. */
function namesPosition(w: string): boolean {
  const known = judged.get(w);
  if (known !== undefined) return known;
  if (judged.size > 20_000) judged.clear();
  const set = wordSet('titleWords');
  // "co-ordinator", "Kommunikations-medarbejder": the word without its hyphens.
  const word = w.replace(/[*:_/](?:in(?:nen)?|r)?$/u, '').replace(/[*:_/-]/gu, '');
  // "IT-rekryterare", "HR-konsulent": the part after a short prefix's hyphen.
  const tail = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : '';
  let yes = isTitleWord(word, set) || (tail.length >= 4 && isTitleWord(tail, set));
  // "Kulturvært", "Platzwart": an ending that names a position only inside a compound.
  if (!yes) for (const end of wordSet('titleCompoundEnds')) if (word.length - end.length >= 4 && word.endsWith(end)) yes = true;
  for (const end of grammarWords('inflectionEndings'))
    if (!yes && word.length - end.length >= 4 && word.endsWith(end) && isTitleWord(word.slice(0, -end.length), set)) yes = true;
  // "pædagogmedhjælperstilling", "Dirigentjobben": a position name before a noun for a position.
  if (!yes)
    for (const noun of wordSet('positionNouns'))
      if (word.length - noun.length >= 4 && word.endsWith(noun) && isTitleWord(word.slice(0, -noun.length).replace(/s$/u, ''), set)) {
        yes = true;
        break;
      }
  judged.set(w, yes);
  return yes;
}
