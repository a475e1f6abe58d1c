import type { UpdateResult } from '@/lib/db/edits';
import type { HistoryEntry } from '@/lib/db/database';
import type { Posting, Status } from '@/lib/schema/posting';
import { translate, type Translate, type UiLang } from '@/lib/i18n';
import { countdown, formatDate, formatTimestamp } from '@/lib/time';
import { usePostingForm, type FormState } from '@/lib/form/use-posting-form';
import { PostingFields } from '../form/PostingFields';
import { StatusPicker } from './StatusPicker';
import { Timeline } from './Timeline';

/** What the posting's fields become when the form is saved: its facts, address and notes. */
export type FormPatch = Partial<Posting>;

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

/**
 * One posting: status with its history, every field editable (contacts added and removed), the
 * saved copy of the ad as plain text, links to the original. Deleting asks nothing: the caller
 * offers Undo instead.
 */
export function PostingDetail({ lang, now, posting, history, snapshot, onSave, onStatusChange, onDelete, onBack }: PostingDetailProps) {
  const t = translate(lang);
  const form = usePostingForm(posting, onSave, t);
  return (
    <article class="posting-detail" aria-labelledby="detail-title">
      <DetailHeader t={t} lang={lang} now={now} posting={posting} onBack={onBack} />
      <StatusPicker lang={lang} value={posting.status} onChange={onStatusChange} id={`status-${posting.id}`} />
      <div class="detail-body">
        <form
          class="detail-form"
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit();
          }}
          noValidate
        >
          <h3>{t('trDetails')}</h3>
          <PostingFields
            lang={lang}
            values={form.values}
            errors={form.errors}
            evidence={posting.evidence}
            inferred={posting.inferred}
            onChange={form.change}
          />
          <FormActions t={t} state={form.state} failure={form.failure} />
        </form>

        <aside class="detail-side">
          <Timeline lang={lang} savedAt={posting.savedAt} history={history} />
          <SavedCopy t={t} lang={lang} posting={posting} snapshot={snapshot} />
        </aside>
      </div>
      <div class="danger-zone">
        <button type="button" class="danger" onClick={onDelete}>
          {t('trDelete')}
        </button>
      </div>
    </article>
  );
}

function FormActions({ t, state, failure }: { t: Translate; state: FormState; failure: string }) {
  return (
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
  );
}

/** The ad's text as it was saved, beside the form. */
function SavedCopy({ t, lang, posting, snapshot }: { t: Translate; lang: UiLang; posting: Posting; snapshot: string | null }) {
  return (
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
  );
}

function DetailHeader({ t, lang, now, posting, onBack }: { t: Translate; lang: UiLang; now: Date; posting: Posting; onBack?: () => void }) {
  return (
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
  );
}
