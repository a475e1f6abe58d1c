import type { ReviewContext, ReviewValues } from '@/lib/capture/review';
import { translate, type MessageKey, type Translate, type UiLang } from '@/lib/i18n';
import { PostingFields } from './form/PostingFields';

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

/**
 * The review form: every field the extractor filled, editable, with the sentence of the ad it
 * came from beside it and guessed values marked. Errors appear next to their field.
 */
export function ReviewForm(props: ReviewFormProps) {
  const { lang, values, context, errors, duplicate, saving, onChange, onSave, onCancel } = props;
  const conflicts = props.conflicts ?? [];
  const t = translate(lang);
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
      <PostingFields
        lang={lang}
        values={values}
        errors={errors}
        evidence={context.evidence}
        inferred={context.inferred}
        onChange={onChange}
      />

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
