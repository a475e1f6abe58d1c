// The hiring organisation from text: an employer label ("Arbeidsgiver: …"), the subject of a
// hiring verb ("Enhedslisten i Region Midtjylland søger …"), a possessive with an organisational
// unit ("Alternativets landssekretariat"), or the site's name when the ad's text names it.
import { alt, lowerAlt, wordSet } from '../locales/words';
import { alternation, clip, escapeRegex, foldName, isUpper, lineAt, trimValue, upperFirst } from '../util';

import { grammarAlt, grammarSet } from '../locales/grammar';
import { UNION } from '../locales';
import { registeredName } from '../../url';

export interface OrgCandidate {
  value: string;
  evidence: string;
}

let RX: {
  label: RegExp;
  subject: RegExp;
  possessive: RegExp;
  unitTail: RegExp;
  inCut: RegExp;
  unitIn: RegExp;
  copula: RegExp;
  placeCopula: RegExp;
  skip: RegExp;
  division: RegExp;
  home: RegExp;
  jobSite: RegExp;
  addressish: RegExp;
} | null = null;
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
    copula: new RegExp(
      `(?:^|[.!?][ \\t]{1,3})(\\p{Lu}[^.!?\\n]{1,80}?)[ \\t]{1,3}(?:${grammarAlt('copulas')})[ \\t]{1,3}(?:${grammarAlt('indefiniteArticles')})[ \\t]`,
      'u',
    ),
    // "Fredericia er en ambitiøs kommune": a place described as the kind of organisation named after its place.
    placeCopula: new RegExp(
      `(?:^|[.!?][ \\t]{1,3})(\\p{Lu}[\\p{L}-]{1,30})[ \\t]{1,3}(?:${grammarAlt('copulas')})[ \\t]{1,3}(?:${grammarAlt('indefiniteArticles')})[ \\t]{1,3}(?:\\p{Ll}[\\p{Ll}-]{1,25}[ \\t]{1,3}){0,2}(${lowerAlt('placeOrgWords')})(?![\\p{L}])`,
      'mu',
    ),
    division: new RegExp(`,[ \\t]{0,2}(?:${grammarAlt('orgDivisionWords')})(?![\\p{L}]).{0,60}$`, 'iu'),
    home: new RegExp(`[›»/]|^(?:${grammarAlt('homeWords')})(?![\\p{L}])`, 'iu'),
    jobSite: new RegExp(alt('jobHrefWords'), 'iu'),
    // An address segment: "Street 12", "Street 120, 1100 Wien", "8000 Aarhus C", "123 45 Stockholm",
    // an e-mail, a phone or a company register number (CVR, org.nr., ZVR).
    addressish: new RegExp(
      `\\p{L}[ \\t]{1,2}\\d{1,4}[a-z]?(?:,[ \\t]{0,2}\\d{4,5}[ \\t]\\p{Lu}\\p{L}{0,40})?$|^\\d{4,5}[ \\t]\\p{Lu}|^\\d{3}[ \\t]\\d{2}[ \\t]\\p{Lu}|@|^(?:${alternation([...UNION.phoneLabels, ...UNION.notPhoneLabels])})`,
      'iu',
    ),
    skip: new RegExp(`^(?:${alt('headlinePrefixes')}|${alt('listWords')}|${alt('chromePhrases')})[ \\t]{0,3}[:!.]?$`, 'iu'),
    inCut: new RegExp(`[ \\t](?:${alt('inPrepositions')})[ \\t]{1,3}[\\p{Lu}].{0,80}$`, 'u'),
    // "Kunstenheden i Museum Sønderjylland", "Sekretariatet i Dansk Flygtningehjælp": a unit, then the organisation it is part of.
    unitIn: new RegExp(
      `^\\p{L}{0,30}(?:${alt('orgUnits')})(?:en|et|a|n|e)?[ \\t]{1,3}(?:${alt('inPrepositions')})[ \\t]{1,3}([\\p{Lu}\\p{N}].{1,80})$`,
      'iu',
    ),
  };
  return RX;
}

/** Normalises an organisation name: "X i Region Y" → "X", "Xs bystyregruppe" → "X". */
export function cleanOrgName(raw: string): string | null {
  let o = trimValue(raw.replace(/\s+/g, ' '));
  const unitIn = rx().unitIn.exec(o);
  if (unitIn && isUpper(unitIn[1]!.charAt(0))) o = unitIn[1]!;
  o = o.replace(rx().inCut, '').trim();
  o = o.replace(rx().division, '').trim();
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

/** True when a name reads as a proper noun: several capitalised words, capitals or digits, or its
 *  last word also stands capitalised in the middle of a sentence ("… i Alternativet"). */
export function properName(name: string, text: string): boolean {
  const words = name.split(' ').filter((w) => w.length > 0);
  const caps = words.filter((w) => isUpper(w.charAt(0)) || /^\p{N}/u.test(w));
  if (caps.length >= 2) return true;
  if (/\p{N}|^\p{Lu}{2,}/u.test(name)) return true;
  const last = words[words.length - 1] ?? '';
  if (last.length < 3) return false;
  const re = new RegExp(`\\p{Ll}[,;:]?[ \\t]{1,3}${escapeRegex(last)}(?![\\p{L}])`, 'u');
  return re.test(text.slice(0, 100_000));
}

/** The subject of a hiring verb: "Enhedslisten i Region Midtjylland søger …" (not "Derfor søger vi"). */
export function orgFromSubject(text: string): OrgCandidate | null {
  const sample = text.slice(0, 8000);
  const pronouns = wordSet('pronouns');
  for (const line of sample.split('\n')) {
    if (line.length < 8) continue;
    const m = rx().subject.exec(line);
    if (!m) continue;
    const after =
      line
        .slice(m.index + m[0].length)
        .trim()
        .split(/[ \t]/u)[0]
        ?.toLocaleLowerCase() ?? '';
    if (pronouns.has(after)) continue;
    const v = cleanOrgName(m[1]!);
    if (v && properName(v, text)) return { value: v, evidence: clip(line, 240) };
  }
  return null;
}

/** "Natthjelpen Oslo er en humanitær organisasjon": the subject of "is a" in a sentence. */
export function orgFromCopula(text: string): OrgCandidate | null {
  const sample = text.slice(0, 12_000);
  const pronouns = wordSet('pronouns');
  for (const line of sample.split('\n')) {
    if (line.length < 20) continue;
    const m = rx().copula.exec(line);
    if (!m) continue;
    const first = m[1]!.split(' ')[0]!.toLocaleLowerCase();
    if (pronouns.has(first)) continue;
    const v = cleanOrgName(m[1]!);
    if (v && properName(v, text)) return { value: v, evidence: clip(line, 240) };
  }
  return null;
}

const SEGMENT_SPLIT = /[ \t]{1,3}[·•|–—][ \t]{1,3}/u;

/** "Fredericia er en ambitiøs kommune, hvor …": "Fredericia Kommune", when the ad names no employer otherwise. */
export function orgFromPlaceCopula(text: string): OrgCandidate | null {
  const sample = text.slice(0, 20_000);
  const m = rx().placeCopula.exec(sample);
  if (!m) return null;
  const place = m[1]!;
  if (wordSet('pronouns').has(place.toLocaleLowerCase()) || grammarSet('definiteArticles').has(place.toLocaleLowerCase())) return null;
  return { value: `${place} ${upperFirst(m[2]!)}`, evidence: clip(lineAt(sample, m.index + m[0].length - 1), 240) };
}

/** A letterhead or footer line "Org · Street 1 · 1234 Town": the segment before the address. */
export function orgFromAddressLine(text: string): OrgCandidate | null {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 400; i--) {
    const line = lines[i]!.trim();
    if (line.length < 8 || line.length > 300) continue;
    const segs = line
      .split(SEGMENT_SPLIT)
      .map((s) => s.trim())
      .filter(Boolean);
    if (segs.length < 2) continue;
    if (!segs.slice(1).some((s) => rx().addressish.test(s))) continue;
    const v = cleanOrgName(segs[0]!);
    if (v && !/\d/u.test(segs[0]!)) return { value: v, evidence: clip(line, 240) };
  }
  return null;
}

/** A letterhead: a short name on a line before the title that the text names again. */
export function orgFromLetterhead(text: string, titleLine: number | undefined): OrgCandidate | null {
  if (titleLine === undefined) return null;
  const all = text.split('\n');
  // Lines before the title; then the two lines after it when they read "Org – place" / "Org · …".
  const before = all.slice(0, titleLine);
  const after = all.slice(titleLine + 1, titleLine + 4).filter((l) => l.trim().length > 0);
  let seen = 0;
  for (const raw of [...before, ...after.slice(0, 2)]) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > 8) break;
    if (line.length > 90 || rx().home.test(line) || rx().skip.test(line)) continue;
    const seg = line.split(SEGMENT_SPLIT)[0]!.trim();
    const v = cleanOrgName(seg);
    if (!v || v.split(' ').length > 6 || /\d{3,}|^\d/u.test(v)) continue;
    const rest = text.slice(text.indexOf(raw) + raw.length).toLocaleLowerCase();
    const key = v.toLocaleLowerCase().split(' ').slice(0, 2).join(' ');
    if (rest.includes(key)) return { value: v, evidence: clip(line, 200) };
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

/** Mail services, not employers. */
// not language words: the names of mail services
const MAIL_SERVICES = /^(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|me|mail|online|proton|protonmail|gmx|web|post)$/u;
const EMAIL_DOMAIN = /[\p{L}\p{N}._%+-]{1,64}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})/giu;

/**
 * The names the text's e-mail domains are registered under, folded, of three letters or more, in
 * the order the text first gives them: "danskelejereoj" of job@danskelejere-oj.dk,
 * "westyorkshiredogrescue" of …@westyorkshiredogrescue.co.uk.
 */
export function emailDomainNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.includes('@') ? text.matchAll(EMAIL_DOMAIN) : []) {
    const d = foldName(registeredName(m[1]!));
    if (d.length >= 3) names.add(d);
  }
  return names;
}
const NAME_RUN = /\p{Lu}[\p{L}\p{N}-]{1,30}(?:[ \t]{1,2}(?:&[ \t]{1,2})?\p{Lu}[\p{L}\p{N}-]{1,30}){0,4}/gu;

/**
 * A name in the text that the ad's e-mail addresses, or the page's address, are named after:
 * "Danske Lejere i Østjylland har travlt" with job@danskelejere-oj.dk, "Academic Work" on
 * academicwork.no. The name's letters must make up most of the domain (its start, 80% at least), so
 * one word of a longer name or a mail service never counts, nor a one-word name the address alone spells.
 */
export function orgFromEmailDomain(text: string, host = ''): OrgCandidate | null {
  const sample = text.slice(0, 20_000);
  // The first five that are no mail service's.
  const domains = [...emailDomainNames(sample)].filter((d) => !MAIL_SERVICES.test(d)).slice(0, 5);
  const site = foldName(registeredName(host));
  if (domains.length === 0 && site.length < 3) return null;
  for (const m of sample.matchAll(NAME_RUN)) {
    const words = m[0].split(/[ \t]{1,2}/u).filter((w) => w !== '&');
    // The longest run of the name's words whose letters start the domain ("Verein Grünes Wohnen":
    // "Grünes Wohnen" for gruenes-wohnen.at).
    for (let from = 0; from < words.length; from++) {
      for (let to = words.length; to > from; to--) {
        const key = foldName(words.slice(from, to).join(''));
        const fits = (d: string): boolean => d.startsWith(key) && key.length >= Math.max(3, d.length * 0.8);
        // The page's address alone names no one-word name: a recruiter's or a board's site ("Genitor") carries others' ads.
        if (!domains.some(fits) && !(site.length >= 3 && fits(site) && to - from >= 2)) continue;
        const v = cleanOrgName(words.slice(from, to).join(' '));
        if (!v) continue;
        return { value: v, evidence: clip(lineAt(sample, m.index), 240) };
      }
    }
  }
  return null;
}

/** The site's name counts when the ad's text names it too (job boards' names do not appear). */
export function orgFromSiteName(site: string | null, text: string): OrgCandidate | null {
  if (!site) return null;
  const v = trimValue(site);
  if (v.length < 2 || v.length > 100) return null;
  // A job board or a jobs section names itself, not the employer.
  if (rx().jobSite.test(v)) return null;
  const lower = text.toLocaleLowerCase();
  if (!lower.includes(v.toLocaleLowerCase())) return null;
  return { value: v, evidence: clip(v, 200) };
}

/** Up to six capitalised words, with "und"/"og"/"of" between them. */
const nameWords = (): string => `\\p{Lu}[\\p{L}-]{1,30}(?:[ \\t](?:(?:${grammarAlt('nameJoiners')})[ \\t])?\\p{L}[\\p{L}-]{1,30}){0,5}`;

/** The first letters of a name's words but "und", "for", "of": "Gewerkschaft Gesundheit und Soziales" → "GGS",
 *  "Foreningen for sjeldne nyresykdommer" → "FSN". */
const initials = (name: string): string =>
  name
    .split(/[ \t]+/u)
    .filter((w) => !grammarSet('nameJoiners').has(w))
    .map((w) => w.charAt(0).toLocaleUpperCase())
    .join('');

/**
 * The full name behind an acronym, when the ad spells it out: "Die Gewerkschaft Gesundheit und
 * Soziales (GGS) vertritt …", "GGS – Gewerkschaft Gesundheit und Soziales". Null when it does not.
 */
export function expandAcronym(org: string, text: string): OrgCandidate | null {
  if (!/^\p{Lu}{2,6}$/u.test(org)) return null;
  const sample = text.slice(0, 50_000);
  const a = escapeRegex(org);
  const before = new RegExp(`(?<![\\p{L}])(${nameWords()})[ \\t]\\(${a}\\)`, 'u').exec(sample);
  const after = new RegExp(`(?<![\\p{L}])${a}[ \\t]{1,2}[–—-][ \\t]{1,2}(${nameWords()})`, 'u').exec(sample);
  for (const m of [before, after]) {
    if (!m) continue;
    // The leading words may be more than the name ("Die Gewerkschaft …"): drop them until the initials fit.
    const words = m[1]!.split(/[ \t]+/u);
    for (let k = 0; k < words.length; k++) {
      const candidate = words.slice(k).join(' ');
      if (isUpper(words[k]!.charAt(0)) && initials(candidate) === org)
        return { value: candidate, evidence: clip(lineAt(sample, m.index), 240) };
    }
  }
  return null;
}
