// Where to apply, when it is a link: a link or button whose text says "Søg stillingen", "Ansök",
// "Jetzt bewerben", "Apply"…, a link those words lead up to in its sentence ("Please apply
// through our <a>recruitment portal</a>"), or a web address written next to them in plain text.
// Relative links resolve against the page's address; only http(s) addresses count.
import type { PageLink } from '../page/html';
import { resolveUrl } from '../structured';
import { alt, allWords } from '../locales/words';
import { clip, trimEndWhere } from '../util';

export interface ApplyCandidate {
  value: string;
  evidence: string;
}

let RX: { linkText: RegExp; form: RegExp; leadsUp: RegExp; applyLine: RegExp } | null = null;
function rx(): NonNullable<typeof RX> {
  if (RX) return RX;
  RX = {
    linkText: new RegExp(`^(?:${alt('applyLinkTexts')})(?![\\p{L}])`, 'iu'),
    form: new RegExp(`(?<![\\p{L}])(?:${alt('applyFormWords')})(?![\\p{L}])`, 'iu'),
    leadsUp: new RegExp(`(?<![\\p{L}])(?:${alt('applyLinkTexts')})(?![\\p{L}])[^.!?\\n]{0,40}$`, 'iu'),
    applyLine: new RegExp(`(?<![\\p{L}])(?:${alt('applyLinkTexts')}|${alt('applyPhrases')})`, 'iu'),
  };
  return RX;
}

export function applyUrlFromLinks(links: PageLink[], base: string | null | undefined): ApplyCandidate | null {
  let best: { c: ApplyCandidate; score: number } | null = null;
  for (const l of links) {
    const text = l.text.trim();
    if (text.length < 3 || text.length > 80) continue;
    const named = rx().linkText.test(text) || rx().form.test(text);
    if (!named && !rx().leadsUp.test(l.before)) continue;
    const href = l.href.trim();
    if (/^(?:mailto|tel|javascript):/iu.test(href) || href.startsWith('#')) continue;
    const u = resolveUrl(href, base);
    if (!u) continue;
    // A link in the ad before one outside it; one named "Apply" before one the sentence leads up to.
    const exact = allWords('applyLinkTexts').some((w) => w.toLowerCase() === text.toLowerCase());
    const score = (l.inRoot ? 2 : 0) + (named ? 0.5 : 0) + (exact ? 1 : 0);
    if (!best || score > best.score) best = { c: { value: u, evidence: clip(`${text}: ${u}`, 300) }, score };
  }
  return best?.c ?? null;
}

const URL_RE = /https?:\/\/[^\s<>"')\]]{3,2000}/iu;
/** An address written without its scheme: "www.forening.dk/job", "faellesskabsungdom.dk/job/studentermedhjaelper". */
const TLD = '(?:dk|no|se|fi|is|de|at|ch|nl|eu|com|org|net|io|nu|info)';
const PATH = '\\/[^\\s<>"\')\\]]{1,500}';
const BARE_URL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}@./-])(www\\.(?:[a-z0-9-]{1,63}\\.){1,3}${TLD}(?:${PATH})?|(?:[a-z0-9-]{1,63}\\.){1,4}${TLD}${PATH})(?![\\p{L}\\p{N}])`,
  'iu',
);

export function applyUrlFromText(text: string): ApplyCandidate | null {
  for (const line of text.split('\n').slice(0, 2000)) {
    if (line.length > 600 || !rx().applyLine.test(line)) continue;
    const m = URL_RE.exec(line);
    const bare = m ? null : BARE_URL_RE.exec(line);
    const raw = m ? m[0] : bare ? `https://${bare[1]}` : null;
    if (!raw) continue;
    const u = resolveUrl(trimEndWhere(raw, /[.,;:!?]/u), null);
    if (u) return { value: u, evidence: clip(line, 300) };
  }
  return null;
}
