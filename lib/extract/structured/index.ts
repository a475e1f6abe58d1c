// schema.org JobPosting in JSON-LD (top level, arrays, @graph, nested, @id references) and in
// microdata, mapped to draft fields. Microdata is first turned into the same plain object shape
// as JSON-LD, so one mapper serves both.
import type { DraftField, Salary, Source } from '../../schema/draft';
import type { Found, Lang } from '../types';
import { clip, decodeEntities, htmlStringToText, trimValue } from '../util';
import { zoneOffset } from '../../time-zone';

type Obj = Record<string, unknown>;
export type FieldMap = Partial<Record<DraftField, Found<unknown>>>;

export interface Posting {
  source: Source;
  obj: Obj;
}

export interface Structured {
  /** JobPosting objects found (JSON-LD first, then microdata). */
  postings: Posting[];
  /** Distinct postings (by title): more than one means a list page. */
  distinctPostings: number;
  /** schema.org types named in JSON-LD ("NewsArticle", "ItemList"…). */
  types: string[];
}

const MAX_JSONLD = 1_000_000;
const MAX_NODES = 20_000;

function typeNames(o: Obj): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((s) => s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'), s.lastIndexOf('#')) + 1));
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** All JobPosting objects of the page's JSON-LD blocks, with @id references resolved; `types`
 *  collects every schema.org type named in the blocks. */
export function jsonLdPostings(doc: Document, types: Set<string> = new Set()): Obj[] {
  const out: Obj[] = [];
  let scripts: ArrayLike<Element>;
  try {
    scripts = doc.querySelectorAll('script');
  } catch {
    return out;
  }
  for (let i = 0; i < scripts.length && i < 200; i++) {
    const s = scripts[i]!;
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    if (!type.includes('ld+json')) continue;
    const raw = s.textContent ?? '';
    if (raw.length === 0 || raw.length > MAX_JSONLD) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      try {
        // Some sites leave raw control characters (new lines) inside JSON strings.
        // eslint-disable-next-line no-control-regex -- raw control characters are what breaks the JSON
        data = JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' '));
      } catch {
        continue;
      }
    }
    collectPostings(data, out, types);
  }
  return out;
}

function collectPostings(data: unknown, out: Obj[], types: Set<string>): void {
  const ids = new Map<string, Obj>();
  const all: Obj[] = [];
  // Iterative walk over the JSON value: index every object with an @id, collect JobPostings.
  const stack: { v: unknown; depth: number }[] = [{ v: data, depth: 0 }];
  let n = 0;
  while (stack.length > 0 && n < MAX_NODES) {
    const { v, depth } = stack.pop()!;
    n++;
    if (depth > 30) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: depth + 1 });
    } else if (isObj(v)) {
      const id = v['@id'];
      if (typeof id === 'string' && Object.keys(v).length > 1 && !ids.has(id)) ids.set(id, v);
      const names = typeNames(v);
      for (const t of names) if (types.size < 100) types.add(t);
      if (names.includes('JobPosting')) all.push(v);
      for (const [k, child] of Object.entries(v)) {
        if (k !== '@context' && typeof child === 'object' && child !== null) stack.push({ v: child, depth: depth + 1 });
      }
    }
  }
  for (const p of all) out.push(resolveRefs(p, ids, 0) as Obj);
}

function resolveRefs(v: unknown, ids: Map<string, Obj>, depth: number): unknown {
  if (depth > 6) return v;
  if (Array.isArray(v)) return v.slice(0, 50).map((x) => resolveRefs(x, ids, depth + 1));
  if (!isObj(v)) return v;
  const id = v['@id'];
  let base = v;
  if (typeof id === 'string' && Object.keys(v).length === 1) base = ids.get(id) ?? v;
  const o: Obj = {};
  for (const [k, child] of Object.entries(base)) o[k] = k === 'description' ? child : resolveRefs(child, ids, depth + 1);
  return o;
}

// ---- microdata ---------------------------------------------------------------------------

interface MEl {
  nodeType: number;
  tagName?: string;
  childNodes?: ArrayLike<MEl>;
  textContent?: string | null;
  getAttribute?: (name: string) => string | null;
}

function mattr(el: MEl, n: string): string | null {
  return el.getAttribute ? el.getAttribute(n) : null;
}

function itemValue(el: MEl): unknown {
  const t = (el.tagName ?? '').toLowerCase();
  const content = mattr(el, 'content');
  if (content !== null) return content;
  if (t === 'meta') return mattr(el, 'content') ?? '';
  if (t === 'a' || t === 'link' || t === 'area') return mattr(el, 'href') ?? '';
  if (t === 'img' || t === 'source' || t === 'audio' || t === 'video' || t === 'iframe') return mattr(el, 'src') ?? '';
  if (t === 'time' || t === 'data' || t === 'meter') return mattr(el, 'datetime') ?? mattr(el, 'value') ?? el.textContent ?? '';
  return (el.textContent ?? '').slice(0, 100_000);
}

function microdataItem(scope: MEl, depth: number): Obj {
  const o: Obj = { '@type': mattr(scope, 'itemtype') ?? '' };
  const stack: MEl[] = [];
  const kids = scope.childNodes;
  if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  let n = 0;
  while (stack.length > 0 && n++ < MAX_NODES) {
    const el = stack.pop()!;
    if (el.nodeType !== 1) continue;
    const props = (mattr(el, 'itemprop') ?? '').split(/\s+/).filter(Boolean);
    const nested = mattr(el, 'itemscope') !== null;
    if (props.length > 0) {
      const value = nested ? (depth < 8 ? microdataItem(el, depth + 1) : {}) : itemValue(el);
      for (const p of props) {
        const prev = o[p];
        if (prev === undefined) o[p] = value;
        else if (Array.isArray(prev)) prev.push(value);
        else o[p] = [prev, value];
      }
    }
    if (nested) continue;
    const ck = el.childNodes;
    if (ck) for (let i = ck.length - 1; i >= 0; i--) stack.push(ck[i]!);
  }
  return o;
}

export function microdataPostings(doc: Document): Obj[] {
  const out: Obj[] = [];
  let scopes: ArrayLike<Element>;
  try {
    scopes = doc.querySelectorAll('[itemscope][itemtype]');
  } catch {
    return out;
  }
  for (let i = 0; i < scopes.length && out.length < 50; i++) {
    const el = scopes[i]!;
    if (!/schema\.org\/JobPosting\b/i.test(el.getAttribute('itemtype') ?? '')) continue;
    out.push(microdataItem(el as unknown as MEl, 0));
  }
  return out;
}

export function findStructured(doc: Document): Structured {
  const postings: Posting[] = [];
  const types = new Set<string>();
  for (const obj of jsonLdPostings(doc, types)) postings.push({ source: 'jsonld', obj });
  for (const obj of microdataPostings(doc)) postings.push({ source: 'microdata', obj });
  const titles = new Set<string>();
  for (const p of postings) {
    const t = str(p.obj['title'] ?? p.obj['name']);
    titles.add((t ?? '').toLowerCase().replace(/\s+/g, ' ').trim());
  }
  return { postings, distinctPostings: titles.size, types: [...types] };
}

// ---- mapping ----------------------------------------------------------------------------

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = str(x);
      if (s) return s;
    }
  }
  if (isObj(v)) {
    const val = v['@value'] ?? v['name'];
    if (typeof val === 'string') return val;
  }
  return null;
}

/** A short text value: entities decoded, tags dropped, blanks collapsed. */
function cleanText(v: unknown, max = 300): string | null {
  const s = str(v);
  if (!s) return null;
  const t = trimValue(htmlStringToText(s.slice(0, 5000)).replace(/\s+/g, ' '));
  if (!t || t.length > max) return t ? clip(t, max) : null;
  return t;
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function organizationName(v: unknown): string | null {
  const o = first(v);
  if (typeof o === 'string') return cleanText(o);
  if (isObj(o)) return cleanText(o['name'] ?? o['legalName'] ?? o['alternateName']);
  return null;
}

function addressText(v: unknown): string | null {
  const a = first(v);
  if (typeof a === 'string') return cleanText(a);
  if (!isObj(a)) return null;
  const street = cleanText(a['streetAddress'], 200);
  const code = cleanText(a['postalCode'], 20);
  const town = cleanText(a['addressLocality'], 100);
  const region = cleanText(a['addressRegion'], 100);
  const place = [code, town].filter(Boolean).join(' ');
  const parts = [street, place || region].filter((x): x is string => !!x);
  if (parts.length === 0) return null;
  return parts.join(', ');
}

function locationText(v: unknown): string | null {
  const list = Array.isArray(v) ? v.slice(0, 5) : [v];
  const seen: string[] = [];
  for (const item of list) {
    let s: string | null = null;
    if (typeof item === 'string') s = cleanText(item);
    else if (isObj(item)) s = addressText(item['address']) ?? cleanText(item['name']);
    if (s && !seen.includes(s)) seen.push(s);
  }
  return seen.length > 0 ? seen.slice(0, 3).join('; ') : null;
}

function countryOnly(v: unknown): string | null {
  const item = first(v);
  if (!isObj(item)) return null;
  const a = first(item['address']);
  if (isObj(a)) return cleanText(a['addressCountry'], 60);
  return null;
}

function num(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (/^\d{1,9}(?:\.\d{1,2})?$/.test(s)) return Number(s);
  if (/^\d{1,3}(?:[., ]\d{3}){1,3}(?:[.,]\d{1,2})?$/.test(s)) {
    const m = /^(\d{1,3}(?:[., ]\d{3}){1,3})(?:[.,](\d{1,2}))?$/.exec(s)!;
    const whole = Number(m[1]!.replace(/[., ]/g, ''));
    return m[2] ? whole + Number(`0.${m[2]}`) : whole;
  }
  return null;
}

const PERIODS: Record<string, Salary['period']> = {
  MONTH: 'month',
  YEAR: 'year',
  HOUR: 'hour',
  ANNUAL: 'year',
  YEARLY: 'year',
  MONTHLY: 'month',
  HOURLY: 'hour',
};

function salaryOf(v: unknown): Salary | null {
  const s = first(v);
  if (!isObj(s)) return null;
  const currency = (str(s['currency']) ?? '').toUpperCase();
  const val = s['value'];
  let amount: number | null;
  let unit: string | null;
  let max: number | null = null;
  if (isObj(val)) {
    amount = num(val['value']) ?? num(val['minValue']);
    max = num(val['maxValue']);
    unit = str(val['unitText']);
  } else {
    amount = num(val);
    unit = str(s['unitText']);
  }
  if (amount === null && max === null) return null;
  if (amount === null) amount = max;
  const period = unit ? (PERIODS[unit.toUpperCase()] ?? null) : null;
  const cur = /^[A-Z]{3}$/.test(currency) ? currency : null;
  const range = max !== null && amount !== null && max !== amount ? `${amount}–${max}` : `${amount}`;
  const text = `${cur ?? ''} ${range}${unit ? ` per ${unit.toLowerCase()}` : ''}`.trim();
  if (amount !== null && (amount < 0 || amount > 1e9)) return null;
  return { amount, currency: cur, period, text: text.slice(0, 500) };
}

function isHttp(u: string): boolean {
  return /^https?:\/\//i.test(u);
}

export function resolveUrl(href: string, base: string | null | undefined): string | null {
  const h = href.trim();
  if (!h || h.length > 2048) return null;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    return isHttp(u.href) ? u.href : null;
  } catch {
    return null;
  }
}

// ---- time zones for validThrough -------------------------------------------------------

type ZoneRule = 'eu-central' | 'uk' | 'utc';
/** The zone whose offsets each rule follows (lib/time-zone.ts computes them). */
const ZONES: Record<ZoneRule, string> = { 'eu-central': 'Europe/Copenhagen', uk: 'Europe/London', utc: 'UTC' };

/** Offset of a zone rule at a UTC instant, in minutes. */
function offsetMinutes(rule: ZoneRule, utcMs: number): number {
  return rule === 'utc' ? 0 : zoneOffset(ZONES[rule], new Date(utcMs));
}

function zoneRuleFor(lang: Lang | null, url: string | null | undefined): ZoneRule {
  let host: string;
  try {
    host = url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    host = '';
  }
  if (/\.(?:uk|ie)$/.test(host)) return 'uk';
  // not language words: country domains
  if (/\.(?:dk|no|se|de|at|ch|nl|be|fr|it|es|pl|cz|lu|gl|fo)$/.test(host)) return 'eu-central';
  if (lang && lang !== 'en') return 'eu-central';
  return 'utc';
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * validThrough → the deadline as the ad's local time, "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm".
 *
 * - No time of day: the date.
 * - A time with a non-zero offset ("…T12:00:00+01:00"): that wall-clock time is already local.
 * - A time in UTC ("Z" or +00:00): converted to the ad's zone (Central European time for
 *   da/nb/nn/sv/de ads and .dk/.no/.se/.de… sites, UK time for .uk/.ie, else left in UTC) —
 *   unless the written time is 00:00 or 23:59, which is a CMS storing a bare date: shifting it
 *   would turn "1 March" into "1 March 01:00", so the written date is kept.
 * - A local time of 00:00 or 23:59 means "that day" (the whole day): date only.
 */
export function localDeadline(raw: string, lang: Lang | null, url?: string | null): string | null {
  const m = /^\s{0,5}(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?)?\s{0,3}(Z|[+-]\d{2}:?\d{2})?\s{0,5}$/i.exec(
    raw,
  );
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1990 || y > 2200) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return date;
  const hh = Number(m[4]);
  const mm = Number(m[5]);
  if (hh > 24 || mm > 59) return date;
  const boundary = (h: number, mi: number): boolean => (h === 0 && mi === 0) || (h === 23 && mi === 59) || (h === 24 && mi === 0);
  const zone = m[6];
  const utc = zone !== undefined && /^(?:Z|[+-]00:?00)$/i.test(zone);
  if (!utc) return boundary(hh, mm) ? date : `${date}T${pad(hh)}:${pad(mm)}`;
  if (boundary(hh, mm)) return date;
  const rule = zoneRuleFor(lang, url);
  const ms = Date.UTC(y, mo - 1, d, hh, mm);
  const local = new Date(ms + offsetMinutes(rule, ms) * 60_000);
  const ld = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const lh = local.getUTCHours();
  const lm = local.getUTCMinutes();
  return boundary(lh, lm) ? ld : `${ld}T${pad(lh)}:${pad(lm)}`;
}

function isoDay(raw: unknown): string | null {
  const s = str(raw);
  if (!s) return null;
  const m = /^\s{0,5}(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export interface MappedPosting {
  fields: FieldMap;
  datePosted: string | null;
  description: string | null;
  employmentType: string | null;
  inLanguage: string | null;
  /** Only a country ("DK"): used when the text names no place. */
  weakLocation: string | null;
}

/** The draft fields a JobPosting object states. */
export function mapPosting(p: Posting, lang: Lang | null, url: string | null | undefined): MappedPosting {
  const o = p.obj;
  const fields: FieldMap = {};
  const src = p.source;
  const put = (field: DraftField, value: unknown, evidence: string, inferred = false): void => {
    fields[field] = { value, evidence: clip(evidence, 300), source: src, ...(inferred ? { inferred } : {}) };
  };

  const title = cleanText(o['title']) ?? cleanText(o['name']);
  if (title && !isHttp(title)) put('title', title, `title: ${title}`);

  const org = organizationName(o['hiringOrganization']);
  if (org && !isHttp(org)) put('organization', org, `hiringOrganization: ${org}`);

  let weakLocation: string | null = null;
  const loc = locationText(o['jobLocation']);
  if (loc) put('location', loc, `jobLocation: ${loc}`);
  else {
    const country = countryOnly(o['jobLocation']);
    const remote = /telecommute/i.test(str(o['jobLocationType']) ?? '');
    const req = first(o['applicantLocationRequirements']);
    const reqName = isObj(req) ? cleanText(req['name'], 100) : cleanText(req, 100);
    if (remote) put('location', reqName ? `Remote (${reqName})` : 'Remote', `jobLocationType: ${str(o['jobLocationType'])}`);
    else if (country) weakLocation = country;
  }

  const vt = str(o['validThrough']);
  if (vt) {
    const d = localDeadline(vt, lang, url);
    if (d) put('deadline', d, `validThrough: ${vt}`);
  }

  const sal = salaryOf(o['baseSalary'] ?? o['estimatedSalary']);
  if (sal) put('salary', sal, `baseSalary: ${sal.text}`);

  let apply: string | null = null;
  const action = first(o['potentialAction']);
  if (isObj(action) && typeNames(action).includes('ApplyAction')) {
    const target = first(action['target']);
    apply = str(isObj(target) ? (target['urlTemplate'] ?? target['url']) : target);
  }
  if (!apply && (o['directApply'] === true || o['directApply'] === 'true' || o['directApply'] === 'True')) apply = str(o['url']);
  if (apply) {
    const u = resolveUrl(apply, url);
    if (u) put('applyUrl', u, `${o['directApply'] !== undefined ? 'directApply url' : 'ApplyAction'}: ${u}`);
  }

  const start = isoDay(o['jobStartDate']);
  if (start) put('startDate', start, `jobStartDate: ${str(o['jobStartDate'])}`);

  const descRaw = str(o['description']);
  const description = descRaw ? htmlStringToText(descRaw.slice(0, 400_000)) : null;
  const et = o['employmentType'];
  const employmentType = Array.isArray(et) ? et.filter((x) => typeof x === 'string').join(', ') : str(et);
  const inLanguage = str(o['inLanguage']);
  return { fields, datePosted: isoDay(o['datePosted']), description, employmentType, inLanguage, weakLocation };
}

export { decodeEntities };
