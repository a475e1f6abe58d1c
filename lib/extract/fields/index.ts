/**
 * The text parsers of the draft's fact fields. The pipeline (../index.ts) builds one TextContext
 * per ad and merges these values below structured data (JSON-LD, microdata, meta).
 */
import type { DraftField, Contact, HoursRange, Salary } from '../../schema/draft';
import type { Found } from '../types';
import type { TextContext } from './context';
import { parseContacts } from './contacts';
import { parseDeadline } from './deadline';
import { parseEmails } from './emails';
import { parseHours } from './hours';
import { parseInterviews } from './interview';
import { parsePercent } from './percent';
import { parsePhones } from './phones';
import { parseSalary } from './salary';
import { parseStart } from './start';

export { makeTextContext, normalizeText } from './context';
export type { TextContext, TextContextOptions, Block } from './context';

/** What parseTextFields returns; every key is optional (absent = not found). */
export interface TextFields {
  deadline?: Found<string>;
  startDate?: Found<string>;
  startText?: Found<string>;
  interviewDates?: Found<string[]>;
  hoursPerWeek?: Found<HoursRange>;
  employmentPercent?: Found<number>;
  salary?: Found<Salary>;
  emails?: Found<string[]>;
  phones?: Found<string[]>;
  contacts?: Found<Contact[]>;
}

/** The same, as the generic shape the pipeline merges. */
export type TextFieldMap = Partial<Record<DraftField, Found<unknown>>>;
const _shape: (t: TextFields) => TextFieldMap = (t) => t;
void _shape;

function safely<T>(f: () => T, fallback: T, strict = false): T {
  try {
    return f();
  } catch (e) {
    if (strict) throw e;
    return fallback;
  }
}

/**
 * Every text field of the draft that the ad states. Never throws: a parser that fails leaves its
 * field out. `ctx.anchors` (dates from structured data) and `ctx.observed` resolve yearless dates.
 * A known deadline from structured data may be passed to anchor start and interview dates.
 */
export function parseTextFields(ctx: TextContext, known: { deadline?: string | null } = {}): TextFields {
  const out: TextFields = {};
  const deadline = safely(() => parseDeadline(ctx), null, ctx.strict);
  if (deadline) out.deadline = deadline;
  const deadlineIso = deadline?.value ?? known.deadline ?? null;
  const start = safely(() => parseStart(ctx, deadlineIso), {}, ctx.strict);
  if (start.startDate) out.startDate = start.startDate;
  if (start.startText) out.startText = start.startText;
  const interviews = safely(() => parseInterviews(ctx, deadlineIso), null, ctx.strict);
  if (interviews) out.interviewDates = interviews;
  const hours = safely(() => parseHours(ctx), null, ctx.strict);
  if (hours) out.hoursPerWeek = hours;
  const percent = safely(() => parsePercent(ctx), null, ctx.strict);
  if (percent) out.employmentPercent = percent;
  const salary = safely(() => parseSalary(ctx), null, ctx.strict);
  if (salary) out.salary = salary;
  const emails = safely(() => parseEmails(ctx), null, ctx.strict);
  if (emails && emails.value.length > 0) out.emails = emails;
  const phones = safely(() => parsePhones(ctx), null, ctx.strict);
  if (phones && phones.value.length > 0) out.phones = phones;
  const contacts = safely(() => parseContacts(ctx), null, ctx.strict);
  if (contacts && contacts.value.length > 0) out.contacts = contacts;
  return out;
}
