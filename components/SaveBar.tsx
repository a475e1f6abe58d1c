import { translate, type UiLang } from '@/lib/i18n';

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; created: boolean; title: string } | { kind: 'error'; message: string };

/** What the page in the active tab is, as far as Frist can tell. */
export type PageKind = 'job-ad' | 'other' | 'unknown';

export interface SaveBarProps {
  lang: UiLang;
  state: SaveState;
  page: PageKind;
  onSave: () => void;
}

export function SaveBar({ lang, state, page, onSave }: SaveBarProps) {
  const t = translate(lang);
  return (
    <section class="save-bar">
      {page === 'job-ad' ? <p class="hint">{t('jobAdHere')}</p> : null}
      {page === 'other' ? <p class="hint">{t('notAJobAd')}</p> : null}
      <button type="button" class="primary" onClick={onSave} disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? t('saving') : t('savePosting')}
      </button>
      <p class="status" role="status" aria-live="polite">
        {state.kind === 'done' ? `${state.created ? t('saved') : t('updated')}: ${state.title}` : null}
      </p>
      {state.kind === 'error' ? (
        <p class="error" role="alert">
          {t('saveFailed', { error: state.message })}
        </p>
      ) : null}
    </section>
  );
}
