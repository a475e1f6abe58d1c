// Whether a word names a kind of organisation ("menighedsråd", "Kirchengemeinde", compounds
// ending in one), or is only the noun for one ("Selskapet"). Used by ./org-candidates.ts.
import { grammarWords } from '../locales/grammar';

/** True when a word is just the noun for an organisation ("Selskapet" = selskap + et), no name before it. */
export function isPlainOrgNoun(word: string, set: Set<string>): boolean {
  const lower = word.toLocaleLowerCase();
  return (
    set.has(lower) ||
    grammarWords('definiteEndings').some((e) => lower.length - e.length >= 3 && lower.endsWith(e) && set.has(lower.slice(0, -e.length)))
  );
}

/** Words already judged by isOrgWord (pages repeat their words): bounded, emptied when full. */
const orgJudged = new Map<string, boolean>();

/** True when a word is, or ends in, an organisation's kind of name ("menighedsråd", "Kirchengemeinde"). */
export function isOrgWord(word: string, set: Set<string>): boolean {
  const known = orgJudged.get(word);
  if (known !== undefined) return known;
  if (orgJudged.size > 20_000) orgJudged.clear();
  const yes = judgeOrgWord(word, set);
  orgJudged.set(word, yes);
  return yes;
}

function judgeOrgWord(word: string, set: Set<string>): boolean {
  const lower = word.toLocaleLowerCase().replace(/[’']s?$/u, '');
  const forms = [
    lower,
    ...grammarWords('definiteEndings')
      .filter((e) => lower.length - e.length >= 3 && lower.endsWith(e))
      .map((e) => lower.slice(0, -e.length)),
  ];
  // The word, or a compound ending in one of the set's words of four letters or more.
  for (const w of forms) {
    if (set.has(w)) return true;
    for (let i = 1; i <= w.length - 4; i++) if (set.has(w.slice(i))) return true;
  }
  return false;
}
