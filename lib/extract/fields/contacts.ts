/**
 * People to ask about the position: a name in a contact sentence ("kontakte sekretariatsleder
 * Gitte Ballenstedt … på tlf: 49 40 71 58", "henvendelse til Else Kayser på 29 44 28 32 eller
 * Thorvald Jepsen 71 78 93 45"), with the role before or after the name and the phone number or
 * address that follows it. A first name alone counts only when a number or address ties to it.
 * An address elsewhere next to the same name ("mailes til: Else Kayser – elsekayser@…") or whose
 * local part spells the name joins that contact. Streets, regions, committees, organisations,
 * weekdays and months are never names.
 */
import type { Contact } from '../../schema/draft';
import type { Found } from '../types';
import type { Vocabulary } from '../locales/types';
import type { TextContext } from './context';
import { clip } from './deadline';
import { scanEmails, type EmailHit } from './emails';
import { scanPhones, type PhoneHit } from './phones';
import { alternation, findPhrases, perVocabulary, phraseSet, sentenceAround, sentenceBounds, type PhraseSet } from './text';

const WORD_RE = /[\p{L}][\p{L}\p{M}'’]{0,30}(?:-[\p{L}][\p{L}\p{M}'’]{0,30}){0,2}\.?/gu;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]{1,30}(?:-\p{Lu}?[\p{Ll}\p{M}]{1,30}){0,2}$/u;
const INITIAL = /^\p{Lu}\.$/u;
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'af', 'la', 'le', 'da', 'di', 'du', 'el', 'ter', 'zu', 'del', 'dos', 'bin']);
/** What may stand between a name and its number or address. */
const TIE_GAP = /^[\s,:;(–—/-]{0,6}(?:(?:på|paa|on|at|unter|under|auf|via|per|pr\.?|tlf\.?|tel\.?|telefon|telephone|phone|mobil|mobile|mob\.?|handy|mail|e-mail|email|e-post|epost|mejl|tfn|nr\.?|nummer|direkte|direct|eller|or|oder|eller på|og|and|und|och|\(|\))[\s,:;.(–—/-]{0,4}){0,5}$/iu;

interface Compiled {
  label: PhraseSet;
  roleBefore: RegExp;
  roleAfter: RegExp;
  stop: Set<string>;
  nonPersonSuffix: RegExp;
  honorifics: Set<string>;
  roleWord: RegExp;
}

const compile = perVocabulary((v: Vocabulary): Compiled => {
  const roles = alternation(v.roleWords);
  const suffixes = alternation(v.roleSuffixes);
  const honor = v.honorifics.length > 0 ? `(?:(?:${alternation(v.honorifics)})\\s{1,3}){0,3}` : '';
  const stop = new Set<string>();
  for (const w of [...v.nonPersonWords, ...v.weekdays, ...Object.keys(v.months), ...v.contactLabels, ...v.phoneLabels]) {
    for (const part of w.toLowerCase().split(/\s+/)) stop.add(part.replace(/\.$/, ''));
  }
  return {
    label: phraseSet(v.contactLabels),
    roleBefore: new RegExp(`(?<![\\p{L}])((?:${roles})|[\\p{L}-]{0,30}(?:${suffixes}))[\\s,:]{1,3}${honor}$`, 'iu'),
    roleAfter: new RegExp(`^\\s{0,2}[,(–-]\\s{0,2}((?:${roles})|[\\p{L}-]{0,30}(?:${suffixes}))(?![\\p{L}])`, 'iu'),
    stop,
    nonPersonSuffix: new RegExp(`(?:${alternation(v.nonPersonSuffixes)})$`, 'iu'),
    honorifics: new Set(v.honorifics.map((h) => h.toLowerCase().replace(/\.$/, ''))),
    roleWord: new RegExp(`^(?:(?:${roles})|[\\p{L}-]{0,30}(?:${suffixes}))$`, 'iu'),
  };
});

interface Run {
  names: string[];
  start: number;
  end: number;
}

function isNameWord(w: string, c: Compiled): boolean {
  if (!NAME_WORD.test(w)) return false;
  const low = w.toLowerCase();
  if (c.stop.has(low)) return false;
  if (c.roleWord.test(w)) return false;
  const suf = c.nonPersonSuffix.exec(low);
  if (suf && low.length - suf[0].length >= 3) return false;
  if (c.nonPersonSuffix.test(low) && low.length <= 8 && suf && suf[0].length === low.length) return false;
  return true;
}

/** Runs of capitalised name words in [a, b) of text. */
function nameRuns(text: string, a: number, b: number, c: Compiled): Run[] {
  const runs: Run[] = [];
  let cur: Run | null = null;
  let pendingParticle: string | null = null;
  WORD_RE.lastIndex = a;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null && m.index < b) {
    let w = m[0];
    const start = m.index;
    let end = start + w.length;
    const gap = cur ? text.slice(cur.end, start) : '';
    const contiguous = cur !== null && /^\s{1,3}$/.test(gap);
    if (w.endsWith('.') && !INITIAL.test(w)) {
      w = w.slice(0, -1);
      end--;
    }
    const low = w.toLowerCase();
    if (c.honorifics.has(low.replace(/\.$/, ''))) {
      if (cur) runs.push(cur);
      cur = null;
      continue;
    }
    if (cur && contiguous && INITIAL.test(w) && cur.names.length < 4) {
      cur.names.push(w);
      cur.end = end;
      continue;
    }
    if (cur && contiguous && PARTICLES.has(low) && pendingParticle === null) {
      pendingParticle = w;
      continue;
    }
    if (isNameWord(w, c)) {
      if (cur && (contiguous || pendingParticle !== null) && cur.names.length < 4) {
        if (pendingParticle) cur.names.push(pendingParticle);
        cur.names.push(w);
        cur.end = end;
      } else {
        if (cur) runs.push(cur);
        cur = { names: [w], start, end };
      }
    } else {
      if (cur) runs.push(cur);
      cur = null;
    }
    pendingParticle = null;
  }
  if (cur) runs.push(cur);
  WORD_RE.lastIndex = 0;
  return runs.filter((r) => r.names.length <= 4);
}

interface Person {
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
  evidence: string;
}

function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .replace(/ü/g, 'u')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '');
}

/** An address whose local part spells the name ("elsekayser", "else.kayser", "ekayser"). */
function emailFitsName(email: string, name: string): boolean {
  const local = fold(email.split('@')[0] ?? '');
  const parts = name.split(/\s+/).map(fold).filter((p) => p.length > 0);
  if (local.length < 3 || parts.length === 0) return false;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const options = new Set([parts.join(''), first + last, last + first, first[0] + last, first + last[0]]);
  if (parts.length === 1) return local === first;
  return options.has(local) || (local.length >= 5 && local === first);
}

const MAX_PEOPLE = 12;
/** Contact sentences looked at, at most (a huge page must stay fast). */
const MAX_REGIONS = 120;

type Item = { kind: 'phone'; hit: PhoneHit } | { kind: 'email'; hit: EmailHit };

/** Regions of a block that are about contacting someone: labelled sentences, text under a "Kontakt" heading. */
function contactRegions(ctx: TextContext, c: Compiled): Map<number, [number, number][]> {
  const regions = new Map<number, [number, number][]>();
  const add = (bi: number, a: number, b: number) => {
    const list = regions.get(bi) ?? [];
    list.push([a, b]);
    regions.set(bi, list);
  };
  let budget = MAX_REGIONS;
  ctx.blocks.forEach((block, bi) => {
    if (budget <= 0) return;
    const t = block.text;
    const labels = findPhrases(c.label, t, block.lower);
    if (labels.length === 0) return;
    budget -= labels.length;
    // A heading ("Kontakt", "Ansprechpartnerin:"): the next blocks are the contact details.
    if (t.length <= 40 && labels[0]!.index <= 2) {
      for (let k = 1; k <= 3 && bi + k < ctx.blocks.length; k++) add(bi + k, 0, ctx.blocks[bi + k]!.text.length);
    }
    for (const m of labels) {
      const [a, b] = sentenceBounds(t, m.index, m.end, 400);
      // The contact details may run on in the next sentence ("… Gitte Ballenstedt. Tlf. …").
      add(bi, a, Math.min(t.length, b + 60));
    }
  });
  return regions;
}

export function parseContacts(ctx: TextContext): Found<Contact[]> | null {
  const c = compile(ctx.vocab);
  const phones = scanPhones(ctx);
  const emails = scanEmails(ctx);
  const people: Person[] = [];
  const regions = contactRegions(ctx, c);
  const itemsByBlock = new Map<number, Item[]>();
  for (const hit of phones) (itemsByBlock.get(hit.block) ?? itemsByBlock.set(hit.block, []).get(hit.block)!).push({ kind: 'phone', hit });
  for (const hit of emails) (itemsByBlock.get(hit.block) ?? itemsByBlock.set(hit.block, []).get(hit.block)!).push({ kind: 'email', hit });
  for (const [bi, spans] of regions) {
    if (people.length >= MAX_PEOPLE) break;
    const text = ctx.blocks[bi]?.text ?? '';
    const items = (itemsByBlock.get(bi) ?? []).sort((x, y) => x.hit.start - y.hit.start);
    const seenRuns = new Set<number>();
    for (const [a, b] of spans) {
      const runs = nameRuns(text, a, b, c).filter((r) => !seenRuns.has(r.start));
      for (const r of runs) seenRuns.add(r.start);
      const accepted: { run: Run; person: Person }[] = [];
      for (const run of runs) {
        const next = items.find((it) => it.hit.start >= run.end);
        const nextRunStart = runs.find((o) => o.start > run.start)?.start ?? Infinity;
        const tied = next !== undefined && next.hit.start < nextRunStart && TIE_GAP.test(text.slice(run.end, next.hit.start));
        const before = text.slice(Math.max(0, run.start - 60), run.start);
        const rb = c.roleBefore.exec(before);
        const ra = c.roleAfter.exec(text.slice(run.end, run.end + 60));
        const role = (rb?.[1] ?? ra?.[1] ?? null)?.trim() ?? null;
        const multi = run.names.filter((n) => !INITIAL.test(n)).length >= 2;
        const atSentenceStart = /^[\s•·*–-]*$/u.test(text.slice(a, run.start));
        if (!(tied || role !== null || (multi && !atSentenceStart) || (multi && next !== undefined))) continue;
        if (!tied && !multi && role === null) continue;
        const person: Person = {
          name: run.names.join(' '),
          role: role ? role.replace(/\s+/g, ' ') : null,
          phone: null,
          email: null,
          evidence: sentenceAround(text, run.start, run.end),
        };
        accepted.push({ run, person });
      }
      // Numbers and addresses go to the nearest person before them.
      for (const it of items) {
        if (it.hit.start < a || it.hit.start > b + 80) continue;
        let owner: Person | null = null;
        for (const acc of accepted) if (acc.run.end <= it.hit.start) owner = acc.person;
        if (!owner) continue;
        if (it.kind === 'phone' && owner.phone === null) owner.phone = it.hit.e164;
        if (it.kind === 'email' && owner.email === null) owner.email = it.hit.email;
      }
      for (const acc of accepted) addPerson(people, acc.person);
    }
  }
  if (people.length === 0) return null;
  enrich(ctx, people, phones, emails);
  const value = people.slice(0, 8).map(({ name, role, phone, email }) => ({ name, role, phone, email }));
  return { value, evidence: clip(people.map((p) => p.evidence).filter((e, i, all) => all.indexOf(e) === i).join(' … '), 300), source: 'text' };
}

function addPerson(people: Person[], p: Person): void {
  const same = people.find((q) => q.name === p.name || q.name.startsWith(p.name + ' ') || p.name.startsWith(q.name + ' '));
  if (!same) {
    people.push(p);
    return;
  }
  if (p.name.length > same.name.length) same.name = p.name;
  same.role ??= p.role;
  same.phone ??= p.phone;
  same.email ??= p.email;
}

/** Fill a contact's missing address or number from elsewhere in the ad. */
function enrich(ctx: TextContext, people: Person[], phones: PhoneHit[], emails: EmailHit[]): void {
  const taken = new Set(people.map((p) => p.email).filter((e): e is string => e !== null));
  for (const p of people) {
    if (p.email !== null && p.phone !== null) continue;
    const needle = p.name;
    const blocks = new Set<number>([...phones.map((h) => h.block), ...emails.map((h) => h.block)]);
    for (const bi of blocks) {
      const t = ctx.blocks[bi]?.text ?? '';
      let at = t.indexOf(needle);
      while (at >= 0) {
        const end = at + needle.length;
        if (p.email === null) {
          const e = emails.find((h) => h.block === bi && h.start >= end && h.start - end <= 40 && !taken.has(h.email));
          if (e && /^[\s:,;(–—-]{0,6}(?:(?:på|on|at|unter|mail|e-mail|email|e-post)[\s:]{0,3})?$/iu.test(t.slice(end, e.start))) {
            p.email = e.email;
            taken.add(e.email);
          }
        }
        if (p.phone === null) {
          const ph = phones.find((h) => h.block === bi && h.start >= end && h.start - end <= 30);
          if (ph && TIE_GAP.test(t.slice(end, ph.start))) p.phone = ph.e164;
        }
        at = t.indexOf(needle, end);
      }
    }
    if (p.email === null) {
      const e = emails.find((h) => !taken.has(h.email) && emailFitsName(h.email, p.name));
      if (e) {
        p.email = e.email;
        taken.add(e.email);
      }
    }
  }
}
