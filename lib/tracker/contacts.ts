import { fold } from './text';
import { normalisePhone, type PhoneCountry } from './phone';

/** One contact person as written in one posting. */
export interface ContactOccurrence {
  postingId: string;
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
}

export interface ContactPostingRef {
  id: string;
  title: string;
  organization: string | null;
}

/** One person across every posting that names them. */
export interface ContactGroup {
  /** The key a new log entry is written under. */
  key: string;
  /** Every occurrence key of the person: their log is everything written under any of them. */
  keys: string[];
  name: string;
  roles: string[];
  /** Phone numbers as written (first spelling of each distinct number). */
  phones: string[];
  emails: string[];
  organizations: string[];
  postings: ContactPostingRef[];
}

/** A name for comparison: folded, single spaces. */
export function nameKey(name: string): string {
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

function identifiers(c: ContactOccurrence, country: PhoneCountry): string[] {
  const out: string[] = [];
  const phone = c.phone ? normalisePhone(c.phone, country) : null;
  if (phone) out.push(phone);
  const email = c.email?.trim().toLowerCase();
  if (email) out.push(email);
  return out;
}

/**
 * The stable key of one occurrence: folded name plus its phone (international form), else its
 * email, else nothing. Log entries are stored under it.
 */
export function contactKey(c: Pick<ContactOccurrence, 'name' | 'phone' | 'email'>, country: PhoneCountry): string {
  const [first] = identifiers({ ...c, postingId: '', role: null }, country);
  return `${nameKey(c.name)}|${first ?? ''}`;
}

function pushUnique(list: string[], value: string | null | undefined, same: (a: string, b: string) => boolean = (a, b) => a === b): void {
  const v = value?.trim();
  if (v && !list.some((x) => same(x, v))) list.push(v);
}

/**
 * Groups contact occurrences into people: the same (folded) name and a shared phone number or
 * email is one person; an occurrence with neither joins the person of that name when there is
 * exactly one, else stands alone. Sorted by name.
 */
export function groupContacts(
  occurrences: readonly ContactOccurrence[],
  postings: ReadonlyMap<string, ContactPostingRef>,
  country: PhoneCountry,
): ContactGroup[] {
  type Acc = { ids: Set<string>; items: ContactOccurrence[] };
  const byName = new Map<string, Acc[]>();
  const bare: ContactOccurrence[] = [];
  for (const occ of occurrences) {
    const ids = identifiers(occ, country);
    if (ids.length === 0) {
      bare.push(occ);
      continue;
    }
    const name = nameKey(occ.name);
    const accs = byName.get(name) ?? [];
    byName.set(name, accs);
    const hits = accs.filter((a) => ids.some((i) => a.ids.has(i)));
    let target: Acc;
    if (hits.length === 0) {
      target = { ids: new Set(), items: [] };
      accs.push(target);
    } else {
      target = hits[0]!;
      for (const other of hits.slice(1)) {
        for (const i of other.ids) target.ids.add(i);
        target.items.push(...other.items);
        accs.splice(accs.indexOf(other), 1);
      }
    }
    for (const i of ids) target.ids.add(i);
    target.items.push(occ);
  }
  const loose = new Map<string, ContactOccurrence[]>();
  for (const occ of bare) {
    const name = nameKey(occ.name);
    const accs = byName.get(name);
    if (accs && accs.length === 1) accs[0]!.items.push(occ);
    else loose.set(name, [...(loose.get(name) ?? []), occ]);
  }
  const all: ContactOccurrence[][] = [...[...byName.values()].flat().map((a) => a.items), ...loose.values()];
  const groups = all.map((items) => {
    const keys: string[] = [];
    const group: ContactGroup = {
      key: '',
      keys,
      name: items[0]!.name.trim(),
      roles: [],
      phones: [],
      emails: [],
      organizations: [],
      postings: [],
    };
    const phoneSeen = new Set<string>();
    for (const occ of items) {
      pushUnique(keys, contactKey(occ, country));
      pushUnique(group.roles, occ.role, (a, b) => fold(a) === fold(b));
      if (occ.phone) {
        const n = normalisePhone(occ.phone, country) ?? occ.phone.trim();
        if (!phoneSeen.has(n)) {
          phoneSeen.add(n);
          pushUnique(group.phones, occ.phone);
        }
      }
      pushUnique(group.emails, occ.email, (a, b) => a.toLowerCase() === b.toLowerCase());
      const posting = postings.get(occ.postingId);
      if (posting && !group.postings.some((p) => p.id === posting.id)) {
        group.postings.push(posting);
        pushUnique(group.organizations, posting.organization);
      }
    }
    keys.sort();
    group.key = keys[0] ?? nameKey(group.name);
    return group;
  });
  return groups.sort((a, b) => nameKey(a.name).localeCompare(nameKey(b.name)) || a.key.localeCompare(b.key));
}
