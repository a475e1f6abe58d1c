/**
 * People to ask about the position: a name in a contact sentence ("kontakte sekretariatsleder
 * Gitte Ballenstedt … på tlf: 49 40 71 58", "henvendelse til Else Kayser på 29 44 28 32 eller
 * Thorvald Jepsen 71 78 93 45"), with the role before or after the name and the phone number or
 * address that follows it. A first name alone counts only when a number or address ties to it.
 * An address elsewhere next to the same name ("mailes til: Else Kayser – elsekayser@…") or whose
 * local part spells the name joins that contact. Streets, regions, committees, organisations,
 * weekdays and months are never names.
 */
import { emailFitsName, emailHoldsWord } from './name-match';
import type { Contact } from '../../schema/draft';
import type { Found } from '../types';
import type { Vocabulary } from '../locales/types';
import type { TextContext } from './context';
import { clip } from '../util';
import { scanEmails, type EmailHit } from './emails';
import { scanPhones, type PhoneHit } from './phones';
import { phraseAlternation, findPhrases, perVocabulary, phraseSet, sentenceAround, sentenceBounds, type PhraseSet } from './text';
import { grammarAlt } from '../locales/grammar';
import { APPOSITION, roleAfterName, roleBeforeName } from './contact-roles';
import { INITIAL, nameRuns, type Run } from './contact-names';
import { addPerson, MAX_PEOPLE, namedAddresses, tieGap, type Person } from './contact-addresses';
import { cardContacts } from './contact-cards';

export interface Compiled {
  label: PhraseSet;
  heading: PhraseSet;
  roleBefore: RegExp;
  roleAfter: RegExp;
  stop: Set<string>;
  nonPersonSuffix: RegExp;
  honorifics: Set<string>;
  roleWord: RegExp;
  detailLabel: RegExp;
  /** The words of contact and phone labels ("kontaktperson", "tlf"): a line's label of these is no role. */
  labelWords: Set<string>;
  /** "… svarer gjerne", "… will be happy to answer": the person named right before it is a contact. */
  answerAfter: RegExp;
}

const compile = perVocabulary((v: Vocabulary): Compiled => {
  const roles = phraseAlternation(v.roleWords);
  const suffixes = phraseAlternation(v.roleSuffixes);
  const honor = v.honorifics.length > 0 ? `(?:(?:${phraseAlternation(v.honorifics)})\\s{0,3}){0,3}` : '';
  // "kultur- og fritidschef", "Kultur- und Sportreferent": a compound that shares its last part with the one before.
  const shared = `(?:\\p{L}{2,30}-\\s{1,2}(?:${grammarAlt('andWords')})\\s{1,3})?`;
  const role = `(?:${shared}(?:(?:${roles})|[\\p{L}-]{0,30}(?:${suffixes})))`;
  const roleTail = `(?:\\s{1,3}(?:${grammarAlt('rolePrepositions')})(?:\\s{1,3}[\\p{L}-]{1,30}){1,3})?`;
  // Each word of a phrase, lower case, without a closing dot ("Tlf." → "tlf").
  const wordsOf = (phrases: string[]): string[] => phrases.flatMap((w) => w.toLowerCase().split(/\s+/u)).map((w) => w.replace(/\.$/u, ''));
  const labelWords = new Set(wordsOf([...v.contactLabels, ...v.phoneLabels]));
  const stop = new Set([...wordsOf([...v.nonPersonWords, ...Object.keys(v.weekdays), ...Object.keys(v.months)]), ...labelWords]);
  return {
    label: phraseSet([...v.contactLabels, ...v.contactAnswerPhrases], { whole: true }),
    answerAfter: new RegExp(`^[\\s,]{1,3}(?:${phraseAlternation(v.contactAnswerPhrases)})(?![\\p{L}])`, 'iu'),
    heading: phraseSet(v.contactLabels),
    roleBefore: new RegExp(`(?<![\\p{L}])(${role}${roleTail})[\\s,:]{1,3}(?:(?:${grammarAlt('roleCopulas')})\\s{1,3})?${honor}$`, 'iu'),
    // A role after the name, perhaps with a word or two before its role word ("…, Senior Director").
    roleAfter: new RegExp(`^\\s{0,2}[,(–-]\\s{0,2}((?:\\p{L}[\\p{L}-]{1,20}\\s{1,2}){0,2}${role})(?![\\p{L}])`, 'iu'),
    stop,
    nonPersonSuffix: new RegExp(`(?:${phraseAlternation(v.nonPersonSuffixes)})$`, 'iu'),
    honorifics: new Set(v.honorifics.map((h) => h.toLowerCase().replace(/\.$/, ''))),
    labelWords,
    roleWord: new RegExp(`^(?:(?:${roles})|[\\p{L}-]{0,30}(?:${suffixes}))$`, 'iu'),
    detailLabel: new RegExp(
      // "Tel. …", "E-Mail: …", and "på tlf 952 66 407" (a sentence the page broke before its number).
      // A pictogram may stand for the label ("📧 cs@…", "☎ 041 …"), and an address may stand alone.
      `^[\\s•·*\\p{So}\\uFE0F-]{0,4}(?:(?:${grammarAlt('emailLeadWords')})\\s{1,3})?(?:${phraseAlternation([...v.phoneLabels, 'e-mail', 'email', 'mail', 'e-post', 'epost', 'mejl', 'mobil', 'mob.', 'fax'])})(?![\\p{L}])|^[\\s•·*\\p{So}\\uFE0F-]{0,4}(?:[+\\d(]|[\\p{L}\\p{N}._%+-]{1,64}@)`,
      'iu',
    ),
  };
});

/** Contact sentences looked at, at most (a huge page must stay fast). */
const MAX_REGIONS = 120;

export type Item = { kind: 'phone'; hit: PhoneHit } | { kind: 'email'; hit: EmailHit };

interface Region {
  block: number;
  start: number;
  end: number;
  /** End offsets of the contact labels in the region (a name right after one is a contact). */
  labelEnds: number[];
}

/** Parts of the ad about contacting someone: labelled sentences, the lines under a "Kontakt" heading. */
function contactRegions(ctx: TextContext, c: Compiled): Region[] {
  const regions: Region[] = [];
  let budget = MAX_REGIONS;
  let headingUntil = -1;
  ctx.blocks.forEach((block, bi) => {
    if (budget <= 0) return;
    const t = block.text;
    const labels = findPhrases(c.label, t, block.lower);
    if (labels.length === 0 && t.length <= 40) {
      const h = findPhrases(c.heading, t, block.lower)[0];
      if (h && h.index <= 2) {
        headingUntil = bi + 3;
        return;
      }
    }
    if (labels.length === 0) {
      if (bi <= headingUntil) regions.push({ block: bi, start: 0, end: t.length, labelEnds: [] });
      return;
    }
    if (labels.length > budget) labels.length = Math.max(0, budget);
    budget -= labels.length;
    if (labels.length === 0) return;
    // A heading ("Kontakt", "Ansprechpartnerin:"), or a sentence that leads up to a list
    // ("Närmare upplysningar om tjänsten kan lämnas av:"): the next blocks are the contact details.
    if (t.length <= 40 && labels[0]!.index <= 2) headingUntil = bi + 3;
    else if (/:\s*$/u.test(t)) headingUntil = bi + 3;
    else if (bi <= headingUntil) {
      regions.push({ block: bi, start: 0, end: t.length, labelEnds: labels.map((l) => l.end) });
      return;
    }
    let last: Region | null = null;
    for (const m of labels) {
      const [a, b] = sentenceBounds(t, m.index, m.end, 400);
      // The contact details may run on in the next sentence ("… Gitte Ballenstedt. Tlf. …").
      const end = Math.min(t.length, b + 60);
      if (last && a <= last.end) {
        last.end = Math.max(last.end, end);
        last.labelEnds.push(m.end);
      } else {
        last = { block: bi, start: a, end, labelEnds: [m.end] };
        regions.push(last);
      }
    }
  });
  return regions;
}

/** Index of the first item starting at or after pos (items are sorted). */
function firstItemFrom(items: Item[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.hit.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Accepted {
  run: Run;
  person: Person;
  /** End of the role text after the name ("Rachel Owusu, Head of Campaigns,"). */
  end: number;
}

let LEAD: RegExp | null = null;
const emailLead = (): RegExp => (LEAD ??= new RegExp(`^[\\s:,;(–—-]{0,6}(?:(?:${grammarAlt('emailLeadWords')})[\\s:]{0,3})?$`, 'iu'));
/** A phone number or an address found in the ad. */
function give(owner: Person, it: Item): void {
  if (it.kind === 'phone' && owner.phone === null) owner.phone = it.hit.e164;
  if (it.kind === 'email' && owner.email === null) owner.email = it.hit.email;
}

/** The numbers and addresses of each block, in text order. */
function itemsByBlockOf(phones: readonly PhoneHit[], emails: readonly EmailHit[]): Map<number, Item[]> {
  const itemsByBlock = new Map<number, Item[]>();
  const push = (bi: number, it: Item) => {
    const list = itemsByBlock.get(bi);
    if (list) list.push(it);
    else itemsByBlock.set(bi, [it]);
  };
  for (const hit of phones) push(hit.block, { kind: 'phone', hit });
  for (const hit of emails) push(hit.block, { kind: 'email', hit });
  for (const list of itemsByBlock.values()) list.sort((x, y) => x.hit.start - y.hit.start);
  return itemsByBlock;
}

/** The last person of a block, whose details may open the next block. */
type Carry = { person: Person; block: number } | null;

/** One region of a block where people are named: who, with what role, number and address. */
function readRegion(
  ctx: TextContext,
  c: Compiled,
  region: Region,
  itemsByBlock: Map<number, Item[]>,
  people: Person[],
  carry: Carry,
): Carry {
  const bi = region.block;
  const text = ctx.blocks[bi]?.text ?? '';
  const items = itemsByBlock.get(bi) ?? [];
  const runs = nameRuns(text, region.start, region.end, c);
  const accepted = acceptRuns(text, runs, items, region, people, c);
  giveItems(text, runs, items, region, accepted, people, c, carry && carry.block === bi - 1 ? carry : null);
  for (const acc of accepted) addPerson(people, acc.person);
  const lastAcc = accepted[accepted.length - 1];
  carry = lastAcc ? { person: lastAcc.person, block: bi } : null;
  // Detail lines right below ("Tel. …", "E-Mail: …") belong to the last person.
  if (lastAcc && region.end >= text.length - 1) {
    for (let k = 1; k <= 2; k++) {
      const nb = ctx.blocks[bi + k];
      if (!nb || !c.detailLabel.test(nb.text) || nb.text.length > 120) break;
      for (const it of itemsByBlock.get(bi + k) ?? []) give(lastAcc.person, it);
    }
  }
  return carry;
}

/** The runs of names that are people: with a role, a number or address tied to them, or after a contact label. */
function acceptRuns(text: string, runs: Run[], items: Item[], region: Region, people: readonly Person[], c: Compiled): Accepted[] {
  const accepted: Accepted[] = [];
  let skipUntil = -1;
  let rolePrefix: { at: number; role: string } | null = null;
  for (let ri = 0; ri < runs.length; ri++) {
    const run = runs[ri]!;
    if (run.start < skipUntil) continue;
    // A first name alone that names someone already found ("Maja træffes også på mail").
    if (run.names.length === 1) {
      const known = [...accepted.map((x) => x.person), ...people].find(
        (p) => p.name.split(' ')[0] === run.names[0] && p.name.includes(' '),
      );
      if (known) {
        accepted.push({ run, person: known, end: run.end });
        continue;
      }
    }
    // "Deputy General Secretary Kari Thorsen Aas": capitalised words before a role word and the
    // next name are the start of that role, not a person.
    const nextRun = runs[ri + 1];
    const between = nextRun ? text.slice(run.end, nextRun.start) : '';
    if (nextRun && /^\s{1,2}\p{L}[\p{L}-]{1,40}\s{1,2}$/u.test(between) && c.roleWord.test(between.trim())) {
      rolePrefix = { at: nextRun.start, role: text.slice(run.start, nextRun.start).replace(/\s+/g, ' ').trim() };
      continue;
    }
    const { role: roleFound, from } = roleBeforeName(text, run, c);
    const roleB = rolePrefix && rolePrefix.at === run.start ? rolePrefix.role : roleFound;
    const name = run.names.slice(from);
    const nameStart = run.starts[from] ?? run.start;
    // An apposition after the name: "Karin Öberg, Vision, 010-…", "Daniel Kogler (Personalabteilung) unter …".
    const appos = APPOSITION.exec(text.slice(run.end, run.end + 50));
    const apposEnd = appos ? run.end + appos[0].length : -1;
    const apposItem = appos ? items[firstItemFrom(items, apposEnd)] : undefined;
    // A word between commas is a role only when a number or address follows it ("Ahmed Saleh, Naturvetarna, 010-…").
    const apposRole =
      appos && (appos[2] !== undefined || (apposItem !== undefined && tieGap().test(text.slice(apposEnd, apposItem.hit.start))))
        ? (appos[1] ?? appos[2]!).trim()
        : null;
    const roleA = roleAfterName(text, run.end, c);
    const after = roleA ?? (apposRole ? { role: apposRole, end: apposEnd } : null);
    // "chefkonsulent Lisbeth Binderup, Genitor (tlf. …)": the role, and the firm or unit after the name.
    const role = roleB && !roleA && apposRole ? `${roleB}, ${apposRole}` : (roleB ?? after?.role ?? null);
    const next = items[firstItemFrom(items, run.end)];
    const nextRunStart =
      after && runs[ri + 1] && runs[ri + 1]!.start < after.end ? (runs[ri + 2]?.start ?? Infinity) : (runs[ri + 1]?.start ?? Infinity);
    const tieFrom = after ? after.end : run.end;
    const tied =
      next !== undefined &&
      next.hit.start < nextRunStart &&
      next.hit.start >= tieFrom &&
      tieGap().test(text.slice(tieFrom, next.hit.start));
    const words = name.filter((n) => !INITIAL.test(n)).length;
    // Right after a label, in the same sentence and not across a menu's separators ("Kontakt | Suche | Leichte Sprache").
    const afterLabel = region.labelEnds.some(
      (e) => nameStart >= e && nameStart - e <= 30 && !/[.!?]\s|[|·•›]/u.test(text.slice(e, nameStart)),
    );
    if (words === 0) continue;
    const answers = words >= 2 && c.answerAfter.test(text.slice(tieFrom, tieFrom + 60));
    if (!(tied || role !== null || (words >= 2 && afterLabel) || answers)) continue;
    // One word tied only to an address not spelled after it ("Head of Engineering på epost bjarne.overli@…"): no one's name.
    if (words === 1 && role === null && next?.kind === 'email' && !emailHoldsWord(next.hit.email, name[0]!)) continue;
    const person: Person = {
      name: name.join(' '),
      role,
      phone: null,
      email: null,
      evidence: sentenceAround(text, nameStart, run.end),
    };
    const end = after ? after.end : run.end;
    skipUntil = end;
    accepted.push({ run, person, end });
  }
  return accepted;
}

/**
 * Numbers and addresses go to the nearest person before them; at the top of a block, to the
 * person of the block before (`carry`: "Ansprechpartnerin: Sabine Krüger" / "E-Mail: …").
 */
function giveItems(
  text: string,
  runs: Run[],
  items: Item[],
  region: Region,
  accepted: Accepted[],
  people: readonly Person[],
  c: Compiled,
  carry: Carry,
): void {
  for (let ii = firstItemFrom(items, region.start); ii < items.length; ii++) {
    const it = items[ii]!;
    if (it.hit.start > region.end + 80) break;
    let owner: Person | null = null;
    for (const acc of accepted) if (acc.run.end <= it.hit.start) owner = acc.person;
    if (!owner && carry && accepted.length === 0 && c.detailLabel.test(text)) owner = carry.person;
    if (it.kind === 'email') {
      const named = [...accepted.map((x) => x.person), ...people].find((p) => p.email === null && emailFitsName(it.hit.email, p.name));
      if (named) owner = named;
      else {
        // An address that spells a name in the sentence makes that name a contact, even without a
        // role or number ("… beantwortet Ihnen gern Jannik Wolter aus der Personalabteilung (j.wolter@…)"):
        // it never goes to the person before.
        const run = runs.find(
          (r) => r.end <= it.hit.start && emailFitsName(it.hit.email, r.names.join(' ')) && !accepted.some((a) => a.run === r),
        );
        if (run) {
          const { role, from } = roleBeforeName(text, run, c);
          const person: Person = {
            name: run.names.slice(from).join(' '),
            role: role ?? roleAfterName(text, run.end, c)?.role ?? null,
            phone: null,
            email: null,
            evidence: sentenceAround(text, run.starts[from] ?? run.start, run.end),
          };
          accepted.push({ run, person, end: run.end });
          owner = person;
        }
      }
    }
    if (owner) give(owner, it);
  }
}

export function parseContacts(ctx: TextContext): Found<Contact[]> | null {
  const c = compile(ctx.vocab);
  const phones = scanPhones(ctx);
  const emails = scanEmails(ctx);
  const people: Person[] = [];
  const itemsByBlock = itemsByBlockOf(phones, emails);
  let carry: Carry = null;
  for (const region of contactRegions(ctx, c)) {
    if (people.length >= MAX_PEOPLE) break;
    carry = readRegion(ctx, c, region, itemsByBlock, people, carry);
  }
  cardContacts(ctx, c, itemsByBlock, people);
  namedAddresses(ctx, c, people, emails);
  if (people.length === 0) return null;
  enrich(ctx, people, phones, emails);
  const value = people.slice(0, 8).map(({ name, role, phone, email }) => ({ name, role, phone, email }));
  return {
    value,
    evidence: clip(
      people
        .map((p) => p.evidence)
        .filter((e, i, all) => all.indexOf(e) === i)
        .join(' … '),
      300,
    ),
    source: 'text',
  };
}

/** Fill a contact's missing address or number from elsewhere in the ad. */
function enrich(ctx: TextContext, people: Person[], phones: PhoneHit[], emails: EmailHit[]): void {
  const taken = new Set(people.map((p) => p.email).filter((e): e is string => e !== null));
  // Each address once (a page can repeat one address thousands of times), in order of appearance.
  const distinctEmails = [...new Map(emails.map((h) => [h.email, h] as const)).values()];
  for (const p of people) {
    if (p.email !== null && p.phone !== null) continue;
    const needle = p.name;
    const blocks = new Set<number>([...phones.map((h) => h.block), ...emails.map((h) => h.block)]);
    for (const bi of blocks) {
      const t = ctx.blocks[bi]?.text ?? '';
      let at = t.indexOf(needle);
      let seen = 0;
      while (at >= 0 && seen++ < 20) {
        const end = at + needle.length;
        if (p.email === null) {
          const e = emails.find((h) => h.block === bi && h.start >= end && h.start - end <= 40 && !taken.has(h.email));
          if (e && emailLead().test(t.slice(end, e.start))) {
            p.email = e.email;
            taken.add(e.email);
          }
        }
        if (p.phone === null) {
          const ph = phones.find((h) => h.block === bi && h.start >= end && h.start - end <= 30);
          if (ph && tieGap().test(t.slice(end, ph.start))) p.phone = ph.e164;
        }
        at = t.indexOf(needle, end);
      }
    }
    if (p.email === null) {
      const e = distinctEmails.find((h) => !taken.has(h.email) && emailFitsName(h.email, p.name));
      if (e) {
        p.email = e.email;
        taken.add(e.email);
      }
    }
  }
}
