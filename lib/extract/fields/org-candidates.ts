// The hiring organisation, chosen among the names the ad's text gives: every run of capitalised
// words ("Frederiks Sogns Menighedsråd", "Bündnis 90/Die Grünen Münster", "Ottar Augdal AS") is a
// candidate, weighed by what the text says of it: it seeks someone ("… søger en kirketjener"), the
// job is at it ("hos Therapion Consulting"), it is an organisation's kind of name (kommune, Verein,
// Council, a legal form), the ad's e-mail is named after it, the site is, the headline names it,
// and how often the text does. Names of people the ad gives as contacts, position titles, section
// headings and words that merely start a sentence are no organisation.
import { allWords, alt, STOP_WORDS, wordSet } from '../locales/words';
import { UNION } from '../locales';
import { atSomeOccurrence, clip, foldName, isUpper, lineAt } from '../util';
import { grammarAlt, grammarSet } from '../locales/grammar';
import { hasTitleWord } from './title-words';
import { isSectionHeading } from './headings';
import { parishOverChurch } from './parish';
import { isOrgWord, isPlainOrgNoun } from './org-words';
import { describedAs } from './org-described';
import { registeredName } from '../../url';
import { JOINERS, runsOf } from './org-runs';
import { emailDomainNames } from './organization';

export interface OrgPick {
  value: string;
  evidence: string;
  score: number;
  reasons: string[];
  /** The church a parish runs, when the parish was chosen over it: where the job is. */
  church?: string;
  /** The page's address spells the whole name (jobb.kits.se: KITS). */
  hostNamed?: boolean;
}

export interface OrgHints {
  /** The title's line (the headline), if any. */
  headline: string | null;
  /** The site's name (og:site_name, or the <title> after its separator). */
  siteName: string | null;
  /** Names of the ad's contact people: no organisation. */
  people: string[];
  /** The organisation the headline gives the position to ("Koordinator til 92-gruppen"). */
  titleOrg: string | null;
  /** The page's host name ("jobb.kits.se"), if known. */
  host?: string;
}

let RX: {
  seekAfter: RegExp;
  seekBefore: RegExp;
  articleAfter: RegExp;
  atBefore: RegExp;
  employedBefore: RegExp;
  behalfBefore: RegExp;
  weSeekAfter: RegExp;
  placeBefore: RegExp;
  ourBefore: RegExp;
  workplaceLine: RegExp;
  weSeek: RegExp;
} | null = null;
function rx(): NonNullable<typeof RX> {
  if (RX) return RX;
  RX = {
    seekAfter: new RegExp(
      // "Sognet søger …", not "Hertil ønsker vi …": with the subject after the verb, the word before is none.
      `^[ \\t,]{1,3}(?!\\p{L}{1,20}[ \\t]{1,3}(?:${grammarAlt('wePronouns')})(?![\\p{L}]))(?:(?:${grammarAlt('nowWords')})[ \\t])?(?:${alt('hiringVerbs')}|${alt('seekVerbs')}|${alt('vacancyVerbs')})(?![\\p{L}])`,
      'iu',
    ),
    seekBefore: new RegExp(
      `(?<![\\p{L}])(?:${alt('hiringVerbs')}|${alt('seekVerbs')})[ \\t]{1,3}(?:(?:${grammarAlt('definiteArticles')})[ \\t]{1,3})?$`,
      'iu',
    ),
    articleAfter: new RegExp(`^[ \\t]{1,3}(?:${alt('articles')})[ \\t]`, 'iu'),
    ourBefore: new RegExp(`(?<![\\p{L}])(?:${alt('ourWords')})[ \\t]{1,3}$`, 'iu'),
    workplaceLine: new RegExp(`^[ \\t•*-]{0,4}(?:${alt('locationLabels')})[ \\t]{0,3}:`, 'iu'),
    atBefore: new RegExp(`(?<![\\p{L}])(?:${alt('atPrepositions')})[ \\t]{1,3}$`, 'iu'),
    // "Entracks verksted på Heimdal søker": a place in the subject, not the subject.
    placeBefore: new RegExp(`\\p{Ll}[ \\t]{1,2}(?:${grammarAlt('placePrepositions')})[ \\t]{1,2}$`, 'u'),
    employedBefore: new RegExp(`(?<![\\p{L}])(?:${alt('employedBy')})[ \\t]{1,3}$`, 'iu'),
    behalfBefore: new RegExp(`(?<![\\p{L}])(?:${alt('onBehalfOf')})[ \\t]{1,3}$`, 'iu'),
    weSeekAfter: new RegExp(`^[ \\t,]{1,3}(?:${alt('weSeekPhrases')})(?![\\p{L}])`, 'iu'),
    weSeek: new RegExp(`^(?:${alt('weSeekPhrases')})$`, 'iu'),
  };
  return RX;
}

const MAX_TEXT = 20_000;
/** Articles and genitives before a company's name ("im Team der X GmbH", "a project of the X Ltd"). */
const ARTICLES = grammarSet('genitiveArticles');

const ACRONYM_AFTER = /[ \t]{0,2}\(\p{Lu}[\p{Lu}\p{N}&-]{1,7}\)/uy;
const LOWER_BEFORE = /\p{Ll}[,;]?[ \t]{1,3}$/u;
const LETTER = /\p{L}/u;

/** The ad's e-mail domain spells the name or a run of its words ("Förbundet Välfärdsarbetarna", valfardsarbetarna.se). */
function namedByDomain(words: string[], domains: Set<string>): boolean {
  if (!domains.size) return false;
  for (let from = 0; from < words.length; from++)
    for (let to = words.length; to > from; to--) {
      const f = foldName(words.slice(from, to).join(''));
      if (f.length < 3) continue;
      for (const d of domains)
        if ((d.startsWith(f) || f.startsWith(d)) && Math.min(f.length, d.length) >= Math.max(f.length, d.length) * 0.6) return true;
    }
  return false;
}

let LEGAL_EXACT: Set<string> | null = null;
let HONORIFICS: Set<string> | null = null;
/** Drops sentence openers and pronouns from the start of a run ("Derfor søger …", "Today, ALDA …"). */
export function trimRun(value: string): string {
  const stop = wordSet('stopwords');
  const pronouns = wordSet('pronouns');
  const legalForms = wordSet('legalForms');
  // "Svensk Naturförvaltning AB": a legal form is never a common word ("ab" is German for "from").
  const common = (w: string): boolean =>
    !(LEGAL_EXACT ??= new Set(allWords('legalForms'))).has(w) &&
    (stop.has(w.toLocaleLowerCase()) || pronouns.has(w.toLocaleLowerCase()) || STOP_WORDS.has(w.toLocaleLowerCase()));
  let words = value.split(/[ \t]+/u).filter((w) => /[\p{L}\p{N}&]/u.test(w));
  // "Kirketjener til Essenbæk Kirke": a position, then the place it is at.
  for (let i = words.length - 2; i >= 0; i--) {
    if (hasTitleWord(words[i]!) && JOINERS.has(words[i + 1]!.toLocaleLowerCase())) {
      words = words.slice(i + 2);
      break;
    }
  }
  // "im Team der Hellweg Sole Thermen GmbH in Bad Sassendorf": a legal form ends the name.
  const legalAt = words.findIndex((w) => legalForms.has(w.toLocaleLowerCase()));
  if (legalAt > 0) {
    words = words.slice(0, legalAt + 1);
    for (let i = legalAt - 1; i > 0; i--) {
      if (ARTICLES.has(words[i]!.toLocaleLowerCase())) {
        words = words.slice(i + 1);
        break;
      }
    }
  }
  while (words.length && common(words[0]!)) words.shift();
  // "BESAT - Vi søger …": a pronoun ends the name before it.
  const pronoun = words.findIndex((w) => pronouns.has(w.toLocaleLowerCase()) && !JOINERS.has(w.toLocaleLowerCase()));
  if (pronoun >= 0) words = words.slice(0, pronoun);
  while (words.length && (JOINERS.has(words[words.length - 1]!.toLocaleLowerCase()) || common(words[words.length - 1]!))) words.pop();
  // "AS", "GmbH" alone: the form of a name, not one; "Mrs Wass …", "Frau Steiger": a person.
  if (words.length === 1 && legalForms.has(words[0]!.toLocaleLowerCase())) return '';
  if (
    words.length &&
    (HONORIFICS ??= new Set(UNION.honorifics.map((h) => h.replace(/\.$/u, '')))).has(words[0]!.toLocaleLowerCase().replace(/\.$/u, ''))
  )
    return '';
  return words.join(' ');
}

/** What ranking a text's names needs to know, read once. */
interface OrgScan {
  sample: string;
  orgWords: ReturnType<typeof wordSet>;
  legal: ReturnType<typeof wordSet>;
  domains: Set<string>; // the e-mail domains' names, folded
  hostName: string; // the name in the page's address, folded; '' when none
  people: Set<string>;
  inWords: Set<string>;
  companyNouns: Set<string>;
  placeOrgWords: string[];
  articles: Set<string>;
  headline: string;
  site: string | null;
  hints: OrgHints;
}

function scanOf(text: string, hints: OrgHints): OrgScan {
  const sample = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const domains = emailDomainNames(sample);
  const host = foldName(registeredName(hints.host ?? ''));
  return {
    sample,
    orgWords: wordSet('orgWords'),
    legal: wordSet('legalForms'),
    domains,
    hostName: host.length >= 3 ? host : '',
    people: new Set(hints.people.map((p) => p.toLocaleLowerCase())),
    inWords: wordSet('inPrepositions'),
    companyNouns: wordSet('companyNouns'),
    placeOrgWords: [...wordSet('placeOrgWords')],
    articles: new Set([...grammarSet('indefiniteArticles'), ...grammarSet('definiteArticles')]),
    headline: (hints.headline ?? sample.split('\n', 1)[0] ?? '').toLocaleLowerCase(),
    site: hints.siteName?.toLocaleLowerCase() ?? null,
    hints,
  };
}

/** A name's score from the name itself, where it is first met; null for the noun of an organisation. */
function firstSight(s: OrgScan, value: string, words: string[], at: number, runIndex: number): OrgPick | null {
  const { sample, orgWords } = s;
  const key = value.toLocaleLowerCase();
  const reasons: string[] = [];
  let score = 0;
  const add = (v: number, why: string): void => {
    score += v;
    reasons.push(`${v > 0 ? '+' : ''}${v} ${why}`);
  };
  const orgish = words.some((w) => isOrgWord(w, orgWords)) || words.some((w) => s.legal.has(w.toLocaleLowerCase()));
  const acronym = /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u.test(value);
  if (orgish) add(2, "an organisation's kind of name");
  if (acronym) add(0.5, 'an acronym');
  if (namedByDomain(words, s.domains)) add(3, 'the e-mail is named after it');
  if (s.site && (s.site === key || s.site.includes(key) || key.includes(s.site))) add(2, "the site's name");
  if (s.headline.includes(key)) add(1.5, 'in the headline');
  if (s.hints.titleOrg && key === s.hints.titleOrg.toLocaleLowerCase()) add(2, 'the headline gives it the position');
  if (hasTitleWord(value) && (!orgish || hasTitleWord(words[words.length - 1]!))) add(-4, 'a position, not an employer');
  // "Høgskulen på Vestlandet (HVL)": a name the ad gives an acronym.
  const acronymAfter = (at: number): boolean => {
    ACRONYM_AFTER.lastIndex = at + value.length;
    return ACRONYM_AFTER.test(sample);
  };
  if (words.length > 1 && atSomeOccurrence(sample, value, acronymAfter)) add(2, 'spelled out with its acronym');
  if (value === value.toLocaleUpperCase() && !acronym && /\p{Lu}{3}/u.test(value)) add(-1.5, 'capitals of a headline');
  const alone = words.length === 1 && !orgish && !acronym;
  // "Selskapet", "Instituttet", "Museum": the noun for an organisation, not one's name.
  if (words.length === 1 && isPlainOrgNoun(value, orgWords)) return null;
  // "Hochschule in Bachelor", "Skolen i Aarhus": the noun alone, then a preposition.
  const inAt = words.findIndex((w, i) => i > 0 && s.inWords.has(w.toLocaleLowerCase()));
  if (inAt === 1 && isPlainOrgNoun(words[0]!.replace(/^\(?\p{L}{0,20}-\)?/u, ''), orgWords)) return null;
  const pick: OrgPick = { value, evidence: clip(lineAt(sample, at >= 0 ? at : runIndex), 240), score, reasons };
  // Not one plain word: a recruiter's or a platform's site ("Genitor", "Jobbnorge") hosts other employers' ads.
  if (s.hostName !== '' && s.hostName === foldName(words.join('')) && (words.length > 1 || orgish || acronym)) pick.hostNamed = true;
  if (alone) {
    // These marks come after the score was taken: they decide below whether one plain word is kept.
    add(-1, 'one plain word');
    // "… sammen med Sweco", "Convertelligence har …" three times: a name the text keeps capitalised.
    const mid = atSomeOccurrence(
      sample,
      value,
      (at) => LOWER_BEFORE.test(sample.slice(Math.max(0, at - 6), at)) && !LETTER.test(sample.charAt(at + value.length)),
    );
    const times = sample.split(value).length - 1;
    if (mid) add(1.5, 'capitalised inside a sentence');
    if (times >= 3) add(1, `named ${times} times`);
  }
  return pick;
}

/** What the text says of a name where it stands: it seeks, it is ours, the workplace, described, a list item. */
function sayOf(s: OrgScan, pick: OrgPick, run: { value: string; index: number }, words: string[]): void {
  const { sample } = s;
  const after = sample.slice(run.index + run.value.length, run.index + run.value.length + 60);
  const before = sample.slice(Math.max(0, run.index - 20), run.index);
  const verb = rx().seekAfter.exec(after);
  // "Derfor søger vi …": the subject follows the verb, and the word before it is no name.
  const then = verb ? (after.slice(verb[0].length).trim().split(/[ \t]/u)[0] ?? '').toLocaleLowerCase() : '';
  // …and "Derfor søger Fællesskabspartiets Ungdom en …": a name right after the verb is its subject.
  // "Steiermark suchen wir": the verb's own subject is "wir".
  const pronounVerb = !!verb && rx().weSeek.test(verb[0].trim());
  const seeks =
    verb &&
    !pronounVerb &&
    !rx().placeBefore.test(before) &&
    !wordSet('pronouns').has(then) &&
    !isUpper(then.charAt(0)) &&
    !/^\p{Lu}/u.test(after.slice(verb[0].length).trim());
  const inverted = rx().seekBefore.test(before) && rx().articleAfter.test(after);
  const once = (v: number, why: string): void => {
    const reason = `${v > 0 ? '+' : ''}${v} ${why}`;
    if (pick.reasons.includes(reason)) return;
    pick.score += v;
    pick.reasons.push(reason);
  };
  if ((seeks || inverted) && !pick.reasons.some((r) => r.endsWith('seeks someone'))) {
    once(words.length === 1 && !pick.reasons.includes("+2 an organisation's kind of name") ? 4 : 5, 'seeks someone');
    pick.evidence = clip(lineAt(sample, run.index), 240);
  }
  // "Für unser Landessekretariat Steiermark": a part of the employer, not the employer.
  if (rx().ourBefore.test(before)) once(-2, 'a unit of ours');
  // "Arbejdssted: Teknik- og Miljøcentret, Industrivej 7": where the job is, not who hires.
  if (rx().workplaceLine.test(lineAt(sample, run.index))) once(-2, 'the workplace');
  if (rx().atBefore.test(before)) once(2, 'the job is at it');
  // "Graveren er ansat af Ødsted- Jerlev sognes menighedsråd": the ad names the employer.
  if (rx().employedBefore.test(sample.slice(Math.max(0, run.index - 40), run.index))) once(4, 'employs');
  // "På vegne av Convertelligence søker vi …": the recruiter's client employs.
  else if (rx().behalfBefore.test(sample.slice(Math.max(0, run.index - 40), run.index)) && rx().weSeekAfter.test(after))
    once(4, 'the ad is on its behalf');
  if (!pick.reasons.some((r) => r.endsWith('is described'))) {
    const sure = describedAs(run.value, sample.slice(run.index + run.value.length, run.index + run.value.length + 120), s);
    if (sure) once(sure, 'is described');
  }
  const line = lineAt(sample, run.index).trim();
  // "• Organisation und Durchführung von Schulungen": a task's words, capitalised for the list.
  if (/^[•*·▪–-][ \t]/u.test(line) && line.replace(/^[•*·▪–-][ \t]{1,3}/u, '').startsWith(run.value)) once(-1.5, 'starts a list item');
  const seen = (pick as OrgPick & { n?: number }).n ?? 0;
  (pick as OrgPick & { n?: number }).n = seen + 1;
  if (seen >= 1 && seen <= 4 && !(words.length === 1 && pick.reasons.includes('-1 one plain word'))) {
    pick.score += 0.5;
    pick.reasons.push('+0.5 named again');
  }
}

/** One plain word is a name only capitalised inside a sentence or seeking, never also in lower case ("Derfor"). */
function kept(s: OrgScan, p: OrgPick): boolean {
  if (!p.reasons.includes('-1 one plain word')) return true;
  if (!p.reasons.some((r) => r.includes('seeks') || r.includes('e-mail') || r.includes("site's") || r.includes('inside a sentence')))
    return false;
  const lower = p.value.toLocaleLowerCase();
  return !(
    p.value !== lower &&
    atSomeOccurrence(s.sample, lower, (at) => !LETTER.test(s.sample.charAt(at - 1)) && !LETTER.test(s.sample.charAt(at + p.value.length)))
  );
}

/** Every candidate name that may be the organisation, best first (for `pickOrganization` and for debugging). */
export function rankOrganizations(text: string, hints: OrgHints): OrgPick[] {
  const s = scanOf(text, hints);
  const byName = new Map<string, OrgPick>();
  const rejected = new Set<string>();
  for (const run of runsOf(s.sample)) {
    const value = trimRun(run.value);
    if (value.length < 2 || value.length > 100) continue;
    // Figures, postcodes and street addresses ("2027", "2200 Copenhagen", "Nørrebrogade 52") name no one.
    if (!/\p{L}{2}/u.test(value) || /^\p{N}+(?![\p{N}-])/u.test(value) || /\p{L}[ \t]\d{1,4}[a-z]?$/u.test(value)) continue;
    const words = value.split(/[ \t]+/u);
    if (words.length > 8) continue;
    const key = value.toLocaleLowerCase();
    if (rejected.has(key)) continue;
    if (!byName.has(key) && (s.people.has(key) || isSectionHeading(value))) {
      rejected.add(key);
      continue;
    }
    let pick = byName.get(key);
    if (!pick) {
      const first = firstSight(s, value, words, s.sample.indexOf(value, run.index), run.index);
      if (!first) continue;
      pick = first;
      byName.set(key, pick);
    }
    sayOf(s, pick, run, words);
  }
  // The page's own address breaks a tie among names already in the running; it puts none in it (a
  // job board's acronym, "NAV" on nav.no, may be named in another employer's ad).
  for (const p of byName.values())
    if (p.hostNamed && p.score >= 2) {
      p.score += 1;
      p.reasons.push("+1 the page's address is named after it");
    }
  parishOverChurch(s.sample, [...byName.values()]);
  // The best: the highest score, and of two as high the longer name.
  // A name is written capitalised ("centralbibliotek" is a kind of library, not one).
  return [...byName.values()]
    .filter((p) => kept(s, p) && /^[\p{Lu}\p{N}]/u.test(p.value))
    .sort((a, b) => b.score - a.score || b.value.length - a.value.length);
}

export function pickOrganization(text: string, hints: OrgHints): OrgPick | null {
  const best = rankOrganizations(text, hints)[0];
  return best && best.score >= 2 ? best : null;
}
