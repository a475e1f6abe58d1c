// The draft's constraints, checked by hand so that the extractor's browser bundle does not carry
// zod: one check per kind of value of the field table (../schema/fields.ts), the same limits as the
// zod schema derived from it (../schema/draft.ts). Tests check the result against draftSchema itself.
import type { Draft } from '../schema/draft';
import { emptyDraft } from '../schema/empty-draft';
import { FIELDS, isListKind, maxLength, SOURCES as SOURCE_LIST, type FactField, type FieldSpec, type ListKind } from '../schema/fields';
import { DAY_PATTERN, DAY_TIME_PATTERN, realDay } from '../schema/days';

const SOURCES: ReadonlySet<string> = new Set(SOURCE_LIST);

const str = (v: unknown, max: number, min = 0): string | null => (typeof v === 'string' && v.length <= max && v.length >= min ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const day = (v: unknown): boolean => typeof v === 'string' && DAY_PATTERN.test(v) && realDay(v);
/** The entries of a list that pass `ok`; an absent list is empty. */
const entries = (v: unknown, ok: (x: unknown) => boolean): unknown[] => (Array.isArray(v) ? v.filter(ok) : []);

/** Whether a value (not null) is one of the kind; lists are filtered instead (LISTS). */
const SCALARS: Record<Exclude<FieldSpec['kind'], ListKind>, (v: unknown, s: FieldSpec) => boolean> = {
  text: (v, s) => str(v, maxLength(s)) !== null,
  link: (v, s) => str(v, maxLength(s)) !== null,
  language: (v, s) => str(v, maxLength(s), 2) !== null,
  day,
  dayTime: (v) => typeof v === 'string' && DAY_TIME_PATTERN.test(v) && realDay(v),
  hours: (v) => {
    const h = v as { min?: unknown; max?: unknown };
    const lo = num(h?.min);
    const hi = num(h?.max);
    return lo !== null && hi !== null && lo > 0 && hi > 0 && lo <= 168 && hi <= 168 && lo <= hi;
  },
  percent: (v) => num(v) !== null && (v as number) > 0 && (v as number) <= 100,
  salary: (v) => {
    const s = v as { amount?: unknown; currency?: unknown; period?: unknown; text?: unknown };
    return (
      !!s &&
      (s.amount === null || (num(s.amount) !== null && (s.amount as number) >= 0)) &&
      (s.currency === null || (typeof s.currency === 'string' && /^[A-Z]{3}$/.test(s.currency))) &&
      (s.period === null || s.period === 'month' || s.period === 'year' || s.period === 'hour') &&
      str(s.text, 500) !== null
    );
  },
};

/** The entries of a list kind that the schema accepts (the others are dropped, the list stays). */
const LISTS: Record<ListKind, (v: unknown, s: FieldSpec) => unknown[]> = {
  list: (v, s) => entries(v, (x) => str(x, maxLength(s)) !== null),
  days: (v) => entries(v, day),
  contacts: (v) =>
    entries(v, (x) => {
      const c = x as { name?: unknown };
      return !!c && typeof c.name === 'string' && c.name.trim().length >= 1 && c.name.length <= 200;
    }).map((x) => {
      const c = x as { name: string; role?: unknown; phone?: unknown; email?: unknown };
      return { name: c.name, role: str(c.role, 200), phone: str(c.phone, 40), email: str(c.email, 254) };
    }),
};

/** Returns a draft that satisfies the schema: every field that breaks it is emptied. */
export function sanitizeDraft(d: Draft): Draft {
  const out = emptyDraft();
  const record = out as unknown as Record<FactField, unknown>;
  const dropped = new Set<string>();
  out.isJobAd = d.isJobAd === true;
  const c = num(d.confidence);
  out.confidence = c === null ? 0 : Math.min(1, Math.max(0, c));
  for (const [f, spec] of Object.entries(FIELDS) as [FactField, FieldSpec][]) {
    const v: unknown = d[f];
    if (isListKind(spec.kind)) record[f] = LISTS[spec.kind](v, spec);
    else if (v === null || SCALARS[spec.kind](v, spec)) record[f] = v;
    else dropped.add(f);
  }
  for (const [k, v] of Object.entries(d.evidence ?? {})) {
    if (dropped.has(k) || typeof v !== 'string') continue;
    out.evidence[k] = v.length > 1000 ? v.slice(0, 999) + '…' : v;
  }
  for (const [k, v] of Object.entries(d.sources ?? {})) if (!dropped.has(k) && SOURCES.has(v)) out.sources![k] = v;
  out.inferred = (d.inferred ?? []).filter((k) => typeof k === 'string' && !dropped.has(k));
  return out;
}
