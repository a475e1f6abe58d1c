import { useState } from 'preact/hooks';
import { translate, type UiLang } from '@/lib/i18n';

export interface PasteTextProps {
  lang: UiLang;
  disabled: boolean;
  onSubmit: (text: string) => void;
}

/** "Paste the ad's text": for ads Frist cannot read from the page (images, odd viewers, e-mails). */
export function PasteText({ lang, disabled, onSubmit }: PasteTextProps) {
  const t = translate(lang);
  const [text, setText] = useState('');
  return (
    <details class="paste">
      <summary>{t('pasteHeading')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(text);
        }}
      >
        <label for="paste-text">{t('pasteLabel')}</label>
        <textarea id="paste-text" rows={6} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
        <button type="submit" class="secondary" disabled={disabled || !text.trim()}>
          {t('pasteButton')}
        </button>
      </form>
    </details>
  );
}
