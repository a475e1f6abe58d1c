// Contact cards, read by ./contacts.ts: a line that is only a name (perhaps after its field label,
// "Navn: …"), then perhaps its role, then lines of details; and a line that is a contact by itself,
// the name and then its details ("Kari Nordmann, tlf. 912 34 567").
import type { TextContext } from './context';
import type { Compiled, Item } from './contacts';
import { trimValue } from '../util';
import { INITIAL, nameRuns } from './contact-names';
import { addPerson, MAX_PEOPLE, type Person } from './contact-addresses';
import { allWords, STOP_WORDS } from '../locales/words';
import { hasTitleWord } from './title-words';
import { emailFitsName } from './name-match';
import { perVocabulary, phraseAlternation } from './text';
import type { Vocabulary } from '../locales/types';

let BYLINE: RegExp | null = null;
/** "Av Sigrid Hansteen Eliassen" above her address: an article's author, no contact. */
const byline = (): RegExp => (BYLINE ??= new RegExp(`^(?:${phraseAlternation(allWords('bylineWords'))})[ \\t]`, 'iu'));

/** A card's field labels: "Navn: Kari Nordmann", "Stilling: Daglig leder", "Name: Jane Smith". */
const fieldLabels = perVocabulary((v: Vocabulary) => ({
  name: new RegExp(`^(?:${phraseAlternation(v.nameFieldLabels)})[ \\t]{0,2}:[ \\t]{0,3}`, 'iu'),
  role: new RegExp(`^(?:${phraseAlternation(v.roleFieldLabels)})[ \\t]{0,2}:[ \\t]{0,3}`, 'iu'),
}));

/**
 * Contact cards: a line that is only a name, then perhaps a line with the role, then lines of
 * details ("Marit Solheim Aune" / "Seksjonsleder samfunnsplanlegging" / "Mobil: 917 23 408").
 * The details make it a contact; without a phone or address below it, a name alone is no contact.
 */
export function cardContacts(ctx: TextContext, c: Compiled, itemsByBlock: Map<number, Item[]>, people: Person[]): void {
  const blocks = ctx.blocks;
  const labels = fieldLabels(ctx.vocab);
  for (let bi = 0; bi < blocks.length && people.length < MAX_PEOPLE; bi++) {
    const text = blocks[bi]!.text;
    // "Navn: Kari Nordmann": the name after its field label.
    const label = labels.name.exec(text.trimStart())?.[0].length ?? 0;
    const own = itemsByBlock.get(bi);
    if (own) {
      const p = lineContact(text, label + text.length - text.trimStart().length, own, c);
      if (p) addPerson(people, p);
      continue;
    }
    const t = text.trim().slice(label);
    if (t.length < 5 || t.length > 60 || byline().test(t)) continue;
    const runs = nameRuns(t, 0, t.length, c);
    const run = runs[0];
    // "Frau Carmen Steiger": a line of the name after its honorifics.
    const before = t
      .slice(0, run?.start ?? 0)
      .trim()
      .split(/\s+/u)
      .filter(Boolean);
    if (!before.every((w) => c.honorifics.has(w.toLowerCase().replace(/\.$/u, '')))) continue;
    if (!run || run.names.filter((n) => !INITIAL.test(n)).length < 2) continue;
    // "Kari Nordmann, daglig leder": the role after a comma on the name's line.
    const rest = t.slice(run.end).trim();
    const after = /^,\s{0,2}([^\d@,()]{2,40})$/u.exec(rest)?.[1]?.trim() ?? null;
    // A role names a position ("Kari Nordmann, Oslo" names a place).
    const roleOnLine = after !== null && hasTitleWord(after) ? after : null;
    // The line is the name alone, or the name and a role of a few words (whose capitals may form runs of their own).
    const lineOk = rest === '' ? runs.length === 1 : roleOnLine !== null && roleOnLine.split(/\s+/u).length <= 5;
    if (!lineOk) continue;
    const person: Person = { name: run.names.join(' '), role: roleOnLine, phone: null, email: null, evidence: t };
    let details = 0;
    for (let k = 1; k <= 4; k++) {
      const next = blocks[bi + k];
      if (!next || next.text.length > 120) break;
      if (c.detailLabel.test(next.text)) {
        const items = itemsByBlock.get(bi + k) ?? [];
        if (items.length === 0) break;
        takeDetails(person, items);
        details++;
        person.evidence += ` · ${next.text}`;
        continue;
      }
      // "Daglig leder 912 34 567": the role and the details the text joined on the line below the name.
      if (k === 1 && person.role === null && roleWithDetails(next.text, itemsByBlock.get(bi + k) ?? [], person, c)) {
        details++;
        continue;
      }
      // The role, on the line right below the name: a few words, no number or address ("Stilling: Daglig leder" too).
      const role = next.text.replace(labels.role, '');
      if (
        k === 1 &&
        person.role === null &&
        !itemsByBlock.has(bi + k) &&
        role.length <= 60 &&
        role.split(/\s+/).length <= 6 &&
        !/[\d@]/.test(role)
      ) {
        person.role = trimValue(role);
        person.evidence += ` · ${next.text}`;
        continue;
      }
      break;
    }
    if (details > 0) addPerson(people, person);
  }
}

/**
 * A line that is a contact by itself (from `from`, past a field label): the name first, perhaps its
 * role before or after it, then the details: "Kari Nordmann, tlf. 912 34 567, e-post kari@…", "Daglig leder Kari Nordmann, tlf. …",
 * "Jane Smith (HR Manager) – 01234 567890", "Kari Nordmann | Daglig leder | 912 34 567".
 */
function lineContact(line: string, from: number, items: Item[], c: Compiled): Person | null {
  if (line.trim().length > 160) return null;
  const head = beforeDetails(line, items, from);
  const run = nameRuns(head, 0, head.length, c).find((r) => r.names.filter((n) => !INITIAL.test(n)).length >= 2);
  // "Kirketjener Domkirken, 480 65 701": a role's words are no name.
  if (!run || byline().test(head.trim()) || hasTitleWord(run.names.join(' '))) return null;
  // Before the name, a role at most: no sentence, label or list ends there ("… Kontaktperson: Kari Nordmann (…)").
  if (/[.:;!?]/u.test(head.slice(0, run.start))) return null;
  // Around the name: nothing, or a role of a few words; the rest is separators and the details' labels.
  const parts = [head.slice(0, run.start), ...head.slice(run.end).split(/[,|()–—]|[ \t]-[ \t]/u)]
    .map((s) => trimValue(s))
    .filter((s) => s !== '' && !(c.detailLabel.test(s) && !/\d/u.test(s) && s.split(' ').length <= 3));
  if (parts.length > 1) return null;
  const role = parts[0] ?? null;
  const words = role?.toLocaleLowerCase().split(/[ \t]+/u) ?? [];
  if (role !== null && (words.length > 5 || !hasTitleWord(role) || words.some((w) => STOP_WORDS.has(w)))) return null;
  const person: Person = { name: run.names.join(' '), role, phone: null, email: null, evidence: line.trim() };
  // An address that spells someone else's name ("mette.wold@…" after Per Arne Bakken's number) is theirs.
  takeDetails(
    person,
    items.filter(
      (it) => it.kind === 'phone' || !/[._-]/u.test(it.hit.email.split('@')[0] ?? '') || emailFitsName(it.hit.email, person.name),
    ),
  );
  return person;
}

/** A role of a few words that names a position, then the line's phone numbers and addresses: the person's. */
function roleWithDetails(line: string, items: Item[], person: Person, c: Compiled): boolean {
  if (items.length === 0) return false;
  // "Referentin für Presse Mail hannah@…": the role ends before a detail's label.
  const words = beforeDetails(line, items).trim().split(/\s+/u);
  const cut = words.findIndex((_, i) => c.detailLabel.test(words.slice(i).join(' ')));
  const role = trimValue(words.slice(0, cut < 0 ? words.length : cut).join(' '));
  if (!role || role.split(/\s+/u).length > 6 || /[\d@]/u.test(role) || !hasTitleWord(role)) return false;
  person.role = role;
  takeDetails(person, items);
  person.evidence += ` · ${line}`;
  return true;
}

/** The line's text from `from` up to its first phone number or address. */
const beforeDetails = (line: string, items: Item[], from = 0): string => line.slice(from, Math.min(...items.map((it) => it.hit.start)));

/** The first phone number and address of a card's detail line, where the person has none yet. */
function takeDetails(person: Person, items: Item[]): void {
  for (const it of items) {
    if (it.kind === 'phone') person.phone ??= it.hit.e164;
    else person.email ??= it.hit.email;
  }
}
