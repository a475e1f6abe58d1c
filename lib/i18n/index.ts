import { da } from './da';
import { en, type MessageKey, type Messages } from './en';
import { nb } from './nb';

export type UiLang = 'en' | 'da' | 'nb';
export const UI_LANGS: readonly UiLang[] = ['en', 'da', 'nb'];
export const MESSAGES: Record<UiLang, Messages> = { en, da, nb };
export type { MessageKey, Messages };

/** The UI language for a browser language tag: Danish, Norwegian (bokmål, nynorsk, "no") or English. */
export function pickLang(tag: string | undefined | null): UiLang {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'da') return 'da';
  if (base === 'nb' || base === 'nn' || base === 'no') return 'nb';
  return 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(lang: UiLang): Translate {
  const table = MESSAGES[lang];
  return (key, params) => {
    let s: string = table[key];
    if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}
