/**
 * The shared date grammar: every date the ad writes ("15/12", "6. maj 2020", "19.oktober",
 * "2020-05-06", "May 6, 2020", "20. og 21. december", "uge 20") with its time of day, and what the
 * date is by the label before it (deadline, start, interview, publication).
 */
import type { TextContext } from './context';
import { grammarAlt } from '../locales/grammar';
import { hasTitleWord } from './title-words';
import { numericDates, startMatches, year4 } from './numeric-dates';
import type { Vocabulary } from '../locales/types';
import { validDay, pad2 } from './calendar';
import { timeNear } from './time-of-day';
import {
  phraseAlternation,
  findPhrases,
  perVocabulary,
  phraseRegex,
  phraseSet,
  sentenceBounds,
  sentenceAround,
  type PhraseSet,
} from './text';

export type DateKind = 'deadline' | 'deadlineWeak' | 'start' | 'interview' | 'publication';

export interface DateMention {
  /** Index of the block (ctx.blocks) the date is in; start/end are offsets in that block. */
  block: number;
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  /** "HH:mm" when a time of day is written next to the date. */
  time: string | null;
  /** A bare "19.10" (no year, no trailing dot): a date only right after a label. */
  weak: boolean;
  /** Part of a list ("20." in "20. og 21. december"). */
  list: boolean;
  /** What the label before it makes the date, or null. */
  kind: DateKind | null;
  /** Characters between the label and the date. */
  labelDistance: number;
  /** The label was a weak word ("senest", "zum"), not a proper label. */
  weakLabel: boolean;
  evidence: string;
}

export interface WeekMention {
  block: number;
  start: number;
  end: number;
  weeks: number[];
  year: number | null;
  kind: DateKind | null;
  evidence: string;
}

interface DateRegexes {
  textual: RegExp;
  monthFirst: RegExp | null;
  listBefore: RegExp;
  week: RegExp;
  labels: { kind: LabelKind; set: PhraseSet }[];
  months: Map<string, number>;
  weekdayOnly: RegExp;
}

const compile = perVocabulary((v: Vocabulary): DateRegexes => {
  const months = new Map<string, number>();
  for (const [k, n] of Object.entries(v.months)) months.set(k.toLowerCase(), n);
  const monthAlt = phraseAlternation([...months.keys()]);
  const connectors = phraseAlternation(v.listConnectors.filter((c) => c.length > 0));
  const weekdays = phraseAlternation(Object.keys(v.weekdays));
  const hasEnglish = 'may' in v.months;
  const ordinals = grammarAlt('ordinalSuffixes');
  return {
    textual: new RegExp(
      // "7. maj 2020", "10th of February", "07-Jan-2020".
      `(\\d{1,2})(?:\\.|${ordinals})?(?:-|\\s{0,2})(?:(?:${grammarAlt('ofWords')})\\s{1,2})?(${monthAlt})(?:\\.|(?![\\p{L}]))(?:(?:-|,?\\s{0,2})(\\d{4})(?![\\d]))?`,
      'giu',
    ),
    monthFirst: hasEnglish
      ? new RegExp(`(${monthAlt})\\.?\\s{1,2}(\\d{1,2})(?:${ordinals})?(?![\\d\\p{L}])(?:,?\\s{1,2}(\\d{4})(?![\\d]))?`, 'giu')
      : null,
    listBefore: new RegExp(`(\\d{1,2})(?:\\.|${ordinals})?\\s{0,2}(?:${connectors})\\s{0,2}$`, 'iu'),
    week: new RegExp(
      `(?:${phraseAlternation(v.weekWords)})\\.?\\s{0,2}(\\d{1,2})(?:\\s{0,2}(?:${connectors})\\s{0,2}(\\d{1,2}))?(?:\\s{0,2}(?:,|${grammarAlt('weekYearJoiners')})?\\s{0,2}(\\d{4}))?(?![\\d])`,
      'giu',
    ),
    labels: [
      { kind: 'deadline' as const, set: phraseSet(v.deadlineLabels) },
      { kind: 'deadlineWeak' as const, set: phraseSet(v.deadlineWeakLabels, { whole: true }) },
      { kind: 'start' as const, set: phraseSet(v.startLabels, { whole: true }) },
      { kind: 'startWeak' as const, set: phraseSet(v.startWeakLabels, { whole: true }) },
      { kind: 'startSpan' as const, set: phraseSet(v.startSpanWords, { whole: true }) },
      { kind: 'interview' as const, set: phraseSet(v.interviewLabels) },
      { kind: 'publication' as const, set: phraseSet(v.publicationLabels) },
    ],
    months,
    weekdayOnly: new RegExp(
      `^(?:(?:${weekdays}|${phraseAlternation(v.publicationLabels)}|${grammarAlt('dateArticles')})[\\s,:.]{0,3})*$`,
      'iu',
    ),
  };
});

const NOT_BEFORE_WORD = /[\p{L}\p{N}]/u;

interface RawDate {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  weak: boolean;
  list: boolean;
  rank: number;
}

function scanBlock(text: string, rx: DateRegexes): RawDate[] {
  const raw: RawDate[] = [];
  const push = (start: number, end: number, y: number | null, m: number, d: number, weak: boolean, rank: number) => {
    if (validDay(y, m, d)) raw.push({ start, end, year: y, month: m, day: d, weak, list: false, rank });
  };
  // Textual forms first: they are the most certain.
  for (const m of startMatches(rx.textual, text, NOT_BEFORE_WORD)) {
    const month = rx.months.get((m[2] ?? '').toLowerCase());
    if (month === undefined) continue;
    const y = m[3] ? year4(m[3]) : null;
    // A 4-digit number after the month that is not a plausible year: keep the date, drop the number.
    const end = m[3] && y === null ? m.index + m[0].length - m[3].length : m.index + m[0].length;
    push(m.index, end, y, month, Number(m[1]), false, 4);
  }
  if (rx.monthFirst) {
    for (const m of startMatches(rx.monthFirst, text, NOT_BEFORE_WORD)) {
      const month = rx.months.get((m[1] ?? '').toLowerCase());
      if (month === undefined) continue;
      const y = m[3] ? year4(m[3]) : null;
      push(m.index, m.index + m[0].length, y, month, Number(m[2]), false, 3);
    }
  }
  numericDates(text, push);
  // Keep the best of overlapping readings.
  raw.sort((a, b) => a.start - b.start || b.rank - a.rank || b.end - a.end);
  const kept: RawDate[] = [];
  for (const r of raw) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.end) {
      if (r.rank > last.rank || (r.rank === last.rank && r.end - r.start > last.end - last.start)) kept[kept.length - 1] = r;
      continue;
    }
    kept.push(r);
  }
  // Lists: "20. og 21. december", "14., 15. og 16. januar", "20.-21. december".
  const withLists: RawDate[] = [];
  for (const r of kept) {
    if (r.rank >= 3) {
      const extra: RawDate[] = [];
      let at = r.start;
      for (let k = 0; k < 5; k++) {
        const slice = text.slice(Math.max(0, at - 24), at);
        const m = rx.listBefore.exec(slice);
        if (!m) break;
        const d = Number(m[1]);
        const start = at - (slice.length - m.index);
        const prev = withLists[withLists.length - 1];
        if (prev && start < prev.end) break;
        if (validDay(r.year, r.month, d)) extra.unshift({ ...r, start, end: start + String(m[1]).length, day: d, list: true, rank: 0 });
        at = start;
      }
      withLists.push(...extra);
      if (extra.length > 0) withLists.push({ ...r, list: true });
      else withLists.push(r);
    } else withLists.push(r);
  }
  return withLists;
}

type LabelKind = DateKind | 'startWeak' | 'startSpan';

interface Label {
  kind: LabelKind;
  start: number;
  end: number;
}

function labelsIn(text: string, lower: string, rx: DateRegexes): Label[] {
  const out: Label[] = [];
  for (const { kind, set } of rx.labels) for (const m of findPhrases(set, text, lower)) out.push({ kind, start: m.index, end: m.end });
  // Overlapping labels: the longer (more specific) wins ("senest innen" over "innen").
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Label[] = [];
  for (const l of out) {
    const last = kept[kept.length - 1];
    if (last && l.start < last.end) {
      if (l.end > last.end && l.kind === last.kind) last.end = l.end;
      continue;
    }
    kept.push(l);
  }
  return kept;
}

const applyRegex = perVocabulary((v: Vocabulary) => phraseRegex(v.applyWords, { global: false }));
/** What makes "fra 1. februar" a start: the position named before it, its pay not. */
const spanRegexes = perVocabulary((v: Vocabulary) => ({
  position: phraseRegex(v.percentWords, { global: false }),
  pay: phraseRegex(v.salaryLabels, { global: false }),
}));

const STRONG_REACH = 110;
const WEAK_REACH = 28;
const START_WEAK_REACH = 5;

/**
 * The kind of a date by the label before it in the same sentence. `li` is the index of the last
 * label that ends before the date; `prev` the date just before this one.
 */
function classify(
  text: string,
  r: { start: number; end: number; list: boolean; weak: boolean },
  labels: Label[],
  li: number,
  prev: { start: number; end: number; list: boolean } | undefined,
  v: Vocabulary,
): { kind: DateKind | null; distance: number; weakLabel?: boolean } {
  const best = labels[li];
  if (!best || best.end > r.start) return { kind: null, distance: -1 };
  const [sStart, sEnd] = sentenceBounds(text, r.start, r.end, 300);
  if (best.start < sStart) return { kind: null, distance: -1 };
  const distance = r.start - best.end;
  // A date between the label and this one takes the label (unless both are one list).
  if (prev && prev.start >= best.end && !(prev.list && r.list)) return { kind: null, distance };
  const reach =
    best.kind === 'deadlineWeak' ? WEAK_REACH : best.kind === 'startWeak' || best.kind === 'startSpan' ? START_WEAK_REACH : STRONG_REACH;
  if (r.weak && distance > 12) return { kind: null, distance };
  // "fra mandag den 13. april": a weekday between a short label and its date does not part them.
  const gap = distance > reach && distance <= 30 ? text.slice(best.end, r.start).trim() : '';
  if (distance > reach && !(gap && compile(v).weekdayOnly.test(gap))) return { kind: null, distance };
  if (best.kind === 'deadlineWeak' || best.kind === 'startWeak' || best.kind === 'startSpan') {
    // "tiltrædelse senest 1. marts", "Vorstellungsgespräche ab 10. April": a weak word belongs to
    // the label just before it.
    const prior = labels[li - 1];
    const weak = (k: LabelKind) => k === 'deadlineWeak' || k === 'startWeak' || k === 'startSpan';
    // Not when the sentence asks for the application before that label ("Bitte schicke uns Deine
    // Bewerbung inkl. möglichem Beginn bis zum 2. Dezember"): the date is the application's.
    if (
      prior &&
      !weak(prior.kind) &&
      prior.start >= sStart &&
      best.start - prior.end <= 40 &&
      !(best.kind === 'deadlineWeak' && prior.kind !== 'deadline' && applyRegex(v).test(text.slice(sStart, prior.start)))
    ) {
      return { kind: prior.kind as DateKind, distance };
    }
    // "fra senest 1. december 2016": a start at the latest, not a deadline.
    if (best.kind === 'deadlineWeak' && prior && (prior.kind === 'startWeak' || prior.kind === 'startSpan') && best.start - prior.end <= 2)
      return { kind: 'start', distance, weakLabel: true };
    if (best.kind === 'startWeak') return { kind: 'start', distance, weakLabel: true };
    if (best.kind === 'startSpan') {
      // "… 37 timer om ugen fra 1. august", "søger 1 barselsvikar … fra 1. februar 2021", "Vi har fra
      // 01.02.2019 ledig en fast stilling": the position in the sentence, not its pay.
      const before = text.slice(sStart, best.start);
      const rx = spanRegexes(v);
      // "… en projektanställning på 80 %. Från 1 juni 2020 till 30 november 2021.": a span that opens
      // its sentence is the period of the position the sentence before names.
      const prior = before.trim() === '' && sStart > 1 ? text.slice(sentenceBounds(text, sStart - 2, sStart - 2, 300)[0], sStart) : '';
      const sentence = `${prior} ${text.slice(sStart, sEnd)}`;
      if (!(rx.position.test(sentence) || hasTitleWord(before)) || rx.pay.test(before)) return { kind: null, distance };
      return { kind: 'start', distance, weakLabel: true };
    }
    const sentence = text.slice(sStart, Math.min(text.length, r.end + 120));
    if (!applyRegex(v).test(sentence)) return { kind: null, distance };
  }
  return { kind: best.kind, distance };
}

/** Advance a label index to the last label ending at or before `pos`. */
function labelIndex(labels: Label[], li: number, pos: number): number {
  let i = li;
  while (i + 1 < labels.length && labels[i + 1]!.end <= pos) i++;
  return i;
}

/** Every date in the ad, classified. Memoised on the context. */
/** Dates read at the most: an ad states a handful; thousands are a calendar or garbage, not an ad. */
const MAX_DATES = 400;
/** Characters of one paragraph searched for dates, at the most. */
const MAX_BLOCK = 10_000;

export function scanDates(ctx: TextContext): DateMention[] {
  const memo = ctx.memo.get('dates') as DateMention[] | undefined;
  if (memo) return memo;
  const rx = compile(ctx.dateVocab);
  const out: DateMention[] = [];
  let budget = MAX_DATES;
  ctx.blocks.forEach((b, bi) => {
    // A paragraph is a few hundred characters; a 60,000-character one is no prose: read its start.
    const text = b.text.length > MAX_BLOCK ? b.text.slice(0, MAX_BLOCK) : b.text;
    if (budget <= 0 || !/\d/.test(text)) return;
    const raws = scanBlock(text, rx).slice(0, budget);
    budget -= raws.length;
    if (raws.length === 0) return;
    const labels = labelsIn(text, b.lower, rx);
    let li = -1;
    raws.forEach((r, k) => {
      li = labelIndex(labels, li, r.start);
      const { kind: k0, distance, weakLabel } = classify(text, r, labels, li, raws[k - 1], ctx.dateVocab);
      let kind = k0;
      // A line that is only a date (a dateline under the headline) is the publication date.
      if (kind === null && r.year !== null && !r.weak && text.length <= 80) {
        const rest = (text.slice(0, r.start) + ' ' + text.slice(r.end)).trim();
        if (rest.length <= 30 && rx.weekdayOnly.test(rest)) kind = 'publication';
      }
      if (r.weak && kind === null) return;
      out.push({
        block: bi,
        start: r.start,
        end: r.end,
        year: r.year,
        month: r.month,
        day: r.day,
        time: timeNear(text, r.start, r.end, ctx.dateVocab),
        weak: r.weak,
        list: r.list,
        kind,
        labelDistance: distance,
        weakLabel: weakLabel === true || k0 === 'deadlineWeak',
        // Computed when asked for: most dates are never shown.
        get evidence() {
          return sentenceAround(text, r.start, r.end);
        },
      });
    });
  });
  ctx.memo.set('dates', out);
  return out;
}

/** Week numbers ("uge 20", "KW 20", "week 20 og 21"), classified like dates. */
export function scanWeeks(ctx: TextContext): WeekMention[] {
  const memo = ctx.memo.get('weeks') as WeekMention[] | undefined;
  if (memo) return memo;
  const rx = compile(ctx.dateVocab);
  const out: WeekMention[] = [];
  ctx.blocks.forEach((b, bi) => {
    const text = b.text;
    if (!/\d/.test(text)) return;
    const matches = startMatches(rx.week, text, NOT_BEFORE_WORD);
    if (matches.length === 0) return;
    const labels = labelsIn(text, b.lower, rx);
    let li = -1;
    for (const m of matches) {
      const w1 = Number(m[1]);
      const w2 = m[2] ? Number(m[2]) : null;
      if (w1 < 1 || w1 > 53) continue;
      const weeks = [w1];
      if (w2 !== null && w2 > w1 && w2 <= 53 && w2 - w1 <= 4) for (let w = w1 + 1; w <= w2; w++) weeks.push(w);
      const r = { start: m.index, end: m.index + m[0].length, list: false, weak: false };
      li = labelIndex(labels, li, r.start);
      const { kind } = classify(text, r, labels, li, undefined, ctx.dateVocab);
      out.push({
        block: bi,
        start: r.start,
        end: r.end,
        weeks,
        year: year4(m[3]),
        kind,
        get evidence() {
          return sentenceAround(text, r.start, r.end);
        },
      });
    }
  });
  ctx.memo.set('weeks', out);
  return out;
}

/** ISO day of a mention with a year, else null. */
export function mentionIso(m: { year: number | null; month: number; day: number }): string | null {
  return m.year === null ? null : `${m.year}-${pad2(m.month)}-${pad2(m.day)}`;
}
