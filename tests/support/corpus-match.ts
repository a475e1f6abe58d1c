// Field comparison as ../shared/tools/score-extraction.mjs does it (tolerant where people are,
// strict where it matters), for tests that name the page and the field that went wrong.
import type { Draft } from '../../lib/schema/draft';

const norm = (s: unknown): string =>
  String(s ?? '')
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .trim();
const tokens = (s: unknown): Set<string> =>
  new Set(
    norm(s)
      .split(' ')
      .filter((t) => t.length > 1),
  );
function textMatch(got: unknown, want: unknown): boolean {
  if (got == null || want == null) return got == want;
  const a = norm(got);
  const b = norm(want);
  if (!a || !b) return a === b;
  if (a.includes(b) || b.includes(a)) return true;
  const ta = tokens(a);
  const tb = tokens(b);
  const inter = [...ta].filter((t) => tb.has(t)).length;
  return inter / (ta.size + tb.size - inter) >= 0.5;
}
const looseMatch = (got: unknown, want: unknown): boolean =>
  got != null && [...tokens(want)].some((t) => t.length >= 4 && tokens(got).has(t));
function phoneKey(p: unknown): string {
  let d = String(p ?? '').replace(/\D/g, '');
  if (
    String(p ?? '')
      .trim()
      .startsWith('+') ||
    d.startsWith('00')
  ) {
    d = d.replace(/^00/, '');
    const cc = ['45', '46', '47', '49', '44', '358', '354', '43', '41'].find((c) => d.startsWith(c) && d.length - c.length >= 7);
    if (cc) d = d.slice(cc.length);
  }
  return d.replace(/^0/, '');
}
const sameSet = (got: unknown[], want: unknown[], key: (x: unknown) => string): boolean => {
  const g = new Set(got.map(key).filter(Boolean));
  const w = new Set(want.map(key).filter(Boolean));
  return g.size === w.size && [...w].every((x) => g.has(x));
};
interface C {
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
}
const nameMatch = (a: string, b: string): boolean => {
  const ta = tokens(a);
  const tb = tokens(b);
  return ta.size > 0 && tb.size > 0 && ([...tb].every((t) => ta.has(t)) || [...ta].every((t) => tb.has(t)));
};

/** The fields of `got` that do not match `want`, as "field: got … want …". */
export function mismatches(got: Draft, want: Record<string, unknown>): string[] {
  const bad: string[] = [];
  const g = got as unknown as Record<string, unknown>;
  const check = (field: string, ok: boolean): void => {
    if (!ok) bad.push(`${field}: got ${JSON.stringify(g[field])}, want ${JSON.stringify(want[field])}`);
  };
  check('isJobAd', got.isJobAd === (want.isJobAd ?? true));
  if (want.isJobAd === false) return bad;
  for (const f of ['title', 'organization'] as const) if (want[f] != null) check(f, textMatch(got[f], want[f]));
  if (want.location != null) check('location', looseMatch(got.location, want.location));
  if ('deadline' in want) check('deadline', String(got.deadline ?? '').slice(0, 10) === String(want.deadline ?? '').slice(0, 10));
  if (typeof want.deadline === 'string' && want.deadline.length > 10) check('deadline', got.deadline === want.deadline);
  for (const f of ['startDate', 'employmentPercent'] as const) if (f in want) check(f, (got[f] ?? null) === want[f]);
  if ('hoursPerWeek' in want) check('hoursPerWeek', JSON.stringify(got.hoursPerWeek ?? null) === JSON.stringify(want.hoursPerWeek));
  if ('salary' in want) check('salary', (got.salary?.amount ?? null) === ((want.salary as { amount?: number } | null)?.amount ?? null));
  if ('emails' in want)
    check(
      'emails',
      sameSet(got.emails, want.emails as unknown[], (e) => String(e).toLowerCase().trim()),
    );
  if ('phones' in want) check('phones', sameSet(got.phones, want.phones as unknown[], phoneKey));
  if ('contacts' in want) {
    const wc = want.contacts as C[];
    const ok =
      got.contacts.length === wc.length &&
      wc.every((w) => {
        const c = got.contacts.find((x) => nameMatch(x.name, w.name));
        return (
          !!c &&
          (!w.phone || phoneKey(c.phone) === phoneKey(w.phone)) &&
          (!w.email || (c.email ?? '').toLowerCase() === w.email.toLowerCase()) &&
          (!w.role || textMatch(c.role, w.role))
        );
      });
    check('contacts', ok);
  }
  if ('applyUrl' in want) check('applyUrl', (got.applyUrl ?? null) === want.applyUrl);
  return bad;
}

/**
 * The per-field scores of one case, as ../shared/tools/score-extraction.mjs computes them (a field
 * is scored only when the label has it; contacts are an F1 over names, contactDetails the share
 * of labelled roles, phones and e-mails found with them).
 */
export function scoreCase(got: Draft, want: Record<string, unknown>): Record<string, number> {
  const s: Record<string, number> = {};
  const one = (ok: boolean): number => (ok ? 1 : 0);
  s.isJobAd = one(got.isJobAd === (want.isJobAd ?? true));
  if (want.isJobAd === false) return s;
  if (want.title != null) s.title = one(textMatch(got.title, want.title));
  if (want.organization != null) s.organization = one(textMatch(got.organization, want.organization));
  if (want.location != null) s.location = one(looseMatch(got.location, want.location));
  const day = (d: unknown): string | null => (d == null ? null : String(d).slice(0, 10));
  if ('deadline' in want) s.deadline = one(day(got.deadline) === day(want.deadline));
  if (typeof want.deadline === 'string' && want.deadline.length > 10) s.deadlineTime = one(got.deadline === want.deadline);
  if ('startDate' in want) s.startDate = one((got.startDate ?? null) === want.startDate);
  if ('hoursPerWeek' in want) {
    const g = got.hoursPerWeek ?? null;
    const w = want.hoursPerWeek as { min: number; max: number } | null;
    s.hoursPerWeek = one(g == null || w == null ? g == w : Math.abs(g.min - w.min) < 0.01 && Math.abs(g.max - w.max) < 0.01);
  }
  if ('employmentPercent' in want) s.employmentPercent = one((got.employmentPercent ?? null) === want.employmentPercent);
  if ('salary' in want) s.salary = one((got.salary?.amount ?? null) === ((want.salary as { amount?: number } | null)?.amount ?? null));
  if ('emails' in want) s.emails = setF1(got.emails, want.emails as unknown[], (e) => String(e).toLowerCase().trim());
  if ('phones' in want) s.phones = setF1(got.phones, want.phones as unknown[], phoneKey);
  if ('contacts' in want) {
    const gc = got.contacts;
    const wc = (want.contacts as C[] | null) ?? [];
    const used = new Set<number>();
    const pairs: [C, C][] = [];
    const unmatched: C[] = [];
    for (const w of wc) {
      const i = gc.findIndex((g, j) => !used.has(j) && nameMatch(g.name, w.name));
      if (i >= 0) {
        used.add(i);
        pairs.push([gc[i]!, w]);
      } else unmatched.push(w);
    }
    s.contacts = gc.length === 0 && wc.length === 0 ? 1 : pairs.length === 0 ? 0 : (2 * pairs.length) / (gc.length + wc.length);
    let ok = 0;
    let all = 0;
    for (const [g, w] of pairs) {
      if (w.phone) {
        all++;
        if (phoneKey(g.phone) === phoneKey(w.phone)) ok++;
      }
      if (w.email) {
        all++;
        if ((g.email ?? '').toLowerCase() === w.email.toLowerCase()) ok++;
      }
      if (w.role) {
        all++;
        if (g.role && textMatch(g.role, w.role)) ok++;
      }
    }
    for (const w of unmatched) all += (w.phone ? 1 : 0) + (w.email ? 1 : 0) + (w.role ? 1 : 0);
    if (all > 0) s.contactDetails = ok / all;
  }
  return s;
}

function setF1(got: unknown[], want: unknown[] | null, key: (x: unknown) => string): number {
  const g = new Set(got.map(key).filter(Boolean));
  const w = new Set((want ?? []).map(key).filter(Boolean));
  if (g.size === 0 && w.size === 0) return 1;
  const tp = [...g].filter((x) => w.has(x)).length;
  if (tp === 0) return 0;
  const p = tp / g.size;
  const r = tp / w.size;
  return (2 * p * r) / (p + r);
}
