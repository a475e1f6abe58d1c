// The posting form's model, one for the review before saving and for the saved posting's detail:
// every fact of the field table (../schema/fields.ts) as the text its inputs hold, and back. One
// reader and one writer per kind of value, so a new fact of a known kind needs no code here.
import type { Contact, Salary } from '../schema/draft';
import { FACT_FIELDS, FIELDS, type FactField, type FieldKind, type FieldSpec } from '../schema/fields';

/** A contact as the form edits it: every part a string. */
export interface ContactValues {
  name: string;
  role: string;
  phone: string;
  email: string;
}
export const CONTACT_PARTS = ['name', 'role', 'phone', 'email'] as const;

export interface SalaryValues {
  amount: string;
  currency: string;
  period: '' | NonNullable<Salary['period']>;
  text: string;
}

/** What the inputs of each kind hold. */
export type InputOf<K extends FieldKind> = K extends 'dayTime'
  ? { date: string; time: string }
  : K extends 'hours'
    ? { min: string; max: string }
    : K extends 'salary'
      ? SalaryValues
      : K extends 'contacts'
        ? ContactValues[]
        : K extends 'days'
          ? string[]
          : string;

/** The form's values: each fact as its inputs hold it, the ad's address and the notes. */
export type FormValues = { [F in FactField]: InputOf<(typeof FIELDS)[F]['kind']> } & { url: string; notes: string };

/** The facts a form describes, as a posting stores them. */
export type FormFacts = { [F in FactField]: unknown };

/** A problem found before any schema sees the form: a number that is not one. */
export type LocalError = 'number';

/** "25.858", "25 858", "40 800,50", "37,5", "32,000.50" as a number; NaN when it is not one, null when empty. */
export function parseNumber(s: string): number | null {
  const t = s.trim().replace(/\s/g, '');
  if (t === '') return null;
  let n: string;
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) n = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) n = t.replace(/,/g, '');
  else n = t.replace(',', '.');
  return /^\d{1,12}(?:\.\d{1,6})?$/.test(n) ? Number(n) : Number.NaN;
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());
const list = (s: string): string[] =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Reads a kind's inputs; `bad(part)` marks an input that holds no number where one is needed. */
type Reader = (input: unknown, spec: FieldSpec, bad: (part: string) => void) => unknown;
interface Codec {
  /** The inputs' text for a stored value. */
  show: (v: unknown) => unknown;
  read: Reader;
}

const number = (s: string, part: string, bad: (part: string) => void): number | null => {
  const n = parseNumber(s);
  if (Number.isNaN(n)) {
    bad(part);
    return null;
  }
  return n;
};

const TEXT: Codec = { show: str, read: (v) => orNull(v as string) };

const KINDS: Record<FieldKind, Codec> = {
  text: TEXT,
  language: TEXT,
  link: TEXT,
  day: TEXT,
  dayTime: {
    show: (v) => {
      const [date = '', time = ''] = str(v).split('T');
      return { date, time };
    },
    read: (v) => {
      const { date, time } = v as { date: string; time: string };
      const d = date.trim();
      const t = time.trim().slice(0, 5);
      return d ? (t ? `${d}T${t}` : d) : null;
    },
  },
  hours: {
    show: (v) => {
      const h = v as { min: number; max: number } | null;
      return { min: h ? String(h.min) : '', max: h ? String(h.max) : '' };
    },
    read: (v, _s, bad) => {
      const h = v as { min: string; max: string };
      const min = number(h.min, '', bad);
      const max = number(h.max, 'max', bad);
      return min === null && max === null ? null : { min: min ?? max, max: max ?? min };
    },
  },
  percent: { show: str, read: (v, _s, bad) => number(v as string, '', bad) },
  salary: {
    show: (v) => {
      const s = v as Salary | null;
      return { amount: str(s?.amount), currency: str(s?.currency), period: s?.period ?? '', text: str(s?.text) };
    },
    read: (v, _s, bad) => {
      const s = v as SalaryValues;
      const amount = number(s.amount, '', bad);
      if (amount === null && !s.text.trim() && !s.currency.trim() && !s.period) return null;
      const text = s.text.trim() || (amount !== null ? String(amount) : '');
      return { amount, currency: orNull(s.currency.toUpperCase()), period: s.period || null, text };
    },
  },
  list: {
    show: (v) => ((v as string[] | null) ?? []).join(', '),
    read: (v, spec) => list(v as string).map((x) => (spec.lowerCase ? x.toLowerCase() : x)),
  },
  days: {
    show: (v) => [...((v as string[] | null) ?? [])],
    read: (v) => [...new Set((v as string[]).map((d) => d.trim()).filter(Boolean))].sort(),
  },
  contacts: {
    show: (v) =>
      ((v as Contact[] | null) ?? []).map((c) => ({ name: c.name, role: str(c.role), phone: str(c.phone), email: str(c.email) })),
    read: (v) =>
      (v as ContactValues[]).filter(keptContact).map((c) => ({
        name: c.name.trim(),
        role: orNull(c.role),
        phone: orNull(c.phone),
        email: orNull(c.email.toLowerCase()),
      })),
  },
};

/** A contact row the form keeps: one with anything written in it. */
const keptContact = (c: ContactValues): boolean => CONTACT_PARTS.some((k) => c[k].trim() !== '');

/** The form's values for a posting (saved, or a draft to review). */
export function valuesOf(p: Partial<Record<FactField, unknown>> & { url?: string; notes?: string }): FormValues {
  const out: Record<string, unknown> = { url: p.url ?? '', notes: p.notes ?? '' };
  for (const f of FACT_FIELDS) out[f] = KINDS[FIELDS[f].kind].show(p[f] ?? null);
  return out as FormValues;
}

/**
 * The facts the values describe, with the ad's address and the notes, and the inputs that hold
 * no number where one is needed (keyed as errors are: "hoursPerWeek", "hoursPerWeek.max", "salary").
 */
export function readValues(v: FormValues): { facts: FormFacts; url: string; notes: string; errors: Record<string, LocalError> } {
  const errors: Record<string, LocalError> = {};
  const facts = {} as FormFacts;
  for (const f of FACT_FIELDS) {
    const spec: FieldSpec = FIELDS[f];
    facts[f] = KINDS[spec.kind].read(v[f], spec, (part) => (errors[part ? `${f}.${part}` : f] = 'number'));
  }
  return { facts, url: v.url.trim(), notes: v.notes, errors };
}

/** For each contact the form keeps, its row in the form (issues name kept contacts by index). */
export function keptContactRows(v: FormValues): number[] {
  const out: number[] = [];
  v.contacts.forEach((c, i) => {
    if (keptContact(c)) out.push(i);
  });
  return out;
}

/**
 * The form input a validation issue belongs to, by the kind of its fact: "deadline" and
 * "salary.amount" to the main input ("deadline", "salary"), "salary.currency" and
 * "hoursPerWeek.max" stay, "emails.2" to "emails", "contacts.0.name" to the contact's row; null
 * for what no input shows.
 */
export function inputOfIssue(path: readonly PropertyKey[], contactRows: readonly number[] = []): string | null {
  const [head, second, third] = path.map(String);
  if (head === 'url' || head === 'notes') return head;
  // Not an input of the form (evidence, sources: the extractor's).
  if (head === undefined || !(head in FIELDS)) return null;
  switch (FIELDS[head as FactField].kind) {
    case 'salary':
      return second && second !== 'amount' ? `${head}.${second}` : head;
    case 'contacts': {
      const i = Number(second);
      if (!Number.isInteger(i) || !third) return head;
      return `${head}.${contactRows[i] ?? i}.${third}`;
    }
    case 'days':
      return second === undefined ? head : `${head}.${second}`;
    default:
      return head;
  }
}
