/**
 * The shared date grammar: every date the ad writes ("15/12", "6. maj 2020", "19.oktober",
 * "2020-05-06", "May 6, 2020", "20. og 21. december", "uge 20") with its time of day, and what the
 * date is by the label before it (deadline, start, interview, publication).
 */
import type { TextContext } from './context';
import type { Vocabulary } from '../locales/types';
import { validDay, pad2 } from './calendar';
import { alternation, allMatches, perVocabulary, phraseRegex, sentenceBounds, sentenceAround } from './text';

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
  iso: RegExp;
  dmy: RegExp;
  dmSlashYear: RegExp;
  dmSlash: RegExp;
  dmDot: RegExp;
  textual: RegExp;
  monthFirst: RegExp | null;
  listBefore: RegExp;
  timeAfter: RegExp;
  timeBefore: RegExp;
  week: RegExp;
  labels: { kind: DateKind; re: RegExp }[];
  months: Map<string, number>;
  weekdayOnly: RegExp;
}

const compile = perVocabulary((v: Vocabulary): DateRegexes => {
  const months = new Map<string, number>();
  for (const [k, n] of Object.entries(v.months)) months.set(k.toLowerCase(), n);
  const monthAlt = alternation([...months.keys()]);
  const connectors = alternation(v.listConnectors.filter((c) => c.length > 0));
  const markers = alternation(v.timeMarkers);
  const suffixes = v.timeSuffixes.length > 0 ? alternation(v.timeSuffixes) : '(?!)';
  const weekdays = alternation(v.weekdays);
  const hasEnglish = 'may' in v.months;
  return {
    iso: /(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g,
    dmy: /(?<![\d.,/:])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/g,
    dmSlashYear: /(?<![\d.,/:])(\d{1,2})\/(\d{1,2})(?:\s{0,2}[-–]\s{0,2}|\s{1,2})(\d{4})(?![\d])/g,
    dmSlash: /(?<![\d.,/:])(\d{1,2})\/(\d{1,2})(?![\d/])/g,
    dmDot: /(?<![\d.,/:])(\d{1,2})\.(\d{1,2})(\.?)(?![\d])/g,
    textual: new RegExp(
      `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s{0,2}(?:of\\s{1,2})?(${monthAlt})(?:\\.|(?![\\p{L}]))(?:,?\\s{0,2}(\\d{4})(?![\\d]))?`,
      'giu',
    ),
    monthFirst: hasEnglish
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(${monthAlt})\\.?\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])(?:,?\\s{1,2}(\\d{4})(?![\\d]))?`,
          'giu',
        )
      : null,
    listBefore: new RegExp(`(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s{0,2}(?:${connectors})\\s{0,2}$`, 'iu'),
    timeAfter: new RegExp(
      `^[\\s,]{0,3}(?:(?:${markers})\\s{0,2})?(?:(?:kl\\.?|klokken|klokka)\\s{0,2})?(\\d{1,2})(?:[.:](\\d{2}))?(?![\\d.,]\\d)\\s{0,2}(${suffixes})?(?![\\p{L}\\d%])`,
      'iu',
    ),
    timeBefore: new RegExp(
      `(?:${markers}|kl\\.?|klokken|klokka)\\s{0,2}(\\d{1,2})(?:[.:](\\d{2}))?\\s{0,2}(${suffixes})?[\\s,]{0,3}(?:(?:den|d\\.|am|on|the)\\s{0,2})?(?:(?:${weekdays})\\s{0,2}(?:den|d\\.)?\\s{0,2})?$`,
      'iu',
    ),
    week: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${alternation(v.weekWords)})\\.?\\s{0,2}(\\d{1,2})(?:\\s{0,2}(?:${connectors})\\s{0,2}(\\d{1,2}))?(?:\\s{0,2}(?:,|i|in|im|of)?\\s{0,2}(\\d{4}))?(?![\\d])`,
      'giu',
    ),
    labels: [
      { kind: 'deadline' as const, re: phraseRegex(v.deadlineLabels) },
      { kind: 'deadlineWeak' as const, re: phraseRegex(v.deadlineWeakLabels, { whole: true }) },
      { kind: 'start' as const, re: phraseRegex(v.startLabels) },
      { kind: 'interview' as const, re: phraseRegex(v.interviewLabels) },
      { kind: 'publication' as const, re: phraseRegex(v.publicationLabels) },
    ],
    months,
    weekdayOnly: new RegExp(`^(?:(?:${weekdays}|${alternation(v.publicationLabels)}|den|d\\.|the|am|on)[\\s,:.]{0,3})*$`, 'iu'),
  };
});

const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

function year4(s: string | undefined): number | null {
  if (!s) return null;
  let y = Number(s);
  if (s.length === 2) y += 2000;
  return y >= YEAR_MIN && y <= YEAR_MAX ? y : null;
}

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
  for (const m of allMatches(rx.textual, text)) {
    const month = rx.months.get((m[2] ?? '').toLowerCase());
    if (month === undefined) continue;
    const y = m[3] ? year4(m[3]) : null;
    // A 4-digit number after the month that is not a plausible year: keep the date, drop the number.
    const end = m[3] && y === null ? m.index + m[0].length - m[3].length : m.index + m[0].length;
    push(m.index, end, y, month, Number(m[1]), false, 4);
  }
  if (rx.monthFirst) {
    for (const m of allMatches(rx.monthFirst, text)) {
      const month = rx.months.get((m[1] ?? '').toLowerCase());
      if (month === undefined) continue;
      const y = m[3] ? year4(m[3]) : null;
      push(m.index, m.index + m[0].length, y, month, Number(m[2]), false, 3);
    }
  }
  for (const m of allMatches(rx.iso, text)) push(m.index, m.index + m[0].length, year4(m[1]), Number(m[2]), Number(m[3]), false, 5);
  for (const m of allMatches(rx.dmy, text)) {
    const y = year4(m[4]);
    if (y === null) continue;
    push(m.index, m.index + m[0].length, y, Number(m[3]), Number(m[1]), false, 5);
  }
  for (const m of allMatches(rx.dmSlashYear, text)) {
    const y = year4(m[3]);
    if (y === null) continue;
    push(m.index, m.index + m[0].length, y, Number(m[2]), Number(m[1]), false, 4);
  }
  for (const m of allMatches(rx.dmSlash, text)) push(m.index, m.index + m[0].length, null, Number(m[2]), Number(m[1]), false, 2);
  for (const m of allMatches(rx.dmDot, text)) {
    // "12.00" after "kl." is a time; "3.4" inside a longer number is not a date.
    const before = text.slice(Math.max(0, m.index - 10), m.index);
    if (/(?:kl\.?|klokken|klokka|um|at)\s{0,2}$/iu.test(before)) continue;
    push(m.index, m.index + m[0].length, null, Number(m[2]), Number(m[1]), m[3] !== '.', 1);
  }
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

function timeNear(text: string, start: number, end: number, rx: DateRegexes): string | null {
  const after = rx.timeAfter.exec(text.slice(end, end + 40));
  if (after) {
    const hasMarker = /\p{L}/u.test(after[0].slice(0, after[0].indexOf(after[1] ?? '')));
    const t = toTime(after[1], after[2], after[3], hasMarker);
    if (t) return t;
  }
  const before = rx.timeBefore.exec(text.slice(Math.max(0, start - 48), start));
  if (before) {
    const t = toTime(before[1], before[2], before[3], true);
    if (t) return t;
  }
  return null;
}

function toTime(h: string | undefined, min: string | undefined, suffix: string | undefined, marker: boolean): string | null {
  if (h === undefined) return null;
  let hour = Number(h);
  const minute = min === undefined ? 0 : Number(min);
  const suf = (suffix ?? '').toLowerCase().replace(/\./g, '');
  if (!marker && min === undefined && suf === '') return null;
  if (suf === 'pm' && hour < 12) hour += 12;
  if (suf === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  if (hour === 24) return null;
  return `${pad2(hour)}:${pad2(minute)}`;
}

interface Label {
  kind: DateKind;
  start: number;
  end: number;
}

function labelsIn(text: string, rx: DateRegexes): Label[] {
  const out: Label[] = [];
  for (const { kind, re } of rx.labels) for (const m of allMatches(re, text)) out.push({ kind, start: m.index, end: m.index + m[0].length });
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

const STRONG_REACH = 110;
const WEAK_REACH = 28;

/** The kind of a date by the labels before it in the same sentence. */
function classify(
  text: string,
  r: { start: number; end: number; list: boolean; weak: boolean },
  labels: Label[],
  dateStarts: { start: number; end: number; list: boolean }[],
  v: Vocabulary,
): { kind: DateKind | null; distance: number } {
  const [sStart] = sentenceBounds(text, r.start, r.end, 300);
  let best: Label | null = null;
  for (const l of labels) {
    if (l.end > r.start) break;
    if (l.start < sStart) continue;
    best = l;
  }
  if (!best) return { kind: null, distance: -1 };
  const distance = r.start - best.end;
  // A date between the label and this one takes the label (unless both are one list).
  for (const d of dateStarts) {
    if (d.start >= best.end && d.end <= r.start && !(d.list && r.list)) return { kind: null, distance };
  }
  const reach = best.kind === 'deadlineWeak' ? WEAK_REACH : STRONG_REACH;
  if (r.weak && distance > 12) return { kind: null, distance };
  if (distance > reach) return { kind: null, distance };
  if (best.kind === 'deadlineWeak') {
    // "tiltrædelse senest 1. marts": the weak word belongs to the label before it.
    const other = labels.filter((l) => l.end <= best.start && l.start >= sStart && best.start - l.end <= 40 && l.kind !== 'deadlineWeak');
    const prior = other[other.length - 1];
    if (prior) return { kind: prior.kind, distance };
    const sentence = text.slice(sStart, Math.min(text.length, r.end + 120));
    if (!applyRegex(v).test(sentence)) return { kind: null, distance };
  }
  return { kind: best.kind, distance };
}

/** Every date in the ad, classified. Memoised on the context. */
export function scanDates(ctx: TextContext): DateMention[] {
  const memo = ctx.memo.get('dates') as DateMention[] | undefined;
  if (memo) return memo;
  const rx = compile(ctx.vocab);
  const out: DateMention[] = [];
  ctx.blocks.forEach((b, bi) => {
    const text = b.text;
    if (!/\d/.test(text)) return;
    const raws = scanBlock(text, rx);
    if (raws.length === 0) return;
    const labels = labelsIn(text, rx);
    for (const r of raws) {
      const { kind: k0, distance } = classify(text, r, labels, raws, ctx.vocab);
      let kind = k0;
      // A line that is only a date (a dateline under the headline) is the publication date.
      if (kind === null && r.year !== null && !r.weak) {
        const rest = (text.slice(0, r.start) + ' ' + text.slice(r.end)).trim();
        if (rest.length <= 30 && rx.weekdayOnly.test(rest)) kind = 'publication';
      }
      if (r.weak && kind === null) continue;
      out.push({
        block: bi,
        start: r.start,
        end: r.end,
        year: r.year,
        month: r.month,
        day: r.day,
        time: timeNear(text, r.start, r.end, rx),
        weak: r.weak,
        list: r.list,
        kind,
        labelDistance: distance,
        evidence: sentenceAround(text, r.start, r.end),
      });
    }
  });
  ctx.memo.set('dates', out);
  return out;
}

/** Week numbers ("uge 20", "KW 20", "week 20 og 21"), classified like dates. */
export function scanWeeks(ctx: TextContext): WeekMention[] {
  const memo = ctx.memo.get('weeks') as WeekMention[] | undefined;
  if (memo) return memo;
  const rx = compile(ctx.vocab);
  const out: WeekMention[] = [];
  ctx.blocks.forEach((b, bi) => {
    const text = b.text;
    if (!/\d/.test(text)) return;
    const matches = allMatches(rx.week, text);
    if (matches.length === 0) return;
    const labels = labelsIn(text, rx);
    for (const m of matches) {
      const w1 = Number(m[1]);
      const w2 = m[2] ? Number(m[2]) : null;
      if (w1 < 1 || w1 > 53) continue;
      const weeks = [w1];
      if (w2 !== null && w2 > w1 && w2 <= 53 && w2 - w1 <= 4) for (let w = w1 + 1; w <= w2; w++) weeks.push(w);
      const r = { start: m.index, end: m.index + m[0].length, list: false, weak: false };
      const { kind } = classify(text, r, labels, [], ctx.vocab);
      out.push({ block: bi, start: r.start, end: r.end, weeks, year: year4(m[3]), kind, evidence: sentenceAround(text, r.start, r.end) });
    }
  });
  ctx.memo.set('weeks', out);
  return out;
}

/** ISO day of a mention with a year, else null. */
export function mentionIso(m: { year: number | null; month: number; day: number }): string | null {
  return m.year === null ? null : `${m.year}-${pad2(m.month)}-${pad2(m.day)}`;
}
