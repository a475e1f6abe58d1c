import type { JSX } from 'preact';
import type { ContactValues, ReviewContext, ReviewValues } from '@/lib/capture/review';
import { translate, type MessageKey, type Translate, type UiLang } from '@/lib/i18n';

export interface Duplicate {
  kind: 'url' | 'text';
  savedOn: string;
}

/** A fact the user wrote before that the ad, saved again, now states differently. */
export interface ConflictView {
  field: string;
  label: MessageKey;
  /** Both values as text. */
  ad: string;
  mine: string;
  choice: 'mine' | 'ad';
}

export interface ReviewFormProps {
  lang: UiLang;
  values: ReviewValues;
  context: ReviewContext;
  errors: Record<string, string>;
  duplicate: Duplicate | null;
  /** On saving an ad again: the user's own facts that the ad now states otherwise. */
  conflicts?: ConflictView[];
  onChoose?: (field: string, choice: 'mine' | 'ad') => void;
  saving: boolean;
  onChange: (values: ReviewValues) => void;
  onSave: () => void;
  onCancel: () => void;
}

type TextKey = Exclude<keyof ReviewValues, 'contacts' | 'salaryPeriod' | 'interviewDates'>;

/** Which draft field's evidence and "guessed" mark belong beside a form field. */
const EVIDENCE_OF: Partial<Record<TextKey, string>> = {
  title: 'title',
  organization: 'organization',
  location: 'location',
  deadlineDate: 'deadline',
  startDate: 'startDate',
  startText: 'startText',
  hoursMin: 'hoursPerWeek',
  employmentPercent: 'employmentPercent',
  salaryAmount: 'salary',
  emails: 'emails',
  phones: 'phones',
  applyUrl: 'applyUrl',
};

/**
 * The review form: every field the extractor filled, editable, with the sentence of the ad it
 * came from beside it and guessed values marked. Errors appear next to their field.
 */
export function ReviewForm(props: ReviewFormProps) {
  const { lang, values, context, errors, duplicate, saving, onChange, onSave, onCancel } = props;
  const conflicts = props.conflicts ?? [];
  const t = translate(lang);
  const set = <K extends keyof ReviewValues>(key: K, value: ReviewValues[K]) => onChange({ ...values, [key]: value });

  const field = (
    key: TextKey,
    label: MessageKey,
    type: 'text' | 'date' | 'time' | 'url' | 'number' = 'text',
    extra: JSX.InputHTMLAttributes<HTMLInputElement> = {},
  ) => {
    const id = `f-${key}`;
    const source = EVIDENCE_OF[key];
    const evidence = source ? context.evidence[source] : undefined;
    const guessed = source ? context.inferred.includes(source) : false;
    const error = errors[key];
    return (
      <div class={error ? 'field invalid' : 'field'}>
        <label for={id}>
          {t(label)}
          {guessed ? <span class="guessed"> · {t('inferredMark')}</span> : null}
        </label>
        <input
          id={id}
          type={type === 'number' ? 'text' : type}
          inputMode={type === 'number' ? 'decimal' : undefined}
          value={values[key]}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={[error ? `${id}-error` : '', evidence ? `${id}-evidence` : ''].filter(Boolean).join(' ') || undefined}
          onInput={(e) => set(key, (e.currentTarget as HTMLInputElement).value)}
          {...extra}
        />
        {error ? (
          <p class="field-error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
        {evidence ? (
          <p class="evidence" id={`${id}-evidence`}>
            {t('fromAd', { text: evidence })}
          </p>
        ) : null}
      </div>
    );
  };

  const submit = (e: Event) => {
    e.preventDefault();
    onSave();
  };

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form class="review" onSubmit={submit} aria-labelledby="review-heading" noValidate>
      <h2 id="review-heading">{t('reviewHeading')}</h2>
      <p class="hint">{t('reviewHint')}</p>
      {duplicate ? (
        <p class="notice" role="note">
          {t(duplicate.kind === 'url' ? 'duplicateUrl' : 'duplicateText', { date: duplicate.savedOn })}
        </p>
      ) : null}
      <Conflicts t={t} conflicts={conflicts} onChoose={props.onChoose} />
      {hasErrors ? (
        <p class="error" role="alert">
          {errors.form ? t('saveFailed', { error: errors.form }) : t('fixErrors')}
        </p>
      ) : null}
      {field('title', 'fieldTitle')}
      {field('organization', 'fieldOrganization')}
      <div class="row">
        {field('deadlineDate', 'fieldDeadline', 'date')}
        {field('deadlineTime', 'fieldDeadlineTime', 'time')}
      </div>
      {field('location', 'fieldLocation')}
      <div class="row">
        {field('startDate', 'fieldStartDate', 'date')}
        {field('startText', 'fieldStartText')}
      </div>
      <div class="row">
        {field('hoursMin', 'fieldHoursMin', 'number')}
        {field('hoursMax', 'fieldHoursMax', 'number')}
        {field('employmentPercent', 'fieldPercent', 'number')}
      </div>
      <div class="row">
        {field('salaryAmount', 'fieldSalaryAmount', 'number')}
        {field('salaryCurrency', 'fieldSalaryCurrency', 'text', { maxLength: 3, size: 4 })}
        <div class="field">
          <label for="f-salaryPeriod">{t('fieldSalaryPeriod')}</label>
          <select
            id="f-salaryPeriod"
            value={values.salaryPeriod}
            onChange={(e) => set('salaryPeriod', (e.currentTarget as HTMLSelectElement).value as ReviewValues['salaryPeriod'])}
          >
            <option value="">{t('periodNone')}</option>
            <option value="month">{t('periodMonth')}</option>
            <option value="year">{t('periodYear')}</option>
            <option value="hour">{t('periodHour')}</option>
          </select>
        </div>
      </div>
      {field('salaryText', 'fieldSalaryText')}
      {field('emails', 'fieldEmails')}
      {field('phones', 'fieldPhones')}
      {field('applyUrl', 'fieldApplyUrl', 'url')}
      {field('url', 'fieldUrl', 'url')}

      <ContactsFields t={t} values={values} errors={errors} evidence={context.evidence.contacts} set={set} />

      <InterviewFields t={t} values={values} errors={errors} set={set} />

      <div class="field">
        <label for="f-notes">{t('fieldNotes')}</label>
        <textarea
          id="f-notes"
          rows={3}
          value={values.notes}
          onInput={(e) => set('notes', (e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>

      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? t('saving') : t('save')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

type Setter = <K extends keyof ReviewValues>(key: K, value: ReviewValues[K]) => void;

/** Saving an ad again: the user's own facts the ad now states otherwise, each with Keep mine / Use the ad's. */
function Conflicts({
  t,
  conflicts,
  onChoose,
}: {
  t: Translate;
  conflicts: ConflictView[];
  onChoose?: (field: string, choice: 'mine' | 'ad') => void;
}) {
  if (conflicts.length === 0) return null;
  return (
    <section class="conflicts" aria-labelledby="conflicts-heading">
      <p id="conflicts-heading" class="notice">
        {t('resaveHeading')}
      </p>
      <ul>
        {conflicts.map((c) => (
          <li key={c.field} data-testid="conflict">
            <span id={`conflict-${c.field}`}>{t('resaveConflict', { field: t(c.label), ad: c.ad, mine: c.mine })}</span>{' '}
            <span role="group" aria-labelledby={`conflict-${c.field}`}>
              <button
                type="button"
                class={c.choice === 'mine' ? 'secondary chosen' : 'secondary'}
                aria-pressed={c.choice === 'mine'}
                onClick={() => onChoose?.(c.field, 'mine')}
              >
                {t('resaveKeep')}
              </button>{' '}
              <button
                type="button"
                class={c.choice === 'ad' ? 'secondary chosen' : 'secondary'}
                aria-pressed={c.choice === 'ad'}
                onClick={() => onChoose?.(c.field, 'ad')}
              >
                {t('resaveUseAd')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The contact people, each editable, removable, and one more to add. */
function ContactsFields({
  t,
  values,
  errors,
  evidence,
  set,
}: {
  t: Translate;
  values: ReviewValues;
  errors: Record<string, string>;
  evidence: string | undefined;
  set: Setter;
}) {
  const setContact = (i: number, patch: Partial<ContactValues>) =>
    set(
      'contacts',
      values.contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)),
    );
  return (
    <fieldset class="contacts">
      <legend>{t('contactsHeading')}</legend>
      {evidence ? <p class="evidence">{t('fromAd', { text: evidence })}</p> : null}
      {values.contacts.map((c, i) => (
        <div class="contact" key={i} data-testid="contact">
          {(['name', 'role', 'phone', 'email'] as const).map((part) => {
            const id = `c-${i}-${part}`;
            const error = errors[`contacts.${i}.${part}`];
            const label: MessageKey =
              part === 'name' ? 'contactName' : part === 'role' ? 'contactRole' : part === 'phone' ? 'contactPhone' : 'contactEmail';
            return (
              <div class={error ? 'field invalid' : 'field'} key={part}>
                <label for={id}>{t(label)}</label>
                <input
                  id={id}
                  type={part === 'email' ? 'email' : part === 'phone' ? 'tel' : 'text'}
                  value={c[part]}
                  aria-invalid={error ? 'true' : undefined}
                  onInput={(e) => setContact(i, { [part]: (e.currentTarget as HTMLInputElement).value })}
                />
                {error ? <p class="field-error">{error}</p> : null}
              </div>
            );
          })}
          <button
            type="button"
            class="link"
            onClick={() =>
              set(
                'contacts',
                values.contacts.filter((_, j) => j !== i),
              )
            }
          >
            {t('removeContact', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        class="secondary"
        onClick={() => set('contacts', [...values.contacts, { name: '', role: '', phone: '', email: '' }])}
      >
        {t('addContact')}
      </button>
    </fieldset>
  );
}

/** Interview days: a date input each, removable, and one more to add. */
function InterviewFields({ t, values, errors, set }: { t: Translate; values: ReviewValues; errors: Record<string, string>; set: Setter }) {
  return (
    <fieldset class="interviews">
      <legend>{t('trInterviewDates')}</legend>
      {values.interviewDates.map((d, i) => {
        const id = `f-interview-${i}`;
        const error = errors[`interviewDates.${i}`];
        return (
          <div class={error ? 'field invalid' : 'field'} key={i}>
            <label for={id}>
              {t('trInterviewDates')} {i + 1}
            </label>
            <input
              id={id}
              type="date"
              value={d}
              aria-invalid={error ? 'true' : undefined}
              onInput={(e) =>
                set(
                  'interviewDates',
                  values.interviewDates.map((x, j) => (j === i ? (e.currentTarget as HTMLInputElement).value : x)),
                )
              }
            />
            {error ? <p class="field-error">{error}</p> : null}
            <button
              type="button"
              class="link"
              onClick={() =>
                set(
                  'interviewDates',
                  values.interviewDates.filter((_, j) => j !== i),
                )
              }
            >
              {t('removeInterview', { n: i + 1 })}
            </button>
          </div>
        );
      })}
      <button type="button" class="secondary" onClick={() => set('interviewDates', [...values.interviewDates, ''])}>
        {t('addInterview')}
      </button>
    </fieldset>
  );
}
