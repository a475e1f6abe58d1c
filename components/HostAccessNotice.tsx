import { translate, type UiLang } from '@/lib/i18n';

export interface HostAccessNoticeProps {
  lang: UiLang;
  /** `missing`: not given (yet); `declined`: asked just now, and not allowed. */
  access: 'missing' | 'declined';
  /** Asks the browser for access: called straight from the click, the user's gesture. */
  onAllow: () => void;
}

/** Why Frist sees no pages (no access to websites), and the button that asks for it. */
export function HostAccessNotice({ lang, access, onAllow }: HostAccessNoticeProps) {
  const t = translate(lang);
  return (
    <section class="host-access" aria-labelledby="host-access-text">
      <p id="host-access-text" class="notice">
        {t('hostAccessMissing')}
      </p>
      {access === 'declined' ? <p class="hint">{t('hostAccessDeclined')}</p> : null}
      <button type="button" class="primary" onClick={onAllow}>
        {t('hostAccessAllow')}
      </button>
    </section>
  );
}
