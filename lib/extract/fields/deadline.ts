/**
 * The application deadline: the date after a deadline label ("Ansøgningsfrist 15/12 kl.12.00",
 * "senest d. 6. maj 2020", "Bewerbungsfrist: 6. Mai 2020"), "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm".
 * A yearless date takes its year from the day the ad was seen, else from the ad's own dated facts
 * (publication date, the one year of its own that a written weekday fits, a start or interview date
 * with a year, a start month with its year, the one year a headline names with its position); with none it stays null.
 */
import { clip } from '../util';
import type { Found } from '../types';
import type { TextContext } from './context';
import { isoDay, resolveOnOrAfter, resolveOnOrBefore, validDay } from './calendar';
import { mentionIso, scanDates, type DateMention } from './dates';
import { phraseAlternation } from './text';
import { hasTitleWord } from './title-words';
import { weekdayYear } from './weekday-year';
import { startMonth } from './start-month';

/** Days before the observed day a yearless deadline may lie (an ad seen just after it closed). */
export const OBSERVED_GRACE_DAYS = 14;

export function deadlineCandidates(ctx: TextContext): DateMention[] {
  return scanDates(ctx).filter((m) => m.kind === 'deadline' || m.kind === 'deadlineWeak');
}

/** Earliest ISO day among the anchors and the publication dates written in the ad. */
export function publicationAnchor(ctx: TextContext): string | null {
  const days = [...ctx.anchors];
  for (const m of scanDates(ctx))
    if (m.kind === 'publication') {
      const iso = mentionIso(m);
      if (iso) days.push(iso);
    }
  days.sort();
  return days[0] ?? null;
}

function strength(m: DateMention): number {
  return m.kind === 'deadline' ? 2 : 1;
}

export function parseDeadline(ctx: TextContext): Found<string> | null {
  const cands = deadlineCandidates(ctx);
  if (cands.length === 0) return null;
  const top = Math.max(...cands.map(strength));
  const strongest = cands.filter((c) => strength(c) === top);
  // The ad may state the deadline twice, once without the year: prefer a written year, and a
  // yearless date matching a dated one takes that year.
  const pick = strongest.find((c) => c.year !== null) ?? strongest[0];
  if (!pick) return null;
  let iso = mentionIso(pick);
  let inferred = false;
  let evidence = pick.evidence;
  if (iso === null) {
    const twin = cands.find((c) => c.year !== null && c.month === pick!.month && c.day === pick!.day);
    if (twin) {
      iso = mentionIso(twin);
      evidence = pick.evidence === twin.evidence ? pick.evidence : `${pick.evidence} … ${twin.evidence}`;
    } else {
      iso = resolveAgainst(ctx, pick);
      inferred = iso !== null;
    }
  }
  if (iso === null) return null;
  const time = pick.time ?? cands.find((c) => c.month === pick!.month && c.day === pick!.day && c.time)?.time ?? null;
  return { value: time ? `${iso}T${time}` : iso, evidence: clip(evidence), source: 'text', ...(inferred ? { inferred: true } : {}) };
}

/** The year of a yearless deadline: observed, else anchors, else the one year of the ad's own that its weekday fits,
 *  else before a dated start or interview, else before the ad's first full date. */
function resolveAgainst(ctx: TextContext, m: DateMention): string | null {
  if (ctx.observed) return resolveOnOrAfter(m.month, m.day, ctx.observed, OBSERVED_GRACE_DAYS);
  const anchor = publicationAnchor(ctx);
  if (anchor) return resolveOnOrAfter(m.month, m.day, anchor, 0);
  const pinned = weekdayYear(ctx, m);
  if (pinned !== null) return isoDay(pinned, m.month, m.day);
  const all = scanDates(ctx);
  const later = all
    .filter((d) => (d.kind === 'start' || d.kind === 'interview') && d.year !== null && !d.weakLabel)
    .map((d) => mentionIso(d))
    .filter((d): d is string => d !== null)
    .sort();
  const first = later[0];
  if (first) return resolveOnOrBefore(m.month, m.day, first);
  // Else the ad's other dates of the employment itself: a start a weak word leads up to ("fra
  // senest 1. december 2016") or the end of its span ("går fra 1. januar tom 30. september 2015").
  const span = rangeEnd(ctx);
  const dated = all
    .filter((d) => d !== m && d.year !== null && ((d.kind === 'start' && d.weakLabel) || span(d)))
    .map((d) => mentionIso(d))
    .filter((d): d is string => d !== null)
    .sort();
  if (dated[0]) return resolveOnOrBefore(m.month, m.day, dated[0]);
  // Else a start given as a month and its year ("Oppstart januar 2020").
  const month = startMonth(ctx);
  if (month) return resolveOnOrBefore(m.month, m.day, month);
  const year = headlineYear(ctx);
  return year !== null && validDay(year, m.month, m.day) ? isoDay(year, m.month, m.day) : null;
}

/** The one year the ad's headline names with its position ("Sommarjobb som kyrkogårdsarbetare 2026"), if only one. */
function headlineYear(ctx: TextContext): number | null {
  const head = ctx.lines
    .filter((l) => l.trim())
    .slice(0, 3)
    .filter((l) => l.length <= 100 && hasTitleWord(l))
    .join('\n');
  const years = new Set([...head.matchAll(/(?<![\d.,/-])((?:19|20)\d{2})(?![\d.,/-])/gu)].map((x) => Number(x[1])));
  return years.size === 1 ? [...years][0]! : null;
}

/** True for a date that ends a span ("… til 30. september 2015", "– 31.12.2026", "bis 30.06.2027"). */
function rangeEnd(ctx: TextContext): (d: DateMention) => boolean {
  const re = new RegExp(`(?:[–-]|(?<![\\p{L}])(?:${phraseAlternation(ctx.vocab.rangeWords)}))\\s{0,2}$`, 'iu');
  return (d) => re.test((ctx.blocks[d.block]?.text ?? '').slice(Math.max(0, d.start - 16), d.start));
}
