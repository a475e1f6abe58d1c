import { useState } from 'preact/hooks';
import { translate, type UiLang } from '@/lib/i18n';
import { formatDate } from '@/lib/time';
import type { TrashItem } from '@/lib/db/trash';

export interface TrashViewProps {
  lang: UiLang;
  items: TrashItem[];
  onRestore: (item: TrashItem) => void;
  onEmpty: () => void;
  /** What the last restore said ("Restored …", or why it could not). */
  message?: { kind: 'ok' | 'error'; text: string } | null;
}

/** The trash: deleted postings of the last 30 days, each restorable, and emptying it after a confirmation. */
export function TrashView({ lang, items, onRestore, onEmpty, message = null }: TrashViewProps) {
  const t = translate(lang);
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="trash" aria-labelledby="trash-heading">
      <h2 id="trash-heading">{t('trTrash')}</h2>
      <p class="hint">{t('trTrashHint')}</p>
      {message ? (
        <p class={message.kind === 'ok' ? 'notice' : 'error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p class="empty">{t('trTrashNone')}</p>
      ) : (
        <>
          <ul class="trash-list">
            {items.map((item) => (
              <li key={item.id} data-testid="trash-row">
                <span class="row-title">{item.title}</span>
                {item.organization ? <span class="row-org"> · {item.organization}</span> : null}
                <br />
                <small>
                  {t('trTrashItem', {
                    date: formatDate(item.removedAt.slice(0, 10), lang),
                    until: formatDate(item.keptUntil.slice(0, 10), lang),
                  })}
                </small>{' '}
                <button
                  type="button"
                  class="secondary"
                  aria-label={t('trRestoreNamed', { title: item.title })}
                  onClick={() => onRestore(item)}
                >
                  {t('trRestore')}
                </button>
              </li>
            ))}
          </ul>
          {confirming ? (
            <div class="confirm" role="alertdialog" aria-labelledby="trash-confirm">
              <p id="trash-confirm">{t('trEmptyTrashConfirm', { n: items.length })}</p>
              <button
                type="button"
                class="danger"
                onClick={() => {
                  setConfirming(false);
                  onEmpty();
                }}
              >
                {t('trEmptyTrashYes')}
              </button>{' '}
              <button type="button" class="secondary" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </div>
          ) : (
            <button type="button" class="secondary" onClick={() => setConfirming(true)}>
              {t('trEmptyTrash')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
