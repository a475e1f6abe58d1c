// The position named in running text rather than a headline: after "stilling som", a seeking verb
// ("Sognet søger en ny kirketjener", "suchen zur Unterstützung … eine Mitarbeiterin"), "Som X vil
// du", or as a sentence's subject ("Avdelingslederen skal …").
import { alt, STOP_WORDS, wordSet } from '../locales/words';
import { alternation, clip, trimEndWhere, upperFirst } from '../util';
import { grammarAlt, grammarSet, grammarWords } from '../locales/grammar';
import { cleanTitle, TIME_WORDS, type TitleCandidate } from './title';
import { hasTitleWord, isTitleWord } from './title-words';

/** Up to ten words of a title in running text ("ivrig Sales Manager som …"); cut to the title by titleAfter. */
const WORDS = `[\\p{L}][\\p{L}\\p{N}*/:_'’-]{0,40}(?:[ \\t]{1,2}[\\p{L}\\p{N}][\\p{L}\\p{N}*/:_'’.,-]{0,40}){0,9}`;
/** After a seeking verb: room for a lead phrase before the position ("suchen zur Unterstützung … eine …"). */
const LEAD_WORDS = `[\\p{L}][\\p{L}\\p{N}*/:_'’.-]{0,40},?(?:[ \\t]{1,2}[\\p{L}\\p{N}(/][\\p{L}\\p{N}*/:_'’.,()-]{0,40}){0,19}`;
let RX: { runningAs: RegExp; runningSeek: RegExp; runningRole: RegExp; runningSubject: RegExp; runningNamed: RegExp } | null = null;
function rx(): NonNullable<typeof RX> {
  if (RX) return RX;
  const art = `(?:(?:${alt('articles')})[ \\t]{1,3}){0,2}`;
  RX = {
    runningAs: new RegExp(`(?:^|[ \\t(])(?:\\p{L}{2,15}(?=jo))?(?:${alt('positionAs')})[ \\t]{1,3}${art}(${WORDS})`, 'giu'),
    runningSeek: new RegExp(`(?<![\\p{L}])(?:${alt('seekVerbs')})[ \\t]{1,3}${art}(${LEAD_WORDS})`, 'giu'),
    // Case-sensitive: the sentence's first word is capitalised ("Den nye bibliotekschef skal", "Avdelingslederen skal").
    runningSubject: new RegExp(
      `(?:^|[.!?][ \\t]{1,3})(?:((?:${alternation(grammarWords('definiteArticles').map(upperFirst))})[ \\t]{1,3}(?:\\p{Ll}{2,20}[ \\t]{1,3})?)|(?=\\p{Lu}))(\\p{L}\\p{Ll}{4,40}(?:[ \\t](?:(?:${grammarAlt('nameJoiners')})[ \\t])?\\p{Lu}[\\p{L}-]{1,30}){0,4})[ \\t]{1,3}(?:${alt('subjectVerbs')})(?![\\p{L}])`,
      'gmu',
    ),
    // "applicants for our Seasonal Parks Maintenance position": capitalised words before a noun for a position (case-sensitive).
    runningNamed: new RegExp(
      `(?<![\\p{L}])(?:${grammarAlt('forWords')})[ \\t]{1,3}(?:(?:${alt('articles')}|${grammarAlt('definiteArticles')})[ \\t]{1,3})?(\\p{Lu}[\\p{L}-]{1,30}(?:[ \\t]\\p{Lu}[\\p{L}-]{1,30}){0,4})[ \\t]{1,2}(?:${alt('positionNouns')})(?![\\p{L}])`,
      'u',
    ),
    runningRole: new RegExp(
      `(?:^|[.!?:][ \\t]{1,3})(?:${alt('asRole')})[ \\t]{1,3}${art}(${WORDS}?)[ \\t]{1,3}(?:${alt('asRoleThen')})(?![\\p{L}])`,
      'giu',
    ),
  };
  return RX;
}

/**
 * The position named in running text: "… en stilling som demokratiudvikler", "Sognet søger en ny
 * kirketjener", "søker vi etter en ivrig Sales Manager som …", "Som junior anleggsleder vil du …".
 * After a seeking verb or "Som … vil du", the words up to the last one that names a position are
 * the title (nothing when none does); after "stilling som" the words up to a stop word.
 */
export const NAMED_OUTRIGHT = 3; // the score of a position a sentence names outright ("eit vikariat som X")
export function titleFromRunningText(text: string): TitleCandidate | null {
  const sample = text.length > 30_000 ? text.slice(0, 30_000) : text;
  let best: TitleCandidate | null = null;
  for (const line of sample.split('\n')) {
    if (line.length < 10) continue;
    for (const [kind, re] of [
      ['as', rx().runningAs],
      ['seek', rx().runningSeek],
      ['role', rx().runningRole],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(line), n = 0; m && n < 20; m = re.exec(line), n++) {
        const t = titleAfter(m[1]!, kind !== 'as');
        if (!t) continue;
        const idx = m.index;
        const snippet = line.slice(Math.max(0, idx - 80), idx + m[0].length + 40);
        // "stilling som X" names the position outright; a seeking verb or "Som X vil du" only with a position word.
        const score = kind === 'as' ? NAMED_OUTRIGHT : 3.5;
        if (!best || score > best.score)
          best = { title: upperFirst(t), org: null, evidence: clip(snippet, 240), form: 'as', score, running: true };
        break;
      }
    }
    if (best) return best;
  }
  return namedPosition(sample) ?? subjectTitle(sample);
}

/** "… seeking applicants for our Seasonal Parks Maintenance position": a name the ad gives a position, with no position word in it. */
function namedPosition(sample: string): TitleCandidate | null {
  const m = rx().runningNamed.exec(sample);
  const t = m ? cleanTitle(m[1]!) : null;
  if (!m || !t || t.length < 4) return null;
  const line = sample.slice(sample.lastIndexOf('\n', m.index) + 1, m.index + m[0].length + 40);
  return { title: t, org: null, evidence: clip(line, 240), form: 'as', score: 2.5, running: true };
}

/** True when a sentence seeks a named position: "Globalt Fokus søger en ny praktikant", "We are looking for a Project Officer". */
export function seeksPosition(text: string): boolean {
  const re = rx().runningSeek;
  for (const line of text.split('\n')) {
    if (line.length < 10) continue;
    re.lastIndex = 0;
    for (let m = re.exec(line), n = 0; m && n < 20; m = re.exec(line), n++) if (titleAfter(m[1]!, true)) return true;
  }
  return false;
}

/**
 * The position named as the subject of a sentence in its definite form, when nothing else names
 * it: "Avdelingslederen skal ved siden av å være leder …" → "Avdelingsleder". The weakest reading.
 */
function subjectTitle(sample: string): TitleCandidate | null {
  const re = rx().runningSubject;
  re.lastIndex = 0;
  for (let m = re.exec(sample), n = 0; m && n < 40; m = re.exec(sample), n++) {
    const word = m[2]!;
    const evidence = clip(sample.slice(m.index, m.index + 200), 240);
    // "Den nye bibliotekschef skal …", "The Project and Policy Officer is responsible …": after an article, the plain form.
    if (m[1] && hasTitleWord(word)) return { title: upperFirst(word), org: null, evidence, form: 'as', score: 2.5, running: true };
    for (const end of grammarWords('definiteEndings')) {
      const base = word.slice(0, -end.length);
      if (word.toLocaleLowerCase().endsWith(end) && base.length >= 4 && isTitleWord(base.toLocaleLowerCase(), wordSet('titleWords')))
        return { title: upperFirst(base), org: null, evidence, form: 'as', score: 2.5, running: true };
    }
  }
  return null;
}

let CLAUSE: Set<string> | null = null;
/**
 * "suchen zur Unterstützung ihrer Arbeit vor Ort eine Mitarbeiterin", "suchen wir für ein Projekt ab
 * sofort eine/n …": a phrase between the seeking verb and the position's article is passed over when
 * it holds no sentence stop and does not start with the reader ("søger dig, der …"). Returns the index
 * of the last article before the first word that names a position (within 14 words), or -1.
 */
function leadEnd(all: string[], isArticle: (lower: string) => boolean): number {
  // "suchen wir für …", "søger vi til …": the verb's subject after it.
  const from = grammarSet('wePronouns').has(all[0]!.toLocaleLowerCase()) ? 1 : 0;
  const first = (all[from] ?? '').toLocaleLowerCase();
  if (isArticle(first) || wordSet('youWords').has(first)) return -1;
  let article = -1;
  const clause = (CLAUSE ??= new Set((['infinitiveMarkers', 'andWords'] as const).flatMap((k) => [...grammarSet(k)])));
  for (let i = from; i < Math.min(all.length, 14); i++) {
    const w = all[i]!;
    // "seeks to prepare its students … and to nurture …": a clause of its own, not a lead.
    if (article < 0 && clause.has(w.toLocaleLowerCase())) return -1;
    if (hasTitleWord(w)) return article;
    if (isArticle(w.toLocaleLowerCase())) article = i;
    else if (/[,.;:!?]$/u.test(w)) return -1;
  }
  return -1;
}

/** The title at the start of `words`: up to a stop word, number or punctuation; with `needWord`, up to the last position word. */
function titleAfter(words: string, needWord: boolean): string | null {
  const taken: string[] = [];
  const articles = wordSet('articles');
  const all = words.split(/[ \t]+/);
  // "suchen zum nächstmöglichen Datum einen … Anlagenmechaniker", "søger pr. 1. marts en bogholder":
  // a time phrase after the verb is passed over up to the article of the position.
  // "eine*n", "eine/n", "ein:e": an article written for every gender.
  const isArticle = (lower: string): boolean => articles.has(lower) || articles.has(lower.replace(/[*:/_(][\p{L})]{1,3}$/u, ''));
  const lead = needWord ? leadEnd(all, isArticle) : -1;
  let timeLead = needWord && lead < 0 && TIME_WORDS.has(all[0]!.toLocaleLowerCase());
  let prev = '';
  for (const w of lead >= 0 ? all.slice(lead + 1, lead + 11) : all.slice(0, timeLead ? 16 : 10)) {
    let bare = trimEndWhere(w, /[.,;:!?)"”]/u);
    // "Projektkoordinator(in).": the bracket the word opened stays.
    if (bare.includes('(') && !bare.includes(')') && w.slice(bare.length).startsWith(')')) bare += ')';
    const lower = bare.toLocaleLowerCase();
    if (timeLead) {
      if (isArticle(lower) && bare === w) timeLead = false;
      continue;
    }
    // "eine Mitarbeiterin / einen Mitarbeiter": the article of the pair's second form.
    if (prev === '/' && isArticle(lower)) {
      prev = lower;
      continue;
    }
    prev = lower;
    // "en kundeorientert og serviceinnstilt supportmedarbeider": "og" between words of one title.
    if (needWord && grammarSet('andWords').has(lower) && bare === w) {
      taken.push(bare);
      continue;
    }
    if (!bare || STOP_WORDS.has(lower) || /^\p{N}/u.test(bare)) break;
    // "a part-time, seasonal Curatorial Assistant": a describing word and its comma come before the title.
    if (needWord && w === `${bare},` && /^\p{Ll}/u.test(bare) && !hasTitleWord(bare)) {
      taken.length = 0;
      continue;
    }
    // "søger Fællesskabspartiets Ungdom en studentermedhjælper": the title starts after an article.
    if (isArticle(lower)) taken.length = 0;
    else taken.push(bare);
    if (bare !== w) break;
  }
  let end = taken.length;
  if (needWord) {
    while (end > 0 && !hasTitleWord(taken[end - 1]!)) end--;
    if (end === 0) return null;
  }
  let from = 0;
  // "kundeorientert og serviceinnstilt supportmedarbeider": the words before the last "og" describe it.
  for (let i = end - 1; i >= 0; i--)
    if (grammarSet('andWords').has(taken[i]!.toLocaleLowerCase()) && !hasTitleWord(taken[i - 1] ?? '') && !taken[i - 1]?.endsWith('-')) {
      from = i + 1;
      break;
    }
  const t = cleanTitle(taken.slice(from, end).join(' '));
  return t && t.length >= 4 ? t : null;
}
