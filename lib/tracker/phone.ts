/** The countries Frist knows how to dial from: their calling codes and whether numbers carry a trunk 0. */
export const PHONE_COUNTRIES = {
  DK: { code: '45', trunk: false },
  NO: { code: '47', trunk: false },
  SE: { code: '46', trunk: true },
  DE: { code: '49', trunk: true },
  FI: { code: '358', trunk: true },
} as const;
export type PhoneCountry = keyof typeof PHONE_COUNTRIES;
export const PHONE_COUNTRY_IDS = Object.keys(PHONE_COUNTRIES) as PhoneCountry[];

/**
 * A phone number as written in an ad ("+45 49 40 71 58", "0045 4940 7158", "22 33 44 55",
 * "070-123 45 67") in international form ("+4549407158"), reading national numbers as numbers of
 * `country`. Null when it has too few or too many digits to be a phone number.
 */
export function normalisePhone(raw: string, country: PhoneCountry): string | null {
  const trimmed = raw.trim().slice(0, 60);
  const digits = trimmed.replace(/\D+/g, '');
  if (digits.length < 5 || digits.length > 15) return null;
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return digits.length > 4 ? `+${digits.slice(2)}` : null;
  const { code, trunk } = PHONE_COUNTRIES[country];
  if (trunk) return digits.startsWith('0') ? `+${code}${digits.slice(1)}` : `+${code}${digits}`;
  return `+${code}${digits}`;
}

/** The href of a call link; null when the number cannot be dialled. */
export function telHref(raw: string, country: PhoneCountry): string | null {
  const n = normalisePhone(raw, country);
  return n ? `tel:${n}` : null;
}

/** The href of a mail link; null unless it looks like one address (no header injection via "?" or newlines). */
export function mailtoHref(raw: string): string | null {
  const email = raw.trim();
  if (email.length > 254 || !/^[^\s@?&#]+@[^\s@?&#]+\.[^\s@?&#.]+$/.test(email)) return null;
  return `mailto:${email}`;
}
