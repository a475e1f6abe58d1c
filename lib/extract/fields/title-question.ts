// A headline that asks the reader to take the position: "Er du vår nye kommunikasjonsrådgiver?",
// "Vil du bli vores nye projektleder?", "Are you our new Finance Officer?", "Bist du unsere neue
// Referentin?". The position is what follows "our" (and "new"), when it names one.
import { alt } from '../locales/words';
import { trimValue, upperFirst } from '../util';
import { hasTitleWord } from './title-words';
import type { HeadlineParse } from './title';

let RX: RegExp | null = null;
const rx = (): RegExp =>
  (RX ??= new RegExp(
    `(?<![\\p{L}])(?:${alt('ourWords')})[ \\t]{1,3}(?:(?:${alt('newWords')})[ \\t]{1,3})?([^?!.]{3,80})\\?[ \\t]{0,3}$`,
    'iu',
  ));

/** A question headline: the position it offers (as a "we" form), or no title. */
export function questionHeadline(line: string, org: string | null): HeadlineParse {
  const m = rx().exec(line.trim());
  const t = m ? trimValue(m[1]!) : '';
  return t.split(' ').length <= 6 && hasTitleWord(t) ? { title: upperFirst(t), org, form: 'we' } : { title: null, org, form: null };
}
