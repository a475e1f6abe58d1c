// The workplace: a location label ("Arbejdssted: …", "Arbeitsort: …"), a street address with an
// optional postcode and town ("Bygmestervej 10, 2400 København NV"), or a sentence that places the
// office ("Landssekretariatet ligger ved Nørreport i København").
import { allWords, alt, lowerAlt, wordSet } from '../locales/words';
import { alternation, clip, escapeRegex, lineAt, trimValue } from '../util';
import { grammarAlt, grammarSet, grammarWords } from '../locales/grammar';
import { UNION } from '../locales';
import { hasTitleWord } from './title-words';
import { isOrgWord } from './org-words';
import { locationFromSeeker } from './org-place';
import { locationFromBareLabel, locationFromRegion, locationFromUsAddress, untilOrgWord } from './location-forms';

export interface LocationCandidate {
  value: string;
  evidence: string;
  kind: 'label' | 'street' | 'phrase' | 'postcode';
}

const SUFFIXES = grammarWords('streetSuffixes');
let SUFFIX_CACHE: string | null = null;
const suffixAlt = (): string =>
  (SUFFIX_CACHE ??= SUFFIXES.map((s) => `[${s[0]}${s[0]!.toUpperCase()}]${s.slice(1).replace('.', '\\.')}`).join('|'));

/** Words matched with either case of their first letter only (so place names stay capitalised: no `i` flag). */
export const firstCaseless = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${escapeRegex(w.slice(1)).replace(/ /g, '[ \\t]{1,3}')}`)
    .join('|');

let RX: {
  label: RegExp;
  workplace: RegExp;
  placeAlone: RegExp;
  placeIn: RegExp;
  street: RegExp;
  streetPost: RegExp;
  phrase: RegExp;
  postcode: RegExp;
  ukPostcode: RegExp;
  ours: RegExp;
  basedIn: RegExp;
  unitThenIn: RegExp;
  unitIn: RegExp;
  headlineIn: RegExp;
  placeOrg: RegExp;
  orgPlace: RegExp;
  afterWord: RegExp;
  inTail: RegExp;
} | null = null;
const UK_POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]\\d[A-Z]{2}';

function rx(): NonNullable<typeof RX> {
  if (RX) return RX;
  const town = `\\p{Lu}[\\p{L}-]{1,30}(?:[ \\t](?:\\p{Lu}[\\p{L}-]{0,20}|${grammarAlt('placeJoiners')})){0,3}`;
  const place = `\\p{Lu}[\\p{L}-]{1,30}(?:[ \\t]\\p{Lu}[\\p{L}-]{0,20}){0,2}`;
  RX = {
    // At the start of a line, or after a sentence in the same line ("… i nyoppusset hall. Arbeidssted: Tromsøhallen").
    label: new RegExp(`(?:^|[.!?][ \\t]{1,3})(?:${alt('locationLabels')})[ \\t]{0,3}[:：][ \\t]{0,3}([^\\s].{1,150})$`, 'iu'),
    // "Arbejdsstedet er afdelingens kontor i Svendborg.", "Dienstort ist unsere Geschäftsstelle in Berlin-Mitte."
    workplace: new RegExp(`(?<![\\p{L}])(?:${alt('workplaceIs')})(?![\\p{L}])[ \\t]{1,3}([^.!?\\n]{2,160})`, 'iu'),
    placeAlone: new RegExp(`^(${place})[ \\t]{0,2}(?:[,;(]|$)`, 'u'),
    placeIn: new RegExp(`(?<![\\p{L}])(?:${firstCaseless(allWords('inPrepositions'))})[ \\t]{1,2}(${place})(?![\\p{L}])`, 'u'),
    street: new RegExp(
      `(?<![\\p{L}\\p{N}])((?:[\\p{Lu}][\\p{L}'’-]{0,30}[ \\t]){0,3}[\\p{L}'’-]{0,30}(?:${suffixAlt()}))[ \\t]{1,2}(\\d{1,4}[ \\t]?[A-Za-z]?)(?![\\p{L}\\p{N}])` +
        `(?:[ \\t]{0,2}[,·•|]?[ \\t]{1,3}(?:\\d{1,2}\\.?[ \\t]{0,2}(?:${grammarAlt('floorWords')})\\.?,?[ \\t]{0,2})?(?:[A-Z]{1,2}-)?(\\d{3}[ \\t]?\\d{2}|\\d{4,5})?[ \\t]{0,2}(${town}))?`,
      'u',
    ),
    streetPost: new RegExp(
      `(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}'’.-]{1,30}(?:[ \\t][\\p{L}'’.-]{1,30}){0,2})[ \\t]{1,2}(\\d{1,4}[A-Za-z]?)[ \\t]{0,2}[,·•|][ \\t]{0,3}(?:[A-Z]{1,2}-)?(\\d{3}[ \\t]?\\d{2}|\\d{4,5})[ \\t]{1,2}(${town})`,
      'u',
    ),
    phrase: new RegExp(
      `(?:${alt('locatedAt')})[ \\t]{1,3}([\\p{Lu}][\\p{L}\\p{N}'’ -]{1,60}?)(?=[.,;:!?\\n]|[ \\t](?:${grammarAlt('andWords', 'whereWords', 'relativeWords', 'withWords', 'forWords')})[ \\t]|$)`,
      'u',
    ),
    // "Garfield Road, Twickenham TW1 3JT": a British town and its postcode.
    ukPostcode: new RegExp(
      `(?:[,·•|][ \\t]{0,2}(${town})[ \\t,]{1,3}(${UK_POSTCODE})(?![\\p{L}\\p{N}])|^(${town})[ \\t,]{1,3}(${UK_POSTCODE})[ \\t]{0,2}$)`,
      'mu',
    ),
    postcode: new RegExp(`(?:^|[·•|,][ \\t]{0,2})(?:[A-Z]{1,2}-)?(\\d{4,5})[ \\t]{1,2}(${town})(?=[ \\t]{0,2}(?:[·•|,]|$))`, 'mu'),
    // "med arbejdssted i Aarhus", "The post is based in Twickenham", "mit Dienstort Mainz".
    basedIn: new RegExp(
      `(?<![\\p{L}])(?:${firstCaseless(allWords('basedIn'))})[ \\t]{1,3}(?:(?:${firstCaseless([...allWords('ourWords'), ...grammarWords('definiteArticles')])})[ \\t]{1,3})?(${place})(?![\\p{L}])`,
      'u',
    ),
    // "… based in the EEB office in Brussels": the organisation's office, and then its place.
    unitThenIn: new RegExp(
      `^[ \\t]{1,2}(?:${alt('workplaceUnits')})\\p{Ll}{0,2}(?:[ \\t]{1,2}(?:${firstCaseless(allWords('inPrepositions'))})[ \\t]{1,2}(${place}))?`,
      'iu',
    ),
    // "the ACR+ Secretariat team in Brussels", "Moderne lokaler i Nydalen", "verksted på Heimdal": a workplace and its place.
    unitIn: new RegExp(
      `(?<![\\p{L}])\\p{L}{0,20}(?:${firstCaseless(allWords('workplaceUnits'))})\\p{Ll}{0,3}(?:[ \\t]{1,2}\\p{Ll}{2,12})?[ \\t]{1,2}(?:${firstCaseless(grammarWords('placePrepositions'))})[ \\t]{1,2}(${place})(?![\\p{L}])`,
      'u',
    ),
    // A headline's place: "Organist til Løgumkloster Kirke", "Valsamordnare i Linköping", "Referent*in in Mainz".
    headlineIn: new RegExp(
      `(?:(?:^|[ \\t])(?:${firstCaseless([...allWords('inPrepositions'), ...grammarWords('placePrepositions'), ...grammarWords('headlineToWords')])})|,)[ \\t]{1,2}(${place})[ \\t.!]{0,3}$`,
      'u',
    ),
    // An organisation named after its place: "Fredericia Kommune", "Stege Sogn", "Lunds domkyrkoförsamling",
    // and the parish's council "Vissenbjerg sogns menighedsråd".
    placeOrg: new RegExp(
      `^(\\p{Lu}[\\p{L}-]{1,30}(?:[ \\t]\\p{Lu}[\\p{L}-]{0,20}){0,2}?)[ \\t]{1,2}(\\p{L}{0,20}(?:${lowerAlt('placeOrgWords')}))(?:[ \\t]{1,2}(?:${alt('parishWords')}))?$`,
      'iu',
    ),
    // "Bydel Grorud", "Village of Mount Horeb", "Town of Princeton Cemetery Department" (the place ends before an organisation's word).
    orgPlace: new RegExp(`^(?:${firstCaseless([...allWords('placeOrgWords'), ...allWords('placeOfPrefixes')])})[ \\t]{1,2}(${town})$`, 'u'),
    // "… søger en kirketjener i Essenbæk Sogn", "Rejselærer … søges til udsendelse i Island": a place after a word.
    afterWord: new RegExp(
      // "… einen Mitarbeiter (20 h/Woche) in Torgau": the word before may close a bracket.
      `([\\p{L}*/-]{3,40})\\)?[ \\t]{1,2}(?:${firstCaseless(grammarWords('placePrepositions'))})[ \\t]{1,2}(${place})(?![\\p{L}])`,
      'gu',
    ),
    // "Moderaterna i Upplands Väsby", "ACR+ Secretariat team in Brussels": the place an organisation is in.
    inTail: new RegExp(`[ \\t](?:${firstCaseless(grammarWords('inWords'))})[ \\t]{1,2}(${place})$`, 'u'),
    // "our Oslo secretariat", "vores sekretariat i Aarhus", "unserem Büro in Wien".
    ours: new RegExp(
      `(?<![\\p{L}])(?:${firstCaseless(allWords('ourWords'))})[ \\t]{1,2}(?:(\\p{Lu}[\\p{L}-]{1,30})[ \\t]{1,2}(?:${firstCaseless(allWords('workplaceUnits'))})|(?:${firstCaseless(allWords('workplaceUnits'))})[ \\t]{1,2}(?:${firstCaseless(allWords('inPrepositions'))})[ \\t]{1,2}(\\p{Lu}[\\p{L}-]{1,30}))(?![\\p{L}])`,
      'u',
    ),
  };
  return RX;
}

export function validPlace(v: string): boolean {
  if (v.length < 2 || v.length > 200) return false;
  if (/@|https?:|www\./iu.test(v)) return false;
  if (!/\p{Lu}/u.test(v)) return false;
  if (v.split(' ').length > 14) return false;
  // "in Vollzeit", "i heltid": terms of employment, not a place.
  if (grammarSet('employmentTerms').has(v.toLocaleLowerCase())) return false;
  // "i Svenska kyrkan", "Den Norske Kirke", "Evangelische Kirchengemeinde": an adjective of a people, no place.
  if (/^\p{L}{3,30}(?:sk[ae]|sche)$/u.test(v)) return false;
  return true;
}

export function locationFromLabel(text: string): LocationCandidate | null {
  for (const line of text.split('\n').slice(0, 600)) {
    const l = line.replace(/^[•*·-][ \t]{1,3}/u, '').trim();
    const m = rx().label.exec(l);
    if (!m) continue;
    let v = m[1]!.split(/(?<=\p{L}{2})\.(?:[ \t]|$)/u)[0]!;
    v = trimValue(v);
    if (validPlace(v)) return { value: v, evidence: clip(line, 200), kind: 'label' };
  }
  return null;
}

let NOT_STREET: RegExp | null = null;
/** Words before a number that is no house number: "Uge 12", "Kl 12", "Tlf 23", "Ref 2024", "Jan 15". */
const notStreet = (): RegExp =>
  (NOT_STREET ??= new RegExp(
    `^(?:${alternation([...UNION.weekWords, ...UNION.timeMarkers, ...UNION.phoneLabels, ...Object.keys(UNION.months), ...grammarWords('numberWords'), ...grammarWords('referenceWords')])})(?![\\p{L}])`,
    'iu',
  ));

export function locationFromStreet(text: string): LocationCandidate | null {
  const sample = text.slice(0, 100_000);
  const re = new RegExp(rx().street.source, 'gu');
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(sample)) !== null && n++ < 200) {
    let street = m[1]!.trim();
    // Keep only the capitalised words right before the suffix word ("kontor på Bygmestervej" → "Bygmestervej").
    const words = street.split(/[ \t]+/);
    while (words.length > 1 && !/^\p{Lu}/u.test(words[0]!)) words.shift();
    street = words.join(' ');
    if (!/^\p{Lu}/u.test(street) || notStreet().test(street)) continue;
    const parts = [`${street} ${m[2]!.trim()}`];
    const code = m[3];
    const town = m[4]?.trim();
    if (town && (code || !grammarSet('andWords').has(town.toLocaleLowerCase()))) parts.push(code ? `${code} ${town}` : town);
    const value = trimValue(parts.join(', '));
    if (validPlace(value)) return { value, evidence: clip(lineAt(sample, m.index), 240), kind: 'street' };
  }
  return null;
}

/**
 * A sentence that names the workplace: "Arbejdsstedet er afdelingens kontor i Svendborg",
 * "Dienstort ist unsere Geschäftsstelle in Berlin-Mitte", "The role is based in Tromsø". The street
 * address in it if there is one, else the place it names.
 */
export function locationFromWorkplace(text: string): LocationCandidate | null {
  const sample = text.slice(0, 100_000);
  const m = rx().workplace.exec(sample);
  if (!m) return null;
  const rest = m[1]!.trim();
  const evidence = clip(lineAt(sample, m.index), 240);
  const street = locationFromStreet(rest) ?? locationFromStreetPost(rest);
  if (street) return { value: street.value, evidence, kind: 'label' };
  const place = rx().placeAlone.exec(rest) ?? rx().placeIn.exec(rest);
  const v = place ? trimValue(place[1]!) : '';
  return place && validPlace(v) ? { value: v, evidence, kind: 'label' } : null;
}

/** "Dæmningen 28, 7100 Vejle": a street without a street word, known by its postcode. */
export function locationFromStreetPost(text: string): LocationCandidate | null {
  const sample = text.slice(0, 100_000);
  const re = new RegExp(rx().streetPost.source, 'gu');
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(sample)) !== null && n++ < 100) {
    const words = m[1]!.split(/[ \t]+/);
    while (words.length > 1 && !/^\p{Lu}/u.test(words[0]!)) words.shift();
    const street = words.join(' ');
    if (notStreet().test(street)) continue;
    const value = `${street} ${m[2]}, ${m[3]} ${m[4]!.trim()}`;
    if (validPlace(value)) return { value, evidence: clip(lineAt(sample, m.index), 240), kind: 'street' };
  }
  return null;
}

export function locationFromPhrase(text: string): LocationCandidate | null {
  const sample = text.slice(0, 100_000);
  for (const line of sample.split('\n')) {
    const m = rx().phrase.exec(line);
    if (!m) continue;
    let v = m[1]!.trim();
    // "Nørreport i København" → "Nørreport, København"
    v = v.replace(/[ \t](?:i|in|på)[ \t](?=\p{Lu})/u, ', ');
    v = trimValue(v);
    if (validPlace(v)) return { value: v, evidence: clip(line, 240), kind: 'phrase' };
  }
  return null;
}

/** The organisation's own workplace in running text: "join our Oslo secretariat", "vores kontor i Aarhus". */
export function locationFromOurs(text: string): LocationCandidate | null {
  const sample = text.slice(0, 100_000);
  const m = rx().ours.exec(sample);
  if (!m) return null;
  const v = (m[1] ?? m[2])!;
  if (!validPlace(v)) return null;
  return { value: v, evidence: clip(lineAt(sample, m.index), 240), kind: 'phrase' };
}

/** "the ACR+ Secretariat team in Brussels", "Moderne lokaler i Nydalen, Oslo": the place of a workplace the ad names. */
export function locationFromUnit(text: string): LocationCandidate | null {
  const sample = text.slice(0, 100_000);
  const m = rx().unitIn.exec(sample);
  if (!m) return null;
  const v = trimValue(m[1]!);
  return validPlace(v) ? { value: v, evidence: clip(lineAt(sample, m.index), 240), kind: 'phrase' } : null;
}

export function locationFromPostcode(text: string): LocationCandidate | null {
  const sample = text.slice(0, 20_000);
  const m = rx().postcode.exec(sample);
  if (!m) {
    const uk = rx().ukPostcode.exec(sample);
    return uk
      ? { value: `${(uk[1] ?? uk[3])!.trim()} ${(uk[2] ?? uk[4])!}`, evidence: clip(lineAt(sample, uk.index), 240), kind: 'postcode' }
      : null;
  }
  const code = m[1]!;
  const year = Number(code);
  if (code.length === 4 && year >= 1990 && year <= 2035 && !/[·•|]/u.test(m[0])) return null;
  const value = `${code} ${m[2]!.trim()}`;
  return { value, evidence: clip(lineAt(sample, m.index), 240), kind: 'postcode' };
}

/** "The post is based in Twickenham", "med arbejdssted i Aarhus": the place after a phrase that places the job. */
export function locationFromBasedIn(text: string): LocationCandidate | null {
  const sample = text.slice(0, 100_000);
  const m = rx().basedIn.exec(sample);
  if (!m) return null;
  let v = trimValue(m[1]!);
  // "based in our Party offices in Garrett St": a name before a workplace's noun is the organisation's.
  const unit = rx().unitThenIn.exec(sample.slice(m.index + m[0].length, m.index + m[0].length + 80));
  if (unit) {
    if (!unit[1]) return null;
    v = trimValue(unit[1]);
  }
  return validPlace(v) ? { value: v, evidence: clip(lineAt(sample, m.index), 240), kind: 'phrase' } : null;
}

/** The place a headline ends with: "Valsamordnare i Linköping", "Organist til Løgumkloster Kirke". */
export function locationFromHeadline(headline: string | null): LocationCandidate | null {
  if (!headline) return null;
  const m = rx().headlineIn.exec(headline.trim());
  if (!m) return null;
  const v = trimValue(m[1]!);
  return validPlace(v) && !orgNotPlace(v) ? { value: v, evidence: clip(headline, 240), kind: 'phrase' } : null;
}

/** "Museum Sønderjylland", "Børnehaven", "Liselund Højskole": an organisation, unless one named after its place ("Roskilde Stift"). */
function orgNotPlace(v: string): boolean {
  return v.split(' ').some((w) => isOrgWord(w, wordSet('orgWords'))) && placeOfOrganization(v) === null;
}

/**
 * The place after a position's name in the ad's first sentences: "Stillingen som kirkegårdskonsulent
 * i Roskilde Stift", "Rejselærer i faget dansk … søges til udsendelse i Island" (a position word
 * within the four words before the preposition).
 */
export function locationAfterTitle(text: string): LocationCandidate | null {
  const sample = text.slice(0, 3000);
  for (const line of sample.split('\n')) {
    const re = new RegExp(rx().afterWord.source, 'gu');
    let n = 0;
    for (let m = re.exec(line); m && n < 20; m = re.exec(line), n++) {
      // A position word earlier in the same sentence ("Rejselærer i faget dansk … søges til udsendelse i Island").
      const start = Math.max(line.lastIndexOf('. ', m.index) + 1, 0);
      const before = line
        .slice(start, m.index + m[1]!.length)
        .split(/[ \t]+/u)
        .slice(-12);
      if (!before.some((w) => hasTitleWord(w))) continue;
      const v = genitivePlace(trimValue(m[2]!), line.slice(m.index + m[0].length), text);
      if (validPlace(v) && !hasTitleWord(v) && !orgNotPlace(v)) return { value: v, evidence: clip(line, 240), kind: 'phrase' };
    }
  }
  return null;
}

let FUNCTION_WORDS: Set<string> | null = null;
/**
 * A place in the genitive before a common noun ("organist i Lunds domkyrka", "Odenses domsogn"):
 * the place without its s, when the text names it so elsewhere (Borås, Paris keep theirs).
 */
function genitivePlace(place: string, after: string, text: string): string {
  if (place.length < 4 || !place.endsWith('s') || place.includes(' ')) return place;
  const next = /^[ \t]{1,2}(\p{Ll}[\p{Ll}-]{1,30})/u.exec(after)?.[1];
  if (!next) return place;
  FUNCTION_WORDS ??= new Set(
    (['andWords', 'whereWords', 'relativeWords', 'withWords', 'forWords', 'placePrepositions'] as const).flatMap((k) => [...grammarSet(k)]),
  );
  if (FUNCTION_WORDS.has(next)) return place;
  const stem = place.slice(0, -1);
  return new RegExp(`(?<![\\p{L}])${escapeRegex(stem)}(?![\\p{L}])`, 'u').test(text) ? stem : place;
}

/** The place an organisation's name gives after "i"/"in": "Moderaterna i Upplands Väsby" → Upplands Väsby. */
export function placeInName(name: string | null): string | null {
  const m = name ? rx().inTail.exec(name.trim()) : null;
  const v = m ? trimValue(m[1]!) : '';
  return v && validPlace(v) ? v : null;
}

/** The place in an organisation's name: "Fredericia Kommune" → Fredericia, "Bydel Grorud" → Grorud. */
export function placeOfOrganization(org: string | null, text?: string): string | null {
  if (!org) return null;
  const o = org.trim();
  const byName = rx().placeOrg.exec(o);
  const m = byName ?? rx().orgPlace.exec(o);
  let v = m ? trimValue(m[1]!) : '';
  if (!byName && v) v = untilOrgWord(v, text);
  // "Lunds domkyrkoförsamling", "Københavns Kommune": a genitive; not "Aarhus Stift" (no name ends in "u"),
  // and, when the ad's text is known, not "Horsens Kommune" (a capitalised noun after it) unless the ad
  // also writes the name without its s.
  const stem = v.slice(0, -1);
  if (
    byName &&
    /[^su]s$/u.test(v) &&
    v.length > 4 &&
    (text === undefined || /^\p{Ll}/u.test(byName[2]!) || new RegExp(`(?<![\\p{L}])${escapeRegex(stem)}(?![\\p{L}])`, 'u').test(text))
  )
    v = stem;
  return v && validPlace(v) ? v : null;
}

export function locationFromText(text: string, headline: string | null = null): LocationCandidate | null {
  return (
    locationFromLabel(text) ??
    locationFromBareLabel(text) ??
    locationFromWorkplace(text) ??
    locationFromStreet(text) ??
    locationFromStreetPost(text) ??
    locationFromPhrase(text) ??
    locationFromBasedIn(text) ??
    locationFromRegion(text) ??
    locationFromUnit(text) ??
    locationFromSeeker(text) ??
    locationFromPostcode(text) ??
    locationFromUsAddress(text) ??
    locationFromOurs(text) ??
    locationFromHeadline(headline) ??
    locationAfterTitle(text)
  );
}
