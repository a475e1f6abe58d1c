// The parts of the options page's data section (./DataManagement.tsx): each export's controls,
// the backup's, the progress of a long task and the outcome line. They take props only.
import type { Translate } from '@/lib/i18n';
import type { CsvSeparator } from '@/lib/export/csv';
import type { Progress } from '@/lib/export/long-task';

/** What the last action came to: said politely, or as an alert. */
export type Message = { kind: 'ok' | 'error'; text: string } | null;

/** The progress bar with Cancel, once a long task shows. */
export function ProgressNotice({ t, progress, onCancel }: { t: Translate; progress: Progress | null; onCancel: () => void }) {
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

/** Postings as CSV: which columns, which separator. */
export function CsvSection(p: {
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
export function LogSection(p: {
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

/** The backup: download one, or restore or merge one from a file. */
export function BackupSection(p: { t: Translate; busy: boolean; onExport: () => void; onImport: (input: HTMLInputElement) => void }) {
  const { t, busy } = p;
  return (
    <>
      <h3>{t('dataBackupHeading')}</h3>
      <p class="hint">{t('dataBackupHint')}</p>
      <div class="data-row">
        <button type="button" class="secondary" disabled={busy} onClick={p.onExport}>
          {t('dataBackupExport')}
        </button>
        <label for="data-import">{t('dataImport')}</label>
        <input id="data-import" type="file" accept=".json,application/json" disabled={busy} onChange={(e) => p.onImport(e.currentTarget)} />
      </div>
      <p class="hint">{t('dataImportHint')}</p>
    </>
  );
}

/** Deadlines and interviews for a calendar; contact people as contact cards. */
export function CalendarAndContacts(p: { t: Translate; busy: boolean; onCalendar: () => void; onContacts: () => void }) {
  const { t, busy } = p;
  return (
    <>
      <h3>{t('dataCalendarHeading')}</h3>
      <p class="hint">{t('dataCalendarHint')}</p>
      <div class="data-row">
        <button type="button" class="secondary" disabled={busy} onClick={p.onCalendar}>
          {t('dataCalendarExport')}
        </button>
      </div>
      <h3>{t('dataContactsHeading')}</h3>
      <div class="data-row">
        <button type="button" class="secondary" disabled={busy} onClick={p.onContacts}>
          {t('dataContactsExport')}
        </button>
      </div>
    </>
  );
}

/** What the last action came to. */
export function Outcome({ message }: { message: Message }) {
  return (
    <>
      <p role="status" aria-live="polite" class="status">
        {message?.kind === 'ok' ? message.text : null}
      </p>
      {message?.kind === 'error' ? (
        <p role="alert" class="error">
          {message.text}
        </p>
      ) : null}
    </>
  );
}
