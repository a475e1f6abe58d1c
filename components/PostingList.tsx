import type { Posting } from '@/lib/schema/posting';
import { translate, type UiLang } from '@/lib/i18n';
import { formatDate, isExpired, relativeDeadline } from '@/lib/time';

export interface PostingListProps {
  postings: readonly Posting[];
  now: Date;
  lang: UiLang;
}

/** The saved postings in the order given (the caller sorts: nearest deadline first). All page text is rendered as text. */
export function PostingList({ postings, now, lang }: PostingListProps) {
  const t = translate(lang);
  if (postings.length === 0) return <p class="empty">{t('emptyList')}</p>;
  return (
    <ul class="postings" aria-label={t('savedPostings')}>
      {postings.map((p) => {
        const expired = p.deadline ? isExpired(p.deadline, now) : false;
        return (
          <li key={p.id} class={expired ? 'posting expired' : 'posting'} data-testid="posting">
            <div class="posting-main">
              <a class="posting-title" href={p.url} target="_blank" rel="noopener noreferrer" title={t('openOriginal')}>
                {p.title}
              </a>
              {p.organization ? <span class="posting-org">{p.organization}</span> : null}
              <a class="posting-copy" href={`/posting.html?id=${encodeURIComponent(p.id)}`} target="_blank" rel="noopener">
                {t('viewSnapshot')}
              </a>
            </div>
            <div class="posting-deadline">
              {p.deadline ? (
                <>
                  <time dateTime={p.deadline}>{formatDate(p.deadline, lang)}</time>
                  <span class="countdown">{relativeDeadline(p.deadline, now, lang)}</span>
                </>
              ) : (
                <span class="countdown none">{t('noDeadline')}</span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
