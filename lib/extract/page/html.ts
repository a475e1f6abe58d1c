// The DOM → the ad's own text. One iterative pass over <body> (deep markup cannot overflow the
// stack) that skips page chrome, renders blocks as lines and list items as "• " lines, decodes
// Cloudflare e-mail protection, keeps mailto: addresses, records links, headings and the text range
// of every candidate content root. The ad's root is then chosen from those ranges, so choosing it
// costs no second walk. Only DOM APIs both browsers and linkedom have (childNodes, nodeType,
// tagName, getAttribute, textContent, querySelectorAll).
import { MAX_TEXT, tidyText } from '../util';
import { attr, tag, type El, type Range } from './dom';
import { cellSeparator, chooseRoot, factLists, formHoldsContent, prevElementTag } from './page-root';
import { BLOCK_TAGS, PARA_TAGS, chromeReason, decodeCfEmail } from './elements';

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

type Frame = { kind: 'enter'; el: El; inContent: boolean } | { kind: 'exit'; el: El; t: string } | { kind: 'emit'; s: string };

const MAX_NODES = 400_000;

/** One walk of a page: the text read so far, and what was seen on the way (links, headings,
 *  addresses, the blocks' text density, a key-facts box). */
class Walk {
  out: string[] = [];
  len = 0;
  lastChar = '\n';
  facts: string[] = [];
  factBoxes = 0;
  ranges = new Map<El, Range>();
  density = new Map<El, number>();
  linkEls: { href: string; el: El }[] = [];
  emails: string[] = [];
  subheadings: string[] = [];
  h1s: Range[] = [];
  jobPosting: El | null = null;
  articles: El[] = [];
  mains: El[] = [];
  blockStack: El[] = [];
  linkDepth = 0;

  push(s: string): void {
    if (s.length === 0 || this.len > MAX_TEXT * 1.5) return;
    this.out.push(s);
    this.len += s.length;
    this.lastChar = s.charAt(s.length - 1);
  }

  newline(n: 1 | 2 = 1): void {
    if (this.lastChar !== '\n') this.push('\n');
    if (n === 2) this.push('\n');
  }

  /** An address read from the markup, as a word of its own. */
  address(addr: string): void {
    if (this.lastChar !== ' ' && this.lastChar !== '\n') this.push(' ');
    this.push(addr);
    this.emails.push(addr);
  }

  /** A text node: its words, counted to the density of the block around it (outside links). */
  text(el: El): void {
    const raw = el.textContent ?? '';
    if (raw.length === 0) return;
    let s = raw.length > 200_000 ? raw.slice(0, 200_000) : raw;
    s = s.replace(/\s+/g, ' ');
    if (this.lastChar === '\n' || this.lastChar === ' ') s = s.replace(/^ /, '');
    this.push(s);
    if (this.linkDepth > 0 || this.blockStack.length === 0) return;
    const n = s.trim().length;
    if (n < 20) return;
    const b = this.blockStack[this.blockStack.length - 1]!;
    this.density.set(b, (this.density.get(b) ?? 0) + n);
    const p = this.blockStack.length > 1 ? this.blockStack[this.blockStack.length - 2]! : null;
    if (p) this.density.set(p, (this.density.get(p) ?? 0) + n / 2);
  }

  /** An element closes: its range ends, a block ends its line. */
  exit(el: El, t: string): void {
    const r = this.ranges.get(el);
    if (r) r.end = this.len;
    if (t === 'a') this.linkDepth--;
    if (BLOCK_TAGS.has(t)) {
      this.blockStack.pop();
      this.newline(PARA_TAGS.has(t) ? 2 : 1);
    }
    if (t === 'h1' && r) this.h1s.push(r);
  }

  /** Page chrome is skipped; a sidebar's key facts ("Fakta": Stilling, Arbeidssted, Søknadsfrist)
   *  belong to the ad, if it is the only such list on the page (several are other jobs'). */
  chrome(el: El, t: string): void {
    if ((t === 'aside' || t === 'div' || t === 'section') && this.factBoxes < 2) {
      const found = factLists(el);
      if (found.length > 0) {
        this.factBoxes += found.length;
        if (this.factBoxes === 1) this.facts.push(found[0]!);
        else this.facts.length = 0;
      }
    }
  }

  /** A link: a protected or mailto address becomes text; any other address is kept with its range.
   *  Returns false when the element is done with, else what to write after it (or null). */
  link(el: El): string | null | false {
    const href = (attr(el, 'href') ?? '').trim();
    const cfm = /\/cdn-cgi\/l\/email-protection#([0-9a-f]{6,400})/i.exec(href);
    if (cfm) {
      const addr = decodeCfEmail(cfm[1]!);
      if (addr) this.address(addr);
      return false;
    }
    let after: string | null = null;
    if (/^mailto:/i.test(href)) {
      let addr = href.slice(7).split('?')[0] ?? '';
      try {
        addr = decodeURIComponent(addr);
      } catch {
        /* keep as is */
      }
      addr = addr.trim();
      if (/^[^\s@<>]{1,64}@[^\s@<>]{1,253}$/u.test(addr)) {
        this.emails.push(addr);
        const text = (el.textContent ?? '').slice(0, 2000).toLowerCase();
        if (!text.includes(addr.toLowerCase())) after = ` (${addr})`;
      }
    } else if (href) {
      this.linkEls.push({ href, el });
      this.ranges.set(el, { start: this.len, end: this.len });
    }
    this.linkDepth++;
    return after;
  }

  /** A block opens its line (a list item its bullet, a <dd> the label before it); a cell its separator. */
  open(el: El, t: string): void {
    if (BLOCK_TAGS.has(t)) {
      if (t === 'li') {
        this.newline();
        this.push('• ');
      } else if (t === 'dd' && prevElementTag(el) === 'dt') {
        while (this.out.length > 0 && /^\n+$/.test(this.out[this.out.length - 1]!)) {
          this.len -= this.out.pop()!.length;
        }
        this.lastChar = this.out.length > 0 ? this.out[this.out.length - 1]!.slice(-1) : '\n';
        this.push(': ');
      } else {
        this.newline(PARA_TAGS.has(t) ? 2 : 1);
      }
      this.blockStack.push(el);
      this.ranges.set(el, { start: this.len, end: this.len });
    } else if ((t === 'td' || t === 'th') && this.lastChar !== '\n') {
      this.push(cellSeparator(el));
    }
    if ((t === 'h2' || t === 'h3') && this.subheadings.length < 200) {
      const s = (el.textContent ?? '').slice(0, 300).replace(/\s+/g, ' ').trim();
      if (s) this.subheadings.push(s);
    }
  }

  /**
   * An element opens. Returns whether to walk into it, and what to write after it: chrome, a
   * form that does not hold the page, a protected address, a line break or an image are done here.
   */
  enter(el: El, t: string, inContent: boolean): { into: boolean; after: string | null; inContent: boolean } {
    const done = { into: false, after: null, inContent };
    if (t !== 'body' && chromeReason(el, t, inContent)) {
      this.chrome(el, t);
      return done;
    }
    // A <form> that wraps the whole page (ASP.NET) is not chrome; forms are otherwise skipped.
    if (t === 'form' && !formHoldsContent(el)) return done;
    const cf = attr(el, 'data-cfemail');
    if (cf !== null) {
      const addr = decodeCfEmail(cf);
      if (addr) this.address(addr);
      return done;
    }
    if (t === 'br') this.push('\n');
    if (t === 'br' || t === 'img') return done;
    let after: string | null = null;
    if (t === 'a') {
      const r = this.link(el);
      if (r === false) return done;
      after = r;
    }
    const main = t === 'main' || attr(el, 'role') === 'main';
    if (t === 'article') this.articles.push(el);
    if (main) this.mains.push(el);
    if (!this.jobPosting && /schema\.org\/JobPosting/i.test(attr(el, 'itemtype') ?? '')) this.jobPosting = el;
    this.open(el, t);
    return { into: true, after, inContent: inContent || t === 'article' || main };
  }
}

/** Walks the document body once and returns the ad's text with links, headings and addresses. */
export function pageText(doc: Document): PageText {
  const body = (doc.body ?? doc.documentElement) as unknown as El | null;
  if (!body) return { text: '', bodyText: '', links: [], h1: null, subheadings: [], emails: [], rootKind: 'body' };
  const w = new Walk();
  let nodes = 0;
  const stack: Frame[] = [{ kind: 'enter', el: body, inContent: false }];
  while (stack.length > 0) {
    const f = stack.pop()!;
    if (f.kind === 'emit') w.push(f.s);
    else if (f.kind === 'exit') w.exit(f.el, f.t);
    else {
      const el = f.el;
      if (++nodes > MAX_NODES) break;
      // Enough text read: the rest of a huge page is not entered (open elements still close above).
      if (w.len > MAX_TEXT * 1.5) continue;
      if (el.nodeType === 3) w.text(el);
      if (el.nodeType !== 1) continue;
      const t = tag(el);
      const { into, after, inContent } = w.enter(el, t, f.inContent);
      if (!into) continue;
      stack.push({ kind: 'exit', el, t });
      if (after) stack.push({ kind: 'emit', s: after });
      const kids = el.childNodes;
      for (let i = (kids?.length ?? 0) - 1; i >= 0; i--) {
        const k = kids![i];
        if (k) stack.push({ kind: 'enter', el: k, inContent });
      }
    }
  }
  return pageOf(w, body, doc);
}

/** The walk's text cut to the ad's root (and its facts box first), with its headline and links. */
function pageOf(w: Walk, body: El, doc: Document): PageText {
  const full = w.out.join('');
  const { range: rootRange, kind } = chooseRoot(body, w.ranges, w.density, w.jobPosting, w.articles, w.mains, full);
  const root = full.slice(rootRange.start, rootRange.end);
  // The facts first: a label line such as "Stilling: …" names the position better than a slogan.
  const raw = w.facts.length > 0 ? `${w.facts.join('\n\n')}\n\n${root}` : root;
  const text = tidyText(raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw);
  const bodyText = tidyText(full.length > MAX_TEXT ? full.slice(0, MAX_TEXT) : full);

  let h1: string | null = null;
  const inside = w.h1s.find((r) => r.start >= rootRange.start && r.end <= rootRange.end);
  const first = inside ?? w.h1s[0];
  if (first) h1 = full.slice(first.start, first.end).replace(/\s+/g, ' ').trim() || null;
  if (!h1) {
    const any = doc.querySelectorAll('h1')[0];
    const s = any?.textContent?.replace(/\s+/g, ' ').trim();
    if (s) h1 = s.slice(0, 300);
  }

  const pageLinks: PageLink[] = [];
  for (const l of w.linkEls) {
    const r = w.ranges.get(l.el);
    if (!r) continue;
    if (pageLinks.length >= 2000) break;
    const linkText = full.slice(r.start, Math.max(r.start, r.end)).replace(/\s+/g, ' ').trim().slice(0, 200);
    const lead = full.slice(Math.max(0, r.start - 60), r.start);
    const before = lead
      .slice(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf('!'), lead.lastIndexOf('?'), lead.lastIndexOf('\n')) + 1)
      .replace(/\s+/g, ' ')
      .trimStart();
    pageLinks.push({ href: l.href.slice(0, 2048), text: linkText, before, inRoot: r.start >= rootRange.start && r.end <= rootRange.end });
  }
  return { text, bodyText, links: pageLinks, h1, subheadings: w.subheadings, emails: [...new Set(w.emails)], rootKind: kind };
}
