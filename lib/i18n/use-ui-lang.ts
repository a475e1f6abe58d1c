import { useEffect } from 'preact/hooks';
import { useSettings } from '../db/tracker-hooks';
import { pickLang, type UiLang } from './index';

/** The UI language: the one chosen in the options, else the browser's (English, Danish or Norwegian). */
export function useUiLang(browserLanguage: string): UiLang {
  const settings = useSettings();
  const chosen = settings.status === 'ready' ? settings.value.language : 'auto';
  const lang = chosen === 'auto' ? pickLang(browserLanguage) : chosen;
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return lang;
}
