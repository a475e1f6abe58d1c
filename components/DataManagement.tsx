import { useRef, useState } from 'preact/hooks';
import { STATUS_KEYS } from '@/components/tracker/labels';
import { translate, type MessageKey, type Translate, type UiLang } from '@/lib/i18n';
import { backupFileProblem, MAX_BACKUP_BYTES, type Backup, type BackupProblem, type BackupRecordRef } from '@/lib/export/backup-format';
import { localDay } from '@/lib/export/applications-log';
import { type CsvSeparator } from '@/lib/export/csv';
import { calendarFile, contactsFile, logFile, postingsFile, type FileOut } from '@/lib/export/files';
import type { ImportResult, PostingWithHistory, RunOptions } from '@/lib/db/state';

import type { ContactWithLog } from '@/lib/db/contacts';
import type { Settings } from '@/lib/tracker/settings';

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

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** A backup export or import shows its progress and a Cancel button once it has taken this long. */
const PROGRESS_AFTER_MS = 1000;

/** A long export or import: its progress (0 to 1), shown once it has taken PROGRESS_AFTER_MS, and its cancel. */
function useLongTask() {
  const [progress, setProgress] = useState<Progress | null>(null);
  const controller = useRef<AbortController | null>(null);
  async function withProgress<T>(
    kind: Progress['kind'],
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
  return { progress, withProgress, cancel: () => controller.current?.abort() };
}

interface Progress {
  kind: 'import' | 'export';
  fraction: number;
  shown: boolean;
}

/** The progress bar with Cancel, once a long task shows. */
function ProgressNotice({ t, progress, onCancel }: { t: Translate; progress: Progress | null; onCancel: () => void }) {
  if (!progress?.shown) return null;
  return (
    <div class="progress" role="status" aria-live="polite">
      <label for="data-progress">
        {t(progress.kind === 'import' ? 'dataProgressImport' : 'dataProgressExport', { pct: Math.round(progress.fraction * 100) })}
      </label>{' '}
      <progress id="data-progress" max={1} value={progress.fraction} />{' '}
      <button type="button" class="secondary" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
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
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const long = useLongTask();

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

  const statusName = (s: keyof typeof STATUS_KEYS) => t(STATUS_KEYS[s]);
  const words = { t, statusName };
  /** Hands a built file over, or says there was nothing to write. */
  const hand = (file: FileOut | null, none: MessageKey = 'dataNothing'): Message =>
    file ? give(file.name, file.content, file.type) : { kind: 'error', text: t(none) };
  const exportCsv = () => run(async () => hand(postingsFile(await source.readPostings(), { ...words, columns, separator, today })));
  const exportJson = () =>
    run(async () => {
      const { value: backup, cancelled } = await long.withProgress('export', (opts) => source.exportBackup(opts));
      if (cancelled || !backup) return { kind: 'ok', text: t('expCancelled') };
      return give(`frist-backup-${today}.json`, JSON.stringify(backup, null, 1), 'application/json');
    });
  const exportIcs = () =>
    run(async () => {
      const postings = (await source.readPostings()).map((i) => i.posting);
      const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
      return hand(calendarFile(postings, { t, now: now(), timeZone: zone, leadTimes: settings.reminderLeadTimes }));
    });
  const exportVcf = () => run(async () => hand(contactsFile(await source.readContacts(), t)));
  const badRange = !from || !to || from > to;
  const exportLog = () =>
    run(async () => {
      if (badRange) return { kind: 'error', text: t('dataLogBadRange') };
      return hand(logFile(await source.readPostings(), from, to, { ...words, separator }), 'logNone');
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
      const { value: r, cancelled } = await long.withProgress('import', (opts) => source.importBackup(text, opts));
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

/** Postings as CSV: which columns, which separator. */
function CsvSection(p: {
  t: Translate;
  columns: 'visible' | 'all';
  separator: CsvSeparator;
  busy: boolean;
  onColumns: (c: 'visible' | 'all') => void;
  onSeparator: (s: CsvSeparator) => void;
  onExport: () => void;
}) {
  const { t, columns, separator, busy, onColumns, onSeparator, onExport } = p;
  return (
    <>
      <h3>{t('dataCsvHeading')}</h3>
      <div class="data-row">
        <label for="data-columns">{t('dataCsvColumns')}</label>
        <select id="data-columns" value={columns} onChange={(e) => onColumns(e.currentTarget.value as 'visible' | 'all')}>
          <option value="visible">{t('dataCsvVisible')}</option>
          <option value="all">{t('dataCsvAll')}</option>
        </select>
        <label for="data-separator">{t('dataCsvSeparator')}</label>
        <select id="data-separator" value={separator} onChange={(e) => onSeparator(e.currentTarget.value as CsvSeparator)}>
          <option value=";">{t('dataSepSemicolon')}</option>
          <option value=",">{t('dataSepComma')}</option>
          <option value={'\t'}>{t('dataSepTab')}</option>
        </select>
        <button type="button" class="secondary" disabled={busy} onClick={onExport}>
          {t('dataCsvExport')}
        </button>
      </div>
    </>
  );
}

/** The applications log of a period: as CSV, or as a page to print. */
function LogSection(p: {
  t: Translate;
  from: string;
  to: string;
  busy: boolean;
  badRange: boolean;
  onFrom: (d: string) => void;
  onTo: (d: string) => void;
  onExport: () => void;
}) {
  const { t, from, to, busy, badRange, onFrom, onTo, onExport } = p;
  return (
    <>
      <h3>{t('dataLogHeading')}</h3>
      <p class="hint">{t('dataLogHint')}</p>
      <div class="data-row">
        <label for="data-from">{t('dataLogFrom')}</label>
        <input id="data-from" type="date" value={from} aria-invalid={badRange} onInput={(e) => onFrom(e.currentTarget.value)} />
        <label for="data-to">{t('dataLogTo')}</label>
        <input id="data-to" type="date" value={to} aria-invalid={badRange} onInput={(e) => onTo(e.currentTarget.value)} />
        <button type="button" class="secondary" disabled={busy} onClick={onExport}>
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
    </>
  );
}
