// The draft's constraints (../schema/draft.ts), checked by hand so that the extractor's browser
// bundle does not carry zod. Tests check the result against draftSchema itself; keep in sync.
import type { Draft } from '../schema/draft';
import { emptyDraft } from '../schema/empty-draft';

const SOURCES = new Set(['adapter', 'jsonld', 'microdata', 'meta', 'text', 'user']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DAY_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

const str = (v: unknown, max: number, min = 0): string | null => (typeof v === 'string' && v.length <= max && v.length >= min ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Returns a draft that satisfies the schema: every field that breaks it is emptied. */
export function sanitizeDraft(d: Draft): Draft {
  const out = emptyDraft();
  const dropped: string[] = [];
  const keep = <K extends keyof Draft>(k: K, v: Draft[K] | null | undefined, ok: boolean): void => {
    if (ok && v !== undefined) out[k] = v as Draft[K];
    else dropped.push(k);
  };
  out.isJobAd = d.isJobAd === true;
  const c = num(d.confidence);
  out.confidence = c === null ? 0 : Math.min(1, Math.max(0, c));
  keep('language', d.language, d.language === null || str(d.language, 8, 2) !== null);
  // not language words: field names
  for (const k of ['title', 'organization', 'location'] as const) keep(k, d[k], d[k] === null || str(d[k], 300) !== null);
  keep('deadline', d.deadline, d.deadline === null || (typeof d.deadline === 'string' && ISO_DAY_TIME.test(d.deadline)));
  keep('startDate', d.startDate, d.startDate === null || (typeof d.startDate === 'string' && ISO_DAY.test(d.startDate)));
  keep('startText', d.startText, d.startText === null || str(d.startText, 200) !== null);
  const h = d.hoursPerWeek;
  keep(
    'hoursPerWeek',
    h,
    h === null ||
      (!!h && num(h.min) !== null && num(h.max) !== null && h.min > 0 && h.max > 0 && h.min <= 168 && h.max <= 168 && h.min <= h.max),
  );
  const p = d.employmentPercent;
  keep('employmentPercent', p, p === null || (num(p) !== null && p > 0 && p <= 100));
  const s = d.salary;
  keep(
    'salary',
    s,
    s === null ||
      (!!s &&
        (s.amount === null || (num(s.amount) !== null && s.amount >= 0)) &&
        (s.currency === null || (typeof s.currency === 'string' && /^[A-Z]{3}$/.test(s.currency))) &&
        (s.period === null || s.period === 'month' || s.period === 'year' || s.period === 'hour') &&
        str(s.text, 500) !== null),
  );
  out.emails = Array.isArray(d.emails) ? d.emails.filter((e) => str(e, 254) !== null) : [];
  out.phones = Array.isArray(d.phones) ? d.phones.filter((e) => str(e, 40) !== null) : [];
  out.contacts = Array.isArray(d.contacts)
    ? d.contacts
        .filter((x) => !!x && typeof x.name === 'string' && x.name.trim().length >= 1 && x.name.length <= 200)
        .map((x) => ({
          name: x.name,
          role: str(x.role, 200),
          phone: str(x.phone, 40),
          email: str(x.email, 254),
        }))
    : [];
  keep('applyUrl', d.applyUrl, d.applyUrl === null || str(d.applyUrl, 2048) !== null);
  out.interviewDates = Array.isArray(d.interviewDates) ? d.interviewDates.filter((x) => typeof x === 'string' && ISO_DAY.test(x)) : [];
  for (const [k, v] of Object.entries(d.evidence ?? {})) {
    if (dropped.includes(k) || typeof v !== 'string') continue;
    out.evidence[k] = v.length > 1000 ? v.slice(0, 999) + '…' : v;
  }
  for (const [k, v] of Object.entries(d.sources ?? {})) if (!dropped.includes(k) && SOURCES.has(v)) out.sources![k] = v;
  out.inferred = (d.inferred ?? []).filter((k) => typeof k === 'string' && !dropped.includes(k));
  return out;
}
