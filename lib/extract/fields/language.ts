// Which of da, nb, nn, sv, de, en a text is written in: frequent words of each language, each
// word weighted by how few of the languages use it (so "og" says little between Danish and
// Norwegian and "ikkje" says a lot), plus letters only some languages have. <html lang> is a hint.
import { LANGS, type Lang } from '../types';
import { STRUCTURE_WORDS } from '../locales/structure-words';
import { wordsOf } from '../util';

let weights: Map<string, Map<Lang, number>> | null = null;

function table(): Map<string, Map<Lang, number>> {
  if (weights) return weights;
  const owners = new Map<string, Lang[]>();
  for (const l of LANGS) {
    for (const w of new Set(STRUCTURE_WORDS[l].stopwords)) {
      const list = owners.get(w) ?? [];
      list.push(l);
      owners.set(w, list);
    }
  }
  weights = new Map();
  for (const [w, ls] of owners) {
    const m = new Map<Lang, number>();
    for (const l of ls) m.set(l, 1 / ls.length);
    weights.set(w, m);
  }
  return weights;
}

/** Maps an <html lang> value to one of ours ("da-DK" → da, "no"/"nb-NO" → nb, "nn-NO" → nn). */
export function langFromTag(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const t = tag.toLowerCase().trim();
  const base = t.split(/[-_]/)[0] ?? '';
  if (base === 'no' || base === 'nb') return 'nb';
  if (base === 'nn') return 'nn';
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : null;
}

export interface LangGuess {
  lang: Lang | null;
  /** Words that counted, for evidence. */
  hits: number;
  scores: Partial<Record<Lang, number>>;
}

export function detectLanguage(text: string, hint?: string | null): LangGuess {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const words = wordsOf(sample);
  const w = table();
  const scores = Object.fromEntries(LANGS.map((l) => [l, 0])) as Record<Lang, number>;
  let hits = 0;
  for (const word of words) {
    const m = w.get(word);
    if (!m) continue;
    hits++;
    for (const [l, v] of m) scores[l] += v;
  }
  // Letters: ä/ö exclude Danish and Norwegian, æ/ø exclude Swedish and German, ß/ü are German.
  const count = (re: RegExp): number => sample.match(re)?.length ?? 0;
  const ae = count(/[æø]/giu);
  const aUml = count(/[äö]/giu);
  const de = count(/[üß]/giu);
  const total = Math.max(1, words.length);
  const letterBoost = (n: number): number => Math.min(n / total, 0.2) * hits;
  scores.da += letterBoost(ae);
  scores.nb += letterBoost(ae);
  scores.nn += letterBoost(ae);
  scores.sv += letterBoost(aUml);
  scores.de += letterBoost(aUml * 0.5 + de * 2);
  const hinted = langFromTag(hint);
  if (hinted) scores[hinted] += Math.max(1, hits * 0.03);
  let best: Lang | null = null;
  let bestScore = 0;
  for (const l of LANGS) {
    if (scores[l] > bestScore) {
      best = l;
      bestScore = scores[l];
    }
  }
  if (hits < 3 || bestScore < 1.5) return { lang: hinted, hits, scores };
  return { lang: best, hits, scores };
}
