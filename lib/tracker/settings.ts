import { z } from 'zod';
import { PHONE_COUNTRY_IDS, type PhoneCountry } from './phone';

export const LANGUAGE_SETTINGS = ['auto', 'en', 'da', 'nb'] as const;
export const CSV_SEPARATORS = [';', ',', '\t'] as const;
export const LEAD_UNITS = ['hours', 'days'] as const;

export const leadTimeSchema = z.object({
  amount: z.number().int('a whole number').min(1).max(365),
  unit: z.enum(LEAD_UNITS),
});
export type LeadTime = z.infer<typeof leadTimeSchema>;

/** The user's settings. Every field has a default, so a missing or damaged value never blocks the extension. */
export const settingsSchema = z.object({
  /** How long before a deadline to be reminded (used by the reminders). */
  reminderLeadTimes: z.array(leadTimeSchema).max(10),
  /** The interface language: follow the browser, or one of the three. */
  language: z.enum(LANGUAGE_SETTINGS),
  /** The country a phone number without country code belongs to. */
  phoneCountry: z.enum(PHONE_COUNTRY_IDS as [PhoneCountry, ...PhoneCountry[]]),
  /** Field separator of exported CSV files (semicolon is what Danish and Norwegian spreadsheets expect). */
  csvSeparator: z.enum(CSV_SEPARATORS),
  /**
   * Extra lead times in seconds before a deadline with a time of day (not shown on the options
   * page): fine tuning, and short reminders for the end-to-end tests.
   */
  reminderLeadSeconds: z.array(z.number().int().min(1).max(31_536_000)).max(10),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

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

/**
 * Settings read from storage: every valid stored value is kept, every missing or invalid one
 * falls back to its default (a value written by a newer or older version never breaks the page).
 */
export function settingsFromStored(stored: Partial<Record<string, unknown>>): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  const shape = settingsSchema.shape;
  for (const key of Object.keys(shape) as SettingKey[]) {
    if (!(key in stored)) continue;
    const r = shape[key].safeParse(stored[key]);
    if (r.success) (out as Record<SettingKey, unknown>)[key] = r.data;
  }
  return out;
}
