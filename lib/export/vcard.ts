import type { ContactGroup } from '../tracker/contacts';
import { contentLines, escapeText } from './rfc-text';

/**
 * Contact people as a vCard 3.0 file (RFC 2426), the version Apple Contacts, Google Contacts
 * and Outlook all import: one card per person with name, role, organisation, phones, e-mails and
 * a note naming the postings they were the contact for.
 */
export interface VcardOptions {
  /** The note of a card: which postings the person is a contact for. */
  note: (group: ContactGroup) => string;
}

/** "Gitte Ballenstedt" → family "Ballenstedt", given "Gitte"; a single word is the family name. */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? words.pop()! : (words.shift() ?? '');
  return `${escapeText(family)};${escapeText(words.join(' '))};;;`;
}

export function contactsVcf(groups: readonly ContactGroup[], o: VcardOptions): string {
  const lines: string[] = [];
  for (const g of groups) {
    lines.push('BEGIN:VCARD', 'VERSION:3.0', `FN:${escapeText(g.name)}`, `N:${structuredName(g.name)}`);
    const [org] = g.organizations;
    if (org) lines.push(`ORG:${escapeText(org)}`);
    if (g.roles.length) lines.push(`TITLE:${escapeText(g.roles.join(', '))}`);
    for (const phone of g.phones) lines.push(`TEL;TYPE=WORK,VOICE:${escapeText(phone)}`);
    for (const email of g.emails) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeText(email)}`);
    const note = o.note(g);
    if (note) lines.push(`NOTE:${escapeText(note)}`);
    lines.push('CATEGORIES:Frist', 'END:VCARD');
  }
  return lines.length ? contentLines(lines) : '';
}
