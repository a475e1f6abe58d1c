import type { Posting } from '@/lib/schema/posting';
import type { LiveState } from '@/lib/db/hooks';
import { translate, type UiLang } from '@/lib/i18n';
import { PostingList } from './PostingList';
import { SaveBar, type PageKind, type SaveState } from './SaveBar';

export interface PopupViewProps {
  lang: UiLang;
  now: Date;
  postings: LiveState<Posting[]>;
  save: SaveState;
  page: PageKind;
  onSave: () => void;
}

/** The popup's first screen: save the page in the active tab, then the saved postings. */
export function PopupView({ lang, now, postings, save, page, onSave }: PopupViewProps) {
  const t = translate(lang);
  return (
    <main class="popup" lang={lang}>
      <header>
        <h1>{t('appName')}</h1>
      </header>
      <SaveBar lang={lang} state={save} page={page} onSave={onSave} />
      <h2>{t('savedPostings')}</h2>
      {postings.status === 'loading' ? <p class="loading">{t('loading')}</p> : null}
      {postings.status === 'error' ? (
        <p class="error" role="alert">
          {t('loadFailed', { error: postings.error })}
        </p>
      ) : null}
      {postings.status === 'ready' ? <PostingList postings={postings.value} now={now} lang={lang} /> : null}
    </main>
  );
}
