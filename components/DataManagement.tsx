import { useState } from 'preact/hooks';
import { STATUS_KEYS } from '@/components/tracker/labels';
import { translate, type MessageKey, type Translate, type UiLang } from '@/lib/i18n';
import { backupFileProblem, MAX_BACKUP_BYTES, type Backup, type BackupProblem, type BackupRecordRef } from '@/lib/export/backup-format';
import { localDay } from '@/lib/export/applications-log';
import { type CsvSeparator } from '@/lib/export/csv';
import { calendarFile, contactsFile, logFile, postingsFile, type FileOut } from '@/lib/export/files';
import type { ImportResult, PostingWithHistory, RunOptions } from '@/lib/db/state';

import type { ContactWithLog } from '@/lib/db/contacts';
import type { Settings } from '@/lib/tracker/settings';
import { useLongTask } from '@/lib/export/long-task';
import { BackupSection, CalendarAndContacts, CsvSection, LogSection, Outcome, ProgressNotice, type Message } from './DataSections';

/** What the data section reads and writes (lib/db in the extension; fakes in tests). */

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

interface FileContext {
  t: Translate;
  source: DataSource;
  settings: Settings;
  now: () => Date;
  timeZone: string | undefined;
  download: (name: string, content: string, type: string) => void;
  long: ReturnType<typeof useLongTask>;
  today: string;
}

/** Each file the section writes, handed to the browser, as the sentence that says so. */
function fileActions(c: FileContext) {
  const { t, source } = c;
  const give = (name: string, content: string, type: string): Message => {
    c.download(name, content, type);
    return { kind: 'ok', text: t('dataExported', { file: name }) };
  };
  /** Hands a built file over, or says there was nothing to write. */
  const hand = (file: FileOut | null, none: MessageKey = 'dataNothing'): Message =>
    file ? give(file.name, file.content, file.type) : { kind: 'error', text: t(none) };
  const words = { t, statusName: (s: keyof typeof STATUS_KEYS) => t(STATUS_KEYS[s]) };
  return {
    csv: async (columns: 'visible' | 'all', separator: CsvSeparator) =>
      hand(postingsFile(await source.readPostings(), { ...words, columns, separator, today: c.today })),
    backup: async (): Promise<Message> => {
      const { value: backup, cancelled } = await c.long.withProgress('export', (opts) => source.exportBackup(opts));
      if (cancelled || !backup) return { kind: 'ok', text: t('expCancelled') };
      return give(`frist-backup-${c.today}.json`, JSON.stringify(backup, null, 1), 'application/json');
    },
    calendar: async () => {
      const postings = (await source.readPostings()).map((i) => i.posting);
      const zone = c.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
      return hand(calendarFile(postings, { t, now: c.now(), timeZone: zone, leadTimes: c.settings.reminderLeadTimes }));
    },
    contacts: async () => hand(contactsFile(await source.readContacts(), t)),
    log: async (from: string, to: string, separator: CsvSeparator) =>
      hand(logFile(await source.readPostings(), from, to, { ...words, separator }), 'logNone'),
  };
}

/** A backup file restored or merged, as the sentence that says how it went. */
async function importMessage(file: File, t: Translate, long: ReturnType<typeof useLongTask>, source: DataSource): Promise<Message> {
  // A file too large is refused by its size, before it is read: the page never holds its text.
  const tooLarge = backupFileProblem(file);
  if (tooLarge) return { kind: 'error', text: problemMessage(t, tooLarge) };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'error', text: t('impReadFailed') };
  }
  const { value: r, cancelled } = await long.withProgress('import', (opts) => source.importBackup(text, opts));
  if (cancelled || !r || (!r.ok && r.problem.kind === 'cancelled')) return { kind: 'ok', text: t('impCancelled') };
  if (!r.ok) return { kind: 'error', text: problemMessage(t, r.problem) };
  const { added, updated, unchanged, conflicts } = r.counts;
  return { kind: 'ok', text: t('dataImported', { added, updated, unchanged, conflicts }) };
}

/** One action at a time: busy while it runs, then its outcome (a failure said in words). */
function useRunner(t: Translate) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
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
  return { busy, message, run };
}

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
  const { busy, message, run } = useRunner(t);
  const long = useLongTask();

  const files = fileActions({ t, source, settings, now, timeZone, download, long, today });
  const badRange = !from || !to || from > to;
  const exportCsv = () => run(() => files.csv(columns, separator));
  const exportJson = () => run(files.backup);
  const exportIcs = () => run(files.calendar);
  const exportVcf = () => run(files.contacts);
  const exportLog = () => run(async () => (badRange ? { kind: 'error', text: t('dataLogBadRange') } : files.log(from, to, separator)));

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    await run(() => importMessage(file, t, long, source));
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
      <ProgressNotice t={t} progress={long.progress} onCancel={long.cancel} />

      <CsvSection
        t={t}
        columns={columns}
        separator={separator}
        busy={busy}
        onColumns={setColumns}
        onSeparator={chooseSeparator}
        onExport={() => void exportCsv()}
      />

      <BackupSection t={t} busy={busy} onExport={() => void exportJson()} onImport={(input) => void importFile(input)} />
      <CalendarAndContacts t={t} busy={busy} onCalendar={() => void exportIcs()} onContacts={() => void exportVcf()} />

      <LogSection
        t={t}
        from={from}
        to={to}
        busy={busy}
        badRange={badRange}
        onFrom={setFrom}
        onTo={setTo}
        onExport={() => void exportLog()}
      />

      <Outcome message={message} />
    </section>
  );
}
