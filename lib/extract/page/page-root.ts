// The page walk's choices (./html.ts): a key-facts box beside the ad, the line breaks of
// definition lists and table cells, a form that holds the page, and the element whose text is the
// ad's own (its root), chosen from the ranges and text density the walk recorded.
import { classAndId, tag, type El, type Range } from './dom';
import { allWords } from '../locales/words';
import { UNION } from '../locales';

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
export function factLists(el: El): string[] {
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

export function prevElementTag(el: El): string {
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
export function cellSeparator(el: El): string {
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
export function formHoldsContent(el: El): boolean {
  const s = el.textContent ?? '';
  return s.length > 1500 && s.replace(/\s+/g, ' ').length > 1000;
}

export function chooseRoot(
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
