// The position's title (and, as a by-product, the organisation a headline names): headline forms
// of six languages ("Jobopslag: X", "Org søger X", "Vi søger en X", "X søges", "Stilling ledig
// som X for Org", "X (m/w/d)"), a title label line, and "en stilling som X" in running text.
import { alt, STOP_WORDS, wordSet } from '../locales/words';
import { alternation, clip, dropLastWords, isUpper, trimEndWhere, trimValue, upperFirst } from '../util';
import { UNION } from '../locales';
import { grammarAlt, grammarSet } from '../locales/grammar';
import { isAboutHeading, isSectionHeading } from './headings';
import { hasTitleWord } from './title-words';
import { questionHeadline } from './title-question';
import { cutTagline, cutTerms, isBylineLine, isContactLabelLine, isStockPhrase } from './title-lines';

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
  deadlineLabel: RegExp;
} | null = null;

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
    // "Extrajobb som fönsterputsare", "Sommerjobb som …": the noun may be the end of a compound.
    as: new RegExp(`(?:^|[ \\t])(?:\\p{L}{2,15}(?=jo))?(?:${alt('positionAs')})[ \\t]{1,3}${art}([^\\s].{1,150})$`, 'iu'),
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
    deadlineLabel: new RegExp(`(?<![\\p{L}])(?:${alternation(UNION.deadlineLabels.filter((w) => w.length >= 8))})(?![\\p{L}])`, 'iu'),
  };
  return RX;
}

/** Words that start a time phrase after a hiring verb ("sucht zum 1. Mai"). */
export const TIME_WORDS = grammarSet('timeWords');

let QUESTION_START: RegExp | null = null;
/** "Vil du …", "Are you …": a question to the reader, no title. */
const questionStart = (): RegExp => (QUESTION_START ??= new RegExp(`^(?:${alt('inviteQuestions')})(?![\\p{L}])`, 'iu'));

let SIZE: RegExp | null = null;
/** "(75%)", "(20 timer)" after a title: its size, not part of it. */
const sizeInBrackets = (): RegExp =>
  (SIZE ??= new RegExp(`[ \\t]*\\((?:\\d{1,3}[ \\t]{0,2}%|\\d{1,2}[ \\t]{0,2}(?:${alternation(UNION.hoursWords)}|t|h))\\)$`, 'iu'));

export function cleanTitle(raw: string): string | null {
  let t = raw;
  const g = rx().genderOnce.exec(t);
  if (g && g.index > 0) t = t.slice(0, g.index);
  t = trimValue(t.replace(rx().gender, '').replace(/\s+/g, ' '));
  t = trimEndWhere(t, /[!.]/u).trim();
  // "Frivillighetskoordinator –" and "Policy Analyst (75%)": drop the dangling dash and the size.
  t = cutTerms(t.replace(sizeInBrackets(), '').trim());
  t = trimValue(cutTagline(t));
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
  // "Ungdomsarbeider i" (of "… i 50 % stilling"), "Youth worker at" (of "… at 0.6 FTE"): no title ends in a preposition.
  return dropLastWords(s.trim(), (w) => STOP_WORDS.has(w));
}

/**
 * The organisation at a headline's end, cut from the title: "… for Enhedslisten Midtjylland",
 * "Forstander til Liselund Højskole" (after "til" only when a position word comes before it).
 */
function orgTail(title: string, known: string | null): { s: string; org: string | null } {
  let s = title;
  let org = known;
  const forOrg = rx().forOrg.exec(s);
  if (forOrg && !/[ \t]für[ \t]/u.test(forOrg[0])) {
    const o = cleanOrg(forOrg[1]);
    if (o) {
      org = org ?? o;
      s = s.slice(0, forOrg.index);
    }
  }
  const til = rx().tilOrg.exec(s);
  if (til && !org) org = cleanOrg(til[1]);
  if (til && org && org === cleanOrg(til[1]) && hasTitleWord(s.slice(0, til.index))) s = s.slice(0, til.index);
  return { s, org };
}

export function parseHeadline(line: string): HeadlineParse {
  const none: HeadlineParse = { title: null, org: null, form: null };
  let s = line
    .replace(/^[•*·▪◦‣●■►➢➤–-][ \t]{1,3}/u, '')
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
  ({ s, org } = orgTail(s, org));
  if (!form) {
    r.gender.lastIndex = 0;
    if (r.gender.test(s)) form = 'gender';
    r.gender.lastIndex = 0;
  }
  const title = cleanTitle(s);
  if (!title) return { title: null, org, form };
  if (questionStart().test(title) || /\?$/.test(line.trim())) return questionHeadline(line, org);
  return { title: form === 'as' || form === 'we' || form === 'verb' || form === 'sought' ? upperFirst(title) : title, org, form };
}

/**
 * A line that states a fact, not the position: a deadline ("Ansøgningsfrist: 30. november 2020"),
 * a label with a figure ("Stillingsstørrelse: 100 %"), or the lead-in to a list ("Kunden vår kan tilby:").
 */
function isFactLine(line: string): boolean {
  const s = line.trim();
  if (/:$/u.test(s) && !rx().prefixOnly.test(s)) return true;
  if (/^\p{L}[\p{L} .'/-]{1,40}:[ \t]{0,3}\p{N}/u.test(s)) return true;
  return rx().deadlineLabel.test(s.replace(/\([^()]{0,40}\)/gu, '')); // not in an aside: "(Deadline Extended)"
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
  if (isSectionHeading(line) || isFactLine(line) || isBylineLine(line) || (isAboutHeading(line) && !hasTitleWord(line))) return null;
  // "Ledelsessekretær Anne Birgitte Hansen – abh@samf.ku.dk": a contact's line, not the position's.
  if (/[\w.-]@[\w-]{2,40}\.\p{L}/u.test(line)) return null;
  const p = parseHeadline(line);
  if (p.continues) return null;
  if (!p.title) return null;
  const titled = hasTitleWord(p.title);
  if (!p.form && !titled) {
    // "Urval", "Stillingstype: Fast", "Spanande arbeidsoppgåver med motiverte elevar …": a word, a
    // labelled value, a footnote ("*Fixed days-off …") or a sentence, none of which names a position.
    if (
      !p.title.includes(' ') ||
      isStockPhrase(line) ||
      /^\p{L}[\p{L} -]{1,30}:[ \t]/u.test(line.trim()) ||
      /^\*\p{L}/u.test(line.trim()) ||
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
  // "jobs til kunstnere": a line that starts in lower case continues the one before it.
  if (/^\p{Ll}/u.test(line.trim()) && p.form === null) score -= 3;
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
  let prev = '';
  for (let i = 0; i < lines.length && seen < 16 && chars < 4000; i++) {
    const line = lines[i]!.trim();
    chars += line.length;
    if (!line) continue;
    seen++;
    const person = isContactLabelLine(prev);
    prev = line;
    if (person || line.length > 160 || /^[•*·▪–-][ \t]/u.test(line) || (/[.!]$/u.test(line) && line.split(' ').length > 9)) {
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
