// The backup the export tests restore and expect back: two postings (one applied for, with a
// contact, a note that looks like a spreadsheet formula and an interview), a saved copy, a status
// change and a contact log entry. Shared by the Chromium and Firefox suites.
import { Y } from './harness.mjs';
import { emptyFacts } from '../support/postings.ts';

export const day = (d) => d.toISOString().slice(0, 10);
export const now = new Date();
const applied = new Date(now.getTime() - 2 * 86_400_000);

function posting(id, patch) {
  return {
    ...emptyFacts(),
    language: 'da',
    title: 'Kampagnemedarbejder',
    organization: 'Grøn Fremtid',
    location: 'Aarhus',
    deadline: `${Y}-01-15T12:00`,
    contacts: [{ name: 'Åse Ødegård', role: 'kampagnechef', phone: '+45 12 34 56 78', email: 'aase@gron.example' }],
    interviewDates: [`${Y}-01-25`],
    url: `https://gron.example/job/${id}`,
    status: 'applied',
    notes: '=HYPERLINK("http://evil.example")',
    id,
    urlKey: `https://gron.example/job/${id}`,
    fingerprint: null,
    savedAt: new Date(applied.getTime() - 86_400_000).toISOString(),
    updatedAt: applied.toISOString(),
    ...patch,
  };
}

export const backup = {
  format: 'frist-backup',
  version: 1,
  exportedAt: now.toISOString(),
  postings: [
    posting('a'),
    posting('b', {
      title: 'Rådgiver i Bodø',
      organization: 'Fagforbundet',
      deadline: `${Y}-02-01`,
      status: 'saved',
      contacts: [],
      interviewDates: [],
    }),
  ],
  snapshots: [{ postingId: 'a', text: 'Vi søger en kampagnemedarbejder.', savedAt: applied.toISOString() }],
  history: [{ id: 1, postingId: 'a', at: applied.toISOString(), from: 'saved', to: 'applied' }],
  contactLog: [
    { id: 1, contactKey: 'ase odegard|+4512345678', postingId: 'a', at: applied.toISOString(), text: 'Ringede om arbejdstiden.' },
  ],
  settings: { language: 'en' },
};
