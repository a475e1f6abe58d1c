import type { JSX } from 'preact';
import { translate, type MessageKey, type Translate, type UiLang } from '@/lib/i18n';
import { FACT_FIELDS, FIELDS, maxLength, type FactField, type FieldSpec } from '@/lib/schema/fields';
import { adLanguageOptions } from '@/lib/form/languages';
import { CONTACT_PARTS, type ContactValues, type FormValues, type SalaryValues } from '@/lib/form/values';

export interface PostingFieldsProps {
  lang: UiLang;
  values: FormValues;
  /** A message per input key ("title", "deadline", "salary.currency", "contacts.0.email"). */
  errors: Record<string, string>;
  /** The sentence of the ad each fact came from, shown beside its input. */
  evidence?: Record<string, string>;
  /** The facts whose value was guessed (a year added), marked beside their label. */
  inferred?: readonly string[];
  onChange: (values: FormValues) => void;
}

/** The id of an input: "f-deadline", "f-salary-currency", "f-contacts-0-email". */
export const inputId = (key: string): string => `f-${key.replaceAll('.', '-')}`;

interface Ctx {
  t: Translate;
  props: PostingFieldsProps;
  set: (key: keyof FormValues, value: unknown) => void;
}

type InputAttrs = JSX.InputHTMLAttributes<HTMLInputElement>;

/** One labelled input with its error and, for a fact's main input, the ad's sentence. */
function Input({
  c,
  k,
  label,
  value,
  onValue,
  attrs,
  fact,
}: {
  c: Ctx;
  k: string;
  label: string;
  value: string;
  onValue: (v: string) => void;
  attrs?: InputAttrs;
  fact?: FactField;
}) {
  const id = inputId(k);
  const error = c.props.errors[k];
  const evidence = fact ? c.props.evidence?.[fact] : undefined;
  const guessed = fact ? (c.props.inferred ?? []).includes(fact) : false;
  const describedBy = [error ? `${id}-error` : '', evidence ? `${id}-evidence` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>
        {label}
        {guessed ? <span class="guessed"> · {c.t('inferredMark')}</span> : null}
      </label>
      <input
        id={id}
        type="text"
        {...attrs}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {evidence ? (
        <p class="evidence" id={`${id}-evidence`}>
          {c.t('fromAd', { text: evidence })}
        </p>
      ) : null}
    </div>
  );
}

const DECIMAL: InputAttrs = { inputMode: 'decimal' };

/** A fact's inputs, by its kind of value. */
function Fact({ c, f }: { c: Ctx; f: FactField }) {
  const spec: FieldSpec = FIELDS[f];
  const { t, props, set } = c;
  const v = props.values[f] as unknown;
  const main = t(spec.input ?? spec.label);
  const part = (k: keyof NonNullable<FieldSpec['parts']>): string => t(spec.parts?.[k] ?? spec.label);
  const one = (attrs?: InputAttrs) => (
    <Input c={c} k={f} fact={f} label={main} value={v as string} onValue={(x) => set(f, x)} attrs={attrs} />
  );
  switch (spec.kind) {
    case 'text':
      return one({ maxLength: maxLength(spec) });
    case 'language':
      return <LanguageSelect c={c} f={f} value={v as string} label={main} />;
    case 'link':
      return one({ type: 'url', maxLength: maxLength(spec) });
    case 'day':
      return one({ type: 'date' });
    case 'percent':
      return one(DECIMAL);
    case 'dayTime': {
      const d = v as { date: string; time: string };
      return (
        <div class="field-row">
          <Input c={c} k={f} fact={f} label={main} value={d.date} onValue={(x) => set(f, { ...d, date: x })} attrs={{ type: 'date' }} />
          <Input
            c={c}
            k={`${f}.time`}
            label={part('time')}
            value={d.time}
            onValue={(x) => set(f, { ...d, time: x })}
            attrs={{ type: 'time' }}
          />
        </div>
      );
    }
    case 'hours': {
      const h = v as { min: string; max: string };
      return (
        <div class="field-row">
          <Input c={c} k={f} fact={f} label={main} value={h.min} onValue={(x) => set(f, { ...h, min: x })} attrs={DECIMAL} />
          <Input c={c} k={`${f}.max`} label={part('max')} value={h.max} onValue={(x) => set(f, { ...h, max: x })} attrs={DECIMAL} />
        </div>
      );
    }
    case 'salary':
      return <SalaryInputs c={c} f={f} s={v as SalaryValues} main={main} part={part} />;
    case 'list':
      return one();
    case 'days':
      return <DayList c={c} f={f} days={v as string[]} label={main} />;
    case 'contacts':
      return <ContactList c={c} f={f} contacts={v as ContactValues[]} label={main} />;
  }
}

function SalaryInputs({
  c,
  f,
  s,
  main,
  part,
}: {
  c: Ctx;
  f: FactField;
  s: SalaryValues;
  main: string;
  part: (k: 'currency' | 'period' | 'text') => string;
}) {
  const put = (patch: Partial<SalaryValues>) => c.set(f, { ...s, ...patch });
  const periods: [SalaryValues['period'], MessageKey][] = [
    ['', 'periodNone'],
    ['month', 'periodMonth'],
    ['year', 'periodYear'],
    ['hour', 'periodHour'],
  ];
  return (
    <>
      <div class="field-row">
        <Input c={c} k={f} fact={f} label={main} value={s.amount} onValue={(x) => put({ amount: x })} attrs={DECIMAL} />
        <Input
          c={c}
          k={`${f}.currency`}
          label={part('currency')}
          value={s.currency}
          onValue={(x) => put({ currency: x })}
          attrs={{ maxLength: 3, size: 4 }}
        />
        <div class="field">
          <label for={inputId(`${f}.period`)}>{part('period')}</label>
          <select
            id={inputId(`${f}.period`)}
            value={s.period}
            onChange={(e) => put({ period: e.currentTarget.value as SalaryValues['period'] })}
          >
            {periods.map(([value, key]) => (
              <option key={value} value={value}>
                {c.t(key)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Input c={c} k={`${f}.text`} label={part('text')} value={s.text} onValue={(x) => put({ text: x })} />
    </>
  );
}

/** The ad's language: one of the extractor's languages, by name. */
function LanguageSelect({ c, f, value, label }: { c: Ctx; f: FactField; value: string; label: string }) {
  const id = inputId(f);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => c.set(f, e.currentTarget.value)}>
        <option value="">{c.t('periodNone')}</option>
        {adLanguageOptions(c.props.lang, value).map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Days (interviews): a date input each, removable, and one more to add. */
function DayList({ c, f, days, label }: { c: Ctx; f: FactField; days: string[]; label: string }) {
  return (
    <fieldset class="interviews">
      <legend>{label}</legend>
      {days.map((d, i) => (
        <div class="day-entry" key={i}>
          <Input
            c={c}
            k={`${f}.${i}`}
            label={`${label} ${i + 1}`}
            value={d}
            onValue={(x) =>
              c.set(
                f,
                days.map((y, j) => (j === i ? x : y)),
              )
            }
            attrs={{ type: 'date' }}
          />
          <button
            type="button"
            class="link"
            onClick={() =>
              c.set(
                f,
                days.filter((_, j) => j !== i),
              )
            }
          >
            {c.t('removeInterview', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button type="button" class="secondary" onClick={() => c.set(f, [...days, ''])}>
        {c.t('addInterview')}
      </button>
    </fieldset>
  );
}

const CONTACT_LABELS: Record<(typeof CONTACT_PARTS)[number], MessageKey> = {
  name: 'contactName',
  role: 'contactRole',
  phone: 'contactPhone',
  email: 'contactEmail',
};
const CONTACT_TYPES = { name: 'text', role: 'text', phone: 'tel', email: 'email' } as const;

/** The contact people, each editable and removable, and one more to add. */
function ContactList({ c, f, contacts, label }: { c: Ctx; f: FactField; contacts: ContactValues[]; label: string }) {
  const evidence = c.props.evidence?.[f];
  const put = (i: number, patch: Partial<ContactValues>) =>
    c.set(
      f,
      contacts.map((x, j) => (j === i ? { ...x, ...patch } : x)),
    );
  return (
    <fieldset class="contacts-editor">
      <legend>{label}</legend>
      {evidence ? <p class="evidence">{c.t('fromAd', { text: evidence })}</p> : null}
      {contacts.length === 0 ? <p class="muted">{c.t('trNoContacts')}</p> : null}
      {contacts.map((x, i) => (
        <div class="contact-edit" key={i} role="group" aria-label={c.t('trContactN', { n: i + 1 })} data-testid="contact">
          {CONTACT_PARTS.map((p) => (
            <Input
              key={p}
              c={c}
              k={`${f}.${i}.${p}`}
              label={c.t(CONTACT_LABELS[p])}
              value={x[p]}
              onValue={(v) => put(i, { [p]: v })}
              attrs={{ type: CONTACT_TYPES[p] }}
            />
          ))}
          <button
            type="button"
            class="link"
            onClick={() =>
              c.set(
                f,
                contacts.filter((_, j) => j !== i),
              )
            }
          >
            {c.t('trRemoveContact', { name: x.name.trim() || c.t('trContactN', { n: i + 1 }) })}
          </button>
        </div>
      ))}
      <button type="button" class="secondary" onClick={() => c.set(f, [...contacts, { name: '', role: '', phone: '', email: '' }])}>
        {c.t('addContact')}
      </button>
    </fieldset>
  );
}

/**
 * The posting form's fields, one for the review before saving and the saved posting's detail:
 * every fact of the field table in its order, by its kind of value, then the ad's address and the
 * notes. Errors, the ad's sentences and guessed marks appear beside their inputs.
 */
export function PostingFields(props: PostingFieldsProps) {
  const t = translate(props.lang);
  const c: Ctx = { t, props, set: (key, value) => props.onChange({ ...props.values, [key]: value }) };
  return (
    <div class="posting-fields">
      {FACT_FIELDS.map((f) => (
        <Fact key={f} c={c} f={f} />
      ))}
      <Input c={c} k="url" label={t('fieldUrl')} value={props.values.url} onValue={(x) => c.set('url', x)} attrs={{ type: 'url' }} />
      <div class={props.errors.notes ? 'field invalid' : 'field'}>
        <label for="f-notes">{t('fieldNotes')}</label>
        <textarea id="f-notes" rows={3} value={props.values.notes} onInput={(e) => c.set('notes', e.currentTarget.value)} />
        {props.errors.notes ? <p class="field-error">{props.errors.notes}</p> : null}
      </div>
    </div>
  );
}
