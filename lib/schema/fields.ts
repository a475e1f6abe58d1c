// Each fact of a posting, declared once: its kind of value, how the extractor chooses it among its
// sources, its name in the UI and whether the CSV export has a column for it. Everything else is
// derived from this table: the draft's zod schema and its zod-free check (./draft.ts,
// lib/extract/validate.ts), the empty draft (./empty-draft.ts), the extractor's merge
// (lib/extract/merge.ts), the posting form's inputs and parsers (lib/form), the CSV columns
// (lib/export/csv.ts) and the facts a user can own (./facts.ts). No zod here: the extractor's
// bundle imports this file.
import type { MessageKey } from '../i18n/en';

/** The kinds of value a fact holds; each has one schema, one check, one form input and one CSV cell. */
export type FieldKind =
  /** A line of text, at most `max` characters; null when absent. */
  | 'text'
  /** A language code ("da"). */
  | 'language'
  /** A calendar day, YYYY-MM-DD. */
  | 'day'
  /** A day with an optional time of day, YYYY-MM-DD or YYYY-MM-DDTHH:mm. */
  | 'dayTime'
  /** Hours a week, from and to. */
  | 'hours'
  /** A share of full time, 0 < p ≤ 100. */
  | 'percent'
  /** Pay: amount, currency, period, and the words of the ad. */
  | 'salary'
  /** A list of short texts, each at most `max` characters. */
  | 'list'
  /** Contact people: name, role, phone, e-mail. */
  | 'contacts'
  /** A list of calendar days. */
  | 'days'
  /** A web address (or mailto) to apply at. */
  | 'link';

/** Labels of the inputs a kind shows beside its main one (a deadline's time of day, hours' upper bound). */
export type PartLabels = Partial<Record<'time' | 'max' | 'currency' | 'period' | 'text', MessageKey>>;

export interface FieldSpec {
  kind: FieldKind;
  /** Most characters of a text, or of each entry of a list. */
  max?: number;
  /** A list whose entries are compared and stored in lower case (e-mail addresses). */
  lowerCase?: boolean;
  /**
   * How the extractor chooses among the page's structured data (JSON-LD, microdata) and its text:
   * `structured` or `text` first, the other as fallback; `own` for a stage of its own in
   * lib/extract/merge.ts (title, place and organisation inform each other; the deadline's time of
   * day refines a structured date). A site adapter's value wins over all of them.
   */
  merge: 'structured' | 'text' | 'own';
  /** A list the site adapter's entries join (its own first) instead of replacing. */
  joinSite?: boolean;
  /** The fact's name in the UI: the CSV header, the re-save comparison, its main input's label. */
  label: MessageKey;
  /** The main input's label where it is not the fact's name ("Hours per week (from)"). */
  input?: MessageKey;
  /** The labels of its other inputs. */
  parts?: PartLabels;
  /** A column in the CSV export. */
  csv: boolean;
}

export const FIELDS = {
  title: { kind: 'text', max: 300, merge: 'own', label: 'fieldTitle', csv: true },
  organization: { kind: 'text', max: 300, merge: 'own', label: 'fieldOrganization', csv: true },
  location: { kind: 'text', max: 300, merge: 'own', label: 'fieldLocation', csv: true },
  deadline: { kind: 'dayTime', merge: 'own', label: 'fieldDeadline', parts: { time: 'fieldDeadlineTime' }, csv: true },
  startDate: { kind: 'day', merge: 'structured', label: 'fieldStartDate', csv: true },
  startText: { kind: 'text', max: 200, merge: 'text', label: 'fieldStartText', csv: true },
  hoursPerWeek: { kind: 'hours', merge: 'text', label: 'fieldHours', input: 'fieldHoursMin', parts: { max: 'fieldHoursMax' }, csv: true },
  employmentPercent: { kind: 'percent', merge: 'text', label: 'fieldPercent', csv: true },
  salary: {
    kind: 'salary',
    merge: 'structured',
    label: 'fieldSalaryAmount',
    parts: { currency: 'fieldSalaryCurrency', period: 'fieldSalaryPeriod', text: 'fieldSalaryText' },
    csv: true,
  },
  contacts: { kind: 'contacts', merge: 'text', label: 'contactsHeading', csv: true },
  emails: { kind: 'list', max: 254, lowerCase: true, merge: 'text', joinSite: true, label: 'fieldEmails', csv: true },
  phones: { kind: 'list', max: 40, merge: 'text', joinSite: true, label: 'fieldPhones', csv: true },
  applyUrl: { kind: 'link', max: 2048, merge: 'own', label: 'fieldApplyUrl', csv: true },
  interviewDates: { kind: 'days', merge: 'text', label: 'trInterviewDates', csv: true },
  language: { kind: 'language', max: 8, merge: 'own', label: 'optLanguage', input: 'trLanguage', csv: true },
} as const satisfies Record<string, FieldSpec>;

/** The facts of a posting: what the extractor finds and the user corrects. */
export type FactField = keyof typeof FIELDS;
export const FACT_FIELDS = Object.keys(FIELDS) as FactField[];

/** The spec of a field, with the optional properties every spec may have. */
export const fieldSpec = (f: FactField): FieldSpec => FIELDS[f];

/** Kinds whose value is a list (empty when absent); the others are null when absent. */
export type ListKind = Extract<FieldKind, 'list' | 'contacts' | 'days'>;
const LIST_KINDS: ReadonlySet<FieldKind> = new Set<ListKind>(['list', 'contacts', 'days']);
export const isListKind = (k: FieldKind): k is ListKind => LIST_KINDS.has(k);

/** Most characters of a text, or of each entry of a list, of the field (300 where the table says none). */
export const maxLength = (s: FieldSpec): number => s.max ?? 300;

/** Where a value came from, best first. */
export const SOURCES = ['adapter', 'jsonld', 'microdata', 'meta', 'text', 'user'] as const;

/** A field's value when nothing was found. */
export function emptyValue(f: FactField): [] | null {
  return isListKind(FIELDS[f].kind) ? [] : null;
}

/** True when a value of the field holds nothing (null, or an empty list). */
export function isEmptyValue(v: unknown): boolean {
  return v === null || v === undefined || (Array.isArray(v) && v.length === 0);
}
