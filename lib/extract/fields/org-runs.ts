// The runs of name words in a text, the candidates for the organisation's name
// (./org-candidates.ts ranks them): capitalised words, acronyms, legal forms, with small joining
// words between them ("Foreningen for Hjerneskadede og Pårørende").
import { wordSet } from '../locales/words';
import { grammarSet } from '../locales/grammar';
import { isUpper } from '../util';
import { isOrgWord } from './org-words';

/** Small words inside a name: "Foreningen for Hjerneskadede og Pårørende", "Bündnis 90/Die Grünen". */
export const JOINERS = grammarSet('nameJoiners');

export interface Run {
  value: string;
  index: number;
}

/** Words a scraped page glued together ("Longford County CouncilLongford") come apart at the capital. */
function unglue(w: string, at: number): { w: string; at: number }[] {
  const m = /^(\p{Lu}?\p{Ll}{3,})(\p{Lu}\p{Ll}{2}.*)$/u.exec(w);
  if (!m) return [{ w, at }];
  return [{ w: m[1]!, at }, ...unglue(m[2]!, at + m[1]!.length)];
}

/** A word that can stand in a name: capitalised, an acronym, a number after a name, or a legal form. */
function nameWord(w: string, legal: Set<string>): boolean {
  return isUpper(w.charAt(0)) || legal.has(w.toLocaleLowerCase()) || /^\d{1,4}(?:\/\p{Lu}\p{L}{0,20}|-\p{L}{3,30})?$/u.test(w);
}

/** The runs of name words in the text, each cut at punctuation, with joiners only between name words. */
export function runsOf(text: string): Run[] {
  const legal = wordSet('legalForms');
  const orgWords = wordSet('orgWords');
  const out: Run[] = [];
  const token = /[\p{L}\p{N}][\p{L}\p{N}'’./&-]{0,40}|&/gu;
  // Sentences and clauses: a full stop ends one only before white space ("e.V." stays in its name).
  const clause = /(?:[^\n.!?:;,()[\]"“”«»|•·–—]|\.(?!\s|$)){2,400}/gu;
  for (const m of text.matchAll(clause)) {
    const seg = m[0];
    const words = [...seg.matchAll(token)].flatMap((t) => unglue(t[0].replace(/[’']$/u, ''), m.index! + t.index!));
    let start = -1;
    let last = -1;
    const flush = (): void => {
      if (start >= 0 && last >= start) {
        const from = words[start]!.at;
        const to = words[last]!.at + words[last]!.w.length;
        out.push({ value: text.slice(from, to), index: from });
      }
      start = -1;
      last = -1;
    };
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.w;
      const lower = w.toLocaleLowerCase();
      if (nameWord(w, legal)) {
        if (start < 0) start = i;
        last = i;
      } else if (start >= 0 && (JOINERS.has(lower) || isOrgWord(lower, orgWords))) {
        // A joiner waits for the next name word; a lower-case organisation word ("sogns menighedsråd") ends the name.
        if (!JOINERS.has(lower)) last = i;
      } else flush();
    }
    flush();
  }
  return out;
}
