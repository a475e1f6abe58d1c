import { describe, expect, it } from 'vitest';
import { fields } from './helpers';
import { extractFromText } from '../../../../lib/extract';

const contacts = (t: string, lang: Parameters<typeof fields>[1]) => fields(t, lang).contacts?.value ?? [];

describe('contacts: Danish', () => {
  it('reads a role before the name and the phone after an obfuscated address', () => {
    const c = contacts(
      'Har du lyst til at vide mere, kan du kontakte sekretariatsleder Gitte Ballenstedt på mail: [email protected] eller på tlf: 49 40 71 58.',
      'da',
    );
    expect(c).toEqual([{ name: 'Gitte Ballenstedt', role: 'sekretariatsleder', phone: '+4549407158', email: null }]);
  });
  it('reads two people, one by first name only', () => {
    const c = contacts('Du er også velkommen til at kontakte Nis på 60 68 07 06 eller Cristine Gliese 71 79 27 72.', 'da');
    expect(c.map((x) => [x.name, x.phone])).toEqual([
      ['Nis', '+4560680706'],
      ['Cristine Gliese', '+4571792772'],
    ]);
  });
  it('joins an application address given later to the named contact', () => {
    const text =
      'Nærmere oplysninger om stillingen fås ved henvendelse til Else Kayser på 29 44 28 32 eller Thorvald Jepsen 71 78 93 45.\n\nAnsøgningsfrist 15/12 kl.12.00. Ansøgningen mailes til: Else Kayser – elsekayser@gmail.com';
    const c = contacts(text, 'da');
    expect(c).toEqual([
      { name: 'Else Kayser', role: null, phone: '+4529442832', email: 'elsekayser@gmail.com' },
      { name: 'Thorvald Jepsen', role: null, phone: '+4571789345', email: null },
    ]);
  });
  it('gives an address to the person a later first name refers to', () => {
    const text =
      'Du er velkommen til at kontakte faglig leder Maja Kronborg på tlf. 72 36 51 09 eller HR-konsulent Torben Friis på tlf. 72 36 50 14. Maja træffes også på mail: mkro@fjordby-kommune.dk';
    const c = contacts(text, 'da');
    expect(c[0]).toMatchObject({ name: 'Maja Kronborg', email: 'mkro@fjordby-kommune.dk', phone: '+4572365109' });
    expect(c[1]).toMatchObject({ name: 'Torben Friis', role: 'HR-konsulent', email: null });
  });
  it('never makes a street, region, committee, weekday or month a person', () => {
    const text = [
      'Kontakt Bygmestervej 10 på 49 40 71 58.',
      'Kontakt Region Midtjylland på 29 44 28 32.',
      'Kontakt ansættelsesudvalget på 71 78 93 45.',
      'Kontakt os mandag på 60 68 07 06.',
    ].join('\n\n');
    expect(contacts(text, 'da')).toEqual([]);
  });
  it('a name outside any contact sentence is no contact', () => {
    expect(contacts('Vores formand Jens Hansen har stiftet foreningen.', 'da')).toEqual([]);
  });
});

describe('contacts: other languages', () => {
  it('nb: a line break after the name, address and phone on the next line', () => {
    const c = contacts(
      'For nærmere informasjon om stillingen, kontakt gruppeleder Øystein Bønes,\nbystyregruppen@bergenmdg.no / tlf 474 15 597',
      'nb',
    );
    expect(c).toEqual([{ name: 'Øystein Bønes', role: 'gruppeleder', phone: '+4747415597', email: 'bystyregruppen@bergenmdg.no' }]);
  });
  it('nn: role with a complement before the name under a heading', () => {
    const c = contacts(
      'Kontaktpersonar\nEiningsleiar for kultur Torunn Høyvik, tlf. 57 61 23 40\nKulturkonsulent Sindre Lothe, mob. 412 90 387',
      'nn',
    );
    expect(c.map((x) => [x.name, x.role, x.phone])).toEqual([
      ['Torunn Høyvik', 'Einingsleiar for kultur', '+4757612340'],
      ['Sindre Lothe', 'Kulturkonsulent', '+4741290387'],
    ]);
  });
  it('sv: "upplysningar lämnas av" and a union contact with the union name between (part of the role)', () => {
    const text =
      'Upplysningar om tjänsten lämnas av verksamhetschef Maria Ekström, tel. 070-174 06 81.\nFacklig kontaktperson: Johan Sund, Unionen, 070-174 06 93.';
    const c = contacts(text, 'sv');
    expect(c.map((x) => [x.name, x.role, x.phone])).toEqual([
      ['Maria Ekström', 'verksamhetschef', '+46701740681'],
      ['Johan Sund', 'Facklig kontaktperson, Unionen', '+46701740693'],
    ]);
  });
  it('de: role after the name, details on the next lines, address spelled from the name', () => {
    const text = 'Ansprechpartnerin: Sabine Krüger, Landesbezirksleiterin\nTel. +49 40 66969 231\nE-Mail: sabine.krueger@gbs.example';
    expect(contacts(text, 'de')).toEqual([
      { name: 'Sabine Krüger', role: 'Landesbezirksleiterin', phone: '+494066969231', email: 'sabine.krueger@gbs.example' },
    ]);
  });
  it('nb: a sentence broken before its number ("… ta kontakt med Kari Nordmann" / "på tlf 952 66 407") keeps the number with the name', () => {
    const text = 'For ytterligere informasjon, ta kontakt med Kari Nordmann\n\npå tlf 952 66 407\n\nTiltredelse snarest.';
    expect(contacts(text, 'nb')).toEqual([{ name: 'Kari Nordmann', role: null, phone: '+4795266407', email: null }]);
    // A next block that is no detail line ("på kontoret …") gives nothing.
    expect(contacts('Ta kontakt med Kari Nordmann\n\npå kontoret 952 66 407 dager i uka', 'nb')[0]?.phone ?? null).toBeNull();
  });
  it('de: an honorific and a surname with a number are a person ("Frau Wittkowski unter 030 / 944 61 71")', () => {
    expect(contacts('Ihre Fragen beantwortet gerne Frau Wittkowski unter 030 / 944 61 71.', 'de')).toEqual([
      { name: 'Wittkowski', role: null, phone: '+49309446171', email: null },
    ]);
  });
  it('en: a section of the organisation is no person ("contact the Personnel Section on …")', () => {
    expect(contacts('If you have any enquiries, please contact the Personnel Section on 020 7380 4747.', 'en')).toEqual([]);
  });
  it('de/en: a name right before its address in angle brackets, the address of its initials', () => {
    expect(contacts('Kontakt Information\n\nFrankfurt a.M.: Steffen Oschatz <so@ypsilon.net>', 'de')).toEqual([
      { name: 'Steffen Oschatz', role: null, phone: null, email: 'so@ypsilon.net' },
    ]);
  });
  it('an address of first and last name that the ad names elsewhere makes that person a contact', () => {
    const text =
      'Der Fachbereich Sehen (Prof. Sarah Weigelt) sucht eine Hilfskraft.\n\nBewerbungen bis zum 15.11.2018 per E-Mail an sarah.weigelt@tu-dortmund.de';
    expect(contacts(text, 'de')).toEqual([{ name: 'Sarah Weigelt', role: null, phone: null, email: 'sarah.weigelt@tu-dortmund.de' }]);
    // An address that spells no one the ad names makes no one.
    expect(contacts('Der Fachbereich sucht eine Hilfskraft. Bewerbungen an anna.schmidt@example.org', 'de')).toEqual([]);
  });
  it('a name the organisation bears, with no number or address, is no contact person', () => {
    const d = extractFromText(
      'Seljar\n\nFresvik Produkt AS søkjer ein seljar i 100 % stilling. Søknadsfrist 1. mars 2027.\n\nSpørsmål om stillinga? Thomas Skogheim, tel: 95 76 12 19\n\nTa kontakt med Fresvik Produkt for teknisk avklaring og vidare planlegging.',
      { observed: '2027-01-10' },
    );
    expect(d.contacts.map((c) => c.name)).toEqual(['Thomas Skogheim']);
  });
  it('sv/da: any lower-case word that names a position, right before the name, is the role', () => {
    expect(contacts('Upplysningar om anställningsvillkoren lämnas av personalhandläggare Simon Morrissey.', 'sv')).toEqual([
      { name: 'Simon Morrissey', role: 'personalhandläggare', phone: null, email: null },
    ]);
    expect(contacts('Spørgsmål kan rettes til vores bogholder Anne Holm på tlf. 22 33 44 55.', 'da')[0]?.role).toBe('bogholder');
    // A word that names no position is no role.
    expect(contacts('Spørgsmål kan rettes til vores kære Anne Holm på tlf. 22 33 44 55.', 'da')[0]?.role ?? null).toBeNull();
  });
  it('reads a role that shares its end with the word before ("kultur- og fritidschef"), and takes no name from it', () => {
    expect(contacts('Du er velkommen til at kontakte kultur- og fritidschef Bodil Hansen på tlf. 22 81 90 24.', 'da')).toEqual([
      { name: 'Bodil Hansen', role: 'kultur- og fritidschef', phone: '+4522819024', email: null },
    ]);
    expect(
      contacts('Für Rückfragen steht Ihnen unser Kultur- und Sportreferent Max Muster unter Tel. 030 1234567 gerne zur Verfügung.', 'de'),
    ).toEqual([{ name: 'Max Muster', role: 'Kultur- und Sportreferent', phone: '+49301234567', email: null }]);
  });
  it('an organisation between a name and its number is part of the role, never a person (da)', () => {
    expect(contacts('Spørgsmål om jobbet hos chefkonsulent Lisbeth Binderup, Genitor (tlf. 2049 5140).', 'da')).toEqual([
      { name: 'Lisbeth Binderup', role: 'chefkonsulent, Genitor', phone: '+4520495140', email: null },
    ]);
  });
  it("en: a name right before the address that spells it is a contact, anywhere in the ad; Mc and O' names", () => {
    expect(contacts('Please return the Application Form to Andy McCulloch, andy@coggesparish.example, by Tuesday.', 'en')).toEqual([
      { name: 'Andy McCulloch', role: null, phone: null, email: 'andy@coggesparish.example' },
    ]);
    expect(contacts("For more information contact Sarah O'Brien on 020 7946 0000.", 'en')[0]?.name).toBe("Sarah O'Brien");
    // An address that spells no name before it makes no contact.
    expect(contacts('Applications to the Parish Office, office@coggesparish.example, by Tuesday.', 'en')).toEqual([]);
  });
  it('de: an honorific is skipped and the role clause is no name', () => {
    const c = contacts(
      'Für Fragen steht Ihnen Mag.a Petra Huber, Teamleitung Haus Favoriten, unter +43 1 234 56 78 gerne zur Verfügung.',
      'de',
    );
    expect(c).toEqual([{ name: 'Petra Huber', role: 'Teamleitung Haus Favoriten', phone: '+4312345678', email: null }]);
  });
  it('en: role phrases before and after names', () => {
    const a = contacts(
      'For questions about the position, contact Head of Policy Ingrid Solberg (+47 912 34 567) or HR Adviser Kari Nilsen (kari.nilsen@safepassage.example).',
      'en',
    );
    expect(a.map((x) => [x.name, x.role, x.phone, x.email])).toEqual([
      ['Ingrid Solberg', 'Head of Policy', '+4791234567', null],
      ['Kari Nilsen', 'HR Adviser', null, 'kari.nilsen@safepassage.example'],
    ]);
    const b = contacts(
      'For an informal conversation about the role, contact Rachel Owusu, Head of Campaigns, on 020 7946 0321 or rachel.owusu@tenantsnetwork.example.',
      'en',
    );
    expect(b).toEqual([
      { name: 'Rachel Owusu', role: 'Head of Campaigns', phone: '+442079460321', email: 'rachel.owusu@tenantsnetwork.example' },
    ]);
  });
});

describe('contacts: cards and addresses that name someone', () => {
  it('reads contact cards: a name line, a role line, detail lines (nb)', () => {
    const text =
      'Kontaktinformasjon\nMarit Solheim Aune\nSeksjonsleder samfunnsplanlegging\nMobil: 917 23 408\nE-post: marit.solheim.aune@lyngnes.kommune.no\n\nJon Erik Hatlestad\nHovedtillitsvalgt\nTelefon: 72 45 60 17';
    expect(contacts(text, 'nb')).toEqual([
      {
        name: 'Marit Solheim Aune',
        role: 'Seksjonsleder samfunnsplanlegging',
        phone: '+4791723408',
        email: 'marit.solheim.aune@lyngnes.kommune.no',
      },
      { name: 'Jon Erik Hatlestad', role: 'Hovedtillitsvalgt', phone: '+4772456017', email: null },
    ]);
  });
  it('takes no card without details below the name, and no organisation as a person (da)', () => {
    expect(contacts('Anne Marie Holm\nFormand\n\nVi glæder os til at høre fra dig.', 'da')).toEqual([]);
    expect(contacts('Lyngby Kommune\nTelefon: 45 97 35 00', 'da')).toEqual([]);
  });
  it('makes the person an address spells a contact, not the person named before (de)', () => {
    const c = contacts(
      'Für Rückfragen zur Stelle steht Ihnen die Programmleiterin Dr. Friederike Auerbach unter 030 2847 5513 zur Verfügung. Fragen zum Bewerbungsverfahren beantwortet Ihnen gern Jannik Wolter aus der Personalabteilung (j.wolter@henriette-lang-stiftung.de).',
      'de',
    );
    expect(c).toEqual([
      { name: 'Friederike Auerbach', role: 'Programmleiterin', phone: '+493028475513', email: null },
      { name: 'Jannik Wolter', role: null, phone: null, email: 'j.wolter@henriette-lang-stiftung.de' },
    ]);
  });
  it('still gives a shared address to the person before it (en)', () => {
    const c = contacts('For questions, contact Head of Policy Ingrid Solberg at jobs@climate.example.', 'en');
    expect(c).toEqual([{ name: 'Ingrid Solberg', role: 'Head of Policy', phone: null, email: 'jobs@climate.example' }]);
  });
});

describe('contacts: cards with an honorific, pictograms and blank lines', () => {
  it('reads "Frau Carmen Steiger", then a pictogram for each detail, across blank lines (de)', () => {
    const text = 'Senden Sie Ihre Unterlagen an:\n\nFrau Carmen Steiger\n\n📧 cs@architekten.example\n\n📞 041 710 65 55';
    expect(contacts(text, 'de')).toEqual([{ name: 'Carmen Steiger', role: null, phone: '+49417106555', email: 'cs@architekten.example' }]);
  });
  it('reads a bare address line below a name line as its detail (en)', () => {
    expect(contacts('Please send C.V to:\n\nMrs Kathy Trout\n\nkathy@rescue.example', 'en')).toEqual([
      { name: 'Kathy Trout', role: null, phone: null, email: 'kathy@rescue.example' },
    ]);
  });
  it('takes no line of words before the name for an honorific, and no card without details (de)', () => {
    expect(contacts('Unser Team\n\nGut gelaunt Carmen Steiger\n\n📧 cs@architekten.example', 'de')).toEqual([]);
    expect(contacts('Frau Carmen Steiger\n\n📷 Foto: Archiv', 'de')).toEqual([]);
  });
});

describe('contacts: roles around the name', () => {
  it('reads the short label that opens the line as the role, when it names a position (nb)', () => {
    const text =
      'Spørsmål om stillingen kan rettes til:\n\nDaglig leder: Trond Berkana på 94 82 82 00\n\nHR: Bjørn Emil H. Brattli på 48 22 82 97\n\nVerksmester avd. Heimdal: Jon Einar Løberg på 91 84 41 96';
    expect(contacts(text, 'nb').map((x) => [x.name, x.role])).toEqual([
      ['Trond Berkana', 'Daglig leder'],
      ['Bjørn Emil H. Brattli', 'HR'],
      ['Jon Einar Løberg', 'Verksmester avd. Heimdal'],
    ]);
  });
  it('takes no contact label, phone label or place before the name for a role (nb, de)', () => {
    expect(contacts('Kontaktperson: Ole Hansen, tlf. 22 33 44 55', 'nb')[0]?.role).toBeNull();
    expect(contacts('Kontakt\n\nFrankfurt a.M.: Steffen Oschatz, Telefon 06109 5050', 'de')[0]?.role ?? null).toBeNull();
  });

  it('reads a multi-word role before the name as one role (en)', () => {
    expect(
      contacts('For questions, please contact Deputy General Secretary Kari Thorsen Aas (kta@gfwf-global.org, +47 922 41 638).', 'en'),
    ).toEqual([{ name: 'Kari Thorsen Aas', role: 'Deputy General Secretary', phone: '+4792241638', email: 'kta@gfwf-global.org' }]);
  });
  it('reads an apposition between commas before a number, and one in brackets (sv, de)', () => {
    expect(
      contacts('Fackliga företrädare: Karin Öberg, Vision, 010-476 33 10, och Ahmed Saleh, Naturvetarna, 010-476 35 82.', 'sv'),
    ).toEqual([
      { name: 'Karin Öberg', role: 'Vision', phone: '+46104763310', email: null },
      { name: 'Ahmed Saleh', role: 'Naturvetarna', phone: '+46104763582', email: null },
    ]);
    expect(contacts('Fragen zum Bewerbungsablauf beantwortet Daniel Kogler (Personalabteilung) unter 0664 381 22 74.', 'de')).toEqual([
      { name: 'Daniel Kogler', role: 'Personalabteilung', phone: '+496643812274', email: null },
    ]);
  });
  it('takes no word between commas for a role without a number after it, and no name across a menu', () => {
    const c = contacts('Kontakt Anne Holm, Bent, eller Carla på 22 33 44 55.', 'da');
    expect(c.find((x) => x.name === 'Anne Holm')?.role ?? null).toBeNull();
    expect(contacts('Startseite  Über uns  Kontakt\nSuche  |  Mitglieder-Login  |  Leichte Sprache', 'de')).toEqual([]);
  });
});

describe('contacts: a sentence that leads up to a list of people', () => {
  it('reads the lines after "… kan lämnas av:" and "… ta gjerne kontakt med:"', () => {
    expect(
      contacts('Närmare upplysningar om tjänsten kan lämnas av:\nÅsa Pehrson: +32 2 289 56 22\nSimon Morrissey: +32 2 289 56 84', 'sv').map(
        (p) => p.name,
      ),
    ).toEqual(['Åsa Pehrson', 'Simon Morrissey']);
    const nb = contacts(
      'For spørsmål om stillingen, ta gjerne kontakt med:\nDaglig leder: Trond Berkana på 94 82 82 00\nVerksmester: Jon Einar Løberg på 91 84 41 96',
      'nb',
    );
    expect(nb.map((p) => [p.name, p.phone])).toEqual([
      ['Trond Berkana', '+4794828200'],
      ['Jon Einar Løberg', '+4791844196'],
    ]);
  });

  it('reads no list after a sentence with a colon that is no contact sentence', () => {
    expect(contacts('Vi tilbyder:\nKari Nordmann Centret 12 34 56 78', 'da')).toEqual([]);
  });
});

describe('contacts: a role after the name with its unit', () => {
  it('reads "Name, Senior Director, Unit at +45-…" as one person with role and phone (en)', () => {
    expect(
      contacts(
        'For further information, please contact Charlotte Hother le Fevre, Senior Director, Purification Pilot Plants at +45-30751148.',
        'en',
      ),
    ).toEqual([
      { name: 'Charlotte Hother le Fevre', role: 'Senior Director, Purification Pilot Plants', phone: '+4530751148', email: null },
    ]);
    expect(contacts('Kontakt Hanne Berg, souschef, Kulturhuset Nord, tlf. 40 71 58 22.', 'da')).toEqual([
      { name: 'Hanne Berg', role: 'souschef, Kulturhuset Nord', phone: '+4540715822', email: null },
    ]);
  });
  it('does not take a phone label for the unit (de)', () => {
    expect(contacts('Fachliche Fragen beantwortet Herr Jörg Lehmann, Amtsleiter, Tel. 089 99998 120.', 'de')).toEqual([
      { name: 'Jörg Lehmann', role: 'Amtsleiter', phone: '+498999998120', email: null },
    ]);
  });
});

describe('contacts: cards and addresses in more of the forms ads use', () => {
  it('keeps a line that is one address as a card line of its own (nb, da)', () => {
    expect(contacts('Kari Nordmann\nDaglig leder\nkari@firma.no', 'nb')).toEqual([
      { name: 'Kari Nordmann', role: 'Daglig leder', phone: null, email: 'kari@firma.no' },
    ]);
    expect(contacts('Har du spørgsmål?\n\nAnna Hansen, sekretariatsleder\nanna@forening.dk', 'da')).toEqual([
      { name: 'Anna Hansen', role: 'sekretariatsleder', phone: null, email: 'anna@forening.dk' },
    ]);
  });
  it('takes no place after the comma for a role, and no byline above an address for a contact', () => {
    expect(contacts('Kari Nordmann, Oslo\nkari@firma.no', 'nb').map((x) => x.role)).not.toContain('Oslo');
    expect(contacts('Nye stillinger i kystlaget\n\nAv Sigrid Hansteen Eliassen\nsigrid.eliassen@avis.no', 'nb')).toEqual([]);
  });
  it.each([
    ['nb', 'Send søknaden til Anna Hansen på anna@forening.no innen 1. mars.', 'Anna Hansen', 'anna@forening.no'],
    ['de', 'Bewerbungen bitte an Anna Schmidt unter anna.schmidt@verein.de', 'Anna Schmidt', 'anna.schmidt@verein.de'],
    ['en', 'Send your CV to Jane Smith at jane@charity.org.uk', 'Jane Smith', 'jane@charity.org.uk'],
  ])('%s: a name tied to the address that spells it by a word: %s', (lang, text, name, email) => {
    expect(contacts(text, lang as Parameters<typeof fields>[1])).toEqual([{ name, role: null, phone: null, email }]);
  });
});

describe('contacts: the person an application is sent to', () => {
  it.each([
    ['nb', 'Søknad sendes til Kari Nordmann, post@firma.no', 'Kari Nordmann', 'post@firma.no'],
    ['da', 'Ansøgningen sendes til Anna Hansen, job@forening.dk', 'Anna Hansen', 'job@forening.dk'],
    ['sv', 'Ansökan skickas till Anna Svensson, info@forening.se', 'Anna Svensson', 'info@forening.se'],
    ['de', 'Bewerbungen an Anna Schmidt, bewerbung@verein.de', 'Anna Schmidt', 'bewerbung@verein.de'],
    ['en', 'Applications to Jane Smith, office@charity.org.uk', 'Jane Smith', 'office@charity.org.uk'],
  ])('%s: %s', (lang, text, name, email) => {
    expect(contacts(text, lang as Parameters<typeof fields>[1])).toEqual([{ name, role: null, phone: null, email }]);
  });
  it('takes no street, and no town after its postcode, for the person', () => {
    expect(contacts('Søknad sendes til: Klinikken, Thor Dahlsgt. 1-5, 3210 Sandefjord, eller post@klinikk.no', 'nb')).toEqual([]);
  });
});

describe('contacts: honorifics and initials', () => {
  it('reads "Dr J Parry", "Dr. A. Schmidt" with the initial, and drops "Professor" (en, de)', () => {
    expect(contacts('Informal enquiries to Dr J Parry, Head of Department, tel +44 (0)113 343 3272.', 'en')[0]?.name).toBe('J Parry');
    expect(contacts('Kontakt: Dr. A. Schmidt, Tel. 030 1234567', 'de')[0]?.name).toBe('A. Schmidt');
    expect(contacts('Informal enquiries to Professor Robin Le Poidevin, tel +44 (0)113 3433267.', 'en')[0]?.name).toBe('Robin Le Poidevin');
  });
  it('takes a capital letter that opens a sentence for no initial', () => {
    expect(contacts('Contact Dr Smith. I hope to hear from you, tel 0113 343 3272.', 'en').map((x) => x.name)).not.toContain('I');
  });
  it('reads the person an application pack is available from (en)', () => {
    expect(contacts('Application packs are available from Ms Trish Davies, email p.davies@leeds.ac.uk.', 'en')).toEqual([
      { name: 'Trish Davies', role: null, phone: null, email: 'p.davies@leeds.ac.uk' },
    ]);
  });
});

describe('contacts: names that are no person', () => {
  it("takes no organisation's name ending in its kind of noun for a person, nor the words before it", () => {
    const nursery = contacts(
      'You are welcome to contact The Fjordby Day Nursery 23743307 or pedagogical leader Ulla Hansen, 4185 7513.',
      'en',
    );
    expect(nursery.map((p) => p.name)).toEqual(['Ulla Hansen']);
    expect(contacts('For further information, please contact the NHS International Recruitment Service: 0141 278 2712', 'en')).toEqual([]);
    expect(contacts('Contact Jane Smith at Oxford Road Surgery on 0141 278 2712', 'en').map((p) => p.name)).toEqual(['Jane Smith']);
  });
  it('takes one word for a name only when its address holds it or opens with it', () => {
    expect(contacts('Kontakt vår Head of Engineering på epost bjarne.overli@mentormedier.example', 'nb')).toEqual([]);
    expect(contacts('Spørsmål til Bjarne på epost bjarne.overli@mentormedier.example', 'nb').map((p) => p.name)).toEqual(['Bjarne']);
    expect(contacts('Ring til Gard på 41 46 27 77 eller send en e-post til gsm@personalhuset.example', 'nb').map((p) => p.name)).toEqual([
      'Gard',
    ]);
  });
});

describe('contacts: the person who answers questions, named as the subject', () => {
  it.each([
    ['nb', 'Kari Nordmann svarer gjerne på spørsmål om stillingen.', 'Kari Nordmann'],
    ['nn', 'Kari Nordmann svarar gjerne på spørsmål om stillinga.', 'Kari Nordmann'],
    ['da', 'Mette Hansen besvarer gerne spørgsmål om stillingen.', 'Mette Hansen'],
    ['sv', 'Anna Svensson svarar gärna på frågor om tjänsten.', 'Anna Svensson'],
    ['de', 'Anna Schmidt beantwortet gerne Ihre Fragen.', 'Anna Schmidt'],
    ['en', 'Jane Smith will be happy to answer any questions about the role.', 'Jane Smith'],
  ] as const)('%s: %s', (lang, text, name) => {
    expect(contacts(text, lang).map((p) => p.name)).toEqual([name]);
  });
  it('keeps the role of one named with it, and takes no subject that answers nothing', () => {
    expect(contacts('Daglig leder Kari Nordmann svarer gjerne på spørsmål.', 'nb')).toEqual([
      expect.objectContaining({ name: 'Kari Nordmann', role: 'Daglig leder' }),
    ]);
    expect(contacts('Kari Nordmann startet foreningen i 1990.', 'nb')).toEqual([]);
  });
});
