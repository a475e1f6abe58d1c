/**
 * Search normalisation: lower case, Danish/Norwegian letters folded to plain Latin ("æ" → "ae",
 * "ø" → "o", "å" → "a"), other diacritics dropped ("é" → "e", "ü" → "u"). The stored search words
 * and the query go through the same function, so "Sekretær", "sekretaer" and "SEKRETÆR" all meet.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('œ', 'oe')
    .replaceAll('ß', 'ss')
    .replaceAll('đ', 'd')
    .replaceAll('ł', 'l')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/** At most this many words of one posting are indexed, each at most this long. */
export const MAX_WORDS = 200;
export const MAX_WORD_LENGTH = 40;

/** The folded words of a text, each once, in order of appearance. */
export function words(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const w of fold(text).split(/[^\p{L}\p{N}]+/u)) {
    if (!w) continue;
    const word = w.slice(0, MAX_WORD_LENGTH);
    if (seen.has(word)) continue;
    seen.add(word);
    out.push(word);
    if (out.length >= MAX_WORDS) break;
  }
  return out;
}

export interface Searchable {
  title: string;
  organization: string | null;
  contacts: readonly { name: string }[];
}

/** What a posting is found by: its title, organisation and contact people's names. */
export function searchWords(p: Searchable): string[] {
  return words([p.title, p.organization ?? '', ...p.contacts.map((c) => c.name)].join(' '));
}

/** The words of a search box query (prefixes: "sekr" finds "Sekretær"). */
export function queryWords(query: string): string[] {
  return words(query.slice(0, 500)).slice(0, 8);
}

/** True when every query word starts one of the words. */
export function matchesQuery(haystack: readonly string[], query: readonly string[]): boolean {
  return query.every((q) => haystack.some((w) => w.startsWith(q)));
}
