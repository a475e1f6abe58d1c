/**
 * Saving an ad again: the facts the user wrote themselves (source "user": a corrected deadline, an
 * added interview date) stay theirs. Where the ad now says something else, the review form shows
 * both ("The ad now says 20 Dec 2026; you saved 15 Dec 2026") and the user picks; the form starts
 * from what they saved.
 */
import type { Posting, PostingInput } from '../schema/posting';
import { sameValue, userWritten } from '../schema/facts';
import { FIELDS, isEmptyValue, type FactField } from '../schema/fields';
import type { MessageKey, UiLang } from '../i18n';
import { formatDate } from '../time';

export interface Conflict {
  field: FactField;
  /** What the ad says now. */
  ad: unknown;
  /** What the user saved. */
  mine: unknown;
  choice: 'mine' | 'ad';
}

/** The fresh extraction with the user's own facts put back, and where the ad now differs. */
export function resave(fresh: PostingInput, saved: Posting): { input: PostingInput; conflicts: Conflict[] } {
  const mine = userWritten(saved);
  const input: PostingInput = {
    ...fresh,
    sources: { ...fresh.sources },
    inferred: (fresh.inferred ?? []).filter((f) => !mine.includes(f as FactField)),
  };
  const conflicts: Conflict[] = [];
  for (const f of mine) {
    const ad = fresh[f] ?? null;
    (input as Record<string, unknown>)[f] = saved[f];
    input.sources![f] = 'user';
    if (!sameValue(ad, saved[f])) conflicts.push({ field: f, ad, mine: saved[f] ?? null, choice: 'mine' });
  }
  return { input, conflicts };
}

/** The name of a fact in the form: the field table's (../schema/fields.ts). */
export const factLabel = (f: FactField): MessageKey => FIELDS[f].label;

/** A fact as one short line of text for the comparison; `none` where it is empty. */
export function showFact(field: FactField, value: unknown, lang: UiLang, none: string): string {
  if (isEmptyValue(value)) return none;
  switch (FIELDS[field].kind) {
    case 'dayTime':
    case 'day':
      return formatDate(String(value), lang);
    case 'days':
      return (value as string[]).map((d) => formatDate(d, lang)).join(', ');
    case 'hours': {
      const h = value as { min: number; max: number };
      return h.min === h.max ? String(h.min) : `${h.min}–${h.max}`;
    }
    case 'salary': {
      const s = value as { amount: number | null; currency: string | null; text: string };
      return s.text || [s.amount, s.currency].filter((x) => x !== null).join(' ');
    }
    case 'contacts':
      return (value as { name: string; phone: string | null; email: string | null }[])
        .map((c) => [c.name, c.phone, c.email].filter(Boolean).join(' '))
        .join('; ');
    default:
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}
