/**
 * Pay as stated: {amount, currency, period, text}. "kr 40 800 pr måned" (NOK by the language),
 * "Lønnen er pt. 25.858 for 28 timer" (DKK, a month by its size), "månadslön 32 000 kr",
 * "60.000 € brutto jährlich", "£32,000 per year"; "løn efter overenskomst" keeps the words with no
 * amount. A pension percentage, "3,4%", a year or a number of hours is not pay.
 */
import type { Salary } from '../../schema/draft';
import type { Found } from '../types';
import type { Vocabulary } from '../locales/types';
import type { TextContext } from './context';
import { grammarAlt } from '../locales/grammar';
import { UNION } from '../locales/index';
import { clip } from '../util';
import {
  allMatches,
  phraseAlternation,
  findPhrases,
  perVocabulary,
  phraseRegex,
  phraseSet,
  sentenceAround,
  sentenceBounds,
  type PhraseHit,
} from './text';

type Period = 'month' | 'year' | 'hour';

/** Numbers of one paragraph looked at as pay, at the most. */
const MAX_NUMBERS = 200;

// An amount, with thousands separators and decimals ("38.000", "40 800", "172,50", "25.858,-").
const AMOUNT_RE = /(\d{1,3}(?:[ .,’']\d{3})+|\d{2,7})(?:[.,](-{1,2}|\d{2}))?(?!\d|[.,]\d)/gu;
const CUR_BEFORE = new RegExp(`(${grammarAlt('currencyWords')}|[€£$])\\s{0,2}$`, 'iu');
const CUR_AFTER = new RegExp(`^\\s{0,2}(${grammarAlt('currencyWords')}|€|£)(?!\\p{L})`, 'iu');
const RANGE_AFTER = /^\s{0,2}[-–]\s{0,2}(?:kr\.?\s{0,2}|€\s{0,2}|£\s{0,2})?\d{1,3}(?:[ .,’']\d{3}){0,3}\d{0,4}(?:[.,]-{1,2})?/u;
const NOT_PAY_AFTER = new RegExp(
  `^\\s{0,2}(?:%|${grammarAlt('percentWords', 'countNouns', 'magnitudeWords')}|${phraseAlternation(UNION.hoursWords)}|m2|km)(?!\\p{L})`,
  'iu',
);

const compile = perVocabulary((v: Vocabulary) => ({
  label: phraseSet(v.salaryLabels),
  terms: phraseSet(v.salaryTermPhrases),
  negative: phraseRegex(v.percentNegativeWords),
  // "lønnstrinn 58", "lønnstrinn 52-58", "stillingskode 1434", "TVöD E 11": a grade or code right before the number.
  scale: new RegExp(
    `(?<![\\p{L}])(?:${phraseAlternation(v.payScaleWords)})(?:[ \\t]{1,2}[A-Za-z]{1,2})?[ \\t]{0,2}(?:\\d{1,4}[ \\t]{0,2}[-–][ \\t]{0,2})?$`,
    'iu',
  ),
  month: new RegExp(`(?:${phraseAlternation(v.perMonthWords)})`, 'iu'),
  year: new RegExp(`(?:${phraseAlternation(v.perYearWords)})`, 'iu'),
  hour: new RegExp(`(?:${phraseAlternation(v.perHourWords)})`, 'iu'),
}));

function currencyOf(token: string, ctx: TextContext): string | null {
  const t = token.toLowerCase().replace(/\.$/, '');
  if (t === 'kr' || t === 'kroner') {
    if (ctx.vocab.krCurrency) return ctx.vocab.krCurrency;
    return ctx.country === '47' ? 'NOK' : ctx.country === '46' ? 'SEK' : ctx.country === '45' ? 'DKK' : null;
  }
  const map: Record<string, string> = {
    dkk: 'DKK',
    nok: 'NOK',
    sek: 'SEK',
    eur: 'EUR',
    euro: 'EUR',
    '€': 'EUR',
    '£': 'GBP',
    gbp: 'GBP',
    $: 'USD',
    usd: 'USD',
    chf: 'CHF',
  };
  return map[t] ?? null;
}

function defaultCurrency(ctx: TextContext): string | null {
  if (ctx.vocab.krCurrency) return ctx.vocab.krCurrency;
  if (ctx.lang === 'de') return 'EUR';
  return null;
}

function parseAmount(s: string): number {
  const digits = /^\d{1,3}(?:[ .,’']\d{3})+$/u.test(s) ? s.replace(/[ .,’']/gu, '') : s;
  return Number(digits);
}

function periodBySize(amount: number, currency: string | null): Period | null {
  const nordic = currency === null || currency === 'DKK' || currency === 'NOK' || currency === 'SEK';
  if (nordic) {
    if (amount >= 100 && amount <= 800) return 'hour';
    if (amount >= 10_000 && amount <= 150_000) return 'month';
    if (amount >= 180_000 && amount <= 3_000_000) return 'year';
    return null;
  }
  if (amount >= 8 && amount <= 150) return 'hour';
  if (amount >= 1_000 && amount <= 14_000) return 'month';
  if (amount >= 15_000 && amount <= 500_000) return 'year';
  return null;
}

/** Whether an amount can be pay for the period stated beside it ("$500 per annum" is a budget). */
function plausible(amount: number, currency: string | null, period: Period): boolean {
  const nordic = currency === null || currency === 'DKK' || currency === 'NOK' || currency === 'SEK';
  const [lo, hi] =
    period === 'hour'
      ? nordic
        ? [50, 3_000]
        : [5, 500]
      : period === 'month'
        ? nordic
          ? [5_000, 400_000]
          : [100, 60_000]
        : nordic
          ? [60_000, 5_000_000]
          : [5_000, 1_500_000];
  return amount >= lo && amount <= hi;
}

export function parseSalary(ctx: TextContext): Found<Salary> | null {
  const rx = compile(ctx.vocab);
  let terms: Found<Salary> | null = null;
  for (const b of ctx.blocks) {
    const t = b.text;
    const hasDigits = /\d{2}/.test(t);
    if (hasDigits) {
      let labels: PhraseHit[] | null = null;
      // A paragraph states a few numbers; thousands of them are a table or garbage: the first ones are read.
      for (const m of allMatches(AMOUNT_RE, t, MAX_NUMBERS)) {
        const start = m.index;
        if (start > 0 && /[\d.,]/.test(t[start - 1] ?? '')) continue;
        const end = start + m[0].length;
        const raw = m[1] ?? '';
        const cents = m[2] && /^\d{2}$/.test(m[2]) ? Number(m[2]) / 100 : 0;
        const amount = parseAmount(raw) + cents;
        const before = t.slice(Math.max(0, start - 8), start);
        const after = t.slice(end, end + 60);
        const range = RANGE_AFTER.exec(after);
        const afterRange = range ? after.slice(range[0].length) : after;
        const curB = CUR_BEFORE.exec(before);
        const curA = CUR_AFTER.exec(after) ?? CUR_AFTER.exec(afterRange);
        if (NOT_PAY_AFTER.test(after)) continue;
        labels ??= findPhrases(rx.label, t, b.lower);
        // Neither a currency nor a pay label just before it: no pay (checked before the costlier sentence bounds).
        if (!curB && !curA && !labels.some((l) => l.index < start && start - l.end <= 60)) continue;
        if (rx.scale.test(t.slice(Math.max(0, start - 30), start))) continue;
        const [sa, sb] = sentenceBounds(t, start, end, 300);
        const label = labels.find((l) => l.index >= sa && l.index < start && start - l.end <= 60);
        if (!curB && !curA && !label) continue;
        // A year ("2019"), a small count or a number in a pension clause is not pay.
        if (!curB && !curA && /^(?:19|20)\d{2}$/.test(raw)) continue;
        if (amount > 5_000_000 || (amount < 50 && !curB && !curA)) continue;
        const near = t.slice(Math.max(sa, start - 30), Math.min(sb, end + 10));
        if (allMatches(rx.negative, near).length > 0 && !label) continue;
        const currency = curB ? currencyOf(curB[1] ?? '', ctx) : curA ? currencyOf(curA[1] ?? '', ctx) : defaultCurrency(ctx);
        const window = t.slice(Math.max(sa, start - 40), Math.min(sb, end + 40));
        const period: Period | null = rx.hour.test(window)
          ? 'hour'
          : rx.month.test(window)
            ? 'month'
            : rx.year.test(window)
              ? 'year'
              : periodBySize(amount, currency);
        if (period === null && !label && !curB && !curA) continue;
        if (period !== null && !plausible(amount, currency, period)) continue;
        // A small amount is pay only by the hour, stated as such ("£12.50 per hour"), never by its size.
        if (amount < 50 && !rx.hour.test(window)) continue;
        const text = clip(sentenceAround(t, start, end), 300);
        return { value: { amount, currency, period, text: text.slice(0, 500) }, evidence: text, source: 'text' };
      }
    }
    if (terms === null) {
      const m = findPhrases(rx.terms, t, b.lower)[0];
      if (m) {
        const text = clip(sentenceAround(t, m.index, m.end), 300);
        terms = { value: { amount: null, currency: null, period: null, text }, evidence: text, source: 'text' };
      }
    }
  }
  return terms;
}
