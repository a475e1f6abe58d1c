// The public authority an ad names as itself: "Gladsaxe Kommune" on a line of its own, "Voss
// kommune ynskjer …", "Bydel Grorud har fire kommunale fritidsklubber", "Die Gemeinde Lunz am See
// schreibt … aus". A municipality employs the staff of its kindergartens, schools and care homes,
// so the ad's institution ("Dyrup Børnehus", "Vetleflaten Omsorgssenter") is the workplace and the
// authority the organisation. Read by ../employer.ts.
import { allWords } from '../locales/words';
import { grammarAlt, grammarWords } from '../locales/grammar';
import { clip, lineAt } from '../util';
import { firstCaseless } from './location';
import type { OrgCandidate } from './organization';

let RX: { name: RegExp; line: RegExp; subject: RegExp } | null = null;
function rx(): NonNullable<typeof RX> {
  if (RX) return RX;
  const auth = `(?:${firstCaseless(allWords('authorityWords'))})`;
  const place = `\\p{Lu}[\\p{L}-]{1,30}(?:[ \\t](?:\\p{Lu}[\\p{L}-]{1,20}|${grammarAlt('placeJoiners')})){0,3}`;
  const name = `(?:${place}[ \\t]${auth}|${auth}[ \\t]${place})`;
  const articles = firstCaseless(grammarWords('definiteArticles'));
  RX = {
    name: new RegExp(`^${name}$`, 'u'),
    line: new RegExp(`^[ \\t•*-]{0,4}(${name})[ \\t]*$`, 'mu'),
    // The authority as a sentence's subject, a verb in lower case after it (not "Gladsaxe Kommunes …").
    subject: new RegExp(`(?:^|[.!?][ \\t]{1,3})(?:(?:${articles})[ \\t])?(${name})[ \\t]{1,2}\\p{Ll}{2,20}(?![\\p{L}])`, 'mu'),
  };
  return RX;
}

/** True for a name that is a public authority's ("Odense Kommune", "Gemeinde Lunz am See"). */
export function isAuthority(name: string): boolean {
  return rx().name.test(name.trim());
}

/** The authority the ad names on a line of its own or as a sentence's subject, if any. */
export function authorityNamed(text: string): OrgCandidate | null {
  const sample = text.length > 30_000 ? text.slice(0, 30_000) : text;
  const m = rx().line.exec(sample) ?? rx().subject.exec(sample);
  if (!m) return null;
  return { value: m[1]!.trim(), evidence: clip(lineAt(sample, m.index + m[0].indexOf(m[1]!)), 240) };
}
