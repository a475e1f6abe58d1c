// Where to apply, when it is a link: a link or button whose text says "Søg stillingen", "Ansök",
// "Jetzt bewerben", "Apply"…, or a web address written next to such words in plain text.
// Relative links resolve against the page's address; only http(s) addresses count.
import type { PageLink } from './html';
import { resolveUrl } from './structured';
import { alt, allWords } from './words';
import { clip } from './util';

export interface ApplyCandidate {
  value: string;
  evidence: string;
}

let RX: { linkText: RegExp; applyLine: RegExp } | null = null;
function rx(): NonNullable<typeof RX> {
  if (RX) return RX;
  RX = {
    linkText: new RegExp(`^(?:${alt('applyLinkTexts')})(?![\\p{L}])`, 'iu'),
    applyLine: new RegExp(`(?<![\\p{L}])(?:${alt('applyLinkTexts')}|${alt('applyPhrases')})`, 'iu'),
  };
  return RX;
}

export function applyUrlFromLinks(links: PageLink[], base: string | null | undefined): ApplyCandidate | null {
  let best: { c: ApplyCandidate; score: number } | null = null;
  for (const l of links) {
    const text = l.text.trim();
    if (text.length < 3 || text.length > 80) continue;
    if (!rx().linkText.test(text)) continue;
    const href = l.href.trim();
    if (/^(?:mailto|tel|javascript):/iu.test(href) || href.startsWith('#')) continue;
    const u = resolveUrl(href, base);
    if (!u) continue;
    const score = (l.inRoot ? 2 : 0) + (allWords('applyLinkTexts').some((w) => w.toLowerCase() === text.toLowerCase()) ? 1 : 0);
    if (!best || score > best.score) best = { c: { value: u, evidence: clip(`${text}: ${u}`, 300) }, score };
  }
  return best?.c ?? null;
}

const URL_RE = /https?:\/\/[^\s<>"')\]]{3,2000}/iu;

export function applyUrlFromText(text: string): ApplyCandidate | null {
  for (const line of text.split('\n').slice(0, 2000)) {
    if (line.length > 600 || !rx().applyLine.test(line)) continue;
    const m = URL_RE.exec(line);
    if (!m) continue;
    const u = resolveUrl(m[0].replace(/[.,;:!?]+$/u, ''), null);
    if (u) return { value: u, evidence: clip(line, 300) };
  }
  return null;
}
