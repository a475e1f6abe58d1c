// The place an organisation's own name gives, when the ad states no workplace: a word of the name
// that the ad also uses as a place ("Horsens Teaterfestival" … "Horsens Kommune"; "Vejle
// Bibliotekerne" … "i Vejle"), the place written right after the name ("Norsk Folkemuseum i Oslo") or
// after the name's description ("Tyttebærhuset er en selvejende børnehave i Sejs");
// and the place in the name of the one who seeks ("Litteraturfestivalen på Lillehammer søker").
import { allWords, alt, wordSet } from '../locales/words';
import { grammarAlt, grammarWords } from '../locales/grammar';
import { clip, escapeRegex, lineAt } from '../util';
import { firstCaseless, placeInName, validPlace, type LocationCandidate } from './location';
import { isOrgWord } from './org-words';
import { hasTitleWord } from './title-words';

/** "i"/"I", "in"/"In": either case of the first letter, without the `i` flag (the place stays capitalised). */
const inAlt = (): string => firstCaseless(grammarWords('inWords'));

const PLACE = `\\p{Lu}[\\p{L}-]{1,30}`;

export function placeNamedWithOrganization(org: string, text: string): string | null {
  const sample = text.length > 60_000 ? text.slice(0, 60_000) : text;
  const name = org.trim();
  if (name.length < 3 || name.length > 120) return null;
  // "Norsk Folkemuseum i Oslo": the name, then the place it is in (not a further name: "i Oslo Kommune").
  const after = new RegExp(
    `(?<![\\p{L}])${escapeRegex(name)}[ \\t]{1,2}(?:${inAlt()})[ \\t]{1,2}(${PLACE})(?![\\p{L}-]|[ \\t]{1,2}\\p{Lu})`,
    'u',
  ).exec(sample);
  if (after && validPlace(after[1]!) && !isOrgWord(after[1]!, wordSet('orgWords'))) return after[1]!;
  // "Tyttebærhuset er en selvejende børnehave i Sejs": the name described, and the place it is in, in one clause.
  const described = new RegExp(
    `(?<![\\p{L}])${escapeRegex(name)}[ \\t]{1,2}(?:${grammarAlt('copulas')})[ \\t]{1,2}(?:${grammarAlt('indefiniteArticles')})[ \\t][^.!?;:,\\n]{1,60}?[ \\t](?:${inAlt()})[ \\t]{1,2}(${PLACE})(?![\\p{L}-]|[ \\t]{1,2}\\p{Lu})`,
    'u',
  ).exec(sample);
  // Not a suspended compound ("i Bergen- og Hordalands-regionen": a region, no place).
  const d = described?.[1];
  if (d && !d.endsWith('-') && validPlace(d) && !isOrgWord(d, wordSet('orgWords'))) return d;
  const words = name.split(/[ \t]+/u).filter((w) => /^\p{Lu}\p{Ll}{2,30}$/u.test(w));
  for (const w of new Set([words[0], words[words.length - 1]])) {
    if (!w || isOrgWord(w, wordSet('orgWords')) || hasTitleWord(w) || !validPlace(w)) continue;
    const e = escapeRegex(w);
    const asPlace = new RegExp(
      `(?<![\\p{L}])(?:(?:${inAlt()})[ \\t]{1,2}${e}(?![\\p{L}-]|[ \\t]{1,2}\\p{Lu})|${e}[ \\t]{1,2}(?:${firstCaseless(allWords('placeOrgWords'))})(?![\\p{L}]))`,
      'u',
    );
    if (asPlace.test(sample)) return w;
  }
  return null;
}

let SEEKER: RegExp | null = null;
/**
 * The place in the name of the one who seeks: "Litteraturfestivalen på Lillehammer søker …",
 * "Moderaterna i Upplands Väsby söker …", "Die Grünen in Spandau suchen …".
 */
export function locationFromSeeker(text: string): LocationCandidate | null {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  // The seeker's name, its place at the end (read by placeInName), then the verb.
  SEEKER ??= new RegExp(
    `(?:^|[.!?][ \\t]{1,3})((?:\\p{Lu}[\\p{L}-]{1,40}[ \\t]{1,2}){1,4}(?:${inAlt()})[ \\t]{1,2}${PLACE}(?:[ \\t]\\p{Lu}[\\p{L}-]{1,30})?)[ \\t]{1,2}(?:${alt('seekVerbs')}|${alt('hiringVerbs')})(?![\\p{L}])`,
    'mu',
  );
  const m = SEEKER.exec(sample);
  const place = m ? placeInName(m[1]!) : null;
  if (!m || !place || isOrgWord(place.split(' ')[0]!, wordSet('orgWords'))) return null;
  return { value: place, evidence: clip(lineAt(sample, m.index), 240), kind: 'phrase' };
}
