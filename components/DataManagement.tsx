import { useRef, useState } from 'preact/hooks';
import { STATUS_KEYS } from '@/components/tracker/labels';
import { translate, type MessageKey, type Translate, type UiLang } from '@/lib/i18n';
import { backupFileProblem, MAX_BACKUP_BYTES, type Backup, type BackupProblem, type BackupRecordRef } from '@/lib/export/backup';
import { applicationsCsv, applicationsLog, localDay } from '@/lib/export/applications-log';
import { POSTING_COLUMNS, postingsCsv, VISIBLE_COLUMNS, type CsvSeparator, type PostingColumn } from '@/lib/export/csv';
import { calendarIcs } from '@/lib/export/ics';
import { contactsVcf } from '@/lib/export/vcard';
import type { ImportResult, PostingWithHistory } from '@/lib/db/backup';
import type { ContactWithLog } from '@/lib/db/tracker';
import type { Settings } from '@/lib/tracker/settings';

/** What the data section reads and writes (lib/db in the extension; fakes in tests). */
/** Progress (0 to 1) and a cancel signal for a long export or import. */
export interface RunOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export interface DataSource {
  exportBackup: (opts?: RunOptions) => Promise<Backup>;
  importBackup: (text: string, opts?: RunOptions) => Promise<ImportResult>;
  readPostings: () => Promise<PostingWithHistory[]>;
  readContacts: () => Promise<ContactWithLog[]>;
  saveCsvSeparator: (separator: CsvSeparator) => Promise<unknown>;
}

export interface DataManagementProps {
  lang: UiLang;
  settings: Settings;
  /** The separator to offer first: the user's choice, else the locale's default. */
  csvSeparator: CsvSeparator;
  source: DataSource;
  /** Hands a file to the browser as a download. */
  download?: (name: string, content: string, type: string) => void;
  /** Today, for file names and the log's default period. */
  now?: () => Date;
  /** The user's time zone for calendar events. */
  timeZone?: string;
}

/** Downloads a file through a Blob and an <a download> link: no "downloads" permission needed. */
export function downloadFile(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const COLUMN_KEYS: Record<PostingColumn, MessageKey> = {
  title: 'fieldTitle',
  organization: 'fieldOrganization',
  deadline: 'fieldDeadline',
  status: 'trStatus',
  location: 'fieldLocation',
  url: 'fieldUrl',
  startDate: 'fieldStartDate',
  startText: 'fieldStartText',
  hoursPerWeek: 'csvHours',
  employmentPercent: 'fieldPercent',
  salary: 'fieldSalaryText',
  contacts: 'contactsHeading',
  emails: 'fieldEmails',
  phones: 'fieldPhones',
  applyUrl: 'fieldApplyUrl',
  interviewDates: 'csvInterviews',
  language: 'optLanguage',
  notes: 'fieldNotes',
  savedAt: 'csvSavedAt',
  updatedAt: 'csvUpdatedAt',
  id: 'csvId',
};

const RECORD_KEYS: Record<BackupRecordRef['table'], MessageKey> = {
  postings: 'impRecordPostings',
  snapshots: 'impRecordSnapshots',
  history: 'impRecordHistory',
  contactLog: 'impRecordContactLog',
};

function recordName(t: Translate, r: BackupRecordRef): string {
  const base = t(RECORD_KEYS[r.table], { n: r.index });
  return r.title ? t('impRecordTitled', { record: base, title: r.title }) : base;
}

/** The import problem as one sentence naming the record and field. */
export function problemMessage(t: Translate, p: BackupProblem): string {
  switch (p.kind) {
    case 'cancelled':
      return t('impCancelled');
    case 'tooLarge':
      return t('impTooLarge', { size: Math.ceil(p.chars / 2 ** 20), max: MAX_BACKUP_BYTES / 2 ** 20 });
    case 'empty':
      return t('impEmpty');
    case 'truncated':
      return t('impTruncated');
    case 'notJson':
      return t('impNotJson', { detail: p.detail });
    case 'foreign':
      return t('impForeign');
    case 'version':
      return t('impVersion', { version: p.version });
    case 'invalid':
      return p.record
        ? t('impInvalid', { record: recordName(t, p.record), field: p.field, detail: p.detail })
        : t('impInvalidFile', { field: p.field, detail: p.detail });
    case 'duplicate':
      return t('impDuplicate', { record: recordName(t, p.record), field: p.field, other: p.other });
    case 'reference':
      return t('impReference', { record: recordName(t, p.record) });
  }
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

const CSV_TYPE = 'text/csv;charset=utf-8';
/** A backup export or import shows its progress and a Cancel button once it has taken this long. */
const PROGRESS_AFTER_MS = 1000;

/** The options page's data section: CSV, backup and restore, calendar, contacts, applications log. */
export function DataManagement({
  lang,
  settings,
  csvSeparator,
  source,
  download = downloadFile,
  now = () => new Date(),
  timeZone,
}: DataManagementProps) {
  const t = translate(lang);
  const today = localDay(now().toISOString());
  const monthAgo = localDay(new Date(now().getTime() - 30 * 86_400_000).toISOString());
  const [columns, setColumns] = useState<'visible' | 'all'>('visible');
  const [separator, setSeparator] = useState<CsvSeparator>(csvSeparator);
  const [from, setFrom] = useState(monthAgo);
  const [to, setTo] = useState(today);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [progress, setProgress] = useState<{ kind: 'import' | 'export'; fraction: number; shown: boolean } | null>(null);
  const controller = useRef<AbortController | null>(null);

  /** Runs a long export or import with a progress bar and Cancel, shown once it has taken a second. */
  async function withProgress<T>(
    kind: 'import' | 'export',
    task: (opts: RunOptions) => Promise<T>,
  ): Promise<{ value: T | null; cancelled: boolean }> {
    const c = new AbortController();
    controller.current = c;
    setProgress({ kind, fraction: 0, shown: false });
    const timer = setTimeout(() => setProgress((p) => p && { ...p, shown: true }), PROGRESS_AFTER_MS);
    try {
      const value = await task({ signal: c.signal, onProgress: (fraction) => setProgress((p) => p && { ...p, fraction }) });
      return { value: c.signal.aborted ? null : value, cancelled: c.signal.aborted };
    } catch (e) {
      if (c.signal.aborted) return { value: null, cancelled: true };
      throw e;
    } finally {
      clearTimeout(timer);
      setProgress(null);
      controller.current = null;
    }
  }
  const statusName = (s: keyof typeof STATUS_KEYS) => t(STATUS_KEYS[s]);

  async function run(task: () => Promise<Message>) {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await task());
    } catch (e) {
      setMessage({ kind: 'error', text: t('dataFailed', { error: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  }

  function give(name: string, content: string, type: string): Message {
    download(name, content, type);
    return { kind: 'ok', text: t('dataExported', { file: name }) };
  }

  const exportCsv = () =>
    run(async () => {
      const items = await source.readPostings();
      if (items.length === 0) return { kind: 'error', text: t('dataNothing') };
      const csv = postingsCsv(
        items.map((i) => i.posting),
        { columns: columns === 'all' ? POSTING_COLUMNS : VISIBLE_COLUMNS, separator, header: (c) => t(COLUMN_KEYS[c]), status: statusName },
      );
      return give(`frist-postings-${today}.csv`, csv, CSV_TYPE);
    });

  const exportJson = () =>
    run(async () => {
      const { value: backup, cancelled } = await withProgress('export', (opts) => source.exportBackup(opts));
      if (cancelled || !backup) return { kind: 'ok', text: t('expCancelled') };
      return give(`frist-backup-${today}.json`, JSON.stringify(backup, null, 1), 'application/json');
    });

  const exportIcs = () =>
    run(async () => {
      const postings = (await source.readPostings()).map((i) => i.posting).filter((p) => p.deadline || p.interviewDates.length);
      if (postings.length === 0) return { kind: 'error', text: t('dataNothing') };
      const ics = calendarIcs(postings, {
        now: now(),
        timeZone: timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
        leadTimes: settings.reminderLeadTimes,
        deadlineSummary: (p) => t('icsDeadline', { title: p.organization ? `${p.title} – ${p.organization}` : p.title }),
        interviewSummary: (p) => t('icsInterview', { title: p.organization ? `${p.title} – ${p.organization}` : p.title }),
        calendarName: t('icsCalendarName'),
      });
      return give('frist-calendar.ics', ics, 'text/calendar;charset=utf-8');
    });

  const exportVcf = () =>
    run(async () => {
      const contacts = await source.readContacts();
      if (contacts.length === 0) return { kind: 'error', text: t('dataNothing') };
      const vcf = contactsVcf(contacts, {
        note: (g) =>
          t('vcfNote', { postings: g.postings.map((p) => (p.organization ? `${p.title} (${p.organization})` : p.title)).join('; ') }),
      });
      return give('frist-contacts.vcf', vcf, 'text/vcard;charset=utf-8');
    });

  const badRange = !from || !to || from > to;

  const exportLog = () =>
    run(async () => {
      if (badRange) return { kind: 'error', text: t('dataLogBadRange') };
      const rows = applicationsLog(await source.readPostings(), from, to);
      if (rows.length === 0) return { kind: 'error', text: t('logNone') };
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
          statusName,
        },
        separator,
      );
      return give(`frist-applications-${from}-${to}.csv`, csv, CSV_TYPE);
    });

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    await run(async () => {
      // A file too large is refused by its size, before it is read: the page never holds its text.
      const tooLarge = backupFileProblem(file);
      if (tooLarge) return { kind: 'error', text: problemMessage(t, tooLarge) };
      let text: string;
      try {
        text = await file.text();
      } catch {
        return { kind: 'error', text: t('impReadFailed') };
      }
      const { value: r, cancelled } = await withProgress('import', (opts) => source.importBackup(text, opts));
      if (cancelled || !r || (!r.ok && r.problem.kind === 'cancelled')) return { kind: 'ok', text: t('impCancelled') };
      if (!r.ok) return { kind: 'error', text: problemMessage(t, r.problem) };
      const { added, updated, unchanged, conflicts } = r.counts;
      return { kind: 'ok', text: t('dataImported', { added, updated, unchanged, conflicts }) };
    });
    input.value = '';
  }

  function chooseSeparator(value: CsvSeparator) {
    setSeparator(value);
    void source.saveCsvSeparator(value);
  }

  return (
    <section class="data" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p class="hint">{t('dataHint')}</p>
      {progress?.shown ? (
        <div class="progress" role="status" aria-live="polite">
          <label for="data-progress">
            {t(progress.kind === 'import' ? 'dataProgressImport' : 'dataProgressExport', { pct: Math.round(progress.fraction * 100) })}
          </label>{' '}
          <progress id="data-progress" max={1} value={progress.fraction} />{' '}
          <button type="button" class="secondary" onClick={() => controller.current?.abort()}>
            {t('cancel')}
          </button>
        </div>
      ) : null}

      <h3>{t('dataCsvHeading')}</h3>
      <div class="data-row">
        <label for="data-columns">{t('dataCsvColumns')}</label>
        <select id="data-columns" value={columns} onChange={(e) => setColumns(e.currentTarget.value as 'visible' | 'all')}>
          <option value="visible">{t('dataCsvVisible')}</option>
          <option value="all">{t('dataCsvAll')}</option>
        </select>
        <label for="data-separator">{t('dataCsvSeparator')}</label>
        <select id="data-separator" value={separator} onChange={(e) => chooseSeparator(e.currentTarget.value as CsvSeparator)}>
          <option value=";">{t('dataSepSemicolon')}</option>
          <option value=",">{t('dataSepComma')}</option>
          <option value={'\t'}>{t('dataSepTab')}</option>
        </select>
        <button type="button" class="secondary" disabled={busy} onClick={() => void exportCsv()}>
          {t('dataCsvExport')}
        </button>
      </div>

      <h3>{t('dataBackupHeading')}</h3>
      <p class="hint">{t('dataBackupHint')}</p>
      <div class="data-row">
        <button type="button" class="secondary" disabled={busy} onClick={() => void exportJson()}>
          {t('dataBackupExport')}
        </button>
        <label for="data-import">{t('dataImport')}</label>
        <input
          id="data-import"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </div>
      <p class="hint">{t('dataImportHint')}</p>

      <h3>{t('dataCalendarHeading')}</h3>
      <p class="hint">{t('dataCalendarHint')}</p>
      <div class="data-row">
        <button type="button" class="secondary" disabled={busy} onClick={() => void exportIcs()}>
          {t('dataCalendarExport')}
        </button>
      </div>

      <h3>{t('dataContactsHeading')}</h3>
      <div class="data-row">
        <button type="button" class="secondary" disabled={busy} onClick={() => void exportVcf()}>
          {t('dataContactsExport')}
        </button>
      </div>

      <h3>{t('dataLogHeading')}</h3>
      <p class="hint">{t('dataLogHint')}</p>
      <div class="data-row">
        <label for="data-from">{t('dataLogFrom')}</label>
        <input id="data-from" type="date" value={from} aria-invalid={badRange} onInput={(e) => setFrom(e.currentTarget.value)} />
        <label for="data-to">{t('dataLogTo')}</label>
        <input id="data-to" type="date" value={to} aria-invalid={badRange} onInput={(e) => setTo(e.currentTarget.value)} />
        <button type="button" class="secondary" disabled={busy} onClick={() => void exportLog()}>
          {t('dataLogCsv')}
        </button>
        {badRange ? null : (
          <a
            class="button-link"
            href={`applications-log.html?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`}
            target="_blank"
            rel="noopener"
          >
            {t('dataLogPrint')}
          </a>
        )}
      </div>

      <p role="status" aria-live="polite" class="status">
        {message?.kind === 'ok' ? message.text : null}
      </p>
      {message?.kind === 'error' ? (
        <p role="alert" class="error">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
