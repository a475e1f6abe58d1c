import { z } from 'zod';

import { DAY_PATTERN, DAY_TIME_PATTERN, FIRST_YEAR, LAST_YEAR, realDay } from './days';
import { FIELDS, maxLength, SOURCES, type FactField, type FieldKind, type FieldSpec } from './fields';

const DAY_MESSAGE = `expected a real date between ${FIRST_YEAR} and ${LAST_YEAR}`;

/** ISO calendar day, "2026-12-15". */
export const isoDate = z
  .string()
  .regex(DAY_PATTERN, { message: 'expected a date as YYYY-MM-DD', abort: true })
  .refine(realDay, DAY_MESSAGE);
/** ISO day with an optional local time of day, "2026-12-15" or "2026-12-15T12:00". */
export const isoDateOrDateTime = z
  .string()
  .regex(DAY_TIME_PATTERN, { message: 'expected a date as YYYY-MM-DD or YYYY-MM-DDTHH:mm', abort: true })
  .refine(realDay, DAY_MESSAGE);

export const hoursRange = z
  .object({ min: z.number().positive().max(168), max: z.number().positive().max(168) })
  .refine((h) => h.min <= h.max, 'min must not exceed max');

export const salary = z.object({
  amount: z.number().nonnegative().nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code')
    .nullable(),
  period: z.enum(['month', 'year', 'hour']).nullable(),
  text: z.string().max(500),
});

export const contact = z.object({
  name: z.string().trim().min(1, 'a contact needs a name').max(200),
  role: z.string().max(200).nullable(),
  phone: z.string().max(40).nullable(),
  email: z.string().max(254).nullable(),
});

/** Most entries a list field, and most keys a per-field record, may hold (an import is capped by them). */
export const MAX_LIST = 50;
const fieldKey = z.string().max(40);
/** A record keyed by field name, with at most MAX_LIST keys. */
export const perField = <T extends z.ZodType>(value: T) =>
  z.record(fieldKey, value).refine((o) => Object.keys(o).length <= MAX_LIST, `at most ${MAX_LIST} fields`);

/** Where a value came from, best first (./fields.ts). */
export { SOURCES };
export const source = z.enum(SOURCES);

/** The schema of each kind of value (./fields.ts). */
const KIND_SCHEMAS = {
  text: (s: FieldSpec) => z.string().max(maxLength(s)).nullable(),
  language: (s: FieldSpec) => z.string().min(2).max(maxLength(s)).nullable(),
  day: () => isoDate.nullable(),
  dayTime: () => isoDateOrDateTime.nullable(),
  hours: () => hoursRange.nullable(),
  percent: () => z.number().positive().max(100).nullable(),
  salary: () => salary.nullable(),
  list: (s: FieldSpec) => z.array(z.string().max(maxLength(s))).max(MAX_LIST),
  contacts: () => z.array(contact).max(MAX_LIST),
  days: () => z.array(isoDate).max(MAX_LIST),
  link: (s: FieldSpec) => z.string().max(maxLength(s)).nullable(),
} satisfies Record<FieldKind, (s: FieldSpec) => z.ZodType>;

type FactShape = { [F in FactField]: ReturnType<(typeof KIND_SCHEMAS)[(typeof FIELDS)[F]['kind']]> };
const factShape = Object.fromEntries(Object.entries(FIELDS).map(([f, s]) => [f, KIND_SCHEMAS[s.kind](s)])) as unknown as FactShape;

/** The draft of ../shared/EXTRACTION.md: what the extractor returns for one page. */
export const draftSchema = z.object({
  isJobAd: z.boolean(),
  confidence: z.number().min(0).max(1),
  ...factShape,
  /** For each filled field, the snippet of the ad it came from. */
  evidence: perField(z.string().max(1000)),
  /** For each filled field, the source it came from (not in EXTRACTION.md's table; extra, additive). */
  sources: perField(source).optional(),
  /** Fields whose value was inferred rather than read (a year added to "5. januar"). */
  inferred: z.array(fieldKey).max(MAX_LIST).optional(),
});

export type Draft = z.infer<typeof draftSchema>;
export type Contact = z.infer<typeof contact>;
export type Salary = z.infer<typeof salary>;
export type HoursRange = z.infer<typeof hoursRange>;
export type Source = z.infer<typeof source>;

/** The fields of a draft that carry facts about the ad (evidence keys use these names). */
export type DraftField = FactField;

/** The draft with nothing found (zod-free: lib/schema/empty-draft.ts, so the extractor bundle stays small). */
export { emptyDraft } from './empty-draft';
