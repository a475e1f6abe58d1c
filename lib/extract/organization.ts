// The hiring organisation from text: an employer label ("Arbeidsgiver: …"), the subject of a
// hiring verb ("Enhedslisten i Region Midtjylland søger …"), a possessive with an organisational
// unit ("Alternativets landssekretariat"), or the site's name when the ad's text names it.
import { alt, wordSet } from './words';
import { clip, escapeRegex, isUpper, trimValue } from './util';

export interface OrgCandidate {
  value: string;
  evidence: string;
}

let RX: { label: RegExp; subject: RegExp; possessive: RegExp; unitTail: RegExp; inCut: RegExp } | null = null;
function rx(): NonNullable<typeof RX> {
  if (RX) return RX;
  RX = {
    label: new RegExp(`^(?:${alt('employerLabels')})[ \\t]{0,3}[:：][ \\t]{0,3}([^\\s].{1,150})$`, 'iu'),
    subject: new RegExp(`(?:^|[.!?][ \\t]{1,3})([\\p{Lu}\\p{N}][^.!?\\n]{1,90}?)[ \\t,]{1,3}(?:${alt('hiringVerbs')})[ \\t]`, 'u'),
    possessive: new RegExp(
      `(?:^|[^\\p{L}])((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]{1,40}[ \\t]){0,3}[\\p{Lu}][\\p{L}-]{1,40})s[ \\t]{1,2}(?:\\p{Ll}{0,20})(?:${alt('orgUnits')})\\b`,
      'u',
    ),
    unitTail: new RegExp(`^(.{2,100}?)s[ \\t]{1,2}\\p{Ll}{0,20}(?:${alt('orgUnits')})(?:en|et|a|n)?$`, 'u'),
    inCut: new RegExp(`[ \\t](?:${alt('inPrepositions')})[ \\t]{1,3}[\\p{Lu}].{0,80}$`, 'u'),
  };
  return RX;
}

/** Normalises an organisation name: "X i Region Y" → "X", "Xs bystyregruppe" → "X". */
export function cleanOrgName(raw: string): string | null {
  let o = trimValue(raw.replace(/\s+/g, ' '));
  o = o.replace(rx().inCut, '').trim();
  o = o.replace(/,[ \t]{0,2}(?:region|afdeling|avdeling|avd\.|lokalafdeling)\b.{0,60}$/iu, '').trim();
  const unit = rx().unitTail.exec(o);
  if (unit) o = unit[1]!;
  o = trimValue(o);
  if (o.length < 2 || o.length > 120) return null;
  const words = o.split(' ');
  if (words.length > 8) return null;
  const pronouns = wordSet('pronouns');
  if (pronouns.has(o.toLocaleLowerCase())) return null;
  if (pronouns.has(words[0]!.toLocaleLowerCase()) && !(words[1] && isUpper(words[1].charAt(0)))) return null;
  if (!isUpper(o.charAt(0)) && !/^\p{N}/u.test(o)) return null;
  // A name is capitalised words, with small joining words: "Foreningen for Hjerneskadede og Pårørende".
  const lowerWords = words.filter((w) => !isUpper(w.charAt(0)) && !/^\p{N}/u.test(w));
  if (lowerWords.length > Math.max(1, words.length / 2)) return null;
  return o;
}

export function orgFromLabel(text: string): OrgCandidate | null {
  for (const line of text.split('\n').slice(0, 400)) {
    const m = rx().label.exec(line.replace(/^[•*·-][ \t]{1,3}/u, '').trim());
    if (m) {
      const v = cleanOrgName(m[1]!);
      if (v) return { value: v, evidence: clip(line, 200) };
    }
  }
  return null;
}

export function orgFromSubject(text: string): OrgCandidate | null {
  const sample = text.slice(0, 8000);
  for (const line of sample.split('\n')) {
    if (line.length < 8) continue;
    const m = rx().subject.exec(line);
    if (!m) continue;
    const v = cleanOrgName(m[1]!);
    if (v) return { value: v, evidence: clip(line, 240) };
  }
  return null;
}

export function orgFromPossessive(text: string): OrgCandidate | null {
  const sample = text.slice(0, 20_000);
  const m = rx().possessive.exec(sample);
  if (!m) return null;
  const base = m[1]!.trim();
  if (wordSet('pronouns').has(base.toLocaleLowerCase())) return null;
  // The name must also stand on its own elsewhere ("i Alternativet").
  const alone = new RegExp(`(?<![\\p{L}])${escapeRegex(base)}(?![\\p{L}])`, 'u');
  const rest = sample.slice(0, m.index) + sample.slice(m.index + m[0].length);
  if (!alone.test(rest)) return null;
  const v = cleanOrgName(base);
  if (!v) return null;
  const start = Math.max(0, sample.lastIndexOf('\n', m.index) + 1);
  return { value: v, evidence: clip(sample.slice(start, m.index + m[0].length + 60), 240) };
}

/** The site's name counts when the ad's text names it too (job boards' names do not appear). */
export function orgFromSiteName(site: string | null, text: string): OrgCandidate | null {
  if (!site) return null;
  const v = trimValue(site);
  if (v.length < 2 || v.length > 100) return null;
  const lower = text.toLocaleLowerCase();
  if (!lower.includes(v.toLocaleLowerCase())) return null;
  return { value: v, evidence: clip(v, 200) };
}
