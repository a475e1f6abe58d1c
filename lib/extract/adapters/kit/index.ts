// Small DOM and value helpers the site adapters share. Every function is total: bad input gives
// null or an empty list, never an exception. Every regex is bounded.
import { UNION } from '../../locales';
import type { Contact } from '../../../schema/draft';
import type { Found } from '../../types';
import type { AdapterFields } from '../types';
import { resolveOnOrAfter, validDay, isoDay } from '../../fields/calendar';
import { toE164 } from '../../fields/phones';
import { clip, trimEndWhere } from '../../util';
import { attr, q, qa, txt, visibleLength } from './dom';

export { q, qa, txt, visibleLength, attr };

/** A value found by an adapter. */
export function found<T>(value: T, evidence: string, inferred = false): Found<T> {
  return { value, evidence: clip(evidence || String(value), 300), source: 'adapter', ...(inferred ? { inferred } : {}) };
}

/** A text value (null when blank). */
export function textFound(value: string | null | undefined, label: string): Found<string> | null {
  const v = (value ?? '').replace(/\s+/g, ' ').trim();
  return v && v.length <= 300 ? found(v, `${label}: ${v}`) : null;
}

/** The host is `domain` or one of its subdomains. */
export function hostIs(url: URL, ...domains: string[]): boolean {
  const h = url.hostname.toLowerCase();
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}

export function metaContent(doc: Document, key: string): string | null {
  for (const m of qa(doc, 'meta', 300)) {
    if ((m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase() === key) return attr(m, 'content');
  }
  return null;
}

/** JSON held in a script element (`script#__NEXT_DATA__`, `script[type="application/json"]`…). */
export function scriptJson(doc: Document, sel: string): unknown {
  const el = q(doc, sel);
  const raw = el?.textContent ?? '';
  if (!raw || raw.length > 2_000_000) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** A property path in parsed JSON ("props.pageProps.ad"), or undefined. */
export function dig(v: unknown, path: string): unknown {
  let cur: unknown = v;
  for (const k of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

export function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : typeof v === 'number' ? String(v) : null;
}

// ---- labelled facts ----------------------------------------------------------------------

export interface Fact {
  /** The label, lower case, without a trailing colon. */
  label: string;
  value: string;
  el: Element;
}

const normLabel = (s: string): string => trimEndWhere(s.toLowerCase().replace(/\s+/g, ' '), /[\s:]/u).trim();

/** Label/value pairs under `root`: dt/dd, two-cell table rows, list items "Label: value" or
 *  with a label element first, elements with a data-label attribute, and a heading or bold label
 *  ending in a colon with its value in the next element ("<h3>Arbejdssted:</h3><p>Ballerup</p>"). */
export function labelledFacts(root: ParentNode | null | undefined): Fact[] {
  const out: Fact[] = [];
  if (!root) return out;
  for (const dt of qa(root, 'dt')) {
    let dd = dt.nextElementSibling;
    while (dd && dd.tagName.toLowerCase() === 'dt') dd = dd.nextElementSibling;
    if (dd && dd.tagName.toLowerCase() === 'dd') out.push({ label: normLabel(txt(dt, 100)), value: txt(dd), el: dd });
  }
  for (const tr of qa(root, 'tr')) {
    const cells = Array.from(tr.children).filter((c) => /^t[hd]$/i.test(c.tagName));
    if (cells.length === 2) out.push({ label: normLabel(txt(cells[0], 100)), value: txt(cells[1]), el: cells[1]! });
  }
  for (const el of qa(root, '[data-label]')) {
    out.push({ label: normLabel(attr(el, 'data-label') ?? ''), value: txt(el), el });
  }
  for (const li of qa(root, 'li')) {
    const kids = Array.from(li.children);
    if (kids.length >= 2) {
      const label = txt(kids[0], 100);
      const value = kids
        .slice(1)
        .map((k) => txt(k))
        .filter(Boolean)
        .join(' ');
      if (label.length <= 40 && value) out.push({ label: normLabel(label), value, el: kids[1]! });
      continue;
    }
    const s = txt(li, 400);
    const m = /^([^:]{2,40}):\s*(\S.*)$/u.exec(s);
    if (m) out.push({ label: normLabel(m[1]!), value: m[2]!.trim(), el: li });
  }
  for (const h of qa(root, 'h2, h3, h4, h5, h6, strong, b, label', 300)) {
    const label = txt(h, 60);
    const next = h.nextElementSibling;
    if (label.length > 41 || !label.endsWith(':') || !next) continue;
    out.push({ label: normLabel(label), value: txt(next, 400), el: next });
  }
  return out.filter((f) => f.label && f.value);
}

/** The first fact whose label is one of `labels` (exact, or the label starts with it). */
export function fact(facts: readonly Fact[], labels: readonly string[]): Fact | null {
  for (const l of labels) {
    const hit = facts.find((f) => f.label === l);
    if (hit) return hit;
  }
  for (const l of labels) {
    const hit = facts.find((f) => f.label.startsWith(l));
    if (hit) return hit;
  }
  return null;
}

// ---- dates --------------------------------------------------------------------------------

/** A month by any of its names in any of Frist's languages (the vocabularies' `months`). */
const monthOf = (word: string): number | undefined => {
  const w = word.toLowerCase();
  return Object.hasOwn(UNION.months, w) ? UNION.months[w] : undefined;
};

export interface DayTime {
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm". */
  value: string;
  /** The year was added from the day the page was seen. */
  inferred: boolean;
}

const ISO_RE = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?/u;
const NUM_RE = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?!\d)/u;
const WORD_RE = /(?<![\p{L}\d])(\d{1,2})\.?[ \t]{0,3}(\p{L}{3,9})\.?,?(?:[ \t]{0,3}(\d{4}))?(?!\d)/u;
const EN_RE = /(?<!\p{L})(\p{L}{3,9})[ \t]{1,3}(\d{1,2})(?:st|nd|rd|th)?,?(?:[ \t]{1,3}(\d{4}))?(?!\d)/u;
const TIME_RE = /(?<!\d)([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d)/u;

/** A date (and a time of day, when given) in a site's field value: "2025-03-01", "01.03.2025",
 *  "1. marts 2025 kl. 12.00", "March 1, 2025". 00:00 and 23:59 mean the whole day. */
export function parseDay(raw: string | null | undefined, observed: string | null = null): DayTime | null {
  const s = (raw ?? '').slice(0, 300);
  if (!s) return null;
  let y: number | null;
  let mo: number;
  let d: number;
  let rest: string;
  let m = ISO_RE.exec(s);
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    rest = m[4] !== undefined ? `${m[4]}:${m[5]}` : s.slice(m.index + m[0].length);
  } else if ((m = NUM_RE.exec(s))) {
    const yy = Number(m[3]);
    [y, mo, d] = [yy < 100 ? 2000 + yy : yy, Number(m[2]), Number(m[1])];
    rest = s.slice(m.index + m[0].length);
  } else if ((m = WORD_RE.exec(s)) && monthOf(m[2]!)) {
    [y, mo, d] = [m[3] ? Number(m[3]) : null, monthOf(m[2]!)!, Number(m[1])];
    rest = s.slice(m.index + m[0].length);
  } else if ((m = EN_RE.exec(s)) && monthOf(m[1]!)) {
    [y, mo, d] = [m[3] ? Number(m[3]) : null, monthOf(m[1]!)!, Number(m[2])];
    rest = s.slice(m.index + m[0].length);
  } else return null;
  let inferred = false;
  let day: string | null;
  if (y === null) {
    if (!observed || !/^\d{4}-\d{2}-\d{2}$/.test(observed)) return null;
    day = resolveOnOrAfter(mo, d, observed, 14);
    inferred = true;
  } else day = y >= 1990 && y <= 2200 && validDay(y, mo, d) ? isoDay(y, mo, d) : null;
  if (!day) return null;
  const t = TIME_RE.exec(rest);
  if (t) {
    const hh = Number(t[1]);
    const mm = Number(t[2]);
    if (!((hh === 0 && mm === 0) || (hh === 23 && mm === 59))) day += `T${String(hh).padStart(2, '0')}:${t[2]}`;
  }
  return { value: day, inferred };
}

/** A deadline read from a labelled value; null when the value holds no date ("løbende"). */
export function dayFound(raw: string | null | undefined, label: string, observed: string | null, dateOnly = false): Found<string> | null {
  const d = parseDay(raw, observed);
  if (!d) return null;
  return found(dateOnly ? d.value.slice(0, 10) : d.value, `${label}: ${raw}`, d.inferred);
}

/** A start: a date when the value holds one (startDate), else its words (startText). */
export function startFields(
  raw: string | null | undefined,
  label: string,
  observed: string | null,
): { startDate?: Found<string>; startText?: Found<string> } {
  const v = (raw ?? '').trim();
  if (!v) return {};
  const d = dayFound(v, label, observed, true);
  if (d) return { startDate: d };
  return v.length <= 120 ? { startText: found(v, `${label}: ${v}`) } : {};
}

// ---- numbers ------------------------------------------------------------------------------

/** "80 %", "80%" → 80. */
export function percentIn(s: string | null | undefined): number | null {
  const m = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)[ \t]{0,2}%/u.exec(s ?? '');
  if (!m) return null;
  const n = Number(m[1]!.replace(',', '.'));
  return n > 0 && n <= 100 ? n : null;
}

/** "37 timer", "30-37 timer", "37,5 t/uke" → the weekly hours. */
export function hoursIn(s: string | null | undefined): { min: number; max: number } | null {
  const m =
    /(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)(?:[ \t]{0,2}[-–][ \t]{0,2}(\d{1,2}(?:[.,]\d{1,2})?))?[ \t]{0,2}(?:timer|tim|t\b|h\b|hours|stunden)/iu.exec(
      s ?? '',
    );
  if (!m) return null;
  const a = Number(m[1]!.replace(',', '.'));
  const b = m[2] ? Number(m[2].replace(',', '.')) : a;
  return a > 0 && b <= 80 && a <= b ? { min: a, max: b } : null;
}

/** The calling code of a site's country, for national phone numbers. */
export function countryOf(url: URL): string | null {
  const h = url.hostname.toLowerCase();
  if (h.endsWith('.dk')) return '45';
  if (h.endsWith('.no')) return '47';
  if (h.endsWith('.se')) return '46';
  return null;
}

/** A phone number as E.164, or null. */
export function phoneOf(raw: string | null | undefined, url: URL, cc: string | null = countryOf(url)): string | null {
  const s = (raw ?? '').trim();
  const intl = /^(?:\+|00)/u.test(s);
  const body = s.replace(/^(?:\+|00)/u, '');
  if (!/^\(?\d[\d \t()./-]{4,22}\d$/u.test(body)) return null;
  try {
    return toE164(body, intl ? '' : null, cc, true);
  } catch {
    return null;
  }
}

/** An absolute http(s) address, or null. */
export function absUrl(href: string | null | undefined, base: URL): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

// ---- the common labelled fields ----------------------------------------------------------

export type FactLabels = Partial<
  Record<'title' | 'organization' | 'location' | 'deadline' | 'start' | 'employmentPercent' | 'hoursPerWeek' | 'extent', readonly string[]>
>;

/** The draft fields that a site's labelled facts state, by the labels that site uses. `extent`
 *  ("Omfang: Heltid", "Omfattning: 80 %") gives a percent and hours when it holds figures. */
export function fieldsFromFacts(facts: readonly Fact[], labels: FactLabels, observed: string | null): Record<string, Found<unknown>> {
  const out: Record<string, Found<unknown>> = {};
  const get = (k: keyof FactLabels): Fact | null => (labels[k] ? fact(facts, labels[k]!) : null);
  for (const k of ['title', 'organization', 'location'] as const) {
    const f = get(k);
    const v = f ? textFound(f.value, f.label) : null;
    if (v) out[k] = v;
  }
  const dl = get('deadline');
  const d = dl ? dayFound(dl.value, dl.label, observed) : null;
  if (d) out.deadline = d;
  const st = get('start');
  if (st) Object.assign(out, startFields(st.value, st.label, observed));
  for (const f of [get('employmentPercent'), get('extent')]) {
    const p = f ? percentIn(f.value) : null;
    if (p !== null && !out.employmentPercent) out.employmentPercent = found(p, `${f!.label}: ${f!.value}`);
  }
  for (const f of [get('hoursPerWeek'), get('extent')]) {
    const h = f ? hoursIn(f.value) : null;
    if (h && !out.hoursPerWeek) out.hoursPerWeek = found(h, `${f!.label}: ${f!.value}`);
  }
  return out;
}

/** The text of the first element matching one of the selectors, as a field. */
export function pick(doc: ParentNode, sels: readonly string[], label: string): Found<string> | null {
  for (const s of sels) {
    const v = textFound(txt(q(doc, s), 300), label);
    if (v) return v;
  }
  return null;
}

/** The non-empty fields of a record (adapters build theirs with helpers that may give null). */
export function fieldsOf(o: Record<string, Found<unknown> | null | undefined>): AdapterFields {
  const out: AdapterFields = {};
  for (const [k, v] of Object.entries(o)) if (v) (out as Record<string, Found<unknown>>)[k] = v;
  return out;
}

/** A contact person from labelled parts; null without a name. */
export function contactOf(
  name: string | null | undefined,
  role: string | null | undefined,
  phone: string | null | undefined,
  email: string | null | undefined,
  url: URL,
): Contact | null {
  const n = (name ?? '').replace(/\s+/g, ' ').trim();
  if (!n || n.length > 120) return null;
  const e = (email ?? '')
    .replace(/^mailto:/i, '')
    .split('?')[0]!
    .trim()
    .toLowerCase();
  return {
    name: n,
    role: (role ?? '').replace(/\s+/g, ' ').trim() || null,
    phone: phoneOf(phone, url),
    email: /^[^\s@]{1,64}@[^\s@]{1,200}$/u.test(e) ? e : null,
  };
}

/** Contacts as fields: the people, and their phones and addresses (joined with the text's). */
export function contactFields(contacts: readonly Contact[], label: string): AdapterFields {
  if (contacts.length === 0) return {};
  const ev = `${label}: ${contacts.map((c) => [c.name, c.role, c.phone, c.email].filter(Boolean).join(', ')).join('; ')}`;
  const phones = [...new Set(contacts.map((c) => c.phone).filter((x): x is string => !!x))];
  const emails = [...new Set(contacts.map((c) => c.email).filter((x): x is string => !!x))];
  return fieldsOf({
    contacts: found([...contacts], ev),
    phones: phones.length ? found(phones, ev) : null,
    emails: emails.length ? found(emails, ev) : null,
  });
}
