import { describe, expect, it } from 'vitest';
import { parseHeadline } from '../../../../lib/extract/fields/title';
import { titleFromRunningText } from '../../../../lib/extract/fields/title-running';
import {
  cleanOrgName,
  orgFromAddressLine,
  orgFromCopula,
  orgFromEmailDomain,
  orgFromLabel,
  orgFromPossessive,
  orgFromSubject,
  expandAcronym,
} from '../../../../lib/extract/fields/organization';
import { locationFromOurs, locationFromText } from '../../../../lib/extract/fields/location';
import { detectLanguage } from '../../../../lib/extract/fields/language';
import { extractFromText } from '../../../../lib/extract/index';

describe('title from headlines', () => {
  it.each([
    ['Jobopslag: Koordinator til 92-gruppen', 'Koordinator', '92-gruppen'],
    ['Medborgerne søger Community Organiser', 'Community Organiser', 'Medborgerne'],
    ['Stilling ledig som gruppesekretær for De Grønne', 'Gruppesekretær', 'De Grønne'],
    ['Projektleder søges til Foreningen Nydam', 'Projektleder', 'Foreningen Nydam'],
    ['Vi søger en kommunikationsmedarbejder', 'Kommunikationsmedarbejder', null],
    ['Fellesskapspartiet Tromsø søker organisasjonssekretær (50 %)', 'Organisasjonssekretær', 'Fellesskapspartiet Tromsø'],
    ['Kystlaget Sørvest søkjer prosjektleiar for båtbyggjarverkstaden', 'Prosjektleiar for båtbyggjarverkstaden', 'Kystlaget Sørvest'],
    ['Vi söker en projektledare', 'Projektledare', null],
    ['Wir suchen eine Referentin für Bildung', 'Referentin für Bildung', null],
    ['Sozialarbeiter*in (m/w/d) für das Wohnprojekt Haus Favoriten', 'Sozialarbeiter*in', null],
    ['We are looking for a Campaigns Officer', 'Campaigns Officer', null],
    ['Stillingstittel: Gruppesekretær', 'Gruppesekretær', null],
    // The position a question offers the reader; no preposition left at the title's end.
    ['Er du vår nye kommunikasjonsrådgiver?', 'Kommunikasjonsrådgiver', null],
    ['Vil du bli vores nye projektleder?', 'Projektleder', null],
    ['Är du vår nya ekonom?', 'Ekonom', null],
    ['Bist du unsere neue Referentin?', 'Referentin', null],
    ['Are you our new Finance Officer?', 'Finance Officer', null],
    ['Vi søker en ungdomsarbeider i 50 % stilling.', 'Ungdomsarbeider', null],
    ['We are hiring a youth worker at 0.6 FTE', 'Youth worker', null],
    // The size, hours or term after the position are no part of it.
    ['Miljøarbeider – 80 % fast', 'Miljøarbeider', null],
    ['Sykepleier 100 % fast stilling', 'Sykepleier', null],
    ['Lærer i 50 % vikariat', 'Lærer', null],
    ['Projektleder, 37 timer, Aarhus', 'Projektleder', null],
    ['Ekonom, 75 %, vikariat', 'Ekonom', null],
    ['Referent*in Öffentlichkeitsarbeit (30 Std./Woche)', 'Referent*in Öffentlichkeitsarbeit', null],
    ['Finance Officer – Part-time (0.6 FTE)', 'Finance Officer', null],
    // …unless nothing that names a position would stay.
    ['Rådgiver - Kommunikasjon', 'Rådgiver - Kommunikasjon', null],
    // A list item's mark, in any of its common forms, is no part of the title.
    ['● Zeichner/in EFZ Fachrichtung Architektur', 'Zeichner/in EFZ Fachrichtung Architektur', null],
    ['➤ Projektleder', 'Projektleder', null],
  ])('%s', (line, title, org) => {
    const p = parseHeadline(line);
    expect(p.title).toBe(title);
    expect(p.org).toBe(org);
  });

  it('a question or a pronoun subject is no title or organisation', () => {
    expect(parseHeadline('Vil du være med til at gøre en forskel?').title).toBeNull();
    expect(parseHeadline('Er du vår nye kollega?').title).toBeNull();
    expect(parseHeadline('Do you want to join our team?').title).toBeNull();
    expect(parseHeadline('Derfor søger vi en ny kollega').org).toBeNull();
  });

  it('the applicant ("deg", "dig", "you") or a lead-in to tasks is no title', () => {
    expect(parseHeadline('Vi ser etter deg som').title).toBeNull();
    expect(parseHeadline('Vi søger dig, der brænder for fællesskaber').title).toBeNull();
    expect(parseHeadline('We are looking for you').title).toBeNull();
    expect(parseHeadline('Som prosjektleder skal du').title).toBeNull();
    expect(parseHeadline('Als Referentin gestalten Sie').title).toBeNull();
    // A position still reads as one.
    expect(parseHeadline('Vi ser etter en prosjektleder').title).toBe('Prosjektleder');
  });

  it('an ALL-CAPS heading of a PDF stays its own line, and is the title', () => {
    const pdf =
      'Levende Hav – ledig stilling\n\nPROSJEKTLEDER – REN KYST NORD\n80 % engasjement ut 2027\n\nLevende Hav er en miljøorganisasjon.\n\nSom prosjektleder skal du\n• lede prosjektet';
    expect(extractFromText(pdf, { format: 'pdf-text' }).title?.toLocaleLowerCase()).toBe('prosjektleder – ren kyst nord');
  });

  it('finds the position in running text', () => {
    expect(titleFromRunningText('Vi opretter i det nye år en stilling som demokratiudvikler. Stillingen oprettes …')?.title).toBe(
      'Demokratiudvikler',
    );
    expect(titleFromRunningText('Bystyregruppa utlyser en 100 % stilling som gruppesekretær for den kommende perioden.')?.title).toBe(
      'Gruppesekretær',
    );
    expect(titleFromRunningText('Vi arbejder for et bedre samfund.')).toBeNull();
  });
});

describe('organisation: an acronym the ad spells out', () => {
  it.each([
    ['Die Gewerkschaft Gesundheit und Soziales (GGS) vertritt rund 61.000 Beschäftigte.', 'GGS', 'Gewerkschaft Gesundheit und Soziales'],
    ['GGS – Gewerkschaft Gesundheit und Soziales\nStartseite', 'GGS', 'Gewerkschaft Gesundheit und Soziales'],
    ['The Nordic Council of Ministers (NCM) is hiring an adviser.', 'NCM', 'Nordic Council of Ministers'],
    ['Vi i Foreningen for sjeldne nyresykdommer (FSN) søker en rådgiver.', 'FSN', 'Foreningen for sjeldne nyresykdommer'],
  ])('%s', (text, acronym, full) => {
    expect(expandAcronym(acronym, text)?.value).toBe(full);
  });
  it('keeps the acronym when no name spells it, and leaves names alone', () => {
    expect(expandAcronym('GGS', 'Die GGS sucht eine Sekretärin (GGS).')).toBeNull();
    expect(expandAcronym('HK', 'Handel og Kontor (HKF) søger.')).toBeNull();
    expect(expandAcronym('Enhedslisten', 'Enhedslisten (EL) søger.')).toBeNull();
  });
});

describe('organisation', () => {
  it('reads labels, subjects, copulas and possessives', () => {
    expect(orgFromLabel('Stillingstittel: X\nArbeidsgiver: Miljøpartiet De Grønnes bystyregruppe')?.value).toBe('Miljøpartiet De Grønne');
    expect(orgFromLabel('Arbeitgeber: Stadt Falkenau')?.value).toBe('Stadt Falkenau');
    expect(
      orgFromSubject('Enhedslisten i Region Midtjylland søger organisationspolitisk sekretær. Du skal udvikle Enhedslisten.')?.value,
    ).toBe('Enhedslisten');
    expect(orgFromCopula('Natthjelpen Oslo er en humanitær organisasjon som driver nattåpent i Oslo.')?.value).toBe('Natthjelpen Oslo');
    const pdf = 'Alternativets landssekretariat arbejder med meget.\nVi har i Alternativet et ideal.';
    expect(orgFromPossessive(pdf)?.value).toBe('Alternativet');
    expect(orgFromPossessive('Foreningens sekretariat arbejder.')).toBeNull();
  });
  it.each([
    ['Verein Wohnen & Teilhabe Wien · Quellenstraße 120, 1100 Wien · ZVR-Zahl 123456789', 'Verein Wohnen & Teilhabe Wien'],
    ['Grøn Fremtid · Frederiks Allé 22 · 8000 Aarhus C', 'Grøn Fremtid'],
    ['Kystlaget | Strandvejen 4, 2100 København Ø | kontakt@kystlaget.example', 'Kystlaget'],
  ])('reads the name before the address in a footer line: %s', (line, org) => {
    expect(orgFromAddressLine(`Vi søger en kollega.\n\n${line}`)?.value).toBe(org);
  });
  it('takes no footer line without an address for an organisation', () => {
    expect(orgFromAddressLine('Om os · Job · Kontakt · Presse')).toBeNull();
    expect(orgFromAddressLine('Alle akzeptieren | Nur notwendige')).toBeNull();
    expect(orgFromAddressLine('Løn · 32 timer · 2026')).toBeNull();
  });
  it.each([
    ['Danske Lejere i Østjylland har travlt. Skriv til sm@danskelejere-oj.dk.', 'Danske Lejere'],
    ['Vil du arbeide i Fagforbundet? Send søknad til post@fagforbundet.no.', 'Fagforbundet'],
    ['Wir, der Verein Grünes Wohnen, suchen Verstärkung. Bewerbung an job@gruenes-wohnen.at', 'Grünes Wohnen'],
    // A second-level suffix (co.uk, org.au) is no part of the name.
    ['Join the team at Harbour Gardens Trust. Apply to jobs@harbourgardenstrust.org.uk', 'Harbour Gardens Trust'],
    ['Riverside Youth Club is hiring. Email hello@riversideyouthclub.co.uk', 'Riverside Youth Club'],
  ])('reads the name the e-mail domain is named after: %s', (text, org) => {
    expect(orgFromEmailDomain(text)?.value).toBe(org);
  });
  it('reads a name of two words or more that the page’s address spells, with no e-mail address', () => {
    expect(orgFromEmailDomain('Academic Work søker nå en prosjektleder til Railcom.', 'www.academicwork.no')?.value).toBe('Academic Work');
    // One word the address spells may be a recruiter's or a job board's own name.
    expect(orgFromEmailDomain('Genitor søker en bibliotekschef til Fredericia Kommune.', 'www.genitor.dk')).toBeNull();
    expect(orgFromEmailDomain('Academic Work søker nå en prosjektleder.', '')).toBeNull();
  });
  it.each([
    'Ring til Søren Mikkelsen på 22 33 44 55 eller skriv til sm@danskelejere-oj.dk.',
    'Danske Film søger en praktikant. Skriv til job@danskelejere-oj.dk.',
    'Kontakt Anne Holm på anne.holm@gmail.com.',
    'Send din ansøgning til Kari på job@hk.dk.',
  ])('takes no name the domain is not named after: %s', (text) => {
    expect(orgFromEmailDomain(text)).toBeNull();
  });
  it.each([
    ['da', 'Kunstenheden i Museum Sønderjylland', 'Museum Sønderjylland'],
    ['nb', 'Sekretariatet i Norsk Folkehjelp', 'Norsk Folkehjelp'],
    ['sv', 'Kansliet i Svenska Kyrkans Unga', 'Svenska Kyrkans Unga'],
    ['de', 'Die Geschäftsstelle in Greenpeace Deutschland', 'Die Geschäftsstelle'],
    ['en', 'The Policy Unit in Friends of the Earth', 'The Policy Unit'],
  ])('%s: a unit, then the organisation it is part of: %s', (_lang, raw, org) => {
    expect(cleanOrgName(raw)).toBe(org);
  });
  it('a name before "i <place>" keeps its name ("Moderaterna i Upplands Väsby" is no unit)', () => {
    expect(cleanOrgName('Moderaterna i Upplands Väsby')).toBe('Moderaterna');
  });
  it('rejects pronouns and sentences', () => {
    expect(cleanOrgName('Vi')).toBeNull();
    expect(cleanOrgName('vores nye afdeling i byen')).toBeNull();
    expect(orgFromSubject('Derfor søger vi en ny kollega.')).toBeNull();
  });
});

describe('location', () => {
  it.each([
    ['The Nordic Climate Alliance is looking for a Policy Officer to join our Oslo secretariat for 12 months.', 'Oslo'],
    ['Du bliver en del af vores sekretariat i Aarhus, hvor vi er otte kolleger.', 'Aarhus'],
    ['Du får arbeidsplass på vårt kontor i Bergen.', 'Bergen'],
    ['Sie arbeiten in unserem Büro in Wien.', 'Wien'],
  ])('reads the workplace in "%s"', (text, place) => {
    expect(locationFromOurs(text)?.value).toBe(place);
  });
  it.each([
    'Follow us on our Facebook page.',
    'You will report to our office manager.',
    'Vi har fået nye møbler til vores kontor i øvrigt.',
    'Vores Facebook-side er åben.',
  ])('finds no workplace in "%s"', (text) => {
    expect(locationFromOurs(text)).toBeNull();
  });
  it.each([
    ['Arbejdssted: Vesterbrogade 41, 1620 København V', 'Vesterbrogade 41, 1620 København V'],
    ['• Arbeidssted: Magistraten, Rådstuplassen 5.', 'Magistraten, Rådstuplassen 5'],
    ['Arbetsort: Umeå', 'Umeå'],
    ['Arbeitsort: Frankfurt am Main', 'Frankfurt am Main'],
    ['Location: Oslo (hybrid)', 'Oslo (hybrid)'],
    ['Medborgerne har kontor på Bygmestervej 10, 1. sal, hos Fonden for Socialt Ansvar.', 'Bygmestervej 10'],
    ['Kontoret ligger i Kongens gate 30, 7011 Trondheim.', 'Kongens gate 30, 7011 Trondheim'],
    ['Verein · Hanauer Landstraße 80 · 60314 Frankfurt am Main', 'Hanauer Landstraße 80, 60314 Frankfurt am Main'],
    ['Foreningen Levende Vandløb, Dæmningen 28, 7100 Vejle', 'Dæmningen 28, 7100 Vejle'],
    ['Landssekretariatet ligger ved Nørreport i København. Alternativet er ikke lønførende.', 'Nørreport, København'],
    ['Vi tilbyr gode arbeidsforhold i nyoppusset hall. Arbeidssted: Tromsøhallen, Tromsø.', 'Tromsøhallen, Tromsø'],
  ])('%s', (text, want) => {
    expect(locationFromText(text)?.value).toBe(want);
  });
  it.each([
    ['Vi har fælles frokost. Arbejdsstedet er afdelingens kontor i Svendborg.', 'Svendborg'],
    ['Dienstort ist unsere Geschäftsstelle in Berlin-Mitte.', 'Berlin-Mitte'],
    ['Arbeidsstedet er Tromsø, med noe reising i regionen.', 'Tromsø'],
    ['Arbetsplatsen är vårt kansli på Drottninggatan 12, 111 51 Stockholm.', 'Drottninggatan 12, 111 51 Stockholm'],
    ['The role is based in Copenhagen, with travel to partner countries.', 'Copenhagen'],
  ])('reads the workplace sentence in "%s"', (text, want) => {
    expect(locationFromText(text)?.value).toBe(want);
  });
  it.each([
    'Arbejdsstedet er fleksibelt, og du kan arbejde hjemme.',
    'Der Arbeitsort ist flexibel.',
    'The workplace is friendly and informal.',
  ])('reads no place from a workplace sentence that names none: "%s"', (text) => {
    expect(locationFromText(text)).toBeNull();
  });
  it('finds none where none is stated', () => {
    expect(locationFromText('Vi holder samtaler i uge 20, 2025 og starter 1. marts.')).toBeNull();
    // A label word inside a sentence is no label.
    expect(locationFromText('Du får et nytt arbeidssted: det er spennende.')).toBeNull();
  });
});

describe('language', () => {
  it.each([
    [
      'da',
      'Vi søger en kollega, der har lyst til at arbejde med politik. Du bliver en del af et lille sekretariat, og du får ansvar for vores kampagner. Ansøgningsfristen er mandag.',
    ],
    [
      'nb',
      'Vi søker en kollega som har lyst til å jobbe med politikk. Du blir en del av et lite sekretariat, og du får ansvar for våre kampanjer. Søknadsfristen er mandag, og vi ønsker deg velkommen.',
    ],
    [
      'nn',
      'Vi søkjer ein kollega som har lyst til å arbeide med politikk. Du blir ein del av eit lite sekretariat, og du får ansvar for kampanjane våre. Søknadsfristen er måndag, og eg ser fram til å høyre frå deg. Korleis vil du vere med?',
    ],
    [
      'sv',
      'Vi söker en kollega som vill arbeta med politik. Du blir en del av ett litet kansli och får ansvar för våra kampanjer. Sista ansökningsdag är måndag och vi ser fram emot din ansökan.',
    ],
    [
      'de',
      'Wir suchen eine Kollegin, die mit uns für eine gerechte Politik arbeiten will. Sie werden Teil eines kleinen Teams und sind für unsere Kampagnen verantwortlich. Die Bewerbungsfrist ist Montag.',
    ],
    [
      'en',
      'We are looking for a colleague who wants to work with politics. You will be part of a small team and will be responsible for our campaigns. The application deadline is Monday.',
    ],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });
  it('falls back to the html lang hint on too little text, and to null without one', () => {
    expect(detectLanguage('OK', 'nn-NO').lang).toBe('nn');
    expect(detectLanguage('12345').lang).toBeNull();
  });
});

describe('a page with no open position', () => {
  it.each([
    [
      'da',
      'Uopfordret ansøgning\n\nStillingen er besat: Stillingen som kampagnemedarbejder er nu besat. Vi modtager gerne uopfordrede ansøgninger til job@forening.dk. Ansøgningsfrist: ingen. Vi søger ofte medarbejdere til 15-20 timer om ugen.',
    ],
    [
      'en',
      'Speculative applications\n\nWe have no open positions right now, but we welcome speculative applications from campaigners. Send your CV and cover letter to jobs@ngo.example.',
    ],
  ])('%s: not an ad', (lang, text) => {
    expect(extractFromText(text, { format: 'text' }).isJobAd).toBe(false);
  });
  it('an ad that welcomes unsolicited applications at its end is still an ad', () => {
    const text =
      'Frivilligkoordinator søges\n\nVi søger en frivilligkoordinator til 15 timer om ugen. Du får ansvar for vores frivillige. Ansøgningsfrist: 1. marts 2025. Send din ansøgning til job@center.dk. Tiltrædelse snarest. Du planlægger vagter, du holder kontakt med frivillige, og du rapporterer til formanden, som du mødes med hver uge.\n\nVi modtager også gerne uopfordrede ansøgninger.';
    expect(extractFromText(text, { format: 'text' }).isJobAd).toBe(true);
  });
});

describe('the title after a long menu and a breadcrumb', () => {
  it('is the breadcrumb last step, repeated as a line of its own; a skip link is chrome', () => {
    const menu = [
      'Hoppa till innehåll',
      'Förbundet Hälsa & Vård',
      'Bli medlem',
      'Logga in',
      'Meny',
      'Medlemskap',
      'Lön & avtal',
      'Arbetsmiljö',
      'Utbildning',
      'Påverkan',
      'Om förbundet',
      'Sök',
    ];
    const text = `${menu.join('\n')}\n\nStart / Om förbundet / Jobba hos oss / Ombudsman till avdelning Väst\n\nOmbudsman till avdelning Väst\n\nPublicerad: 2026-01-12\n\nNu söker vi en ombudsman. Sista ansökningsdag: 2026-02-08.`;
    expect(extractFromText(text, { format: 'text' }).title).toBe('Ombudsman till avdelning Väst');
  });
});

describe('is it one job ad?', () => {
  const ad = (lang: string, text: string) => [lang, text] as const;
  it.each([
    ad(
      'da',
      'Frivilligkoordinator søges\n\nVi søger en frivilligkoordinator til 15 timer om ugen. Du får ansvar for vores frivillige og dine opgaver bliver at planlægge vagter. Ansøgningsfrist: 1. marts 2025. Send din ansøgning til job@center.dk. Tiltrædelse snarest.',
    ),
    ad(
      'nb',
      'Daglig leder søkes\n\nVi søker en daglig leder i 100 % stilling. Søknadsfrist: 1. mars 2025. Send søknad med CV til post@laget.no. Lønn etter avtale. Du får ansvar for drift og økonomi.',
    ),
    ad(
      'sv',
      'Vi söker en projektledare\n\nTjänsten är på heltid. Sista ansökningsdag är 1 mars 2025. Skicka din ansökan till jobb@forening.se. Du kommer att leda våra projekt.',
    ),
    ad(
      'de',
      'Referent*in (m/w/d)\n\nWir suchen zum 1. April eine Referentin. Ihre Aufgaben: Beratung. Ihr Profil: Studium. Wir bieten Teilzeit. Bewerbungsfrist: 1. März 2025. Senden Sie Ihre Bewerbung an jobs@verein.de.',
    ),
    ad(
      'en',
      'Campaigns Officer\n\nWe are looking for a Campaigns Officer. Responsibilities: campaigns. Salary: £32,000 per year. Application deadline: 1 March 2025. To apply, send your application to jobs@network.org.',
    ),
  ])('%s ad → true', (_lang, text) => {
    expect(extractFromText(text, { observed: '2025-02-01' }).isJobAd).toBe(true);
  });

  it.each([
    [
      'news of a hire',
      'Nyheder › Organisation\n\nVi har ansat ny kommunikationschef\n\n17. september 2025 · Af sekretariatet\n\nVi har ansat Mette Hansen som ny kommunikationschef. Hun tiltræder 1. oktober. Ansøgningsfristen var 15. august, og vi fik 80 ansøgninger.',
    ],
    [
      'about us',
      'About us\n\nWho we are\nWe are an international organisation founded in 2004. Our main office is in Nairobi. Our people: Executive Director Grace Wanjiru. Work with us: current vacancies are listed on our jobs page.',
    ],
    [
      'list',
      [
        'Ledige stillinger',
        ...Array.from({ length: 8 }, (_, i) => `Koordinator ${i}\nForening ${i} · Ansøgningsfrist: ${i + 1}. marts 2025`),
      ].join('\n\n'),
    ],
    [
      'contact page',
      'Kontakt\n\nSekretariatet\nTelefon 12 34 56 78\nMail info@forening.dk\n\nFormand: Anne Jensen, tlf. 22 33 44 55\nKasserer: Bo Holm, tlf. 33 44 55 66\nÅbningstider: mandag–torsdag 10–15.',
    ],
  ])('%s → false', (_name, text) => {
    expect(extractFromText(text, { observed: '2025-09-18' }).isJobAd).toBe(false);
  });
});
