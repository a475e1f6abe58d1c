// Page chrome in plain text (a copied page, PDF text): cookie banners, comment widgets and
// sign-up prompts at the end of the page are cut off; single chrome lines elsewhere are dropped.
import { LANGS } from '../types';
import { STRUCTURE_WORDS } from '../locales/structure-words';

let chromeStarts: string[] | null = null;

function phrases(): string[] {
  if (!chromeStarts) {
    const all = new Set<string>();
    for (const l of LANGS) for (const p of STRUCTURE_WORDS[l].chromePhrases) all.add(norm(p));
    chromeStarts = [...all].filter((p) => p.length >= 6);
  }
  return chromeStarts;
}

function norm(s: string): string {
  return s.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

export function isChromeLine(line: string): boolean {
  if (line.length > 400) return false;
  const l = norm(line);
  if (l.length < 6) return false;
  return phrases().some((p) => l.startsWith(p));
}

/** Removes chrome lines; from the first chrome line in the page's tail on, everything goes. */
export function cutChrome(text: string): string {
  const lines = text.split('\n');
  const total = text.length;
  let pos = 0;
  const keep: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isChromeLine(line)) {
      const rest = total - pos;
      if (rest < Math.max(1500, total * 0.25) && pos > total * 0.5) break;
      pos += line.length + 1;
      continue;
    }
    keep.push(line);
    pos += line.length + 1;
  }
  return keep.join('\n').trimEnd();
}
