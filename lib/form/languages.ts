// The languages the posting form offers for an ad: every language of the extractor's registry
// (lib/extract/types.ts LANGS), named in the UI's language by the browser (Intl.DisplayNames), so
// a language added to the registry is offered with no edit here.
import { LANGS } from '../extract/types';
import type { UiLang } from '../i18n';

export interface LanguageOption {
  code: string;
  name: string;
}

/** The registry's languages by name, plus `current` when it is a code outside the registry (an imported posting's). */
export function adLanguageOptions(ui: UiLang, current = ''): LanguageOption[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([ui], { type: 'language' });
  } catch {
    names = null;
  }
  const name = (code: string): string => {
    const n = names?.of(code);
    return n && n !== code ? n.charAt(0).toLocaleUpperCase(ui) + n.slice(1) : code;
  };
  const codes: string[] = [...LANGS];
  if (current && !codes.includes(current)) codes.push(current);
  return codes.map((code) => ({ code, name: name(code) }));
}
