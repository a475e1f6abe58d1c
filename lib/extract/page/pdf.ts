// Text taken out of a PDF: words hyphenated across line ends are joined again ("kommu-\nnikation"
// → "kommunikation") while real hyphens stay ("politik- og", "2025-klimamålet", "COP-forhandlinger"),
// and lines broken in the middle of a sentence are joined into one.
import { grammarSet } from '../locales/grammar';
import { trimEndWhere } from '../util';

/** Conjunctions after a suspended hyphen ("miljø- og klimapolitik"): the hyphen is real. */
const CONJUNCTIONS = grammarSet('conjunctions');

/** True when the text looks like PDF text: several lines end in a hyphen after a lower-case
 *  letter and the next line goes on in lower case. */
export function looksLikePdfText(text: string): boolean {
  const m = text.match(/\p{Ll}-[ \t]{0,3}\n[ \t]{0,3}\p{Ll}/gu);
  return (m?.length ?? 0) >= 3;
}

export function dehyphenate(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => trimEndWhere(l, /[ \t]/u).replace(/^•[ \t]+/, '• '));
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    let cur = lines[i]!;
    i++;
    // Join following lines onto cur while cur is broken mid-word or mid-sentence.
    for (let guard = 0; guard < 200 && i < lines.length; guard++) {
      let j = i;
      // The PDF tool sometimes puts an empty line inside a sentence: look past one.
      if (lines[j]!.trim() === '' && j + 1 < lines.length && startsLower(lines[j + 1]!) && !endsSentence(cur) && cur.trim() !== '') j++;
      const next = lines[j]!.trim();
      if (next === '' || cur.trim() === '') break;
      const hy = /(\S{0,60}?)-$/u.exec(cur);
      if (hy && hy[1] && /\p{L}$/u.test(hy[1])) {
        const firstWord = /^[\p{L}\p{N}]{1,40}/u.exec(next)?.[0] ?? '';
        if (CONJUNCTIONS.has(firstWord.toLowerCase())) {
          cur = cur + ' ' + next;
        } else if (/^\p{Ll}/u.test(next) && /\p{Ll}$/u.test(hy[1])) {
          cur = cur.slice(0, -1) + next;
        } else {
          cur = cur + next; // "COP-\nforhandlinger", "Nørrebro-\nNordvest": the hyphen stays
        }
        i = j + 1;
        continue;
      }
      if (/\p{N}-$/u.test(cur)) {
        cur = cur + next; // "2025-\nklimamålet"
        i = j + 1;
        continue;
      }
      if (next.startsWith('• ') || endsSentence(cur) || capsHeading(cur)) break;
      if (startsLower(next) || (cur.length >= 45 && !/^\p{Lu}[\p{L} ]{0,40}[:?]$/u.test(next))) {
        cur = cur + ' ' + next;
        i = j + 1;
        continue;
      }
      break;
    }
    out.push(cur);
  }
  return out.join('\n');
}

/** A line in capitals ("PROSJEKTLEDER – REN KYST NORD"): a heading, never the start of a sentence that runs on. */
function capsHeading(s: string): boolean {
  const t = s.trim();
  return t.length <= 100 && /\p{Lu}{3}/u.test(t) && !/\p{Ll}/u.test(t);
}
function startsLower(s: string): boolean {
  return /^[ \t]{0,8}[\p{Ll}\p{N}(]/u.test(s);
}
function endsSentence(s: string): boolean {
  return /[.!?:;]["”»)]?$/u.test(s.trimEnd());
}
