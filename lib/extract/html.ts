// The DOM → the ad's own text. One iterative pass over <body> (deep markup cannot overflow the
// stack) that skips page chrome, renders blocks as lines and list items as "• " lines, decodes
// Cloudflare e-mail protection, keeps mailto: addresses, records links, headings and the text range
// of every candidate content root. The ad's root is then chosen from those ranges, so choosing it
// costs no second walk. Only DOM APIs both browsers and linkedom have (childNodes, nodeType,
// tagName, getAttribute, textContent, querySelectorAll).
import { MAX_TEXT, tidyText } from './util';
import { allWords } from './words';
import { UNION } from './locales';

export interface PageLink {
  href: string;
  text: string;
  /** The words just before the link in its sentence ("Please apply through our"), at most 60 characters. */
  before: string;
  /** Inside the chosen content root. */
  inRoot: boolean;
}

export interface PageText {
  /** The ad's text (the content root's, chrome removed). */
  text: string;
  /** The text of the whole body, chrome removed (for list/news detection). */
  bodyText: string;
  links: PageLink[];
  /** First <h1> inside the root, else first outside chrome, else any. */
  h1: string | null;
  /** Count of <h2>/<h3> headings in the body outside chrome. */
  subheadings: string[];
  /** Addresses decoded from Cloudflare protection or read from mailto: links. */
  emails: string[];
  /** What the root was chosen by ('jobposting', 'article', 'main', 'density', 'body'). */
  rootKind: string;
}

const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'aside',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'button',
  'dialog',
  'head',
  'title',
  'meta',
  'link',
  'input',
  'textarea',
  'video',
  'audio',
  'map',
  'math',
]);
// not language words: HTML element names
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'summary',
  'caption',
  'center',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const PARA_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'dl', 'blockquote', 'pre']);
const ROLE_SKIP = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
]);
/** Class/id tokens of chrome: cookie banners, comment widgets, share bars, related-job sidebars. */
// not language words: class and id names of page templates
const CHROME_TOKEN =
  /(?:^|[-_])(?:cookies?|consent|gdpr|cookiebot|onetrust|comments?|disqus|share|sharing|sharedaddy|addthis|social|newsletter|breadcrumbs?|sidebar|related|similar|recommended|other-?jobs|more-?jobs|skip-?link|navbar|menu|modal|popup|banner-cookie)(?:$|[-_])/i;
// not language words: class-name prefixes of templates ("has-sidebar", "page-content")
const CHROME_NEG = /^(?:has|with|no|without|is|show|hide|page|body|template|single|post|entry|content|main|layout)[-_]/i;

interface El {
  nodeType: number;
  tagName?: string;
  childNodes?: ArrayLike<El>;
  parentNode?: El | null;
  textContent?: string | null;
  getAttribute?: (name: string) => string | null;
  querySelector?: (sel: string) => unknown;
  hasAttribute?: (name: string) => boolean;
}

function tag(el: El): string {
  return (el.tagName ?? '').toLowerCase();
}
function attr(el: El, name: string): string | null {
  try {
    return el.getAttribute ? el.getAttribute(name) : null;
  } catch {
    return null;
  }
}

/** The address hidden in Cloudflare's data-cfemail hex (first byte is the XOR key), or null. */
export function decodeCfEmail(hex: string): string | null {
  const h = hex.trim();
  if (!/^(?:[0-9a-f]{2}){3,200}$/i.test(h)) return null;
  const key = parseInt(h.slice(0, 2), 16);
  let pct = '';
  for (let i = 2; i < h.length; i += 2) {
    const b = parseInt(h.slice(i, i + 2), 16) ^ key;
    pct += '%' + b.toString(16).padStart(2, '0');
  }
  let out: string;
  try {
    out = decodeURIComponent(pct);
  } catch {
    return null;
  }
  return /^[^\s@<>]{1,64}@[^\s@<>]{1,253}$/u.test(out) ? out : null;
}

/** An element's class and id, as one string of tokens. */
function classAndId(el: El): string {
  return `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
}

function isChromeClass(el: El): boolean {
  const s = classAndId(el);
  if (s.length < 3 || s.length > 2000) return false;
  for (const token of s.split(/\s+/)) {
    if (token.length < 3 || token.length > 80) continue;
    if (CHROME_TOKEN.test(token) && !CHROME_NEG.test(token)) return true;
  }
  return false;
}

/** A wrapper whose class merely mentions a sidebar or a menu but holds the page's content. */
function holdsContent(el: El): boolean {
  try {
    return el.querySelector ? el.querySelector('main, article, h1, [role="main"], [itemtype*="JobPosting"]') !== null : false;
  } catch {
    return false;
  }
}

function isHidden(el: El): boolean {
  if (attr(el, 'aria-hidden') === 'true') return true;
  if (attr(el, 'hidden') !== null) return true;
  // Reading a style attribute can be costly (a CSS parse in some DOMs): only when there is one.
  if (el.hasAttribute && !el.hasAttribute('style')) return false;
  const style = attr(el, 'style');
  if (style && /display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden/i.test(style.slice(0, 500))) return true;
  return false;
}

/** Why an element is chrome (not the ad), or null. `insideArticle`: <header>/<footer> of an
 *  article or main belong to the ad. */
function chromeReason(el: El, t: string, insideContent: boolean): string | null {
  if (SKIP_TAGS.has(t)) return t;
  if ((t === 'header' || t === 'footer') && !insideContent) return t;
  if (t === 'body' || t === 'main' || t === 'article' || t === 'html') return null;
  const role = attr(el, 'role');
  if (role && ROLE_SKIP.has(role.toLowerCase())) return 'role';
  if (isHidden(el)) return 'hidden';
  if (isChromeClass(el) && !holdsContent(el)) return 'class';
  return null;
}

interface Range {
  start: number;
  end: number;
}

type Frame = { kind: 'enter'; el: El; inContent: boolean } | { kind: 'exit'; el: El; t: string } | { kind: 'emit'; s: string };

const MAX_NODES = 400_000;

/** Walks the document body once and returns the ad's text with links, headings and addresses. */
export function pageText(doc: Document): PageText {
  const body = (doc.body ?? doc.documentElement) as unknown as El | null;
  const empty: PageText = { text: '', bodyText: '', links: [], h1: null, subheadings: [], emails: [], rootKind: 'body' };
  if (!body) return empty;

  const out: string[] = [];
  let len = 0;
  let lastChar = '\n';
  const push = (s: string): void => {
    if (s.length === 0 || len > MAX_TEXT * 1.5) return;
    out.push(s);
    len += s.length;
    lastChar = s.charAt(s.length - 1);
  };
  const newline = (n: 1 | 2 = 1): void => {
    if (lastChar !== '\n') push('\n');
    if (n === 2) push('\n');
  };

  const facts: string[] = [];
  let factBoxes = 0;
  const ranges = new Map<El, Range>();
  const density = new Map<El, number>();
  const linkEls: { href: string; el: El }[] = [];
  const emails: string[] = [];
  const subheadings: string[] = [];
  const h1s: Range[] = [];
  let jobPosting: El | null = null;
  const articles: El[] = [];
  const mains: El[] = [];
  const blockStack: El[] = [];
  let linkDepth = 0;
  let nodes = 0;

  const stack: Frame[] = [{ kind: 'enter', el: body, inContent: false }];
  while (stack.length > 0) {
    const f = stack.pop()!;
    if (f.kind === 'emit') {
      push(f.s);
      continue;
    }
    if (f.kind === 'exit') {
      const r = ranges.get(f.el);
      if (r) r.end = len;
      if (f.t === 'a') linkDepth--;
      if (BLOCK_TAGS.has(f.t)) {
        blockStack.pop();
        newline(PARA_TAGS.has(f.t) ? 2 : 1);
      }
      if (f.t === 'h1' && r) h1s.push(r);
      continue;
    }
    const el = f.el;
    if (++nodes > MAX_NODES) break;
    // Enough text read: the rest of a huge page is not entered (open elements still close above).
    if (len > MAX_TEXT * 1.5) continue;
    if (el.nodeType === 3) {
      const raw = el.textContent ?? '';
      if (raw.length === 0) continue;
      let s = raw.length > 200_000 ? raw.slice(0, 200_000) : raw;
      s = s.replace(/\s+/g, ' ');
      if (lastChar === '\n' || lastChar === ' ') s = s.replace(/^ /, '');
      push(s);
      if (linkDepth === 0 && blockStack.length > 0) {
        const n = s.trim().length;
        if (n >= 20) {
          const b = blockStack[blockStack.length - 1]!;
          density.set(b, (density.get(b) ?? 0) + n);
          const p = blockStack.length > 1 ? blockStack[blockStack.length - 2]! : null;
          if (p) density.set(p, (density.get(p) ?? 0) + n / 2);
        }
      }
      continue;
    }
    if (el.nodeType !== 1) continue;
    const t = tag(el);
    if (t !== 'body' && chromeReason(el, t, f.inContent)) {
      // A sidebar's key facts ("Fakta": Stilling, Arbeidssted, Søknadsfrist) belong to the ad.
      // Only one such list on the page: several are facts of several jobs ("Lignende job").
      if ((t === 'aside' || t === 'div' || t === 'section') && factBoxes < 2) {
        const found = factLists(el);
        if (found.length > 0) {
          factBoxes += found.length;
          if (factBoxes === 1) facts.push(found[0]!);
          else facts.length = 0;
        }
      }
      // A <form> that wraps the whole page (ASP.NET) is not chrome; forms are otherwise skipped below.
      continue;
    }
    if (t === 'form' && !formHoldsContent(el)) continue;
    const cf = attr(el, 'data-cfemail');
    if (cf !== null) {
      const addr = decodeCfEmail(cf);
      if (addr) {
        if (lastChar !== ' ' && lastChar !== '\n') push(' ');
        push(addr);
        emails.push(addr);
      }
      continue;
    }
    if (t === 'br') {
      push('\n');
      continue;
    }
    if (t === 'img') {
      continue;
    }
    let after: string | null = null;
    if (t === 'a') {
      const href = (attr(el, 'href') ?? '').trim();
      const cfm = /\/cdn-cgi\/l\/email-protection#([0-9a-f]{6,400})/i.exec(href);
      if (cfm) {
        const addr = decodeCfEmail(cfm[1]!);
        if (addr) {
          if (lastChar !== ' ' && lastChar !== '\n') push(' ');
          push(addr);
          emails.push(addr);
        }
        continue;
      }
      if (/^mailto:/i.test(href)) {
        let addr = href.slice(7).split('?')[0] ?? '';
        try {
          addr = decodeURIComponent(addr);
        } catch {
          /* keep as is */
        }
        addr = addr.trim();
        if (/^[^\s@<>]{1,64}@[^\s@<>]{1,253}$/u.test(addr)) {
          emails.push(addr);
          const text = (el.textContent ?? '').slice(0, 2000).toLowerCase();
          if (!text.includes(addr.toLowerCase())) after = ` (${addr})`;
        }
      } else if (href) {
        linkEls.push({ href, el });
        ranges.set(el, { start: len, end: len });
      }
      linkDepth++;
    }
    const inContent = f.inContent || t === 'article' || t === 'main' || attr(el, 'role') === 'main';
    if (t === 'article') articles.push(el);
    if (t === 'main' || attr(el, 'role') === 'main') mains.push(el);
    if (!jobPosting && /schema\.org\/JobPosting/i.test(attr(el, 'itemtype') ?? '')) jobPosting = el;
    if (BLOCK_TAGS.has(t)) {
      if (t === 'li') {
        newline();
        push('• ');
      } else if (t === 'dd' && prevElementTag(el) === 'dt') {
        while (out.length > 0 && /^\n+$/.test(out[out.length - 1]!)) {
          len -= out.pop()!.length;
        }
        lastChar = out.length > 0 ? out[out.length - 1]!.slice(-1) : '\n';
        push(': ');
      } else {
        newline(PARA_TAGS.has(t) ? 2 : 1);
      }
      blockStack.push(el);
      ranges.set(el, { start: len, end: len });
    } else if (t === 'td' || t === 'th') {
      if (lastChar !== '\n') push(cellSeparator(el));
    } else if (t === 'a' || t === 'h1') {
      /* range set above for links */
    }
    if ((t === 'h2' || t === 'h3') && subheadings.length < 200) {
      const s = (el.textContent ?? '').slice(0, 300).replace(/\s+/g, ' ').trim();
      if (s) subheadings.push(s);
    }
    stack.push({ kind: 'exit', el, t });
    if (after) stack.push({ kind: 'emit', s: after });
    const kids = el.childNodes;
    if (kids) {
      const n = kids.length;
      for (let i = n - 1; i >= 0; i--) {
        const k = kids[i];
        if (k) stack.push({ kind: 'enter', el: k, inContent });
      }
    }
  }

  const full = out.join('');
  const links: { href: string; start: number; end: number }[] = [];
  for (const l of linkEls) {
    const r = ranges.get(l.el);
    if (r) links.push({ href: l.href, start: r.start, end: r.end });
  }

  const { range: rootRange, kind } = chooseRoot(body, ranges, density, jobPosting, articles, mains, full);
  const root = full.slice(rootRange.start, rootRange.end);
  // The facts first: a label line such as "Stilling: …" names the position better than a slogan.
  const raw = facts.length > 0 ? `${facts.join('\n\n')}\n\n${root}` : root;
  const text = tidyText(raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw);
  const bodyText = tidyText(full.length > MAX_TEXT ? full.slice(0, MAX_TEXT) : full);

  let h1: string | null = null;
  const inside = h1s.find((r) => r.start >= rootRange.start && r.end <= rootRange.end);
  const first = inside ?? h1s[0];
  if (first) h1 = full.slice(first.start, first.end).replace(/\s+/g, ' ').trim() || null;
  if (!h1) {
    const any = doc.querySelectorAll('h1')[0];
    const s = any?.textContent?.replace(/\s+/g, ' ').trim();
    if (s) h1 = s.slice(0, 300);
  }

  const pageLinks: PageLink[] = [];
  for (const l of links) {
    if (pageLinks.length >= 2000) break;
    const text = full.slice(l.start, Math.max(l.start, l.end)).replace(/\s+/g, ' ').trim().slice(0, 200);
    const lead = full.slice(Math.max(0, l.start - 60), l.start);
    const before = lead
      .slice(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf('!'), lead.lastIndexOf('?'), lead.lastIndexOf('\n')) + 1)
      .replace(/\s+/g, ' ')
      .trimStart();
    pageLinks.push({ href: l.href.slice(0, 2048), text, before, inRoot: l.start >= rootRange.start && l.end <= rootRange.end });
  }
  return { text, bodyText, links: pageLinks, h1, subheadings, emails: [...new Set(emails)], rootKind: kind };
}

/** Class or id tokens of a list of other jobs. */
// not language words: class and id names of page templates
const OTHER_JOBS = /(?:^|[\s_-])(?:related|similar|other|more|recommended|latest|jobs?-?list|vacancies)(?:$|[\s_-])/i;

/** Whether a list sits in a link, a list item or a list of other jobs, below `top`. */
function inJobList(el: El, top: El): boolean {
  for (let p = el.parentNode ?? null, n = 0; p && p !== top && n < 20; p = p.parentNode ?? null, n++) {
    const t = tag(p);
    if (t === 'a' || t === 'li') return true;
    if (OTHER_JOBS.test(classAndId(p))) return true;
  }
  return false;
}

let FACT_LABELS: Set<string> | null = null;
/** Labels of an ad's key facts in every language: title, employer, workplace, deadline, start. */
function factLabels(): Set<string> {
  FACT_LABELS ??= new Set(
    [
      ...allWords('titleLabels'),
      ...allWords('employerLabels'),
      ...allWords('locationLabels'),
      ...UNION.deadlineLabels,
      ...UNION.startLabels,
    ].map((w) => w.toLocaleLowerCase()),
  );
  return FACT_LABELS;
}

/** "Label: value" pairs of a definition list, a list of "Label: value" items, or a two-column table. */
function pairsOf(list: El): [string, string][] {
  const pairs: [string, string][] = [];
  const text = (el: El) => (el.textContent ?? '').slice(0, 300).replace(/\s+/g, ' ').trim();
  const t = tag(list);
  if (t === 'dl') {
    let label: string | null = null;
    const kids = list.childNodes ?? [];
    for (let k = 0; k < kids.length && pairs.length < 30; k++) {
      const kid = kids[k]!;
      const kt = kid.nodeType === 1 ? tag(kid) : '';
      if (kt === 'dt') label = text(kid).replace(/[:：]$/u, '');
      else if (kt === 'dd' && label) {
        const value = text(kid);
        if (value) pairs.push([label, value]);
        label = null;
      }
    }
    return pairs;
  }
  const q = list as El & { querySelectorAll?: (sel: string) => ArrayLike<El> };
  const rows = q.querySelectorAll ? q.querySelectorAll(t === 'table' ? 'tr' : 'li') : [];
  for (let r = 0; r < rows.length && pairs.length < 30; r++) {
    const row = rows[r]!;
    if (t === 'table') {
      const cells = Array.from(row.childNodes ?? []).filter((c) => c.nodeType === 1 && (tag(c) === 'td' || tag(c) === 'th'));
      if (cells.length === 2) pairs.push([text(cells[0]!).replace(/[:：]$/u, ''), text(cells[1]!)]);
    } else {
      const m = /^([^:：]{2,40})[:：]\s{0,3}(\S.{0,250})$/u.exec(text(row));
      if (m) pairs.push([m[1]!.trim(), m[2]!.trim()]);
    }
  }
  return pairs;
}

/** The fact lists in a skipped element that hold at least two of an ad's key facts, as "label: value" lines. */
function factLists(el: El): string[] {
  const q = el as El & { querySelectorAll?: (sel: string) => ArrayLike<El> };
  let lists: ArrayLike<El>;
  try {
    lists = q.querySelectorAll ? q.querySelectorAll('dl, ul, ol, table') : [];
  } catch {
    return [];
  }
  const out: string[] = [];
  if (OTHER_JOBS.test(classAndId(el))) return out;
  for (let i = 0; i < lists.length && i < 8; i++) {
    if (inJobList(lists[i]!, el)) continue;
    const pairs = pairsOf(lists[i]!);
    const known = pairs.filter(([label]) => factLabels().has(label.toLocaleLowerCase())).length;
    if (known >= 2) out.push(pairs.map(([label, value]) => `${label}: ${value}`).join('\n'));
  }
  return out;
}

function prevElementTag(el: El): string {
  const parent = el.parentNode;
  const kids = parent?.childNodes;
  if (!kids) return '';
  let prev: El | null = null;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    if (k === el) break;
    if (k.nodeType === 1) prev = k;
  }
  return prev ? tag(prev) : '';
}

/** Table cells: a two-cell row with a short first cell reads "label: value"; others " | ". */
function cellSeparator(el: El): string {
  const row = el.parentNode;
  const kids = row?.childNodes;
  if (!kids) return ' | ';
  const cells: El[] = [];
  for (let i = 0; i < kids.length && cells.length < 3; i++) {
    const k = kids[i]!;
    const t = k.nodeType === 1 ? tag(k) : '';
    if (t === 'td' || t === 'th') cells.push(k);
  }
  if (cells.length === 2 && cells[1] === el) {
    const first = (cells[0]!.textContent ?? '').trim();
    if (first.length > 0 && first.length <= 40 && !/[:.]$/.test(first)) return ': ';
  }
  return ' | ';
}

/** A <form> is chrome unless it holds much running text (pages wrapped in one form). */
function formHoldsContent(el: El): boolean {
  const s = el.textContent ?? '';
  return s.length > 1500 && s.replace(/\s+/g, ' ').length > 1000;
}

function chooseRoot(
  body: El,
  ranges: Map<El, Range>,
  density: Map<El, number>,
  jobPosting: El | null,
  articles: El[],
  mains: El[],
  full: string,
): { range: Range; kind: string } {
  const whole: Range = { start: 0, end: full.length };
  const size = (r: Range | undefined): number => (r ? textSize(full, r) : 0);
  const total = size(whole);
  if (total === 0) return { range: whole, kind: 'body' };

  if (jobPosting) {
    const r = ranges.get(jobPosting);
    if (r && size(r) >= 200) return { range: hasH1(jobPosting) ? r : climb(jobPosting, r, ranges, full), kind: 'jobposting' };
  }
  const bigArticles = articles.filter((a) => size(ranges.get(a)) >= 200);
  if (bigArticles.length === 1) {
    const a = bigArticles[0]!;
    const r = ranges.get(a)!;
    if (size(r) >= total * 0.3) return { range: hasH1(a) ? r : climb(a, r, ranges, full), kind: 'article' };
  }
  for (const m of mains) {
    const r = ranges.get(m);
    if (r && size(r) >= 200 && size(r) >= total * 0.3) return { range: r, kind: 'main' };
  }
  let best: El | null = null;
  let bestScore = 0;
  for (const [el, score] of density) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (best && best !== body) {
    const r = ranges.get(best);
    if (r && size(r) >= 300) {
      const climbed = climb(best, r, ranges, full);
      if (size(climbed) >= total * 0.4) return { range: climbed, kind: 'density' };
    }
  }
  return { range: whole, kind: 'body' };
}

/** Widens a root to its parent while the parent adds little (a heading or a facts box beside it). */
function climb(el: El, r: Range, ranges: Map<El, Range>, full: string): Range {
  let cur = r;
  let node: El | null | undefined = el.parentNode;
  for (let i = 0; i < 3 && node; i++) {
    const pr = ranges.get(node);
    if (!pr) break;
    const a = textSize(full, cur);
    const b = textSize(full, pr);
    if (b - a > Math.max(400, a * 0.35)) break;
    cur = pr;
    node = node.parentNode;
  }
  return cur;
}

function hasH1(el: El): boolean {
  try {
    return el.querySelector ? el.querySelector('h1') !== null : false;
  } catch {
    return false;
  }
}

function textSize(full: string, r: Range): number {
  const n = r.end - r.start;
  if (n <= 0) return 0;
  return n;
}
