import type { Posting, Snapshot } from '@/lib/schema/posting';
import { translate, type UiLang } from '@/lib/i18n';
import { formatDate, formatDeadline } from '@/lib/time';

export interface SnapshotViewProps {
  lang: UiLang;
  now: Date;
  posting: Posting | null;
  snapshot: Snapshot | null;
}

/** A saved posting's copy of the ad, readable after the original page is gone. Text only. */
export function SnapshotView({ lang, now, posting, snapshot }: SnapshotViewProps) {
  const t = translate(lang);
  if (!posting) return <p class="error">{t('snapshotMissing')}</p>;
  return (
    <article class="snapshot" lang={posting.language ?? undefined}>
      <p class="kicker">{t('snapshotHeading')}</p>
      <h1>{posting.title}</h1>
      <dl class="facts">
        {posting.organization ? (
          <>
            <dt>{t('fieldOrganization')}</dt>
            <dd>{posting.organization}</dd>
          </>
        ) : null}
        <dt>{t('fieldDeadline')}</dt>
        <dd>{posting.deadline ? formatDeadline(posting.deadline, now, lang) : t('noDeadline')}</dd>
        <dt>{t('saved')}</dt>
        <dd>{formatDate(posting.savedAt.slice(0, 10), lang)}</dd>
      </dl>
      <p>
        <a href={posting.url} rel="noopener noreferrer" target="_blank">
          {t('openOriginal')}
        </a>
      </p>
      {snapshot?.text ? (
        <div class="snapshot-text" data-testid="snapshot-text" tabIndex={0}>
          {snapshot.text}
        </div>
      ) : (
        <p class="empty">{t('snapshotEmpty')}</p>
      )}
    </article>
  );
}
