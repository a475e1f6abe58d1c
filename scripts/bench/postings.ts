// Realistic saved postings for the benchmarks: varied titles, organisations, deadlines (past and
// future, with and without time), statuses and contacts, all valid against the posting schema.
import { STATUSES, type Posting } from '../../lib/schema/posting';
import { emptyDraft } from '../../lib/schema/empty-draft';

const TITLES = [
  'Organisationskonsulent',
  'Kommunikationsmedarbejder',
  'Projektleder',
  'Faglig sekretær',
  'Rådgiver',
  'Koordinator',
  'Fundraiser',
  'Sagsbehandler',
  'Politisk konsulent',
  'Frivilligkoordinator',
];
const ORGS = [
  'Enhedslisten',
  'Medborgerne',
  '92-gruppen',
  'Alternativet',
  'Fagforbundet',
  'Naturfredningsforeningen',
  'Kystlaget',
  'Miljøpartiet De Grønne',
  'Dansk Flygtningehjælp',
  'Red Barnet',
];
const NAMES = [
  'Gitte Ballenstedt',
  'Else Kayser',
  'Thorvald Jepsen',
  'Øystein Bønes',
  'Lise Holm',
  'Kari Nordmann',
  'Anna Berg',
  'Mette Strand',
];

export function makePostings(n: number, now = new Date()): Posting[] {
  const out: Posting[] = [];
  const day = 86_400_000;
  for (let i = 0; i < n; i++) {
    const d = new Date(now.getTime() + (((i * 7919) % 400) - 120) * day);
    const date = d.toISOString().slice(0, 10);
    const deadline = i % 11 === 0 ? null : i % 3 === 0 ? `${date}T12:00` : date;
    const saved = new Date(now.getTime() - (i % 200) * day).toISOString();
    const name = NAMES[i % NAMES.length]!;
    const { isJobAd: _j, confidence: _c, ...empty } = emptyDraft();
    out.push({
      ...empty,
      id: `bench-${i}`,
      title: `${TITLES[i % TITLES.length]} ${i}`,
      organization: ORGS[(i * 7) % ORGS.length]!,
      location: i % 2 ? 'København' : 'Oslo',
      deadline,
      startText: i % 4 === 0 ? 'snarest' : null,
      hoursPerWeek: { min: 30, max: 37 },
      emails: [`job${i}@org.example`],
      phones: [`+45${String(20000000 + i).slice(0, 8)}`],
      contacts: [{ name, role: 'sekretariatsleder', phone: `+45${String(20000000 + i).slice(0, 8)}`, email: null }],
      evidence: { deadline: 'Ansøgningsfrist 15/12 kl. 12.00' },
      sources: { deadline: 'text' },
      inferred: [],
      language: 'da',
      url: `https://org${i % 50}.example/job/${i}`,
      urlKey: `https://org${i % 50}.example/job/${i}`,
      fingerprint: null,
      status: STATUSES[i % STATUSES.length]!,
      notes: i % 5 === 0 ? 'Ring til kontaktpersonen før ansøgningen.' : '',
      savedAt: saved,
      updatedAt: saved,
    });
  }
  return out;
}
