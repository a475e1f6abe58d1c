// Is the page ONE job advertisement? A score from evidence for an ad (a JobPosting, a headline
// in an ad's form, application and deadline vocabulary, a reader addressed as "du"/"you") and
// against (many postings or job links: a list; bylines, "vi har ansat", NewsArticle: news; an
// ItemList, Event, ContactPage…). isJobAd when the score reaches 0.5.
import type { PageLink } from './html';
import { alt } from './words';
import { hasTitleWord, type TitleCandidate } from './title';

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
  hasDeadline: boolean;
  hasContacts: boolean;
}

export interface JobAdVerdict {
  isJobAd: boolean;
  confidence: number;
  /** The reasons, for debugging and tests. */
  reasons: string[];
}

let RX: {
  jobWords: RegExp;
  apply: RegExp;
  hired: RegExp;
  notPosting: RegExp;
  news: RegExp;
  byline: RegExp;
  deadlineLabel: RegExp;
  you: RegExp;
} | null = null;
function rx(): NonNullable<typeof RX> {
  if (RX) return RX;
  RX = {
    jobWords: new RegExp(`(?<![\\p{L}])(?:${alt('jobAdWords')})(?![\\p{L}])`, 'giu'),
    apply: new RegExp(`(?<![\\p{L}])(?:${alt('applyPhrases')})`, 'iu'),
    hired: new RegExp(`(?<![\\p{L}])(?:${alt('hiredPhrases')})(?![\\p{L}])`, 'iu'),
    notPosting: new RegExp(`(?<![\\p{L}])(?:${alt('notPostingPhrases')})(?![\\p{L}])`, 'iu'),
    news: new RegExp(`^(?:${alt('newsWords')})`, 'imu'),
    byline: /(?:^|[·|][ \t]{0,3})(?:Af|Av|By|Von|Skrevet af|Skrevet av|Written by|Posted by)[ \t]{1,3}[\p{Lu}\p{Ll}][\p{L}.-]{1,30}/mu,
    deadlineLabel:
      /(?<!\p{L})(?:ansøgningsfrist|søknadsfrist|sista ansökningsdag|ansök senast|bewerbungsfrist|bewerbungsschluss|application deadline|closing date|deadline|frist)(?!\p{L})/giu,
    you: /(?<!\p{L})(?:du|dig|din|dine|deg|ditt|dina|dich|dir|dein|deine|ihre|you|your)(?!\p{L})/giu,
  };
  return RX;
}

const JOB_HREF = /job|stilling|vacanc|karriere|karriär|career|ledige|lediga|position|stelle|tjänst|opening/iu;
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

export function judgeJobAd(f: JobAdFeatures): JobAdVerdict {
  const reasons: string[] = [];
  let score = 0;
  const add = (v: number, why: string): void => {
    score += v;
    reasons.push(`${v > 0 ? '+' : ''}${v.toFixed(2)} ${why}`);
  };
  const text = f.text.length > 60_000 ? f.text.slice(0, 60_000) : f.text;
  const head = text.slice(0, 1500);

  if (f.distinctPostings === 1) add(0.55, 'one JobPosting');
  else if (f.distinctPostings >= 2) add(-0.7, `${f.distinctPostings} JobPostings`);

  const t = f.title;
  if (t && t.running) add(0.1, 'position named in running text');
  else if (t && t.form && t.form !== 'gender') add(0.25, `headline form ${t.form}`);
  else if (t && t.form === 'gender') add(0.2, 'gender mark');
  if (t && hasTitleWord(t.title)) add(0.15, 'position word in title');

  const words = new Set<string>();
  const re = rx().jobWords;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(text)) !== null && guard++ < 2000) words.add(m[0].toLocaleLowerCase());
  re.lastIndex = 0;
  if (words.size > 0) add(Math.min(words.size, 6) * 0.05, `job words: ${[...words].slice(0, 6).join(', ')}`);
  if (rx().apply.test(text)) add(0.1, 'apply phrase');
  if (f.hasDeadline) add(0.15, 'deadline');
  if (f.hasContacts) add(0.05, 'contacts');
  const you = countMatches(rx().you, text);
  if (you >= 6) add(0.1, 'addresses the reader');

  // Lists of jobs.
  const jobLinks = new Set<string>();
  for (const l of f.links) {
    if (l.text.length < 8 || l.text.length > 160) continue;
    if (JOB_HREF.test(l.href) && (hasTitleWord(l.text) || /\/\d{2,}|[?&]id=/u.test(l.href))) jobLinks.add(l.href.replace(/[#?].*$/u, ''));
  }
  if (jobLinks.size >= 10) add(-0.6, `${jobLinks.size} job links`);
  else if (jobLinks.size >= 5) add(-0.4, `${jobLinks.size} job links`);
  const deadlines = countMatches(rx().deadlineLabel, f.bodyText);
  if (deadlines >= 5) add(-0.4, `${deadlines} deadline labels`);
  else if (deadlines >= 4) add(-0.25, `${deadlines} deadline labels`);
  let titleLines = 0;
  for (const line of f.bodyText.split('\n').slice(0, 3000)) {
    if (line.length >= 6 && line.length <= 90 && !/[.:]$/.test(line) && hasTitleWord(line) && line.split(' ').length <= 8) titleLines++;
  }
  if (titleLines >= 8) add(-0.3, `${titleLines} title-like lines`);

  // News, events, pages about the organisation.
  // Only in the headline and lead: an ad may say that other parties "har ansatt" secretaries.
  if (rx().hired.test(text.slice(0, 700))) add(-0.45, 'news of a hire');
  // "Uopfordret ansøgning", "Stillingen er besat" in the title or the first lines: no position open to apply for.
  if (rx().notPosting.test(`${t?.title ?? ''}\n${text.slice(0, 250)}`)) add(-0.6, 'no open position');
  if (rx().byline.test(head)) add(-0.2, 'byline');
  if (rx().news.test(head)) add(-0.1, 'news words');
  const negTypes = f.types.filter((x) => NEGATIVE_TYPES.has(x));
  if (negTypes.length > 0 && f.distinctPostings === 0) add(-0.3, `JSON-LD ${negTypes.join(',')}`);
  if (text.length < 400 && f.distinctPostings === 0) add(-0.1, 'short text');
  if (!t && f.distinctPostings === 0) add(-0.1, 'no title');

  const isJobAd = score >= 0.5;
  const raw = isJobAd ? 0.5 + (score - 0.5) : 0.5 + (0.5 - score);
  const confidence = Math.round(Math.max(0.05, Math.min(0.99, raw)) * 100) / 100;
  return { isJobAd, confidence, reasons };
}
