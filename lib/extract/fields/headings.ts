// Lines that head a section of an ad: never its title, and evidence of an ad's structure.
import { wordSet } from '../locales/words';
import { grammarAlt } from '../locales/grammar';

/** A section heading of an ad ("Arbeidsoppgaver", "Ihr Profil:", "## The Role"): never its title. */
export function isSectionHeading(line: string): boolean {
  const s = line
    .replace(/^[#•*·▪–\s-]{0,8}/u, '')
    .replace(/[\s:.!?]{0,4}$/u, '')
    .toLocaleLowerCase();
  return s.length > 0 && s.length <= 60 && wordSet('sectionHeadings').has(s);
}

let ABOUT: RegExp | null = null;
/** "Om arbeidsstaden", "About the organisation", "Über uns": a short heading about something (./title.ts takes it when it names a position). */
export function isAboutHeading(line: string): boolean {
  ABOUT ??= new RegExp(`^[ \\t]{0,3}(?:${grammarAlt('aboutWords')})[ \\t]{1,2}\\p{L}[^.!?\\n]{0,50}$`, 'iu');
  const s = line.trim();
  return ABOUT.test(s) && s.split(/[ \t]+/u).length <= 5;
}
