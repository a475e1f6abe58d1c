// A start given as a month and a year, with no day ("Oppstart januar 2020", "The post starts in
// January 2020", "Tiltrædelse: august 2020"). No start date by the contract (a day is missing),
// but a dated fact of the ad's own: a yearless deadline lies before it.
import type { Vocabulary } from '../locales/types';
import type { TextContext } from './context';
import { isoDay } from './calendar';
import { perVocabulary, phraseAlternation } from './text';

const compile = perVocabulary(
  (v: Vocabulary) =>
    new RegExp(
      `(?<![\\p{L}])(?:${phraseAlternation(v.startLabels)})[\\s:.,–-]{0,4}(?:\\p{L}{1,6}\\s{1,3}){0,2}(${phraseAlternation(Object.keys(v.months))})\\.?\\s{1,3}((?:19|20)\\d{2})(?![\\d])`,
      'giu',
    ),
);

/** The first day of the earliest month a start label gives with its year, as an ISO day; null when none. */
export function startMonth(ctx: TextContext): string | null {
  const re = compile(ctx.dateVocab);
  let best: string | null = null;
  for (const b of ctx.blocks) {
    for (const m of b.text.matchAll(re)) {
      const month = ctx.dateVocab.months[(m[1] ?? '').toLocaleLowerCase()];
      if (month === undefined) continue;
      const iso = isoDay(Number(m[2]), month, 1);
      if (best === null || iso < best) best = iso;
    }
  }
  return best;
}
