// A known town after a preposition of place ("i Horsens", "in Heidelberg", "på Røst", "at our office
// in Ipswich"): the workplace when the ad names it in no other form. The towns are data per language
// (locales: towns); the one the text names most often wins, the first named on a tie.
import { allWords } from '../locales/words';
import { grammarWords } from '../locales/grammar';
import { alternation, clip, lineAt, MAX_TEXT } from '../util';
import { firstCaseless, type LocationCandidate } from './location';

let RX: RegExp | null = null;
const rx = (): RegExp =>
  (RX ??= new RegExp(
    `(?<![\\p{L}])(?:${firstCaseless(grammarWords('placePrepositions'))})[ \\t]{1,3}(${alternation(allWords('towns'))})(?![\\p{L}\\p{N}])`,
    'gu',
  ));

/** The known town named most often after a preposition of place, or null. */
export function locationFromKnownTown(text: string): LocationCandidate | null {
  const sample = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const seen = new Map<string, { n: number; at: number }>();
  const re = rx();
  re.lastIndex = 0;
  let guard = 0;
  for (let m = re.exec(sample); m && guard < 200; m = re.exec(sample), guard++) {
    const town = m[1]!.replace(/[ \t]+/gu, ' ');
    const s = seen.get(town);
    if (s) s.n++;
    else seen.set(town, { n: 1, at: m.index });
  }
  let best: [string, { n: number; at: number }] | null = null;
  for (const e of seen) if (!best || e[1].n > best[1].n) best = e;
  return best ? { value: best[0], evidence: clip(lineAt(sample, best[1].at), 240), kind: 'phrase' } : null;
}
