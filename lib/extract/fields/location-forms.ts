// Further written forms of a workplace: a town with its region ("in Skowhegan, Maine"), an American
// address line ("Great Neck, NY 11023"), and a field table whose labels stand without a colon
// ("Location Abbotsford" between "Closing date 15.10.2021" and "State VIC"); and the place that ends
// before an organisation's word in a "Town of …" name.
import { allWords, alt, wordSet } from '../locales/words';
import { grammarWords } from '../locales/grammar';
import { UNION } from '../locales';
import { alternation, clip, escapeRegex, lineAt, trimValue } from '../util';
import { isOrgWord } from './org-words';
import { firstCaseless, validPlace, type LocationCandidate } from './location';

const PLACE = `\\p{Lu}[\\p{L}'’-]{1,30}(?:[ \\t]\\p{Lu}[\\p{L}'’-]{1,20}){0,2}`;

let RX: { region: RegExp; usLine: RegExp; bare: RegExp; anyBare: RegExp } | null = null;
function rx(): NonNullable<typeof RX> {
  return (RX ??= {
    // "in Skowhegan, Maine", "i Kiruna, Norrbotten": the town after "in", then its region.
    region: new RegExp(
      `(?<![\\p{L}])(?:${firstCaseless([...allWords('inPrepositions'), ...grammarWords('placePrepositions')])})[ \\t]{1,2}(${PLACE}),[ \\t]{1,2}(${firstCaseless(allWords('regionNames'))})(?![\\p{L}-])`,
      'u',
    ),
    // "Great Neck, NY  11023-1938": a town, a state's two letters and a ZIP code, alone on a line or after a street.
    usLine: new RegExp(`(?:^|[,·•|][ \\t]{0,2})(${PLACE}),[ \\t]{1,2}([A-Z]{2})[ \\t]{1,3}\\d{5}(?:-\\d{4})?[ \\t]{0,2}$`, 'mu'),
    // "Location Abbotsford": a workplace label and a short place, no colon, as the whole line.
    bare: new RegExp(`^(?:${firstCaseless(allWords('locationLabels'))})[ \\t]{1,3}(${PLACE})[ \\t]{0,2}$`, 'u'),
    // Any label of a field table written the same way, a value after it ("Closing date 15.10.2021").
    anyBare: new RegExp(
      `^(?:${alt('locationLabels')}|${alt('employerLabels')}|${alt('titleLabels')})[ \\t]{1,3}\\S|^(?:${alternation(UNION.deadlineLabels)})[ \\t]{1,3}\\d`,
      'iu',
    ),
  });
}

/** "in Skowhegan, Maine": a town and the region it is in. */
export function locationFromRegion(text: string): LocationCandidate | null {
  const sample = text.slice(0, 100_000);
  const m = rx().region.exec(sample);
  if (!m) return null;
  const v = `${trimValue(m[1]!)}, ${m[2]!}`;
  return validPlace(m[1]!) ? { value: v, evidence: clip(lineAt(sample, m.index), 240), kind: 'phrase' } : null;
}

/** "Great Neck, NY 11023-1938": the town and state of an American address. */
export function locationFromUsAddress(text: string): LocationCandidate | null {
  const sample = text.slice(0, 20_000);
  const m = rx().usLine.exec(sample);
  if (!m || !validPlace(m[1]!)) return null;
  return { value: `${trimValue(m[1]!)}, ${m[2]!}`, evidence: clip(lineAt(sample, m.index), 240), kind: 'postcode' };
}

/**
 * "Location Abbotsford" as a line of a field table written without colons: only when a line next to
 * it is another such label and its value ("Organisation Little Sophia Kindergarten", "Closing date
 * 15.10.2021"), so that a line like "Office Manager" alone is no workplace.
 */
export function locationFromBareLabel(text: string): LocationCandidate | null {
  const lines = text.split('\n', 600).map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const m = rx().bare.exec(lines[i]!);
    if (!m) continue;
    const table = [lines[i - 1], lines[i + 1]].some((l) => l !== undefined && l.length < 120 && rx().anyBare.test(l));
    const v = trimValue(m[1]!);
    if (table && validPlace(v)) return { value: v, evidence: clip(lines[i]!, 200), kind: 'label' };
  }
  return null;
}

/**
 * "Princeton Cemetery Department" → Princeton: the words before the first that makes a name an
 * organisation's, and of those the most the ad also writes with no capitalised word after them.
 */
export function untilOrgWord(v: string, text = ''): string {
  let words = v.split(' ');
  const cut = words.findIndex((w, i) => i > 0 && isOrgWord(w, wordSet('orgWords')));
  if (cut > 0) words = words.slice(0, cut);
  for (let n = words.length; n >= 1 && text; n--) {
    const p = words.slice(0, n).join(' ');
    if (new RegExp(`(?<![\\p{L}])${escapeRegex(p)}(?![\\p{L}-]|[ \\t]{1,2}\\p{Lu})`, 'u').test(text)) return p;
  }
  return words.join(' ');
}
