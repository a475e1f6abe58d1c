// The time of day written next to a date: after it ("15. januar kl. 12.00", "25.01.2019 - 15:00",
// "20 July at noon") or before it ("kl. 12 den 15. januar", "by 4PM on Monday, April 29",
// "5pm BST on 1st June", "12:00 midday, 28 July", "midday Monday, 26 January").
import type { Vocabulary } from '../locales/types';
import { grammarAlt } from '../locales/grammar';
import { pad2 } from './calendar';
import { perVocabulary, phraseAlternation } from './text';

const compile = perVocabulary((v: Vocabulary) => {
  const markers = phraseAlternation(v.timeMarkers);
  const suffixes = v.timeSuffixes.length > 0 ? phraseAlternation(v.timeSuffixes) : '(?!)';
  const noon = phraseAlternation(v.noonWords);
  // "on Monday, ", "den ": the words between a time and the date it belongs to.
  const articles = grammarAlt('dateArticles');
  const dayWords = `[\\s,]{0,3}(?:(?:${articles})\\s{0,2})?(?:(?:${phraseAlternation(Object.keys(v.weekdays))}),?\\s{0,2}(?:${articles})?\\s{0,2})?$`;
  return {
    // A dash may stand between the date and its time ("25.01.2019 - 15:00"; not a further date, "- 15.02.2019"),
    // or a parenthesis around the time ("15. januar 2027 (kl. 23.59)", "15 January 2027 (5pm)").
    timeAfter: new RegExp(
      `^[\\s,]{0,3}(?:[-–(]\\s{0,2})?(?:(?:${markers})\\s{0,2})?(?:(?:${grammarAlt('clockWords')})\\s{0,2})?(\\d{1,2})(?:[.:](\\d{2}))?(?![\\d.,]\\d)\\s{0,2}(${suffixes})?(?![\\p{L}\\d%])`,
      'iu',
    ),
    // "Closing date is Wednesday 20 July at noon.", "Friday 15th January 2027 (12 noon)".
    noonAfter: new RegExp(`^[\\s,]{0,3}\\(?\\s{0,2}(?:(?:${markers})\\s{0,2})?(?:12(?:[.:]00)?\\s{0,2})?(?:${noon})(?![\\p{L}])`, 'iu'),
    // "noon on 31 July", "midday Monday, 26 January".
    noonBefore: new RegExp(`(?<![\\p{L}\\d])(?:${noon})${dayWords}`, 'iu'),
    // A marker ("kl.", "at") or, without one, a time that says it is one ("9am", "14:00"); a second
    // word after it may name the zone or the noon ("5pm BST", "12:00 midday").
    timeBefore: new RegExp(
      `(?:(${markers}|${grammarAlt('clockWords')})\\s{0,2})?(?<![\\d,:])(?<!\\d\\.)(\\d{1,2})(?:[.:](\\d{2}))?\\s{0,2}(${suffixes})?(?:\\s{1,2}(?:${suffixes}|${noon})(?![\\p{L}]))?${dayWords}`,
      'iu',
    ),
  };
});

/** The time of day stated just after a date or just before it, as "HH:mm"; null when none is. */
export function timeNear(text: string, start: number, end: number, v: Vocabulary): string | null {
  const rx = compile(v);
  const after = rx.timeAfter.exec(text.slice(end, end + 40));
  if (after) {
    const hasMarker = /\p{L}/u.test(after[0].slice(0, after[0].indexOf(after[1] ?? '')));
    const t = toTime(after[1], after[2], after[3], hasMarker);
    if (t) return t;
  }
  if (rx.noonAfter.test(text.slice(end, end + 30))) return '12:00';
  const window = text.slice(Math.max(0, start - 48), start);
  const before = rx.timeBefore.exec(window);
  if (before) {
    const t = toTime(before[2], before[3], before[4], before[1] !== undefined);
    if (t) return t;
  }
  return rx.noonBefore.test(window) ? '12:00' : null;
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
