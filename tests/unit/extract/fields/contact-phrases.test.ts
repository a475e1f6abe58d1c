// The phrases that hand the reader to a person ("henvende seg til", "vänd dig till", "speak to"),
// in every language, with sentences where no one is handed on.
import { describe, expect, it } from 'vitest';
import { fields } from './helpers';

const contacts = (t: string, lang: Parameters<typeof fields>[1]) => fields(t, lang).contacts?.value ?? [];

describe('contacts: the person the reader turns to', () => {
  it.each([
    ['nb', 'Interesserte bes henvende seg direkte til Jørgen Bjørkli på 97167599.', 'Jørgen Bjørkli', '+4797167599'],
    ['nn', 'Interesserte kan vende seg til Kari Nordmann på 91234567.', 'Kari Nordmann', '+4791234567'],
    ['da', 'Du er velkommen til at henvende dig direkte til Hanne Holm på 40 11 22 33.', 'Hanne Holm', '+4540112233'],
    ['sv', 'Vid frågor, vänd dig till Anna Berg på 070-123 45 67.', 'Anna Berg', '+46701234567'],
    ['de', 'Bei Fragen wenden Sie sich bitte an Jana Roth unter 0711 123456.', 'Jana Roth', '+49711123456'],
    ['en', 'For an informal chat, please speak to Jane Wass on 0191 386 8029.', 'Jane Wass', '+441913868029'],
    // The reader who wants to know more, and a call in Swedish.
    ['da', 'Hvis du vil vide mere om stillingen, så giv Mette Hansen et kald på 22 34 56 78.', 'Mette Hansen', '+4522345678'],
    ['nb', 'Vil du vite mer, kan du ringe Kari Nordmann på 912 34 567.', 'Kari Nordmann', '+4791234567'],
    ['sv', 'Undrar du något? Ring Anna Svensson på 070-123 45 67.', 'Anna Svensson', '+46701234567'],
    ['de', 'Wenn Sie mehr erfahren möchten, ist Anna Müller unter 030 1234567 erreichbar.', 'Anna Müller', '+49301234567'],
    ['en', 'To find out more, call Jane Smith on 01234 567890.', 'Jane Smith', '+441234567890'],
  ])('%s: %s', (lang, text, name, phone) => {
    expect(contacts(text, lang as Parameters<typeof fields>[1]).map((c) => [c.name, c.phone])).toEqual([[name, phone]]);
  });

  it('a sentence that hands no one on names no contact', () => {
    expect(contacts('Elevene kan henvende seg til skolen.', 'nb')).toEqual([]);
    expect(contacts('We speak to Parliament every week.', 'en')).toEqual([]);
    expect(contacts('Du kan vända dig till oss med dina frågor.', 'sv')).toEqual([]);
    expect(contacts('Vil du vide mere om os, så besøg vores hjemmeside.', 'da')).toEqual([]);
  });
});

describe('contacts: the person an application is addressed to', () => {
  it.each([
    ['da', 'Ansøgning sendes til Forening XY, att. Mette Hansen, Vestergade 1, 8000 Aarhus C.', 'Mette Hansen'],
    ['da', 'Forening XY\nAtt.: Mette Hansen\nVestergade 1\n8000 Aarhus C', 'Mette Hansen'],
    ['sv', 'Ansökan märkt "Handläggare" skickas till Förbundet XY, att. Anna Svensson, Storgatan 1, 111 22 Stockholm.', 'Anna Svensson'],
    ['de', 'Bewerbungen bitte z. Hd. Frau Anna Müller an Verein XY, Hauptstr. 1, 10115 Berlin.', 'Anna Müller'],
    ['de', 'Verein XY\nz.Hd. Anna Müller\nHauptstr. 1\n10115 Berlin', 'Anna Müller'],
    ['de', 'Ihre Bewerbung senden Sie bitte an Frau Anna Müller, Verein XY, Hauptstr. 1, 10115 Berlin.', 'Anna Müller'],
    ['en', 'Applications marked for the attention of Jane Smith should be posted to Org Ltd, 1 High St, Leeds.', 'Jane Smith'],
    ['en', 'Attn: Jane Smith, Org Ltd, 1 High St, Leeds', 'Jane Smith'],
  ])('%s: %s', (lang, text, name) => {
    expect(contacts(text, lang as Parameters<typeof fields>[1]).map((c) => c.name)).toEqual([name]);
  });

  it('"att" as the infinitive marker and "attention" as a plain word name no one', () => {
    expect(contacts('Vi söker en handläggare för att stödja Anna Svensson i arbetet.', 'sv')).toEqual([]);
    expect(contacts('You pay attention to detail and report to Jane Smith.', 'en')).toEqual([]);
  });
});

describe('contacts: a card whose role and details the text joined on one line', () => {
  const ad = 'Rådgiver\n\nVi søker en rådgiver i 100 % stilling.\n\n';
  it('reads the role before the number and address on the line below the name', () => {
    expect(contacts(`${ad}Kontaktperson\nKari Nordmann\nDaglig leder\n912 34 567\nkari@org.no`, 'nb')).toEqual([
      { name: 'Kari Nordmann', role: 'Daglig leder', phone: '+4791234567', email: 'kari@org.no' },
    ]);
    expect(contacts(`${ad}Kari Nordmann\nDaglig leder Mobil 912 34 567`, 'nb')).toEqual([
      { name: 'Kari Nordmann', role: 'Daglig leder', phone: '+4791234567', email: null },
    ]);
  });
  it('a place or other words before the number are no role', () => {
    expect(contacts(`${ad}Kari Nordmann\nOslo 912 34 567`, 'nb')).toEqual([]);
  });
});

describe('contacts: a board’s or a treasurer’s role before the name', () => {
  it.each([
    ['nb', 'Spørsmål om stillingen kan rettes til styreformann Kari Nordmann på tlf 900 66 789.', 'styreformann'],
    ['sv', 'Frågor besvaras av kassör Anna Svensson, 070-123 45 67.', 'kassör'],
    ['de', 'Auskunft erteilt unsere Schatzmeisterin Anna Müller, Telefon 030 1234567.', 'Schatzmeisterin'],
    ['en', 'For more information contact our Chairman, John Brown, on 01234 567890.', 'Chairman'],
  ])('%s: %s', (lang, text, role) => {
    expect(contacts(text, lang as Parameters<typeof fields>[1]).map((c) => c.role)).toEqual([role]);
  });
});

describe('contacts: a card of labelled fields', () => {
  it.each([
    [
      'nb',
      'Kontakt\nNavn: Kari Nordmann\nStilling: Daglig leder\nTelefon: 912 34 567\nE-post: kari@org.no',
      'Kari Nordmann',
      'Daglig leder',
    ],
    ['sv', 'Kontakt\nNamn: Anna Svensson\nTitel: Ekonomichef\nTelefon: 070-123 45 67', 'Anna Svensson', 'Ekonomichef'],
    ['de', 'Kontakt\nName: Anna Müller\nFunktion: Geschäftsführerin\nTelefon: 030 1234567', 'Anna Müller', 'Geschäftsführerin'],
    ['en', 'Contact\nName: Jane Smith\nTitle: HR Manager\nPhone: 01234 567890\nEmail: jane@org.uk', 'Jane Smith', 'HR Manager'],
  ])('%s: the name and role after their labels', (lang, text, name, role) => {
    expect(contacts(text, lang as Parameters<typeof fields>[1]).map((c) => [c.name, c.role])).toEqual([[name, role]]);
  });

  it('a labelled name without a phone or address below it is no contact', () => {
    expect(contacts('Navn: Kari Nordmann\nStilling: Daglig leder', 'nb')).toEqual([]);
  });
});

describe('contacts: a line that is a contact by itself', () => {
  it.each([
    [
      'nb',
      'Kari Nordmann, tlf. 912 34 567, e-post kari@org.no',
      { name: 'Kari Nordmann', role: null, phone: '+4791234567', email: 'kari@org.no' },
    ],
    [
      'nb',
      'Daglig leder Kari Nordmann, tlf. 912 34 567',
      { name: 'Kari Nordmann', role: 'Daglig leder', phone: '+4791234567', email: null },
    ],
    ['nb', 'Navn: Kari Nordmann, tlf. 912 34 567', { name: 'Kari Nordmann', role: null, phone: '+4791234567', email: null }],
    ['nb', 'Kari Nordmann | Daglig leder | 912 34 567', { name: 'Kari Nordmann', role: 'Daglig leder', phone: '+4791234567', email: null }],
    [
      'en',
      'Jane Smith (HR Manager) – 01234 567890 – jane@org.uk',
      { name: 'Jane Smith', role: 'HR Manager', phone: '+441234567890', email: 'jane@org.uk' },
    ],
  ])('%s: %s', (lang, line, contact) => {
    expect(contacts(`Vi søker en rådgiver.\n\n${line}`, lang as Parameters<typeof fields>[1])).toEqual([contact]);
  });

  it('a sentence, an organisation, a role or a registered number before the details names no one', () => {
    expect(contacts('Vi søker.\n\nKari Nordmann er daglig leder og kan nås på 912 34 567.', 'nb')).toEqual([]);
    expect(contacts('Vi søker.\n\nStorgata Eiendom AS, tlf. 912 34 567', 'nb')).toEqual([]);
    // A sentence and a label before the name are no role.
    expect(contacts('Vi søker en rådgiver. Kontaktperson: Kari Nordmann (912 34 567).', 'nb').map((c) => c.role)).toEqual([null]);
    expect(contacts('Vi søker.\n\nKirketjener Domkirken, 480 65 701', 'nb')).toEqual([]);
    expect(contacts('Registered Charity 123456. Oxford Road Surgery, 01234 567890', 'en')).toEqual([]);
  });

  it('an address that spells someone else’s name stays theirs', () => {
    const got = contacts('Vi søker.\n\nPer Arne Bakken, regionleder, tlf. 916 03 748, mette.wold@org.no', 'nb');
    expect(got.find((c) => c.name === 'Per Arne Bakken')?.email).toBeNull();
  });
});
