import type { Draft } from '../schema/draft';
import type { PostingInput } from '../schema/posting';
import { postingSchemas } from '../schema/load';
import { FACT_FIELDS, sameValue } from '../schema/facts';

/** A contact as the review form edits it: every part a string. */
export interface ContactValues {
  name: string;
  role: string;
  phone: string;
  email: string;
}

/** The review form's values: what the user sees and corrects, all as text. */
export interface ReviewValues {
  title: string;
  organization: string;
  location: string;
  deadlineDate: string;
  deadlineTime: string;
  startDate: string;
  startText: string;
  hoursMin: string;
  hoursMax: string;
  employmentPercent: string;
  salaryAmount: string;
  salaryCurrency: string;
  salaryPeriod: '' | 'month' | 'year' | 'hour';
  salaryText: string;
  emails: string;
  phones: string;
  applyUrl: string;
  /** The ad's address (editable: pasted text has only the address the user gives it). */
  url: string;
  notes: string;
  contacts: ContactValues[];
  /** Interview days, YYYY-MM-DD (a date input each). */
  interviewDates: string[];
}

/** What the review starts from, besides the values: where each came from and what was guessed. */
export interface ReviewContext {
  snapshot: string;
  language: string | null;
  evidence: Record<string, string>;
  inferred: string[];
  sources: Draft['sources'];
  /** The values as the extractor found them: a fact the user changed from these is theirs (source "user"). */
  initial?: ReviewValues;
}

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function valuesFromInput(p: PostingInput): ReviewValues {
  const [date = '', time = ''] = (p.deadline ?? '').split('T');
  return {
    title: p.title ?? '',
    organization: str(p.organization),
    location: str(p.location),
    deadlineDate: date,
    deadlineTime: time,
    startDate: str(p.startDate),
    startText: str(p.startText),
    hoursMin: str(p.hoursPerWeek?.min),
    hoursMax: str(p.hoursPerWeek?.max),
    employmentPercent: str(p.employmentPercent),
    salaryAmount: str(p.salary?.amount),
    salaryCurrency: str(p.salary?.currency),
    salaryPeriod: p.salary?.period ?? '',
    salaryText: str(p.salary?.text),
    emails: (p.emails ?? []).join(', '),
    phones: (p.phones ?? []).join(', '),
    applyUrl: str(p.applyUrl),
    url: p.url,
    notes: p.notes ?? '',
    contacts: (p.contacts ?? []).map((c) => ({ name: c.name, role: str(c.role), phone: str(c.phone), email: str(c.email) })),
    interviewDates: [...(p.interviewDates ?? [])],
  };
}

export function contextFromInput(p: PostingInput): ReviewContext {
  return {
    snapshot: p.snapshot ?? '',
    language: p.language ?? null,
    evidence: p.evidence ?? {},
    inferred: p.inferred ?? [],
    sources: p.sources ?? {},
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
/** "25.858" / "25 858" / "40 800,50" / "37,5" as a number; NaN when it is not one. */
export function parseNumber(s: string): number | null {
  const t = s.trim().replace(/\s/g, '');
  if (t === '') return null;
  let n: string;
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) n = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) n = t.replace(/,/g, '');
  else n = t.replace(',', '.');
  return /^\d+(?:\.\d+)?$/.test(n) ? Number(n) : Number.NaN;
}
const list = (s: string) =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** The posting the values describe (not yet validated); a fact changed from what the extractor
 *  found is marked as the user's (source "user", no longer inferred). */
export function inputFromValues(v: ReviewValues, ctx: ReviewContext): PostingInput {
  const input = rawInput(v, ctx);
  if (!ctx.initial) return input;
  const found = rawInput(ctx.initial, ctx);
  const edited = FACT_FIELDS.filter((f) => !sameValue(input[f], found[f]));
  if (edited.length === 0) return input;
  const sources = { ...(input.sources ?? {}) };
  for (const f of edited) sources[f] = 'user';
  return { ...input, sources, inferred: (input.inferred ?? []).filter((f) => !(edited as string[]).includes(f)) };
}

function rawInput(v: ReviewValues, ctx: ReviewContext): PostingInput {
  const hoursMin = parseNumber(v.hoursMin);
  const hoursMax = parseNumber(v.hoursMax) ?? hoursMin;
  const amount = parseNumber(v.salaryAmount);
  const hasSalary = amount !== null || v.salaryText.trim() !== '' || v.salaryCurrency.trim() !== '';
  const deadline = v.deadlineDate.trim()
    ? v.deadlineTime.trim()
      ? `${v.deadlineDate.trim()}T${v.deadlineTime.trim()}`
      : v.deadlineDate.trim()
    : null;
  // A field the user changed is no longer the extractor's guess.
  return {
    title: v.title.trim(),
    organization: orNull(v.organization),
    location: orNull(v.location),
    deadline,
    startDate: orNull(v.startDate),
    startText: orNull(v.startText),
    hoursPerWeek: hoursMin === null ? null : { min: hoursMin, max: hoursMax ?? hoursMin },
    employmentPercent: parseNumber(v.employmentPercent),
    salary: hasSalary
      ? {
          amount,
          currency: orNull(v.salaryCurrency.toUpperCase()),
          period: v.salaryPeriod || null,
          text: v.salaryText.trim() || (amount !== null ? String(amount) : ''),
        }
      : null,
    emails: list(v.emails).map((e) => e.toLowerCase()),
    phones: list(v.phones),
    contacts: v.contacts
      .filter((c) => c.name.trim() || c.phone.trim() || c.email.trim())
      .map((c) => ({ name: c.name.trim(), role: orNull(c.role), phone: orNull(c.phone), email: orNull(c.email.toLowerCase()) })),
    applyUrl: orNull(v.applyUrl),
    notes: v.notes,
    url: v.url.trim(),
    snapshot: ctx.snapshot,
    language: ctx.language,
    interviewDates: [...new Set(v.interviewDates.map((d) => d.trim()).filter(Boolean))].sort(),
    evidence: ctx.evidence,
    inferred: ctx.inferred,
    sources: ctx.sources,
  };
}

/** Maps a schema path to the form field that shows its error. */
function fieldOf(path: PropertyKey[]): string {
  const [head, second, third] = path.map(String);
  switch (head) {
    case 'deadline':
      return 'deadlineDate';
    case 'hoursPerWeek':
      return 'hoursMin';
    case 'salary':
      return second === 'currency' ? 'salaryCurrency' : second === 'text' ? 'salaryText' : 'salaryAmount';
    case 'contacts':
      return `contacts.${second ?? 0}.${third ?? 'name'}`;
    case 'interviewDates':
      return `interviewDates.${second ?? 0}`;
    default:
      return head ?? 'form';
  }
}

export type ReviewResult = { ok: true; input: PostingInput } | { ok: false; errors: Record<string, string> };

/** Validates the form: the posting, or one message per field that is wrong. Nothing is saved here. */
export async function validateReview(v: ReviewValues, ctx: ReviewContext): Promise<ReviewResult> {
  const { postingInputSchema } = await postingSchemas();
  const input = inputFromValues(v, ctx);
  const errors: Record<string, string> = {};
  const numeric: [keyof ReviewValues, string][] = [
    ['hoursMin', v.hoursMin],
    ['hoursMax', v.hoursMax],
    ['employmentPercent', v.employmentPercent],
    ['salaryAmount', v.salaryAmount],
  ];
  for (const [k, raw] of numeric) if (Number.isNaN(parseNumber(raw))) errors[k] = 'not a number';
  if (v.deadlineTime.trim() && !v.deadlineDate.trim()) errors.deadlineDate = 'a time needs a date';
  const parsed = postingInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = fieldOf(issue.path);
      errors[key] ??= issue.message;
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, input };
}
