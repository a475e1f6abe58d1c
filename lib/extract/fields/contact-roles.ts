// The role of a contact person, read around the name: before it ("sekretariatsleder Gitte
// Ballenstedt"), after it ("Rachel Owusu, Head of Campaigns"), or in an apposition ("Lisbeth
// Binderup, Genitor (tlf. …)"). Used by ./contacts.ts.
import { grammarAlt } from '../locales/grammar';
import { hasTitleWord } from './title-words';
import type { Compiled } from './contacts';
import type { Run } from './contact-names';

/** ", Vision,", ", Genitor (tlf. …" or " (Personalabteilung)" right after a name: a short apposition, its words the role. */
export const APPOSITION = /^(?:\s{0,2},\s{1,2}(\p{Lu}[\p{L}-]{1,30})\s{0,2}(?:,|(?=\())|\s{1,2}\((\p{L}[\p{L} -]{1,38})\))/u;

let CLAUSE: RegExp | null = null;
const clauseEnd = (): RegExp => (CLAUSE ??= new RegExp(`[,;()\\d@]|\\s(?:${grammarAlt('clauseEndWords')})[\\s.:]`, 'iu'));

/** The role after a name, up to the end of its clause ("Head of Campaigns", "Teamleitung Haus Favoriten"). */
export function roleAfterName(text: string, runEnd: number, c: Compiled): { role: string; end: number } | null {
  const m = c.roleAfter.exec(text.slice(runEnd, runEnd + 80));
  if (!m || m[1] === undefined) return null;
  const roleStart = runEnd + m[0].length - m[1].length;
  const rest = text.slice(roleStart, roleStart + 60);
  const cut = rest.slice(m[1].length).search(clauseEnd());
  const len = cut < 0 ? m[1].length : m[1].length + cut;
  const role = rest.slice(0, len).trim();
  // Its unit after a comma, when the number or address follows ("Senior Director, Purification
  // Pilot Plants at +45-…", "Head of Finance, Group Accounting, tlf. …").
  const unit = ROLE_UNIT.exec(text.slice(roleStart + len, roleStart + len + 120));
  if (unit && unit[1] && !c.detailLabel.test(unit[1])) return { role: `${role}, ${unit[1].trim()}`, end: roleStart + len + unit[0].length };
  return { role, end: roleStart + len };
}

/** ", Unit Name" after a role, with a phone number or an address after it (a word or two between). */
const ROLE_UNIT =
  /^,\s{1,2}(\p{Lu}[\p{L}&-]{1,30}(?:\s{1,2}(?:\p{Lu}[\p{L}&-]{1,30}|&)){0,4})(?![\p{L}.])(?=[\s,:]{0,3}(?:\p{L}{1,8}\.?[\s:]{1,3}){0,2}(?:[+(]?\d|[\w.-]{1,40}@))/u;

/** The role before a name; when the run's first words belong to it ("Head of Policy Ingrid
 *  Solberg"), the name is what follows. */
export function roleBeforeName(text: string, run: Run, c: Compiled): { role: string | null; from: number } {
  for (let k = 0; k < run.names.length; k++) {
    const at = run.starts[k] ?? run.start;
    const m = c.roleBefore.exec(text.slice(Math.max(0, at - 80), at));
    if (m && m[1]) {
      // An acronym before the role belongs to it ("HR Adviser", "HR-konsulent").
      const lead = /(?<!\p{L})(\p{Lu}{2,5})[\s-]{1,2}$/u.exec(
        text.slice(Math.max(0, at - 90), at - m[0].length + (m[0].length - m[0].trimStart().length)),
      );
      const role = m[1].replace(/\s+/g, ' ').trim();
      return { role: lead ? `${lead[1]} ${role}` : role, from: k };
    }
    if (run.names.length - k <= 1) break;
  }
  // "HR: Bjørn Emil H. Brattli på …", "Verksmester avd. Heimdal: Jon Einar Løberg": a short label
  // that opens the line, right before the name, is the role when it names a position or is an
  // acronym (not "Frankfurt a.M.: Steffen Oschatz"), and is no contact or phone label.
  const lineStart = text.lastIndexOf('\n', run.start - 1) + 1;
  if (run.start - lineStart <= 50) {
    const label = LINE_LABEL.exec(text.slice(lineStart, run.start));
    const words = label
      ? label[1]!
          .toLowerCase()
          .split(/[\s/()]+/u)
          .filter(Boolean)
      : [];
    const named = label && (hasTitleWord(label[1]!) || /^\p{Lu}{2,4}$/u.test(label[1]!.trim()));
    if (named && words.length <= 5 && !words.some((w) => c.labelWords.has(w.replace(/\.$/u, ''))))
      return { role: label[1]!.trim(), from: 0 };
  }
  // "lämnas av personalhandläggare Simon Morrissey": a lower-case word that names a position, right before the name.
  const word = POSITION_BEFORE.exec(text.slice(Math.max(0, run.start - 50), run.start));
  if (word && hasTitleWord(word[1]!)) return { role: word[1]!, from: 0 };
  return { role: null, from: 0 };
}

const POSITION_BEFORE = /(?<![\p{L}-])(\p{Ll}[\p{L}-]{3,40})\s{1,2}$/u;
const LINE_LABEL = /^[\s•·*-]{0,3}(\p{Lu}[\p{L}.()&/ -]{1,45}?)\s{0,2}:\s{1,3}$/u;
