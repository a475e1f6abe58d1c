import type { HistoryEntry } from '@/lib/db/database';
import { translate, type UiLang } from '@/lib/i18n';
import { formatTimestamp } from '@/lib/time';
import { STATUS_KEYS } from './labels';

export interface TimelineProps {
  lang: UiLang;
  /** When the posting was saved: the timeline's first entry. */
  savedAt: string;
  /** Status changes, any order (shown oldest first). */
  history: readonly HistoryEntry[];
}

/** The posting's history as a dated list: saved, then every status change. */
export function Timeline({ lang, savedAt, history }: TimelineProps) {
  const t = translate(lang);
  const sorted = [...history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t('trHistory')}</h3>
      <ol>
        <li data-testid="timeline-entry">
          <time dateTime={savedAt}>{formatTimestamp(savedAt, lang)}</time> <span>{t('trHistorySaved')}</span>
        </li>
        {sorted.map((h) => (
          <li key={h.id} data-testid="timeline-entry">
            <time dateTime={h.at}>{formatTimestamp(h.at, lang)}</time>{' '}
            <span>
              {h.from
                ? t('trHistoryChange', { from: t(STATUS_KEYS[h.from]), to: t(STATUS_KEYS[h.to]) })
                : t('trHistorySet', { to: t(STATUS_KEYS[h.to]) })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
