// A church is a building; its parish or the parish's council employs the staff
// ("Kordegn ved Stege Kirke, Stege Sogn"). Used by ./org-candidates.ts.
import { wordSet } from '../locales/words';
import type { OrgPick } from './org-candidates';
import { atSomeOccurrence } from '../util';
import { sentenceAround } from './text';
import { hasTitleWord } from './title-words';

const firstWord = (value: string): string => (value.split(/[ \t]/u, 1)[0] ?? '').replace(/[-–]$/u, '').toLocaleLowerCase();
const endsWithOne = (word: string, set: Set<string>): boolean => {
  const w = word.toLocaleLowerCase();
  for (const x of set) if (w.endsWith(x)) return true;
  return false;
};

/**
 * A church is a building; its parish or the parish's council employs the staff. When the ad names
 * both ("Kordegn ved Stege Kirke, Stege Sogn"; "Vissenbjerg Kirke søger …" and "Vissenbjerg sogns
 * menighedsråd"), the parish of the same name ranks above the church.
 */
export function parishOverChurch(sample: string, picks: OrgPick[]): void {
  const church = wordSet('churchWords');
  const parish = wordSet('parishWords');
  const parishes = picks.filter((p) => p.value.split(/[ \t]+/u).some((w) => endsWithOne(w, parish)));
  if (!parishes.length) return;
  for (const p of picks) {
    const words = p.value.split(/[ \t]+/u);
    if (words.length < 2 || !endsWithOne(words[words.length - 1]!, church)) continue;
    const key = firstWord(p.value);
    const same = parishes.filter((q) => q !== p && firstWord(q.value) === key).sort((a, b) => b.score - a.score);
    const q = same[0];
    // …where the ad names the parish with the post ("En stilling som kordegn ved Stege Kirke, Stege
    // Sogn"), not only as a place ("Løgumkloster sogn har o. 3.000 indbyggere").
    if (!q || q.score > p.score) continue;
    const employs = q.reasons.some((r) => r.endsWith(' employs'));
    if (!employs && !atSomeOccurrence(sample, q.value, (at) => hasTitleWord(sentenceAround(sample, at, at + q.value.length)))) continue;
    const lift = p.score + 1 - q.score;
    q.score += lift;
    q.reasons.push(`+${lift} the parish that runs ${p.value}`);
    q.church = p.value;
  }
}
