import { useEffect } from 'preact/hooks';
import { useSettings } from '../db/hooks';
import { pickLang, type UiLang } from './index';
import type { Settings } from '../tracker/settings';

/**
 * The UI language: the one chosen in the options, else the browser's (English, Danish or
 * Norwegian). `given`: the settings as read before the page's database code loaded (the popup's
 * first screen), used until the live settings arrive.
 */
export function useUiLang(browserLanguage: string, given?: Settings | null): UiLang {
  const settings = useSettings();
  const chosen = settings.status === 'ready' ? settings.value.language : (given?.language ?? 'auto');
  const lang = chosen === 'auto' ? pickLang(browserLanguage) : chosen;
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return lang;
}
