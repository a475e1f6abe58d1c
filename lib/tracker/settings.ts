import { PHONE_COUNTRY_IDS, type PhoneCountry } from './phone';

// The settings without zod: the popup reads them for its first screen (the language), and zod
// alone takes longer to load than that screen. The schema for writing and importing settings is
// in settings-schema.ts (checked against this file by tests/unit/settings.test.ts).

export const LANGUAGE_SETTINGS = ['auto', 'en', 'da', 'nb'] as const;
export const CSV_SEPARATORS = [';', ',', '\t'] as const;
export const LEAD_UNITS = ['hours', 'days'] as const;

/** A reminder's lead time: 1–365 hours or days. */
export interface LeadTime {
  amount: number;
  unit: (typeof LEAD_UNITS)[number];
}

/** The user's settings. Every field has a default, so a missing or damaged value never blocks the extension. */
export interface Settings {
  /** How long before a deadline to be reminded (used by the reminders); at most 10. */
  reminderLeadTimes: LeadTime[];
  /** The interface language: follow the browser, or one of the three. */
  language: (typeof LANGUAGE_SETTINGS)[number];
  /** The country a phone number without country code belongs to. */
  phoneCountry: PhoneCountry;
  /** Field separator of exported CSV files (semicolon is what Danish and Norwegian spreadsheets expect). */
  csvSeparator: (typeof CSV_SEPARATORS)[number];
  /**
   * Extra lead times in seconds before a deadline with a time of day (not shown on the options
   * page): fine tuning, and short reminders for the end-to-end tests. At most 10, each 1 s to a year.
   */
  reminderLeadSeconds: number[];
}
export type SettingKey = keyof Settings;

export const MAX_LEAD_TIMES = 10;
export const MAX_LEAD_AMOUNT = 365;
export const MAX_LEAD_SECONDS = 31_536_000;

export const DEFAULT_SETTINGS: Settings = {
  // A week before and two days before (at 8:00); three hours before a deadline with a time of
  // day. The deadline day itself always gets its 8:00 reminder.
  reminderLeadTimes: [
    { amount: 7, unit: 'days' },
    { amount: 2, unit: 'days' },
    { amount: 3, unit: 'hours' },
  ],
  language: 'auto',
  phoneCountry: 'DK',
  csvSeparator: ';',
  reminderLeadSeconds: [],
};

/** Lead times without duplicates, longest first. */
export function normaliseLeadTimes(list: readonly LeadTime[]): LeadTime[] {
  const hours = (l: LeadTime) => (l.unit === 'days' ? l.amount * 24 : l.amount);
  const seen = new Set<number>();
  return [...list]
    .sort((a, b) => hours(b) - hours(a))
    .filter((l) => {
      const h = hours(l);
      if (seen.has(h)) return false;
      seen.add(h);
      return true;
    });
}

const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

function leadTimeFrom(v: unknown): LeadTime | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const { amount, unit } = v as Record<string, unknown>;
  return isInt(amount, 1, MAX_LEAD_AMOUNT) && oneOf(LEAD_UNITS, unit) ? { amount, unit } : null;
}

/** A stored value for one setting, checked (a clean copy), or undefined when it is not valid. */
export function settingFrom<K extends SettingKey>(key: K, v: unknown): Settings[K] | undefined {
  const check: { [P in SettingKey]: (v: unknown) => Settings[P] | undefined } = {
    reminderLeadTimes: (v) => {
      if (!Array.isArray(v) || v.length > MAX_LEAD_TIMES) return undefined;
      const list = v.map(leadTimeFrom);
      return list.every((l): l is LeadTime => l !== null) ? list : undefined;
    },
    language: (v) => (oneOf(LANGUAGE_SETTINGS, v) ? v : undefined),
    phoneCountry: (v) => (oneOf(PHONE_COUNTRY_IDS, v) ? v : undefined),
    csvSeparator: (v) => (oneOf(CSV_SEPARATORS, v) ? v : undefined),
    reminderLeadSeconds: (v) =>
      Array.isArray(v) && v.length <= MAX_LEAD_TIMES && v.every((n) => isInt(n, 1, MAX_LEAD_SECONDS)) ? [...(v as number[])] : undefined,
  };
  return check[key](v);
}

/**
 * Settings read from storage: every valid stored value is kept, every missing or invalid one
 * falls back to its default (a value written by a newer or older version never breaks the page).
 */
export function settingsFromStored(stored: Partial<Record<string, unknown>>): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
    if (!(key in stored)) continue;
    const value = settingFrom(key, stored[key]);
    if (value !== undefined) (out as Record<SettingKey, unknown>)[key] = value;
  }
  return out;
}

/** The settings from the stored rows ({key, value}, as lib/db keeps them); anything else in `rows` is ignored. */
export function settingsFromRows(rows: unknown): Settings {
  const stored: Record<string, unknown> = {};
  if (Array.isArray(rows))
    for (const row of rows as unknown[])
      if (typeof row === 'object' && row !== null && 'key' in row && typeof row.key === 'string')
        stored[row.key] = (row as { value?: unknown }).value;
  return settingsFromStored(stored);
}
