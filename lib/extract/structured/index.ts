// The structured stage: schema.org JobPosting objects from the page's JSON-LD (./json-ld.ts) and
// microdata (./microdata.ts, turned into the same plain objects), mapped to draft fields by one
// mapper here; validThrough becomes the deadline in the ad's local time (./deadline-zone.ts).
import type { DraftField, Salary, Source } from '../../schema/draft';
import type { Found, Lang } from '../types';
import { clip, decodeEntities, htmlStringToText, trimValue } from '../util';
import { isObj, str, typeNames, type Obj } from './objects';
import { jsonLdPostings, jsonLdPostingsOf } from './json-ld';
import { microdataPostings } from './microdata';
import { localDeadline } from './deadline-zone';

export { jsonLdPostings, microdataPostings, localDeadline };

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
export function findStructured(doc: Document): Structured {
  const types = new Set<string>();
  return structuredOf(jsonLdPostings(doc, types), microdataPostings(doc), types);
}

/** The structured data of a text that keeps its JSON-LD blocks inline (a site's source). */
export function structuredOfJsonLd(raws: readonly string[]): Structured {
  const types = new Set<string>();
  return structuredOf(jsonLdPostingsOf(raws, types), [], types);
}

function structuredOf(jsonLd: Obj[], microdata: Obj[], types: Set<string>): Structured {
  const postings: Posting[] = [
    ...jsonLd.map((obj) => ({ source: 'jsonld' as const, obj })),
    ...microdata.map((obj) => ({ source: 'microdata' as const, obj })),
  ];
  const titles = new Set<string>();
  for (const p of postings) {
    const t = str(p.obj['title'] ?? p.obj['name']);
    titles.add((t ?? '').toLowerCase().replace(/\s+/g, ' ').trim());
  }
  return { postings, distinctPostings: titles.size, types: [...types] };
}

// ---- mapping ----------------------------------------------------------------------------
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
