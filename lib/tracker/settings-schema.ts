import { z } from 'zod';
import { PHONE_COUNTRY_IDS, type PhoneCountry } from './phone';
import {
  CSV_SEPARATORS,
  LANGUAGE_SETTINGS,
  LEAD_UNITS,
  MAX_LEAD_AMOUNT,
  MAX_LEAD_SECONDS,
  MAX_LEAD_TIMES,
  type LeadTime,
  type Settings,
} from './settings';

/** The settings as zod schemas: what saving settings and importing a backup validate with. */
export const leadTimeSchema = z.object({
  amount: z.number().int('a whole number').min(1).max(MAX_LEAD_AMOUNT),
  unit: z.enum(LEAD_UNITS),
});

export const settingsSchema = z.object({
  reminderLeadTimes: z.array(leadTimeSchema).max(MAX_LEAD_TIMES),
  language: z.enum(LANGUAGE_SETTINGS),
  phoneCountry: z.enum(PHONE_COUNTRY_IDS as [PhoneCountry, ...PhoneCountry[]]),
  csvSeparator: z.enum(CSV_SEPARATORS),
  reminderLeadSeconds: z.array(z.number().int().min(1).max(MAX_LEAD_SECONDS)).max(MAX_LEAD_TIMES),
});

// The schema and the hand-written types in settings.ts describe the same thing (a compile error otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameSettings: Same<z.infer<typeof settingsSchema>, Settings> = true;
const sameLeadTime: Same<z.infer<typeof leadTimeSchema>, LeadTime> = true;
void sameSettings;
void sameLeadTime;
