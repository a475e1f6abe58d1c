import { CUES } from './cues';

export interface PageSignals {
  /** document.title, the first headings and the opening of the text, lower case. */
  head: string;
  /** The page's visible text, lower case, at most maxChars characters. */
  text: string;
  url: string;
  /** The page carries schema.org JobPosting data (JSON-LD or microdata). */
  structured: boolean;
}

/**
 * The content script's first, cheap verdict. `candidate` means "worth confirming": the full
 * extractor then decides (it loads only for candidates). It is tuned to miss no ad.
 */
export interface Detection {
  candidate: boolean;
  confidence: number;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'FOOTER']);
const ALL = Object.values(CUES);
const uniq = (xs: string[]) => [...new Set(xs)];
const DEADLINES = uniq(ALL.flatMap((c) => c.deadline));
const APPLY = uniq(ALL.flatMap((c) => c.apply));
const POSITION = uniq(ALL.flatMap((c) => c.position));
const JOB = uniq(ALL.flatMap((c) => c.job));
const SEEK = uniq(ALL.flatMap((c) => c.seek));
const URL_CUE = new RegExp(uniq(ALL.flatMap((c) => c.url)).join('|'), 'i');

/** Reads what detection needs, bounded: at most maxChars of text, whatever the page's size. */
export function collectSignals(doc: Document, url: string, maxChars = 40_000): PageSignals {
  // Tag-name collections are indexed by the browser: no walk over the whole page for these.
  let structured = false;
  for (const s of doc.getElementsByTagName('script')) {
    if (s.getAttribute('type') === 'application/ld+json' && (s.textContent ?? '').slice(0, 200_000).includes('JobPosting')) {
      structured = true;
      break;
    }
  }
  structured ||= !!doc.querySelector('[itemtype*="JobPosting" i]');
  const headings = [...doc.getElementsByTagName('h1'), ...doc.getElementsByTagName('h2')].slice(0, 4).map((h) => h.textContent ?? '');
  const parts: string[] = [];
  let size = 0;
  const body = doc.body;
  if (body) {
    const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n && size < maxChars; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent && (SKIP.has(parent.tagName.toUpperCase()) || parent.closest('nav, footer, script, style'))) continue;
      const v = n.nodeValue ?? '';
      if (v.trim()) {
        parts.push(v);
        size += v.length;
      }
    }
  }
  const text = parts.join(' ').slice(0, maxChars).toLowerCase();
  return {
    head: `${doc.title} ${headings.join(' ')} ${text.slice(0, 300)}`.toLowerCase(),
    text,
    url,
    structured,
  };
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** One pass over the text for a whole word list (an alternation of literal words: linear, no backtracking). */
const anyOf = (words: readonly string[]) => new RegExp(words.map(escape).join('|'), 'g');
const DEADLINE_RE = anyOf(DEADLINES);
const APPLY_RE = anyOf(APPLY);
const JOB_RE = anyOf(JOB);
const SEEK_RE = anyOf(SEEK);

function countOf(text: string, re: RegExp, limit: number): number {
  let n = 0;
  re.lastIndex = 0;
  while (n < limit && re.exec(text)) n++;
  return n;
}

function distinct(text: string, re: RegExp): number {
  const seen = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) seen.add(m[0]);
  return seen.size;
}

/** Deadline labels followed closely by a figure ("Ansøgningsfrist 15/12", "closing date: 6 May"). */
function datedDeadlines(text: string, limit: number): number {
  let n = 0;
  DEADLINE_RE.lastIndex = 0;
  for (let m = DEADLINE_RE.exec(text); m && n < limit; m = DEADLINE_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (/\d/.test(text.slice(end, end + 40))) n++;
  }
  return n;
}

/**
 * Cheap scoring: structured data, dated deadline labels, application, seeking and job vocabulary,
 * headline and URL cues. `candidate` is generous on purpose: the extractor, which confirms, must
 * never find an ad on a page this lets pass by.
 */
export function scoreSignals(s: PageSignals): Detection {
  const dated = datedDeadlines(s.text, 12);
  const apply = countOf(s.text, APPLY_RE, 12);
  const job = distinct(s.text, JOB_RE);
  const seek = countOf(s.text, SEEK_RE, 3);
  let score = 0;
  if (s.structured) score += 0.9;
  if (dated > 0) score += 0.35;
  if (apply > 0) score += apply >= 3 ? 0.25 : 0.15;
  if (seek > 0) score += 0.15;
  score += Math.min(job, 4) * 0.08;
  if (POSITION.some((w) => s.head.includes(w))) score += 0.15;
  if (URL_CUE.test(s.url)) score += 0.1;
  const confidence = Math.max(0, Math.min(1, score));
  return { candidate: confidence >= 0.15, confidence: Math.round(confidence * 100) / 100 };
}

export function detectJobAd(doc: Document, url: string): Detection {
  try {
    return scoreSignals(collectSignals(doc, url));
  } catch {
    return { candidate: false, confidence: 0 };
  }
}
