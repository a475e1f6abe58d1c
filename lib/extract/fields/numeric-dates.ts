// Dates written in figures: "2020-05-06", "19.10.2019", "19/10/19", "1/3-2024", "1/3 2019",
// "15/12", "19.10." and "pr. 1.7 2024". Used by ./dates.ts, which reads the written-out forms.
import { grammarAlt } from '../locales/grammar';
import { FIRST_YEAR, LAST_YEAR } from '../../schema/days';

const NUMERIC = /(\d{1,4})([./-])(\d{1,2})(?:([./-])(\d{1,4}))?/g;
const NOT_BEFORE_NUMERIC = /[\d.,/:]/u;
const SLASH_YEAR_AFTER = /^(?:\s{0,2}[-–]\s{0,2}|\s{1,2})(\d{4})(?!\d)/u;
let TIME_MARKER: RegExp | null = null;
const timeMarkerBefore = (): RegExp => (TIME_MARKER ??= new RegExp(`(?:${grammarAlt('clockWords')})\\s{0,2}$`, 'iu'));

/** Matches of a global regex whose first character does not follow a character of `notBefore`. */
export function startMatches(re: RegExp, s: string, notBefore: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m.index > 0 && notBefore.test(s[m.index - 1] ?? '')) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

export function year4(s: string | undefined): number | null {
  if (!s) return null;
  let y = Number(s);
  if (s.length === 2) y += 2000;
  return y >= FIRST_YEAR && y <= LAST_YEAR ? y : null;
}

/** Each date in figures in `text`, passed to `push` (start, end, year, month, day, weak, rank). */
export function numericDates(
  text: string,
  push: (start: number, end: number, y: number | null, m: number, d: number, weak: boolean, rank: number) => void,
): void {
  for (const m of startMatches(NUMERIC, text, NOT_BEFORE_NUMERIC)) {
    const start = m.index;
    let end = start + m[0].length;
    if (/\d/.test(text[end] ?? '')) continue;
    const [g1 = '', sep = '', g3 = '', sep2, g5] = [m[1], m[2], m[3], m[4], m[5]];
    if (g1.length === 4) {
      // 2020-05-06
      if (sep === '-' && sep2 === '-' && g5 !== undefined && g5.length <= 2) push(start, end, year4(g1), Number(g3), Number(g5), false, 5);
      continue;
    }
    if (g1.length > 2) continue;
    const day = Number(g1);
    const month = Number(g3);
    if (sep2 !== undefined && g5 !== undefined) {
      if (sep2 === sep && (g5.length === 4 || g5.length === 2)) {
        // 19.10.2019, 19/10/19, 19-10-2019; and "3/28/2022", month first, when its second figure can only be a day
        const y = year4(g5);
        if (y !== null && sep === '/' && month > 12 && day <= 12) push(start, end, y, day, month, false, 5);
        else if (y !== null) push(start, end, y, month, day, false, 5);
        continue;
      }
      if (sep === '/' && sep2 === '-' && (g5.length === 4 || g5.length === 2)) {
        // 1/3-2024, 28/3-22
        const y = year4(g5);
        if (y !== null) push(start, end, y, month, day, false, 4);
        continue;
      }
      if (sep === '.' && sep2 === '.') continue;
      end = start + g1.length + 1 + g3.length;
    }
    if (sep === '/') {
      // 1/3 2019, or 15/12 without a year
      const y = SLASH_YEAR_AFTER.exec(text.slice(end, end + 8));
      if (y) push(start, end + y[0].length, year4(y[1]), month, day, false, 4);
      else push(start, end, null, month, day, false, 2);
    } else if (sep === '.') {
      // "19.10." without a year; "19.10" is weak (it may be a time or a decimal)
      const before = text.slice(Math.max(0, start - 10), start);
      if (timeMarkerBefore().test(before)) continue;
      const dotAfter = text[end] === '.' && !/\d/.test(text[end + 1] ?? '');
      // "pr. 1.7 2024": the year after a space.
      const y = dotAfter ? null : SLASH_YEAR_AFTER.exec(text.slice(end, end + 8));
      if (y) push(start, end + y[0].length, year4(y[1]), month, day, false, 4);
      else push(start, dotAfter ? end + 1 : end, null, month, day, !dotAfter, 1);
    }
  }
}
