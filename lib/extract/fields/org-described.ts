// A name the text describes as an organisation in its own sentence: "Copenhagen Refugee Support is
// a volunteer-run organisation", "Sweco er Europas ledende … ingeniørselskap", "KOS KLIMA ist seit
// über 40 Jahren ein … Unternehmen"; its short name may stand between ("Peer 2 Peer University
// (P2PU) is a U.S.-based non-profit organization").
import { grammarAlt } from '../locales/grammar';
import { isOrgWord } from './org-words';
import type { wordSet } from '../locales/words';

let RX: { copulaAfter: RegExp; articleNext: RegExp } | null = null;
function rx(): NonNullable<typeof RX> {
  RX ??= {
    copulaAfter: new RegExp(
      `^(?:[ \\t]{1,3}\\(([\\p{Lu}\\p{N}][\\p{L}\\p{N}.&-]{0,15})\\))?[ \\t]{1,3}(?:${grammarAlt('copulas', 'pastCopulas')})[ \\t]{1,3}`,
      'iu',
    ),
    articleNext: new RegExp(`^(?:${grammarAlt('indefiniteArticles', 'definiteArticles')})[ \\t]`, 'iu'),
  };
  return RX;
}

export interface DescribeWords {
  orgWords: ReturnType<typeof wordSet>;
  companyNouns: Set<string>;
  placeOrgWords: string[];
  articles: Set<string>;
}

/**
 * How surely the words after a name describe it as an organisation: 3 when the noun of its kind
 * follows in the same clause, 1.5 when only an article does ("… is a …"), 0 when there is no copula.
 */
export function describedAs(name: string, after: string, w: DescribeWords): number {
  const copula = rx().copulaAfter.exec(after);
  if (!copula) return 0;
  // The short name between is the name's own: a name of several words with its first letter
  // ("Landeszentrale für politische Bildung (LZT) ist …" describes no "Bildung").
  const short = copula[1];
  const words = name.split(/[ \t]+/u);
  if (short && (words.length < 2 || short.charAt(0).toLocaleUpperCase() !== name.charAt(0).toLocaleUpperCase())) return 0;
  const as = /^[^.!?;:,\n]{0,80}/u.exec(after.slice(copula[0].length, copula[0].length + 80))![0];
  // The noun of its kind in the same clause, not part of another name ("… ved Engesvang Kirke",
  // "Hover og Torsted kirker"), and no municipality ("Valle er vertskommune": a place that hosts).
  // The noun's phrase opens with an article or a genitive ("ein inhabergeführtes Unternehmen",
  // "Europas ledende … ingeniørselskap"), not a preposition ("wird vom Institut angestrebt").
  const next = as.split(/[ \t]+/u);
  const described = next.some((word, i) => {
    if (i > 0 && /^\p{Lu}/u.test(next[i - 1]!)) return false;
    const lower = word.toLocaleLowerCase();
    if (w.placeOrgWords.some((p) => lower.endsWith(p))) return false;
    if (!isOrgWord(word, w.orgWords) && !w.companyNouns.has(lower)) return false;
    return next.slice(Math.max(0, i - 6), i).some((x) => w.articles.has(x.toLocaleLowerCase()) || /^\p{Lu}\p{Ll}{2,30}s$/u.test(x));
  });
  if (described) return 3;
  return rx().articleNext.test(as) ? 1.5 : 0;
}
