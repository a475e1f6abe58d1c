// People the ad names through an address: a name right before the address that spells it ("Andy
// McCulloch, andy@…", "Steffen Oschatz <so@ypsilon.net>"), or an address of first and last name the ad
// names elsewhere ("(Prof. Sarah Weigelt)" … "sarah.weigelt@…"). Used by ./contacts.ts.
import type { TextContext } from './context';
import type { Compiled } from './contacts';
import { grammarAlt } from '../locales/grammar';
import type { EmailHit } from './emails';
import { emailFitsName } from './name-match';
import { nameRuns } from './contact-names';
import { sentenceAround } from './text';

export interface Person {
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
  evidence: string;
}

export const MAX_PEOPLE = 12;

let TIE: RegExp | null = null;
/** What may stand between a name and its number or address: punctuation and tie words ("på", "unter", "at"). */
export const tieGap = (): RegExp =>
  (TIE ??= new RegExp(`^[\\s,:;(–—/-]{0,6}(?:(?:${grammarAlt('tieWords')}|\\(|\\))[\\s,:;.(–—/-]{0,4}){0,5}$`, 'iu'));

/**
 * A name right before an address that spells it, anywhere in the ad ("Please return the
 * Application Form to Andy McCulloch, andy@coggesparish.com"): the person to write to.
 */
export function namedAddresses(ctx: TextContext, c: Compiled, people: Person[], emails: EmailHit[]): void {
  let pairs: RegExpExecArray[] | null = null;
  for (const e of emails.slice(0, 40)) {
    if (people.length >= MAX_PEOPLE) return;
    if (people.some((p) => p.email === e.email)) continue;
    const t = ctx.blocks[e.block]?.text ?? '';
    const run = nameRuns(t, Math.max(0, e.start - 60), e.start, c).pop();
    // "Andy McCulloch, andy@…", "Anna Hansen på anna@…", "Jane Smith at jane@…": next to it, or tied by a word.
    const gap = run ? t.slice(run.end, e.start) : '';
    const adjacent = run && run.names.length >= 2 && (/^[\s,:;(<–-]{0,4}$/u.test(gap) || tieGap().test(gap));
    const name = adjacent ? run.names.join(' ') : '';
    // Right before it, the first name alone may make the address ("Andy McCulloch, andy@…"), or the
    // initials ("Steffen Oschatz <so@ypsilon.net>").
    if (adjacent && (emailFitsName(e.email, name) || emailFitsName(e.email, run.names[0]!) || initialsOf(run.names) === localOf(e.email)))
      addPerson(people, { name, role: null, phone: null, email: e.email, evidence: sentenceAround(t, run.start, e.end) });
    else spelledElsewhere(ctx, people, e, () => (pairs ??= namePairs(ctx.text)));
  }
}

const localOf = (email: string): string => (email.split('@')[0] ?? '').toLowerCase();
const initialsOf = (names: string[]): string => names.map((n) => n.charAt(0).toLowerCase()).join('');

/** "(Prof. Sarah Weigelt)" … "sarah.weigelt@tu-dortmund.de": an address of first and last name that the ad names elsewhere. */
function spelledElsewhere(ctx: TextContext, people: Person[], e: EmailHit, pairs: () => RegExpExecArray[]): void {
  if (!/^\p{L}{2,20}[._-]\p{L}{2,30}$/u.test(localOf(e.email))) return;
  for (const m of pairs()) {
    const name = `${m[1]} ${m[2]}`;
    if (!emailFitsName(e.email, name)) continue;
    addPerson(people, {
      name,
      role: null,
      phone: null,
      email: e.email,
      evidence: sentenceAround(ctx.text, m.index, m.index + m[0].length),
    });
    return;
  }
}

const NAME_PAIR = /(?<!\p{L})(\p{Lu}[\p{Ll}'’-]{1,20})[ \t]{1,2}(\p{Lu}[\p{Ll}'’-]{1,30})(?!\p{L})/gu;
/** Two capitalised words in a row, in the ad's first 30,000 characters: read once for all its addresses. */
const namePairs = (text: string): RegExpExecArray[] => [...(text.length > 30_000 ? text.slice(0, 30_000) : text).matchAll(NAME_PAIR)];

export function addPerson(people: Person[], p: Person): void {
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
