import type { Posting, Status } from '../schema/posting';
import { SUBMITTED_STATUSES } from '../schema/status';
import { toCsv, type CsvSeparator } from './csv';

/** One status change as the log shows it: the local day and the new status. */
export interface LogStep {
  day: string;
  status: Status;
}

/** One application of the log: what job centres and unemployment funds ask applicants to document. */
export interface ApplicationRow {
  posting: Posting;
  /** The local day the application went in (the first change to applied, interview or offer). */
  applied: string;
  steps: LogStep[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO moment as the user's local day, "2026-12-01". */
export function localDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The applications sent between two local days (both included), oldest first: every posting
 * whose status first became applied (or interview or offer, when "applied" was skipped) in the
 * range, with its whole status history.
 */
export function applicationsLog(
  items: readonly { posting: Posting; history: readonly { at: string; to: Status }[] }[],
  from: string,
  to: string,
): ApplicationRow[] {
  const rows: ApplicationRow[] = [];
  for (const { posting, history } of items) {
    const sorted = [...history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const first = sorted.find((h) => SUBMITTED_STATUSES.includes(h.to));
    if (!first) continue;
    const applied = localDay(first.at);
    if (applied < from || applied > to) continue;
    rows.push({ posting, applied, steps: sorted.map((h) => ({ day: localDay(h.at), status: h.to })) });
  }
  return rows.sort((a, b) => (a.applied < b.applied ? -1 : a.applied > b.applied ? 1 : a.posting.title.localeCompare(b.posting.title)));
}

export interface ApplicationsCsvLabels {
  applied: string;
  title: string;
  organization: string;
  location: string;
  deadline: string;
  status: string;
  history: string;
  url: string;
  statusName: (s: Status) => string;
}

/** The log as a CSV file (UTF-8 with BOM): one row per application, the history as "day status" lines in one cell. */
export function applicationsCsv(rows: readonly ApplicationRow[], labels: ApplicationsCsvLabels, separator: CsvSeparator): string {
  return toCsv(
    [labels.applied, labels.title, labels.organization, labels.location, labels.deadline, labels.status, labels.history, labels.url],
    rows.map((r) => [
      r.applied,
      r.posting.title,
      r.posting.organization ?? '',
      r.posting.location ?? '',
      r.posting.deadline?.replace('T', ' ') ?? '',
      labels.statusName(r.posting.status),
      r.steps.map((s) => `${s.day} ${labels.statusName(s.status)}`).join('\n'),
      r.posting.url,
    ]),
    separator,
  );
}
