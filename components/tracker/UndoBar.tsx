import { useEffect } from 'preact/hooks';
import { translate, type UiLang } from '@/lib/i18n';

export interface UndoBarProps {
  lang: UiLang;
  /** What happened: "Deleted “Sekretær”". Null hides the bar. */
  message: string | null;
  onUndo: () => void;
  onClose: () => void;
  /** The bar closes itself after this long (the deletion then stays). */
  timeoutMs?: number;
}

/** A toast after a deletion with an Undo button; announced politely to screen readers. */
export function UndoBar({ lang, message, onUndo, onClose, timeoutMs = 10_000 }: UndoBarProps) {
  const t = translate(lang);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(onClose, timeoutMs);
    return () => clearTimeout(timer);
  }, [message, timeoutMs]);
  return (
    <div class="undo-bar" role="status" aria-live="polite" hidden={!message}>
      {message ? (
        <>
          <span class="undo-message">{message}</span>
          <button type="button" class="undo" onClick={onUndo}>
            {t('trUndo')}
          </button>
          <button type="button" class="close" onClick={onClose} aria-label={t('trClose')}>
            ×
          </button>
        </>
      ) : null}
    </div>
  );
}
