// Is the page ONE job advertisement? A score from evidence for an ad and against it; isJobAd when
// it reaches 0.5.
//
// For: a JobPosting; a position named (a headline or a sentence that names one: "Sognet søger en
// kirketjener"); the facts an ad gives (deadline, start, hours, position size, pay, people to ask,
// how to apply, interview days); an ad's section headings and vocabulary; a reader addressed as
// "du"/"you". A position and one fact make an ad, also when the page is cut short.
// Against: many postings or job links (a list), news of a hire, a page with no open position,
// bylines and news words, JSON-LD of an article or event.
import type { PageLink } from '../page/html';
import { alt } from '../locales/words';
import { UNION } from '../locales';
import { alternation } from '../util';
import { type TitleCandidate } from '../fields/title';
import { hasTitleWord } from '../fields/title-words';
import { seeksPosition } from '../fields/title-running';
import { isSectionHeading } from '../fields/headings';
import { SIGNALS, VERDICT_WEIGHTS, type Signal } from './weights';
import { isOrgWord } from '../fields/org-words';
import { wordSet } from '../locales/words';

/** The facts of an ad the text fields found (each counts once). */
export interface AdFacts {
  deadline: boolean;
  start: boolean;
  hours: boolean;
  percent: boolean;
  salary: boolean;
  contacts: boolean;
  apply: boolean;
  interview: boolean;
}

export interface JobAdFeatures {
  text: string;
  /** Whole page text (HTML) for list detection; the same as text for plain text. */
  bodyText: string;
  links: PageLink[];
  distinctPostings: number;
  /** schema.org types in the page's JSON-LD. */
  types: string[];
  ogType: string | null;
  title: TitleCandidate | null;
  facts: AdFacts;
}

export interface JobAdVerdict {
  isJobAd: boolean;
  confidence: number;
  /** The reasons, for debugging and tests. */
  reasons: string[];
  signals: Record<Signal, number>;
}

let RX: {
  jobWords: RegExp;
  apply: RegExp;
  hired: RegExp;
  notPosting: RegExp;
  news: RegExp;
  byline: RegExp;
  bylineName: RegExp;
  reported: RegExp;
  deadlineLabel: RegExp;
  you: RegExp;
  formalYou: RegExp;
  jobHref: RegExp;
  hiredHeadline: RegExp;
  seek: RegExp;
  applicants: RegExp;
  weSeek: RegExp;
  invite: RegExp;
  volunteers: RegExp;
} | null = null;
function rx(): NonNullable<typeof RX> {
  if (RX) return RX;
  // "Posted by ", "· Af ": a byline's word at the start of a line or after a separator.
  const bylineWord = `(?:^|[·|][ \\t]{0,3})(?:${alt('bylineWords')})[ \\t]{1,3}`;
  RX = {
    jobWords: new RegExp(`(?<![\\p{L}])(?:${alt('jobAdWords')})(?![\\p{L}])`, 'giu'),
    apply: new RegExp(`(?<![\\p{L}])(?:${alt('applyPhrases')})(?![\\p{L}])`, 'iu'),
    hired: new RegExp(`(?<![\\p{L}])(?:${alt('hiredPhrases')})(?![\\p{L}])`, 'iu'),
    notPosting: new RegExp(`(?<![\\p{L}])(?:${alt('notPostingPhrases')})(?![\\p{L}])`, 'iu'),
    news: new RegExp(`^(?:${alt('newsWords')})`, 'imu'),
    // "…, sier Helland", "berättar Petter Carlsson", "says Jane": a reporter quoting someone.
    reported: new RegExp(`(?<![\\p{L}])(?:${alt('reportingVerbs')})[ \\t]{1,3}\\p{Lu}\\p{Ll}{1,30}(?![\\p{L}])`, 'gu'),
    byline: new RegExp(`${bylineWord}[\\p{Lu}\\p{Ll}][\\p{L}.-]{1,30}`, 'mu'),
    bylineName: new RegExp(`${bylineWord}((?:\\p{Lu}[\\p{L}'’.-]{0,30}[ \\t]{1,2}){0,5}\\p{Lu}[\\p{L}'’.-]{0,30})`, 'u'),
    deadlineLabel: new RegExp(`(?<!\\p{L})(?:${alternation(UNION.deadlineLabels)})(?!\\p{L})`, 'giu'),
    you: new RegExp(`(?<!\\p{L})(?:${alt('youWords')})(?!\\p{L})`, 'giu'),
    jobHref: new RegExp(alt('jobHrefWords'), 'iu'),
    formalYou: new RegExp(`(?<=[\\p{Ll},;][ \\t]{1,2})(?:${alt('formalYouWords') || '(?!)'})(?![\\p{L}])`, 'gu'),
    hiredHeadline: new RegExp(`(?<![\\p{L}])(?:${alt('hiredHeadlineWords')})(?![\\p{L}])`, 'iu'),
    seek: new RegExp(`(?<![\\p{L}])(?:${alt('seekVerbs')}|${alt('headlinePrefixes')})(?![\\p{L}])`, 'iu'),
    weSeek: new RegExp(`(?<![\\p{L}])(?:${alt('weSeekPhrases')})(?![\\p{L}])`, 'iu'),
    invite: new RegExp(`(?:^|[.!?][ \\t]{1,3})(?:${alt('inviteQuestions')})(?![\\p{L}])[^.!?\\n]{0,200}\\?`, 'imu'),
    // "Nye frivillige søges", "we are looking for volunteers", "Frivillige" as the headline: the ones sought are volunteers.
    volunteers: new RegExp(
      `(?<![\\p{L}])(?:(?:${alt('seekVerbs')}|${alt('hiringVerbs')})[ \\t]{1,3}(?:${alt('volunteerWords')})|(?:${alt('volunteerWords')})[ \\t]{1,3}(?:${alt('sought')}))(?![\\p{L}])|^(?:${alt('volunteerWords')})$`,
      'imu',
    ),
    // "172 ansøgninger", "333 (!) søknader": a count of those who applied.
    applicants: new RegExp(
      `(?<![\\p{L}\\p{N}])\\d{1,4}[ \\t]{1,2}(?:\\([^()\\n]{1,5}\\)[ \\t]{1,2})?(?:${alt('applicantWords')})(?![\\p{L}])`,
      'iu',
    ),
  };
  return RX;
}

const NEGATIVE_TYPES = new Set([
  'NewsArticle',
  'BlogPosting',
  'Article',
  'ItemList',
  'Event',
  'ContactPage',
  'AboutPage',
  'CollectionPage',
  'Report',
  'ScholarlyArticle',
  'PressRelease',
]);

function countMatches(re: RegExp, s: string, max = 500): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s) !== null && n < max) n++;
  re.lastIndex = 0;
  return n;
}

type On = (k: Signal, v: boolean | number) => void;

/** The signals of a list of jobs: links to several ads, several deadlines, several lines that name positions. */
function listSignals(f: JobAdFeatures, on: On): void {
  // Lists of jobs.
  const jobLinks = new Set<string>();
  for (const l of f.links) {
    if (l.text.length < 8 || l.text.length > 160) continue;
    if (rx().jobHref.test(l.href) && (hasTitleWord(l.text) || /\/\d{2,}|[?&]id=/u.test(l.href)))
      jobLinks.add(l.href.split(/[#?]/u, 1)[0] ?? l.href);
  }
  on('jobLinks', jobLinks.size >= 3 ? jobLinks.size / 10 : 0);
  const deadlines = countMatches(rx().deadlineLabel, f.bodyText);
  on('deadlineLabels', deadlines >= 3 ? deadlines / 10 : 0);
  let titleLines = 0;
  for (const line of f.bodyText.split('\n').slice(0, 3000)) {
    if (/^[•*·▪–-]/u.test(line)) continue;
    if (line.length >= 6 && line.length <= 90 && !/[.:]$/.test(line) && hasTitleWord(line) && line.split(' ').length <= 8) titleLines++;
  }
  on('titleLines', titleLines >= 3 ? titleLines / 10 : 0);
  on('listOfAds', titleLines >= 3 && (deadlines >= 2 || jobLinks.size >= 3));
}

/** The signals of one page, each a number from 0 to 1 (./weights.ts weighs them). */
export function adSignals(f: JobAdFeatures): Record<Signal, number> {
  const text = f.text.length > 60_000 ? f.text.slice(0, 60_000) : f.text;
  const head = text.slice(0, 1500);
  const s = Object.fromEntries(SIGNALS.map((k) => [k, 0])) as Record<Signal, number>;
  const on: On = (k, v) => {
    s[k] = typeof v === 'number' ? Math.max(0, Math.min(1, v)) : v ? 1 : 0;
  };

  on('postingOne', f.distinctPostings === 1);
  on('postingMany', f.distinctPostings >= 2);

  // The position.
  const t = f.title;
  const named = !!t && hasTitleWord(t.title);
  on('titleHeadline', named && !t!.running);
  on('titleSentence', named && !!t!.running);
  on('titleForm', named && !!t!.form && t!.form !== 'gender' && !t!.running);
  on('titleGender', t?.form === 'gender');

  // An ad's voice: the organisation seeks ("Nå ser vi etter en dirigent"), the reader is invited ("Vill du …?").
  on('weSeek', rx().weSeek.test(text.slice(0, 6000)) || seeksPosition(text.slice(0, 6000)));
  on('invites', rx().invite.test(text.slice(0, 3000)));

  // The facts an ad gives.
  on('factDeadline', f.facts.deadline);
  on('factStart', f.facts.start);
  on('factHours', f.facts.hours);
  on('factPercent', f.facts.percent);
  on('factSalary', f.facts.salary);
  on('factContacts', f.facts.contacts);
  on('factApply', f.facts.apply);
  on('factInterview', f.facts.interview);

  // Its structure and vocabulary.
  const sections = new Set<string>();
  for (const line of text.split('\n', 400)) if (line.length <= 60 && isSectionHeading(line)) sections.add(line.toLocaleLowerCase());
  on('sections', sections.size / 4);
  const words = new Set<string>();
  const re = rx().jobWords;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(text)) !== null && guard++ < 2000) words.add(m[0].toLocaleLowerCase());
  re.lastIndex = 0;
  on('jobWords', words.size / 8);
  const wordCount = text.split(/\s+/, 20_000).length;
  const you = countMatches(rx().you, text) + countMatches(rx().formalYou, text);
  on('addressesReader', you < 2 ? 0 : (you / wordCount) * 50);

  listSignals(f, on);

  // News, events, pages about the organisation.
  // Only in the headline and lead: an ad may say that other parties "har ansatt" secretaries.
  on('hired', rx().hired.test(text.slice(0, 700)));
  // "Ny idrottskonsulent från 1 augusti", "Prosjektleiar i ÅLA tilsett": a headline of news, unless it seeks.
  const headline = (t && !t.running ? t.evidence : text.split('\n', 1)[0]) ?? '';
  // …nor when it asks the reader ("Er du vår nye medarbeider?", "Are you our new Finance Officer?").
  on('newsHeadline', rx().hiredHeadline.test(headline) && !rx().seek.test(headline) && !/\?[ \t]*$/u.test(headline));
  on('applicants', rx().applicants.test(text.slice(0, 3000)));
  on('volunteerCall', rx().volunteers.test(`${t?.title ?? ''}\n${text.slice(0, 1500)}`));
  // "Uopfordret ansøgning", "Stillingen er besat" in the title or the first lines: no position open to apply for.
  on('notPosting', rx().notPosting.test(`${t?.title ?? ''}\n${text.slice(0, 250)}`));
  // "Posted by Little Sophia Kindergarten on 24 Sep 2021": an organisation that posts the ad is no reporter.
  const byPeople = head
    .split('\n')
    .filter((l) => !postedByOrganization(l))
    .join('\n');
  on('byline', rx().byline.test(byPeople));
  on('reported', countMatches(rx().reported, text.slice(0, 20_000), 10) / 2);
  on('newsWords', rx().news.test(byPeople));
  on('negativeTypes', f.distinctPostings === 0 && f.types.some((x) => NEGATIVE_TYPES.has(x)));
  on('shortText', text.length < 400 && f.distinctPostings === 0);
  return s;
}

/**
 * An ad offers a position: one it names, one a JobPosting describes, or one whose sections
 * (tasks, qualifications, terms) the page sets out, or a section and an ad's vocabulary when the
 * headline names no position ("Ihre Aufgaben" and Bewerbung, Stelle, Arbeitszeit …), or a sentence
 * that seeks someone with a deadline, a start or an instruction to apply. A call for
 * grants or volunteers gives dates and addresses too, but offers no position.
 */
export function offersPosition(signals: Record<Signal, number>): boolean {
  return (
    signals.titleHeadline + signals.titleSentence + signals.postingOne > 0 ||
    signals.sections >= 0.5 ||
    (signals.sections > 0 && signals.jobWords >= 0.5) ||
    // "Wir suchen … zum 1. Oktober, Bewerbung bis …": a sentence that seeks someone, with a date or
    // an instruction to apply, offers a position the headline reader did not name.
    (signals.weSeek > 0 && signals.factDeadline + signals.factApply + signals.factStart > 0)
  );
}

export function judgeJobAd(f: JobAdFeatures): JobAdVerdict {
  const signals = adSignals(f);
  let score = VERDICT_WEIGHTS.bias;
  const reasons: string[] = [`${VERDICT_WEIGHTS.bias.toFixed(2)} bias`];
  for (const k of SIGNALS) {
    const v = signals[k] * VERDICT_WEIGHTS[k];
    if (v === 0) continue;
    score += v;
    reasons.push(`${v > 0 ? '+' : ''}${v.toFixed(2)} ${k}${signals[k] < 1 ? ` (${signals[k].toFixed(2)})` : ''}`);
  }
  const offers = offersPosition(signals);
  if (!offers) reasons.push('no position offered');
  const isJobAd = score >= 0 && offers;
  const confidence =
    isJobAd || score < 0 ? Math.round(Math.max(0.05, Math.min(0.99, Math.abs(1 / (1 + Math.exp(-score)) - 0.5) + 0.5)) * 100) / 100 : 0.6;
  return { isJobAd, confidence, reasons, signals };
}

/** True when the text asks the reader to apply ("send din ansøgning", "Søg stillingen"). */
export function hasApplyPhrase(text: string): boolean {
  return rx().apply.test(text.length > 60_000 ? text.slice(0, 60_000) : text);
}

/** A byline line whose name is an organisation's ("Posted by Little Sophia Kindergarten"). */
function postedByOrganization(line: string): boolean {
  const name = rx().bylineName.exec(line)?.[1];
  return !!name && name.split(/[ \t]+/u).some((w) => isOrgWord(w, wordSet('orgWords')));
}
