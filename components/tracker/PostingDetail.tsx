import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FieldIssue, UpdateResult } from '@/lib/db/tracker';
import type { HistoryEntry } from '@/lib/db/database';
import type { Posting, Status } from '@/lib/schema/posting';
import { translate, type MessageKey, type Translate, type UiLang } from '@/lib/i18n';
import { countdown, formatDate, formatTimestamp } from '@/lib/time';
import {
  fieldOfIssue,
  formFromPosting,
  keptContactRows,
  patchFromForm,
  type ContactForm,
  type FormField,
  type FormPatch,
  type PostingForm,
} from '@/lib/tracker/form';
import { StatusPicker } from './StatusPicker';
import { Timeline } from './Timeline';

export interface PostingDetailProps {
  lang: UiLang;
  now: Date;
  posting: Posting;
  history: readonly HistoryEntry[];
  /** The ad's text as saved; null when none was kept. */
  snapshot: string | null;
  /** Saves the edited fields (updatePosting); validation issues are shown next to their fields. */
  onSave: (patch: FormPatch) => Promise<UpdateResult>;
  onStatusChange: (status: Status) => void;
  onDelete: () => void;
  onBack?: () => void;
}

type Errors = Partial<Record<FormField, string>>;

/** A zod issue (or a local one) as a sentence in the UI language. */
export function issueMessage(t: Translate, field: FormField, issue: Pick<FieldIssue, 'code' | 'message'> | 'number'): string {
  if (issue === 'number') return t('errNumber');
  const key: MessageKey =
    issue.code === 'duplicate'
      ? 'errDuplicateUrl'
      : issue.code === 'too_small'
        ? field === 'hoursMin' || field === 'percent' || field === 'salaryAmount'
          ? 'errTooSmall'
          : 'errRequired'
        : issue.code === 'too_big'
          ? field === 'hoursMin' || field === 'percent' || field === 'salaryAmount'
            ? 'errTooBig'
            : 'errTooLong'
          : field === 'url' || field === 'applyUrl'
            ? 'errUrl'
            : field === 'salaryCurrency'
              ? 'errCurrency'
              : field === 'deadlineDate' || field === 'startDate' || field === 'interviewDates'
                ? 'errDate'
                : field === 'hoursMin'
                  ? 'errHours'
                  : 'errInvalid';
  return t(key);
}

interface FieldProps {
  id: FormField;
  label: string;
  errors: Errors;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => JSX.Element;
  hint?: string;
}

function Field({ id, label, errors, children, hint }: FieldProps) {
  const domId = `f-${id.replaceAll('.', '-')}`;
  const error = errors[id];
  const describedBy = [error ? `${domId}-error` : '', hint ? `${domId}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={domId}>{label}</label>
      {children({ id: domId, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {hint ? (
        <span class="hint" id={`${domId}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="field-error" id={`${domId}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * One posting: status with its history, every field editable (contacts added and removed), the
 * saved copy of the ad as plain text, links to the original. Deleting asks nothing: the caller
 * offers Undo instead.
 */
export function PostingDetail({ lang, now, posting, history, snapshot, onSave, onStatusChange, onDelete, onBack }: PostingDetailProps) {
  const t = translate(lang);
  const [form, setForm] = useState<PostingForm>(() => formFromPosting(posting));
  const [errors, setErrors] = useState<Errors>({});
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'invalid' | 'failed'>('idle');
  const [failure, setFailure] = useState('');
  const [dirty, setDirty] = useState(false);

  // A posting changed elsewhere (another window, a status change) replaces an untouched form.
  useEffect(() => {
    if (!dirty) setForm(formFromPosting(posting));
  }, [posting.id, posting.updatedAt]);
  useEffect(() => {
    setForm(formFromPosting(posting));
    setErrors({});
    setDirty(false);
    setState('idle');
  }, [posting.id]);

  const set = <K extends keyof PostingForm>(key: K, value: PostingForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setDirty(true);
    if (state === 'saved') setState('idle');
  };
  const setContact = (i: number, key: keyof ContactForm, value: string) =>
    set(
      'contacts',
      form.contacts.map((c, j) => (j === i ? { ...c, [key]: value } : c)),
    );

  async function submit(e: Event) {
    e.preventDefault();
    const { patch, errors: local } = patchFromForm(form);
    const next: Errors = {};
    for (const [field, issue] of Object.entries(local) as [FormField, 'number'][]) next[field] = issueMessage(t, field, issue);
    if (Object.keys(next).length) {
      setErrors(next);
      setState('invalid');
      return;
    }
    setState('saving');
    const r = await onSave(patch);
    if (r.ok) {
      setErrors({});
      setDirty(false);
      setState('saved');
      return;
    }
    const rows = keptContactRows(form);
    for (const issue of r.issues) {
      const field = fieldOfIssue(issue.path, rows);
      if (field && !next[field]) next[field] = issueMessage(t, field, issue);
    }
    setErrors(next);
    if (Object.keys(next).length) setState('invalid');
    else {
      setFailure(r.error);
      setState('failed');
    }
  }

  const text = (
    id: FormField & keyof PostingForm,
    label: MessageKey,
    type = 'text',
    extra: JSX.InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <Field id={id} label={t(label)} errors={errors}>
      {(p) => <input {...p} {...extra} type={type} value={form[id] as string} onInput={(e) => set(id, e.currentTarget.value as never)} />}
    </Field>
  );
  const area = (id: FormField & keyof PostingForm, label: MessageKey, hint?: MessageKey, rows = 2) => (
    <Field id={id} label={t(label)} errors={errors} hint={hint ? t(hint) : undefined}>
      {(p) => <textarea {...p} rows={rows} value={form[id] as string} onInput={(e) => set(id, e.currentTarget.value as never)} />}
    </Field>
  );

  return (
    <article class="posting-detail" aria-labelledby="detail-title">
      <header class="detail-header">
        {onBack ? (
          <button type="button" class="link back" onClick={onBack}>
            ← {t('trBack')}
          </button>
        ) : null}
        <h2 id="detail-title">{posting.title}</h2>
        {posting.organization ? <p class="detail-org">{posting.organization}</p> : null}
        <p class="detail-deadline">
          {posting.deadline ? (
            <>
              {t('deadline')}: <time dateTime={posting.deadline}>{formatDate(posting.deadline, lang)}</time> ·{' '}
              {countdown(posting.deadline, now, lang)}
            </>
          ) : (
            t('noDeadline')
          )}
        </p>
        <p class="detail-links">
          <a href={posting.url} target="_blank" rel="noopener noreferrer">
            {t('openOriginal')}
          </a>
          {posting.applyUrl ? (
            <>
              {' · '}
              <a href={posting.applyUrl} target="_blank" rel="noopener noreferrer">
                {t('trApplyLink')}
              </a>
            </>
          ) : null}
        </p>
      </header>

      <StatusPicker lang={lang} value={posting.status} onChange={onStatusChange} id={`status-${posting.id}`} />
      <Timeline lang={lang} savedAt={posting.savedAt} history={history} />

      <form class="detail-form" onSubmit={(e) => void submit(e)} noValidate>
        <h3>{t('trDetails')}</h3>
        {text('title', 'trTitle', 'text', { required: true, maxLength: 300 })}
        {text('organization', 'trOrganization')}
        {text('location', 'trLocation')}
        <div class="field-row">
          {text('deadlineDate', 'deadline', 'date')}
          {text('deadlineTime', 'trDeadlineTime', 'time')}
        </div>
        <div class="field-row">
          {text('startDate', 'trStartDate', 'date')}
          {text('startText', 'trStartText')}
        </div>
        <div class="field-row">
          {text('hoursMin', 'trHoursMin', 'text', { inputMode: 'decimal' })}
          {text('hoursMax', 'trHoursMax', 'text', { inputMode: 'decimal' })}
          {text('percent', 'trPercent', 'text', { inputMode: 'decimal' })}
        </div>
        {text('salaryText', 'trSalaryText')}
        <div class="field-row">
          {text('salaryAmount', 'trSalaryAmount', 'text', { inputMode: 'decimal' })}
          {text('salaryCurrency', 'trSalaryCurrency', 'text', { maxLength: 3 })}
          <Field id="salaryPeriod" label={t('trSalaryPeriod')} errors={errors}>
            {(p) => (
              <select
                {...p}
                value={form.salaryPeriod}
                onChange={(e) => set('salaryPeriod', e.currentTarget.value as PostingForm['salaryPeriod'])}
              >
                <option value="">{t('trPeriodNone')}</option>
                <option value="month">{t('trPeriodMonth')}</option>
                <option value="year">{t('trPeriodYear')}</option>
                <option value="hour">{t('trPeriodHour')}</option>
              </select>
            )}
          </Field>
        </div>
        {text('url', 'trUrl', 'url')}
        {text('applyUrl', 'trApplyUrl', 'url')}
        {area('emails', 'trEmails', 'trOnePerLine')}
        {area('phones', 'trPhones', 'trOnePerLine')}
        {area('interviewDates', 'trInterviewDates', 'trDatesHint')}
        {text('language', 'trLanguage', 'text', { maxLength: 8 })}

        <fieldset class="contacts-editor">
          <legend>{t('trContacts')}</legend>
          {form.contacts.length === 0 ? <p class="muted">{t('trNoContacts')}</p> : null}
          {form.contacts.map((c, i) => (
            <div class="contact-edit" key={i} role="group" aria-label={t('trContactN', { n: i + 1 })}>
              {(['name', 'role', 'phone', 'email'] as const).map((k) => (
                <Field
                  key={k}
                  id={`contacts.${i}.${k}`}
                  label={t(
                    k === 'name' ? 'trContactName' : k === 'role' ? 'trContactRole' : k === 'phone' ? 'trContactPhone' : 'trContactEmail',
                  )}
                  errors={errors}
                >
                  {(p) => (
                    <input
                      {...p}
                      type={k === 'email' ? 'email' : k === 'phone' ? 'tel' : 'text'}
                      value={c[k]}
                      onInput={(e) => setContact(i, k, e.currentTarget.value)}
                    />
                  )}
                </Field>
              ))}
              <button
                type="button"
                class="link danger"
                onClick={() =>
                  set(
                    'contacts',
                    form.contacts.filter((_, j) => j !== i),
                  )
                }
              >
                {t('trRemoveContact', { name: c.name.trim() || t('trContactN', { n: i + 1 }) })}
              </button>
            </div>
          ))}
          <button
            type="button"
            class="secondary"
            onClick={() => set('contacts', [...form.contacts, { name: '', role: '', phone: '', email: '' }])}
          >
            {t('trAddContact')}
          </button>
        </fieldset>

        {area('notes', 'trNotes', undefined, 4)}

        <div class="form-actions">
          <button type="submit" class="primary" disabled={state === 'saving'}>
            {state === 'saving' ? t('saving') : t('trSaveChanges')}
          </button>
          <p class="form-status" role="status" aria-live="polite">
            {state === 'saved' ? t('trChangesSaved') : null}
          </p>
          {state === 'invalid' ? (
            <p class="error" role="alert">
              {t('trFixFields')}
            </p>
          ) : null}
          {state === 'failed' ? (
            <p class="error" role="alert">
              {t('saveFailed', { error: failure })}
            </p>
          ) : null}
        </div>
      </form>

      <section class="snapshot">
        <h3 id="snapshot-heading">{t('trSnapshot')}</h3>
        <p class="muted">{t('trSavedAt', { date: formatTimestamp(posting.savedAt, lang) })}</p>
        {snapshot ? (
          <>
            <div class="snapshot-text" tabIndex={0} role="region" aria-labelledby="snapshot-heading">
              {snapshot}
            </div>
            <a href={`/posting.html?id=${encodeURIComponent(posting.id)}`} target="_blank" rel="noopener">
              {t('viewSnapshot')}
            </a>
          </>
        ) : (
          <p class="muted">{t('trNoSnapshot')}</p>
        )}
      </section>

      <div class="danger-zone">
        <button type="button" class="danger" onClick={onDelete}>
          {t('trDelete')}
        </button>
      </div>
    </article>
  );
}
