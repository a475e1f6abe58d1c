// The position's title (and, as a by-product, the organisation a headline names): headline forms
// of six languages ("Jobopslag: X", "Org søger X", "Vi søger en X", "X søges", "Stilling ledig
// som X for Org", "X (m/w/d)"), a title label line, and "en stilling som X" in running text.
import { alt, STOP_WORDS, wordSet } from '../locales/words';
import { alternation, clip, isUpper, trimEndWhere, trimValue, upperFirst } from '../util';
import { UNION } from '../locales';
import { grammarAlt, grammarSet, grammarWords } from '../locales/grammar';
import { isAboutHeading, isSectionHeading } from './headings';

export interface HeadlineParse {
  title: string | null;
  /** The organisation the headline names ("Medborgerne søger …", "… for De Grønne"). */
  org: string | null;
  /** How the title was recognised; null for a plain line. */
  form: 'prefix' | 'verb' | 'we' | 'as' | 'sought' | 'label' | 'gender' | null;
  /** The line names an organisation and a hiring verb but the title follows on the next line. */
  continues?: boolean;
}

let RX: {
  prefix: RegExp;
  prefixOnly: RegExp;
  we: RegExp;
  verb: RegExp;
  verbEnd: RegExp;
  as: RegExp;
  sought: RegExp;
  label: RegExp;
  figureOrTerm: RegExp;
  gender: RegExp;
  genderOnce: RegExp;
  forOrg: RegExp;
  tilOrg: RegExp;
  runningAs: RegExp;
  runningSeek: RegExp;
  runningRole: RegExp;
  runningSubject: RegExp;
  deadlineLabel: RegExp;
} | null = null;

/** Up to ten words of a title in running text ("ivrig Sales Manager som …"); cut to the title by titleAfter. */
const WORDS = `[\\p{L}][\\p{L}\\p{N}*/:_'’-]{0,40}(?:[ \\t]{1,2}[\\p{L}\\p{N}][\\p{L}\\p{N}*/:_'’.,-]{0,40}){0,9}`;
/** After a seeking verb: room for a lead phrase before the position ("suchen zur Unterstützung … eine …"). */
const LEAD_WORDS = `[\\p{L}][\\p{L}\\p{N}*/:_'’.-]{0,40}(?:[ \\t]{1,2}[\\p{L}\\p{N}(/][\\p{L}\\p{N}*/:_'’.,()-]{0,40}){0,19}`;

function rx(): NonNullable<typeof RX> {
  if (RX) return RX;
  const art = `(?:(?:${alt('articles')})[ \\t]{1,3}){0,2}`;
  RX = {
    // "Ledig stilling: …", "Local Job Vacancy: …": a prefix, with a word or two before it.
    prefix: new RegExp(
      `^(?:\\p{L}[\\p{L}-]{1,20}[ \\t]{1,2}){0,2}?(?:${alt('headlinePrefixes')})[ \\t]{0,3}(?:[:|›»]|[–—-][ \\t])[ \\t]{0,3}`,
      'iu',
    ),
    prefixOnly: new RegExp(`^(?:${alt('headlinePrefixes')}|${alt('listWords')})[ \\t]{0,3}[:!.]?$`, 'iu'),
    we: new RegExp(`^(?:${alt('weSeek')})[ \\t]{1,3}${art}`, 'iu'),
    verb: new RegExp(
      `^([^\\s].{0,90}?)[ \\t,]{1,3}(?:${alt('hiringVerbs')})(?:[ \\t]{1,3}(?:${grammarAlt('nowWords')}))?[ \\t]{1,3}${art}([^\\s].{1,150})$`,
      'iu',
    ),
    verbEnd: new RegExp(
      `^([^\\s].{0,90}?)[ \\t,]{1,3}(?:${alt('hiringVerbs')})(?:[ \\t]{1,3}(?:${grammarAlt('nowWords', 'timeWords')})\\b[^\\n]{0,40})?[ \\t]{0,3}:?$`,
      'iu',
    ),
    as: new RegExp(`(?:^|[ \\t])(?:${alt('positionAs')})[ \\t]{1,3}${art}([^\\s].{1,150})$`, 'iu'),
    sought: new RegExp(
      `^([^\\s].{1,120}?)[ \\t]{1,3}(?:${alt('sought')})(?:[ \\t]{1,3}(?:${grammarAlt('toWords', 'forWords')})[ \\t]{1,3}([^\\s].{1,100}))?[.!]?$`,
      'iu',
    ),
    figureOrTerm: new RegExp(`\\d[ \\t]{0,2}%|(?<![\\p{L}])(?:${grammarAlt('employmentTerms')})(?![\\p{L}])`, 'iu'),
    label: new RegExp(`^(?:${alt('titleLabels')})[ \\t]{0,3}[:：][ \\t]{0,3}([^\\s].{1,150})$`, 'iu'),
    genderOnce: new RegExp(
      `[ \\t]{0,3}[([][ \\t]{0,2}(?:[mwfdxk](?:[ \\t]{0,2}[/|][ \\t]{0,2}[mwfdxk]){1,3}|${grammarAlt('genderAll')})[ \\t]{0,2}[)\\]]`,
      'iu',
    ),
    gender: new RegExp(
      `[ \\t]{0,3}[([][ \\t]{0,2}(?:[mwfdxk](?:[ \\t]{0,2}[/|][ \\t]{0,2}[mwfdxk]){1,3}|${grammarAlt('genderAll')})[ \\t]{0,2}[)\\]]`,
      'giu',
    ),
    forOrg: new RegExp(
      `[ \\t](?:${grammarAlt('forWords')})[ \\t]{1,3}([\\p{Lu}\\p{N}][\\p{L}\\p{N}'’&.-]{0,40}(?:[ \\t]{1,2}[\\p{L}\\p{N}'’&.-]{1,40}){0,6})$`,
      'u',
    ),
    tilOrg: new RegExp(
      `[ \\t](?:${grammarAlt('toWords')})[ \\t]{1,3}([\\p{Lu}\\p{N}][\\p{L}\\p{N}'’&.-]{0,40}(?:[ \\t]{1,2}[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’&.-]{0,40}){0,5})$`,
      'u',
    ),
    runningAs: new RegExp(`(?:^|[ \\t(])(?:${alt('positionAs')})[ \\t]{1,3}${art}(${WORDS})`, 'giu'),
    deadlineLabel: new RegExp(`(?<![\\p{L}])(?:${alternation(UNION.deadlineLabels.filter((w) => w.length >= 8))})(?![\\p{L}])`, 'iu'),
    runningSeek: new RegExp(`(?<![\\p{L}])(?:${alt('seekVerbs')})[ \\t]{1,3}${art}(${LEAD_WORDS})`, 'giu'),
    // Case-sensitive: the sentence's first word is capitalised ("Den nye bibliotekschef skal", "Avdelingslederen skal").
    runningSubject: new RegExp(
      `(?:^|[.!?][ \\t]{1,3})(?:((?:${alternation(grammarWords('definiteArticles').map(upperFirst))})[ \\t]{1,3}(?:\\p{Ll}{2,20}[ \\t]{1,3})?)|(?=\\p{Lu}))(\\p{L}\\p{Ll}{4,40}(?:[ \\t](?:(?:${grammarAlt('nameJoiners')})[ \\t])?\\p{Lu}[\\p{L}-]{1,30}){0,4})[ \\t]{1,3}(?:${alt('subjectVerbs')})(?![\\p{L}])`,
      'gmu',
    ),
    runningRole: new RegExp(
      `(?:^|[.!?:][ \\t]{1,3})(?:${alt('asRole')})[ \\t]{1,3}${art}(${WORDS}?)[ \\t]{1,3}(?:${alt('asRoleThen')})(?![\\p{L}])`,
      'giu',
    ),
  };
  return RX;
}

/** Words that start a time phrase after a hiring verb ("sucht zum 1. Mai"). */
const TIME_WORDS = grammarSet('timeWords');

let QUESTION_START: RegExp | null = null;
/** "Vil du …", "Are you …": a question to the reader, no title. */
const questionStart = (): RegExp => (QUESTION_START ??= new RegExp(`^(?:${alt('inviteQuestions')})(?![\\p{L}])`, 'iu'));

let SIZE: RegExp | null = null;
/** "(75%)", "(20 timer)" after a title: its size, not part of it. */
const sizeInBrackets = (): RegExp =>
  (SIZE ??= new RegExp(`[ \\t]*\\((?:\\d{1,3}[ \\t]{0,2}%|\\d{1,2}[ \\t]{0,2}(?:${alternation(UNION.hoursWords)}|t|h))\\)$`, 'iu'));

function cleanTitle(raw: string): string | null {
  let t = raw;
  const g = rx().genderOnce.exec(t);
  if (g && g.index > 0) t = t.slice(0, g.index);
  t = trimValue(t.replace(rx().gender, '').replace(/\s+/g, ' '));
  t = trimEndWhere(t, /[!.]/u).trim();
  // "Frivillighetskoordinator –" and "Policy Analyst (75%)": drop the dangling dash and the size.
  t = t.replace(sizeInBrackets(), '').trim();
  t = trimValue(t);
  if (t.length < 2 || t.length > 150) return null;
  if (!/\p{L}{2}/u.test(t)) return null;
  if (t.split(' ').length > 14) return null;
  // ALL-CAPS titles from PDFs read better in sentence case.
  if (t === t.toLocaleUpperCase() && /\p{Lu}{4}/u.test(t)) t = upperFirst(t.toLocaleLowerCase());
  return t;
}

/** The word a line ends in, before a colon or full stop and a blank or two ("… skal du:" → "du"). */
function lastWord(s: string): string {
  let e = s.length;
  if (e > 0 && (s[e - 1] === ':' || s[e - 1] === '.')) e--;
  for (let k = 0; k < 2 && e > 0 && (s[e - 1] === ' ' || s[e - 1] === '\t'); k++) e--;
  let b = e;
  while (b > 0 && e - b < 60 && /\p{L}/u.test(s.charAt(b - 1))) b--;
  return s.slice(b, e);
}

function cleanOrg(raw: string | undefined): string | null {
  if (!raw) return null;
  let o = trimValue(raw.replace(/\s+/g, ' '));
  // "Fagforbundet (FF)": a bracket at the end of at most 40 characters goes.
  const open = o.endsWith(')') ? o.lastIndexOf('(') : -1;
  if (open >= 0 && o.length - open <= 42 && !o.slice(open + 1, -1).includes(')')) o = o.slice(0, open).trim();
  if (o.length < 2 || o.length > 120) return null;
  const words = o.split(' ');
  const pronouns = wordSet('pronouns');
  if (pronouns.has(o.toLocaleLowerCase())) return null;
  if (pronouns.has(words[0]!.toLocaleLowerCase()) && !(words[1] && isUpper(words[1].charAt(0)))) return null;
  if (!isUpper(o.charAt(0)) && !/^\p{N}/u.test(o)) return null;
  if (o.split(' ').length > 8) return null;
  return o;
}

/** A title found in a phrase: cut where running text goes on ("… til vores team", "…, der"). */
let TAIL: { clause: RegExp; relative: RegExp; withOrFigure: RegExp } | null = null;
function tailRx(): NonNullable<typeof TAIL> {
  return (TAIL ??= {
    // Lower-case prepositions that start a clause: "projektleder til vores kommunikationsafdeling".
    clause: new RegExp(
      `[ \\t](?:${grammarAlt('clausePrepositions', 'relativeWords', 'withWords')})[ \\t]{1,3}(?:${alt('ourWords')}|${grammarAlt('infinitiveMarkers')})(?![\\p{L}]).{0,200}$`,
      'iu',
    ),
    relative: new RegExp(`[ \\t](?:${grammarAlt('relativeWords')})[ \\t].{0,200}$`, 'iu'),
    // "leder 37 timer senest 1. december", "medarbejder med solid erfaring …".
    withOrFigure: new RegExp(`[ \\t](?:${grammarAlt('withWords')})[ \\t].{0,200}$|[ \\t]\\d.{0,200}$`, 'iu'),
  });
}

/** A title found in a phrase: cut where running text goes on ("… til vores team", "…, der"). */
function cutTitleTail(t: string): string {
  let s = t.split(/[,;:!?]|[ \t][–—][ \t]|\.(?:[ \t]|$)/u)[0] ?? t;
  s = s.replace(tailRx().clause, '');
  s = s.replace(tailRx().relative, '');
  // The position, then what it asks or gives, once a position word has been read.
  const short = s.replace(tailRx().withOrFigure, '');
  if (short !== s && hasTitleWord(short)) s = short;
  return s.trim();
}

/** Reads one headline line. */
export function parseHeadline(line: string): HeadlineParse {
  const none: HeadlineParse = { title: null, org: null, form: null };
  let s = line
    .replace(/^[•*·–-][ \t]{1,3}/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length < 2 || s.length > 220) return none;
  // "Som prosjektleder skal du", "As our coordinator you will": the lead-in to a list of tasks.
  if (wordSet('pronouns').has(lastWord(s).toLocaleLowerCase())) return none;
  const r = rx();
  const label = r.label.exec(s);
  if (label) {
    const t = cleanTitle(label[1]!);
    if (t && !r.figureOrTerm.test(t)) {
      return { title: t, org: null, form: 'label' };
    }
    return none;
  }
  let form: HeadlineParse['form'] = null;
  let org: string | null = null;
  const pre = r.prefix.exec(s);
  if (pre && s.length - pre[0].length >= 2) {
    s = s.slice(pre[0].length);
    form = 'prefix';
  }
  const verb = r.verb.exec(s);
  if (verb) {
    const o = cleanOrg(verb[1]);
    const tail = verb[2]!;
    const firstTail = (tail.split(/[ \t]/u)[0] ?? '').toLocaleLowerCase();
    if (o && (TIME_WORDS.has(firstTail) || /^\p{N}/u.test(tail)) && !hasTitleWord(tail)) {
      return { title: null, org: o, form: 'verb', continues: true };
    }
    if (o && wordSet('pronouns').has(firstTail)) return none;
    if (o) {
      org = o;
      s = tail;
      form = 'verb';
    } else if (grammarSet('wePronouns').has(verb[1]!.trim().toLocaleLowerCase())) {
      // "Vi søger dig, der …": the applicant, not a position.
      if (wordSet('pronouns').has(firstTail.replace(/[,.]$/u, ''))) return none;
      s = tail;
      form = 'we';
    }
  } else {
    const end = r.verbEnd.exec(s);
    if (end) {
      const o = cleanOrg(end[1]!);
      if (o) return { title: null, org: o, form: 'verb', continues: true };
    }
  }
  if (form !== 'verb') {
    const we = r.we.exec(s);
    if (we) {
      s = s.slice(we[0].length);
      form = 'we';
      // "Vi ser etter deg som …", "We are looking for you": the applicant, not a position.
      if (wordSet('pronouns').has((s.split(/[ \t,]/u)[0] ?? '').toLocaleLowerCase())) return none;
    }
  }
  const as = r.as.exec(s);
  if (as && form !== 'verb') {
    s = as[1]!;
    form = 'as';
  }
  const sought = r.sought.exec(s);
  if (sought) {
    s = sought[1]!;
    form = 'sought';
    const o = cleanOrg(sought[2]);
    if (o) org = org ?? o;
  }
  if (form === 'we' || form === 'as' || form === 'verb') s = cutTitleTail(s);
  // "… for Enhedslisten Midtjylland": the organisation, not part of the title.
  const forOrg = r.forOrg.exec(s);
  if (forOrg && !/[ \t]für[ \t]/u.test(forOrg[0])) {
    const o = cleanOrg(forOrg[1]);
    if (o) {
      org = org ?? o;
      s = s.slice(0, forOrg.index);
    }
  }
  const til = r.tilOrg.exec(s);
  if (til && !org) org = cleanOrg(til[1]);
  // "Forstander til Liselund Højskole": the position, then the organisation it is for.
  if (til && org && org === cleanOrg(til[1]) && hasTitleWord(s.slice(0, til.index))) s = s.slice(0, til.index);
  if (!form) {
    r.gender.lastIndex = 0;
    if (r.gender.test(s)) form = 'gender';
    r.gender.lastIndex = 0;
  }
  const title = cleanTitle(s);
  if (!title) return { title: null, org, form };
  if (questionStart().test(title) || /\?$/.test(line.trim())) return { title: null, org, form: null };
  return { title: form === 'as' || form === 'we' || form === 'verb' || form === 'sought' ? upperFirst(title) : title, org, form };
}

function isTitleWord(word: string, set: Set<string>): boolean {
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
  let yes = isTitleWord(word, set);
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

/**
 * A line that states a fact, not the position: a deadline ("Ansøgningsfrist: 30. november 2020"),
 * a label with a figure ("Stillingsstørrelse: 100 %"), or the lead-in to a list ("Kunden vår kan tilby:").
 */
function isFactLine(line: string): boolean {
  const s = line.trim();
  if (/:$/u.test(s) && !rx().prefixOnly.test(s)) return true;
  if (/^\p{L}[\p{L} .'/-]{1,40}:[ \t]{0,3}\p{N}/u.test(s)) return true;
  return rx().deadlineLabel.test(s);
}

export interface TitleCandidate {
  title: string;
  org: string | null;
  evidence: string;
  form: HeadlineParse['form'];
  score: number;
  /** Found in running text, not in a headline. */
  running?: boolean;
  /** Index of the line the title was read from (text candidates). */
  line?: number;
}

let CRUMB: { breadcrumb: RegExp; dateish: RegExp } | null = null;
function crumbRx(): NonNullable<typeof CRUMB> {
  return (CRUMB ??= {
    breadcrumb: new RegExp(`[›»]|^(?:${grammarAlt('homeWords')})(?![\\p{L}])|(?:\\S[ \\t]\\/[ \\t]\\S.{0,80}){2}`, 'iu'),
    // A date with its year or a reference number: a line of facts, not a headline.
    dateish: new RegExp(
      `(?<![\\p{L}\\p{N}])\\d{1,2}\\.?[ \\t]{0,2}(?:${alternation(Object.keys(UNION.months))})\\p{L}{0,7}\\.?[ \\t]{0,2}\\d{4}|\\b\\d{4}-\\d{2}-\\d{2}\\b|(?<![\\p{L}])(?:${grammarAlt('referenceWords')})(?![\\p{L}])`,
      'iu',
    ),
  });
}

/** Scores one headline-like line as the ad's title line. */
export function scoreHeadline(line: string, position: number): TitleCandidate | null {
  if (isSectionHeading(line) || isFactLine(line) || (isAboutHeading(line) && !hasTitleWord(line))) return null;
  const p = parseHeadline(line);
  if (p.continues) return null;
  if (!p.title) return null;
  const titled = hasTitleWord(p.title);
  if (!p.form && !titled) {
    // "Urval", "Stillingstype: Fast", "Spanande arbeidsoppgåver med motiverte elevar …": a word, a
    // labelled value or a sentence, none of which names a position.
    if (
      !p.title.includes(' ') ||
      /^\p{L}[\p{L} -]{1,30}:[ \t]/u.test(line.trim()) ||
      (/[.!]$/u.test(line.trim()) && p.title.split(' ').length > 4) ||
      // "20 hours per week £11,400 per annum": figures, not a position.
      /\d/u.test(p.title)
    )
      return null;
  }
  let score = 0;
  if (p.form === 'label') score += 7;
  // "Jobs: Venture Community Association", "All vacancies – University of Copenhagen": a prefix before
  // words that name no position introduces the site, seldom the post.
  else if (p.form && p.form !== 'gender') score += p.form === 'prefix' && !titled ? 1 : 5;
  if (p.form === 'gender') score += 2;
  if (titled) score += 3;
  if (rx().prefixOnly.test(line.trim())) score -= 8;
  if (crumbRx().breadcrumb.test(line)) score -= 5;
  if (crumbRx().dateish.test(line)) score -= 4;
  if (/[.?]$/.test(line.trim()) && p.form === null) score -= 3;
  const words = p.title.split(' ').length;
  if (words > 9) score -= 2;
  score -= position * 0.3;
  return { title: p.title, org: p.org, evidence: clip(line, 200), form: p.form, score };
}

/** The title line of a text: the best-scoring short line among the first ones ("Org søger" makes the next line the title). */
export function titleFromText(text: string): { best: TitleCandidate | null; headOrg: string | null } {
  const lines = text.split('\n');
  let best: TitleCandidate | null = null;
  let headOrg: string | null = null;
  let seen = 0;
  let boostNext = 0;
  let chars = 0;
  let crumbTail: string | null = null;
  for (let i = 0; i < lines.length && seen < 16 && chars < 4000; i++) {
    const line = lines[i]!.trim();
    chars += line.length;
    if (!line) continue;
    seen++;
    if (line.length > 160 || /^[•*·▪–-][ \t]/u.test(line) || (/[.!]$/u.test(line) && line.split(' ').length > 9)) {
      boostNext = 0;
      continue;
    }
    const p = parseHeadline(line);
    if (p.continues && p.org) {
      headOrg = headOrg ?? p.org;
      boostNext = 6;
      continue;
    }
    const c = scoreHeadline(line, seen - 1);
    // "Start / Om förbundet / Lediga jobb / Ombudsman till avdelning Väst", then that last step as
    // a line of its own: the page's title, however long the menu above it.
    if (c && crumbTail !== null && line === crumbTail) c.score += 6;
    if (crumbRx().breadcrumb.test(line))
      crumbTail =
        line
          .split(/[ \t][›»/>][ \t]/u)
          .pop()
          ?.trim() ?? null;
    if (c) {
      c.score += boostNext;
      c.line = i;
      if (!best || c.score > best.score) best = c;
    }
    if (rx().prefixOnly.test(line)) boostNext = 2;
    else boostNext = 0;
  }
  return { best, headOrg };
}

/**
 * The position named in running text: "… en stilling som demokratiudvikler", "Sognet søger en ny
 * kirketjener", "søker vi etter en ivrig Sales Manager som …", "Som junior anleggsleder vil du …".
 * After a seeking verb or "Som … vil du", the words up to the last one that names a position are
 * the title (nothing when none does); after "stilling som" the words up to a stop word.
 */
export const NAMED_OUTRIGHT = 3; // the score of a position a sentence names outright ("eit vikariat som X")
export function titleFromRunningText(text: string): TitleCandidate | null {
  const sample = text.length > 30_000 ? text.slice(0, 30_000) : text;
  let best: TitleCandidate | null = null;
  for (const line of sample.split('\n')) {
    if (line.length < 10) continue;
    for (const [kind, re] of [
      ['as', rx().runningAs],
      ['seek', rx().runningSeek],
      ['role', rx().runningRole],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(line), n = 0; m && n < 20; m = re.exec(line), n++) {
        const t = titleAfter(m[1]!, kind !== 'as');
        if (!t) continue;
        const idx = m.index;
        const snippet = line.slice(Math.max(0, idx - 80), idx + m[0].length + 40);
        // "stilling som X" names the position outright; a seeking verb or "Som X vil du" only with a position word.
        const score = kind === 'as' ? NAMED_OUTRIGHT : 3.5;
        if (!best || score > best.score)
          best = { title: upperFirst(t), org: null, evidence: clip(snippet, 240), form: 'as', score, running: true };
        break;
      }
    }
    if (best) return best;
  }
  return subjectTitle(sample);
}

/** True when a sentence seeks a named position: "Globalt Fokus søger en ny praktikant", "We are looking for a Project Officer". */
export function seeksPosition(text: string): boolean {
  const re = rx().runningSeek;
  for (const line of text.split('\n')) {
    if (line.length < 10) continue;
    re.lastIndex = 0;
    for (let m = re.exec(line), n = 0; m && n < 20; m = re.exec(line), n++) if (titleAfter(m[1]!, true)) return true;
  }
  return false;
}

/**
 * The position named as the subject of a sentence in its definite form, when nothing else names
 * it: "Avdelingslederen skal ved siden av å være leder …" → "Avdelingsleder". The weakest reading.
 */
function subjectTitle(sample: string): TitleCandidate | null {
  const re = rx().runningSubject;
  re.lastIndex = 0;
  for (let m = re.exec(sample), n = 0; m && n < 40; m = re.exec(sample), n++) {
    const word = m[2]!;
    const evidence = clip(sample.slice(m.index, m.index + 200), 240);
    // "Den nye bibliotekschef skal …", "The Project and Policy Officer is responsible …": after an article, the plain form.
    if (m[1] && hasTitleWord(word)) return { title: upperFirst(word), org: null, evidence, form: 'as', score: 2.5, running: true };
    for (const end of grammarWords('definiteEndings')) {
      const base = word.slice(0, -end.length);
      if (word.toLocaleLowerCase().endsWith(end) && base.length >= 4 && isTitleWord(base.toLocaleLowerCase(), wordSet('titleWords')))
        return { title: upperFirst(base), org: null, evidence, form: 'as', score: 2.5, running: true };
    }
  }
  return null;
}

/**
 * "suchen zur Unterstützung ihrer Arbeit vor Ort eine Mitarbeiterin", "suchen wir für ein Projekt ab
 * sofort eine/n …": a phrase between the seeking verb and the position's article is passed over when
 * it holds no sentence stop and does not start with a pronoun ("søger dig, der …"). Returns the index
 * of the last article before the first word that names a position (within 14 words), or -1.
 */
function leadEnd(all: string[], isArticle: (lower: string) => boolean): number {
  // "suchen wir für …", "søger vi til …": the verb's subject after it.
  const from = grammarSet('wePronouns').has(all[0]!.toLocaleLowerCase()) ? 1 : 0;
  const first = (all[from] ?? '').toLocaleLowerCase();
  if (isArticle(first) || wordSet('pronouns').has(first)) return -1;
  let article = -1;
  const clause = grammarSet('infinitiveMarkers', 'andWords', 'conjunctions', 'relativeWords');
  for (let i = from; i < Math.min(all.length, 14); i++) {
    const w = all[i]!;
    // "seeks to prepare its students … and to nurture …": a clause of its own, not a lead.
    if (clause.has(w.toLocaleLowerCase())) return -1;
    if (hasTitleWord(w)) return article;
    if (isArticle(w.toLocaleLowerCase())) article = i;
    else if (/[,;:!?]$|\.$/u.test(w)) return -1;
  }
  return -1;
}

/** The title at the start of `words`: up to a stop word, number or punctuation; with `needWord`, up to the last position word. */
function titleAfter(words: string, needWord: boolean): string | null {
  const taken: string[] = [];
  const articles = wordSet('articles');
  const all = words.split(/[ \t]+/);
  // "suchen zum nächstmöglichen Datum einen … Anlagenmechaniker", "søger pr. 1. marts en bogholder":
  // a time phrase after the verb is passed over up to the article of the position.
  // "eine*n", "eine/n", "ein:e": an article written for every gender.
  const isArticle = (lower: string): boolean => articles.has(lower) || articles.has(lower.replace(/[*:/_(][\p{L})]{1,3}$/u, ''));
  const lead = needWord ? leadEnd(all, isArticle) : -1;
  let timeLead = needWord && lead < 0 && TIME_WORDS.has(all[0]!.toLocaleLowerCase());
  let prev = '';
  for (const w of lead >= 0 ? all.slice(lead + 1, lead + 11) : all.slice(0, timeLead ? 16 : 10)) {
    const bare = trimEndWhere(w, /[.,;:!?)"”]/u);
    const lower = bare.toLocaleLowerCase();
    if (timeLead) {
      if (isArticle(lower) && bare === w) timeLead = false;
      continue;
    }
    // "eine Mitarbeiterin / einen Mitarbeiter": the article of the pair's second form.
    if (prev === '/' && isArticle(lower)) {
      prev = lower;
      continue;
    }
    prev = lower;
    // "en kundeorientert og serviceinnstilt supportmedarbeider": "og" between words of one title.
    if (needWord && grammarSet('andWords').has(lower) && bare === w) {
      taken.push(bare);
      continue;
    }
    if (!bare || STOP_WORDS.has(lower) || /^\p{N}/u.test(bare)) break;
    // "søger Fællesskabspartiets Ungdom en studentermedhjælper": the title starts after an article.
    if (isArticle(lower)) taken.length = 0;
    else taken.push(bare);
    if (bare !== w) break;
  }
  let end = taken.length;
  if (needWord) {
    while (end > 0 && !hasTitleWord(taken[end - 1]!)) end--;
    if (end === 0) return null;
  }
  let from = 0;
  // "kundeorientert og serviceinnstilt supportmedarbeider": the words before the last "og" describe it.
  for (let i = end - 1; i >= 0; i--)
    if (grammarSet('andWords').has(taken[i]!.toLocaleLowerCase()) && !hasTitleWord(taken[i - 1] ?? '') && !taken[i - 1]?.endsWith('-')) {
      from = i + 1;
      break;
    }
  const t = cleanTitle(taken.slice(from, end).join(' '));
  return t && t.length >= 4 ? t : null;
}
