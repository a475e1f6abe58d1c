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
