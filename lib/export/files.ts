// The files the data section hands to the user, written in the UI's language: the postings as
// CSV, the calendar, the contacts and the applications log. Null when there is nothing to write.
import type { MessageKey, Translate } from '../i18n';
import type { Posting, Status } from '../schema/posting';
import { FACT_FIELDS, FIELDS, type FactField } from '../schema/fields';
import type { ContactWithLog } from '../db/contacts';
import type { PostingWithHistory } from '../db/state';
import type { LeadTime } from '../tracker/settings';
import { applicationsCsv, applicationsLog } from './applications-log';
import { POSTING_COLUMNS, postingsCsv, VISIBLE_COLUMNS, type CsvSeparator, type PostingColumn } from './csv';
import { calendarIcs } from './ics';
import { contactsVcf } from './vcard';

export interface FileOut {
  name: string;
  content: string;
  type: string;
}

export interface FileWords {
  t: Translate;
  /** A status's name in the UI's language. */
  statusName: (s: Status) => string;
}

const CSV_TYPE = 'text/csv;charset=utf-8';

/** Each column's header: a fact's name in the field table (../schema/fields.ts), or the record's own. */
export const COLUMN_KEYS: Record<PostingColumn, MessageKey> = {
  ...(Object.fromEntries(FACT_FIELDS.map((f) => [f, FIELDS[f].label])) as Record<FactField, MessageKey>),
  status: 'trStatus',
  url: 'fieldUrl',
  notes: 'fieldNotes',
  savedAt: 'csvSavedAt',
  updatedAt: 'csvUpdatedAt',
  id: 'csvId',
};

/** The saved postings as CSV (the columns shown in the list, or all). */
export function postingsFile(
  items: readonly PostingWithHistory[],
  o: FileWords & { columns: 'visible' | 'all'; separator: CsvSeparator; today: string },
): FileOut | null {
  if (items.length === 0) return null;
  const csv = postingsCsv(
    items.map((i) => i.posting),
    {
      columns: o.columns === 'all' ? POSTING_COLUMNS : VISIBLE_COLUMNS,
      separator: o.separator,
      header: (c) => o.t(COLUMN_KEYS[c]),
      status: o.statusName,
    },
  );
  return { name: `frist-postings-${o.today}.csv`, content: csv, type: CSV_TYPE };
}

/** Deadlines and interviews as calendar events with reminders. */
export function calendarFile(
  postings: readonly Posting[],
  o: { t: Translate; now: Date; timeZone: string; leadTimes: LeadTime[] },
): FileOut | null {
  const dated = postings.filter((p) => p.deadline || p.interviewDates.length);
  if (dated.length === 0) return null;
  const named = (p: Posting) => (p.organization ? `${p.title} – ${p.organization}` : p.title);
  const ics = calendarIcs(dated, {
    now: o.now,
    timeZone: o.timeZone,
    leadTimes: o.leadTimes,
    deadlineSummary: (p) => o.t('icsDeadline', { title: named(p) }),
    interviewSummary: (p) => o.t('icsInterview', { title: named(p) }),
    calendarName: o.t('icsCalendarName'),
  });
  return { name: 'frist-calendar.ics', content: ics, type: 'text/calendar;charset=utf-8' };
}

/** The contact people as vCards, each noting the postings they belong to. */
export function contactsFile(contacts: readonly ContactWithLog[], t: Translate): FileOut | null {
  if (contacts.length === 0) return null;
  const vcf = contactsVcf(contacts, {
    note: (g) =>
      t('vcfNote', { postings: g.postings.map((p) => (p.organization ? `${p.title} (${p.organization})` : p.title)).join('; ') }),
  });
  return { name: 'frist-contacts.vcf', content: vcf, type: 'text/vcard;charset=utf-8' };
}

/** The applications of a period, for a job centre or an unemployment fund. */
export function logFile(
  items: readonly PostingWithHistory[],
  from: string,
  to: string,
  o: FileWords & { separator: CsvSeparator },
): FileOut | null {
  const rows = applicationsLog(items, from, to);
  if (rows.length === 0) return null;
  const { t } = o;
  const csv = applicationsCsv(
    rows,
    {
      applied: t('logApplied'),
      title: t('fieldTitle'),
      organization: t('fieldOrganization'),
      location: t('fieldLocation'),
      deadline: t('fieldDeadline'),
      status: t('trStatus'),
      history: t('logHistory'),
      url: t('fieldUrl'),
      statusName: o.statusName,
    },
    o.separator,
  );
  return { name: `frist-applications-${from}-${to}.csv`, content: csv, type: CSV_TYPE };
}
