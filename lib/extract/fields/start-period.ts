/**
 * The first date of a period of a month or more that its sentence ties to the position: "Tjänsten
 * är ett vikariat 2027-03-01 – 2028-02-28", "Visstidsanställning 2027-03-01 -- 2027-08-31", "Ledig
 * vikariat f.o.m. 01.03.2027 t.o.m. 31.12.2027", "Vikariat 1 mars–30 juni 2027" (the first date takes the
 * second's year). A shorter span is an event or a round of interviews, not a post.
 */
import type { Vocabulary } from '../locales/types';
import type { TextContext } from './context';
import type { DateMention } from './dates';
import { perVocabulary, phraseAlternation, phraseRegex, sentenceBounds } from './text';
import { hasTitleWord } from './title-words';

const MIN_DAYS = 28;
/** Characters before the sentence read with it. */
const LEAD = 40;

const compile = perVocabulary((v: Vocabulary) => ({
  // What joins the period's two dates: a dash (one or two), or "til", "till", "to", "bis", "t.o.m.".
  joint: new RegExp(`^\\s{0,2}(?:[–—-]{1,2}|(?:${phraseAlternation(v.rangeWords)}))\\s{0,2}$`, 'iu'),
  position: phraseRegex(v.percentWords, { global: false }),
}));

const dayNumber = (d: DateMention): number => Date.UTC(d.year ?? 0, d.month - 1, d.day) / 86_400_000;

export function startOfPeriod(ctx: TextContext, dates: DateMention[]): DateMention | null {
  const rx = compile(ctx.vocab);
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    if (a.kind !== null || a.block !== b.block || b.year === null) continue;
    // "1 mars–30 juni 2027": the first date takes the year of the second.
    const first = a.year === null ? { ...a, year: b.year } : a;
    const text = ctx.blocks[a.block]!.text;
    if (b.start - a.end > 12 || !rx.joint.test(text.slice(a.end, b.start))) continue;
    if (dayNumber(b) - dayNumber(first) < MIN_DAYS) continue;
    // The sentence, and the words just before it when an abbreviation ended it ("vikariat f.o.m.").
    const [s, e] = sentenceBounds(text, a.start, b.end, 300);
    const from = Math.max(0, s - LEAD);
    if (rx.position.test(text.slice(from, e)) || hasTitleWord(text.slice(from, a.start))) return first;
  }
  return null;
}
