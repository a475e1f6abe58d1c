import type { Contact, Salary } from '../schema/draft';
import type { Posting } from '../schema/posting';

/** A posting as the detail form holds it: text in every input. */
export interface PostingForm {
  title: string;
  organization: string;
  location: string;
  deadlineDate: string;
  deadlineTime: string;
  startDate: string;
  startText: string;
  hoursMin: string;
  hoursMax: string;
  percent: string;
  salaryText: string;
  salaryAmount: string;
  salaryCurrency: string;
  salaryPeriod: '' | NonNullable<Salary['period']>;
  emails: string;
  phones: string;
  applyUrl: string;
  url: string;
  language: string;
  interviewDates: string;
  notes: string;
  contacts: ContactForm[];
}
export interface ContactForm {
  name: string;
  role: string;
  phone: string;
  email: string;
}

/** The form fields that show their own error message. */
export type FormField = Exclude<keyof PostingForm, 'contacts'> | `contacts.${number}.${keyof ContactForm}` | 'contacts';

/** What the posting's fields become when the form is saved. */
export type FormPatch = Pick<
  Posting,
  | 'title'
  | 'organization'
  | 'location'
  | 'deadline'
  | 'startDate'
  | 'startText'
  | 'hoursPerWeek'
  | 'employmentPercent'
  | 'salary'
  | 'emails'
  | 'phones'
  | 'applyUrl'
  | 'url'
  | 'language'
  | 'interviewDates'
  | 'notes'
  | 'contacts'
>;

/** A local problem found before the database sees the form: a number that is not one. */
export type LocalError = 'number';

const lines = (list: readonly string[]) => list.join('\n');

export function formFromPosting(p: Posting): PostingForm {
  const [date = '', time = ''] = (p.deadline ?? '').split('T');
  return {
    title: p.title,
    organization: p.organization ?? '',
    location: p.location ?? '',
    deadlineDate: date,
    deadlineTime: time,
    startDate: p.startDate ?? '',
    startText: p.startText ?? '',
    hoursMin: p.hoursPerWeek ? String(p.hoursPerWeek.min) : '',
    hoursMax: p.hoursPerWeek ? String(p.hoursPerWeek.max) : '',
    percent: p.employmentPercent === null ? '' : String(p.employmentPercent),
    salaryText: p.salary?.text ?? '',
    salaryAmount: p.salary?.amount == null ? '' : String(p.salary.amount),
    salaryCurrency: p.salary?.currency ?? '',
    salaryPeriod: p.salary?.period ?? '',
    emails: lines(p.emails),
    phones: lines(p.phones),
    applyUrl: p.applyUrl ?? '',
    url: p.url,
    language: p.language ?? '',
    interviewDates: lines(p.interviewDates),
    notes: p.notes,
    contacts: p.contacts.map((c) => ({ name: c.name, role: c.role ?? '', phone: c.phone ?? '', email: c.email ?? '' })),
  };
}

const orNull = (s: string): string | null => (s.trim() ? s.trim() : null);
const list = (s: string): string[] =>
  s
    .split(/[\n,;]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** A number as typed in Danish/Norwegian or English ("37,5", "37.5", "32 000"); NaN when it is not one. */
export function parseNumber(s: string): number {
  const t = s.trim().replace(/\s/g, '');
  if (!/^\d{1,12}(?:[.,]\d{1,4})?$/.test(t)) {
    // Thousands separators: "32.000" or "32,000,50" are read only in the plain form above.
    return Number.NaN;
  }
  return Number(t.replace(',', '.'));
}

/**
 * The form as a patch for updatePosting, plus the fields that are not numbers where a number is
 * needed. Empty optional inputs become null; rows of a contact left completely empty are dropped.
 */
export function patchFromForm(f: PostingForm): { patch: FormPatch; errors: Partial<Record<FormField, LocalError>> } {
  const errors: Partial<Record<FormField, LocalError>> = {};
  const num = (field: FormField, s: string): number | null => {
    if (!s.trim()) return null;
    const n = parseNumber(s);
    if (Number.isNaN(n)) {
      errors[field] = 'number';
      return null;
    }
    return n;
  };
  const min = num('hoursMin', f.hoursMin);
  const max = num('hoursMax', f.hoursMax);
  const hoursPerWeek = min === null && max === null ? null : { min: min ?? max ?? 0, max: max ?? min ?? 0 };
  const amount = num('salaryAmount', f.salaryAmount);
  const salaryEmpty = !f.salaryText.trim() && amount === null && !f.salaryCurrency.trim() && !f.salaryPeriod;
  const salary: Salary | null = salaryEmpty
    ? null
    : { amount, currency: orNull(f.salaryCurrency.toUpperCase()), period: f.salaryPeriod || null, text: f.salaryText.trim() };
  const contacts: Contact[] = f.contacts
    .filter((c) => c.name.trim() || c.role.trim() || c.phone.trim() || c.email.trim())
    .map((c) => ({ name: c.name.trim(), role: orNull(c.role), phone: orNull(c.phone), email: orNull(c.email) }));
  const date = f.deadlineDate.trim();
  const time = f.deadlineTime.trim();
  return {
    errors,
    patch: {
      title: f.title.trim(),
      organization: orNull(f.organization),
      location: orNull(f.location),
      deadline: date ? (time ? `${date}T${time.slice(0, 5)}` : date) : null,
      startDate: orNull(f.startDate),
      startText: orNull(f.startText),
      hoursPerWeek,
      employmentPercent: num('percent', f.percent),
      salary,
      emails: list(f.emails),
      phones: list(f.phones),
      applyUrl: orNull(f.applyUrl),
      url: f.url.trim(),
      language: orNull(f.language),
      interviewDates: list(f.interviewDates),
      notes: f.notes,
      contacts,
    },
  };
}

/**
 * The form field a validation issue belongs to ("hoursPerWeek" → "hoursMin", "salary.currency" →
 * "salaryCurrency", "deadline" → "deadlineDate", "emails.2" → "emails", "contacts.0.name" stays).
 * Contact indices refer to the contacts kept by patchFromForm; `contactRows` maps them back to form rows.
 */
export function fieldOfIssue(path: string, contactRows: readonly number[] = []): FormField | null {
  const [head, second, third] = path.split('.');
  switch (head) {
    case 'deadline':
      return 'deadlineDate';
    case 'hoursPerWeek':
      return 'hoursMin';
    case 'employmentPercent':
      return 'percent';
    case 'salary':
      return second === 'currency'
        ? 'salaryCurrency'
        : second === 'amount'
          ? 'salaryAmount'
          : second === 'period'
            ? 'salaryPeriod'
            : 'salaryText';
    case 'contacts': {
      const i = Number(second);
      if (!Number.isInteger(i) || !third) return 'contacts';
      const row = contactRows[i] ?? i;
      return `contacts.${row}.${third as keyof ContactForm}`;
    }
    case 'title':
    case 'organization':
    case 'location':
    case 'startDate':
    case 'startText':
    case 'emails':
    case 'phones':
    case 'applyUrl':
    case 'url':
    case 'language':
    case 'interviewDates':
    case 'notes':
      return head;
    default:
      return null;
  }
}

/** For each contact kept by patchFromForm, its row in the form. */
export function keptContactRows(f: PostingForm): number[] {
  const out: number[] = [];
  f.contacts.forEach((c, i) => {
    if (c.name.trim() || c.role.trim() || c.phone.trim() || c.email.trim()) out.push(i);
  });
  return out;
}
