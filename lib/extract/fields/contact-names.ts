// Runs of capitalised words that may be a person's name ("Gitte Ballenstedt", "Andy McCulloch",
// "Bjørn Emil H. Brattli"), read by ./contacts.ts. Streets, roles, weekdays and the first part of
// a shared compound ("Kultur- und …") are no name words.
import { grammarSet, grammarWords } from '../locales/grammar';
import { alternation } from '../util';
import type { Compiled } from './contacts';

const WORD_RE = /\p{L}[\p{L}\p{M}'’]{0,30}(?:-\p{L}[\p{L}\p{M}'’]{0,30}){0,2}\.?/gu;
// "McCulloch", "MacLeod", "O'Brien": a surname prefix (locales: surnamePrefixes) before a second capital.
let NAME_WORD: RegExp | null = null;
const nameWord = (): RegExp =>
  (NAME_WORD ??= new RegExp(
    `^(?:${alternation(grammarWords('surnamePrefixes'))})?\\p{Lu}[\\p{Ll}\\p{M}'’]{1,30}(?:-\\p{Lu}?[\\p{Ll}\\p{M}]{1,30}){0,2}$`,
    'u',
  ));
export const INITIAL = /^\p{Lu}\.$/u;
const PARTICLES = grammarSet('nameParticles');
/** What may stand between a name and its number or address. */
export interface Run {
  names: string[];
  /** Offset of each name word. */
  starts: number[];
  start: number;
  end: number;
}

function isNameWord(w: string, c: Compiled): boolean {
  if (!nameWord().test(w)) return false;
  const low = w.toLowerCase();
  if (c.stop.has(low)) return false;
  if (c.roleWord.test(w)) return false;
  const suf = c.nonPersonSuffix.exec(low);
  if (suf && low.length - suf[0].length >= 3) return false;
  if (c.nonPersonSuffix.test(low) && low.length <= 8 && suf && suf[0].length === low.length) return false;
  return true;
}

/** Runs of capitalised name words in [a, b) of text. */
export function nameRuns(text: string, a: number, b: number, c: Compiled): Run[] {
  const runs: Run[] = [];
  let cur: Run | null = null;
  let pendingParticle: string | null = null;
  let afterHonorific = false;
  // Where the capitalised words of an organisation's name end ("Oxford Road Surgery"): none of them starts a name.
  let orgEnd = -1;
  WORD_RE.lastIndex = a;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null && m.index < b) {
    let w = m[0];
    const start = m.index;
    let end = start + w.length;
    const gap = cur ? text.slice(cur.end, start) : '';
    const contiguous = cur !== null && /^\s{1,3}$/.test(gap);
    if (w.endsWith('.') && !INITIAL.test(w)) {
      w = w.slice(0, -1);
      end--;
    }
    const low = w.toLowerCase();
    if (c.honorifics.has(low.replace(/\.$/, ''))) {
      if (cur) runs.push(cur);
      cur = null;
      afterHonorific = true;
      continue;
    }
    // "Dr J Parry", "Dr. A. Schmidt": after an honorific, an initial opens the name.
    if (afterHonorific && !cur && /^\p{Lu}\.?$/u.test(w) && /^\s{1,2}\p{Lu}/u.test(text.slice(end, end + 3))) {
      cur = { names: [w], starts: [start], start, end };
      afterHonorific = false;
      continue;
    }
    afterHonorific = false;
    if (cur && contiguous && INITIAL.test(w) && cur.names.length < 4) {
      cur.names.push(w);
      cur.starts.push(start);
      cur.end = end;
      continue;
    }
    if (cur && contiguous && PARTICLES.has(low) && pendingParticle === null) {
      pendingParticle = w;
      continue;
    }
    // "Kultur- und Sportreferent": the first part of a compound, its end shared with the next word.
    const cutCompound = text.charAt(end) === '-' && /\s/u.test(text.charAt(end + 1));
    // "3210 Sandefjord", "D-10115 Berlin": a town after its postcode starts no name.
    const town = /\d{4,5}[ \t]{1,2}$/u.test(text.slice(Math.max(0, start - 8), start));
    if (!cur && orgEnd >= 0 && /^\p{Lu}/u.test(w) && /^\s{1,3}$/u.test(text.slice(orgEnd, start))) {
      orgEnd = end;
      continue;
    }
    orgEnd = -1;
    if (isNameWord(w, c) && !cutCompound && !town) {
      if (cur && (contiguous || pendingParticle !== null) && cur.names.length < 4) {
        if (pendingParticle) {
          cur.names.push(pendingParticle);
          cur.starts.push(start);
        }
        cur.names.push(w);
        cur.starts.push(start);
        cur.end = end;
      } else {
        if (cur) runs.push(cur);
        cur = { names: [w], starts: [start], start, end };
      }
    } else {
      // "The Internationale Day Nursery", "Oxford Road": a name's kind of noun after the run makes it no person.
      const orgNoun = /^\p{Lu}/u.test(w) && c.nonPersonSuffix.test(low);
      if (orgNoun) orgEnd = end;
      if (cur && !(contiguous && orgNoun)) runs.push(cur);
      cur = null;
    }
    pendingParticle = null;
  }
  if (cur) runs.push(cur);
  WORD_RE.lastIndex = 0;
  return runs.filter((r) => r.names.length <= 4);
}
