// The organisation chosen among the names the text gives (lib/extract/fields/org-candidates.ts).
// Invented sentences, one rule each, in several languages, with the names that must lose.
import { describe, expect, it } from 'vitest';
import { pickOrganization, rankOrganizations } from '../../../../lib/extract/fields/org-candidates';
import { orgFromPlaceCopula } from '../../../../lib/extract/fields/organization';

const pick = (text: string, hints: Partial<Parameters<typeof pickOrganization>[1]> = {}) =>
  pickOrganization(text, { headline: null, siteName: null, people: [], titleOrg: null, ...hints })?.value ?? null;

describe('the organisation among the names of the text', () => {
  it.each([
    ['da', 'Frederiks Sogns Menighedsråd søger en ny kirketjener til Frederiks Kirke.', 'Frederiks Sogns Menighedsråd'],
    ['nb', 'Bergen kirkelige fellesråd har ledig stilling. Bergen kirkelige fellesråd søker en kantor.', 'Bergen kirkelige fellesråd'],
    ['nn', 'Høgskulen på Vestlandet (HVL) har ledig ei stilling som stipendiat.', 'Høgskulen på Vestlandet'],
    ['sv', 'Moderaterna i Upplands Väsby söker en politisk sekreterare. Upplands Väsby är en kommun.', 'Moderaterna i Upplands Väsby'],
    ['de', 'Die Stelle ist unbefristet. Um das zu leisten, sucht der ÖDP-Bundesverband eine Referentin.', 'ÖDP-Bundesverband'],
    ['en', 'Copenhagen Refugee Support is a volunteer-run organisation. We are recruiting a coordinator.', 'Copenhagen Refugee Support'],
  ])('%s: %s', (_lang, text, org) => {
    expect(pick(text)).toBe(org);
  });

  it('reads the subject after the verb ("Derfor søger Fællesskabspartiets Ungdom en …"), not the adverb before it', () => {
    expect(pick('Vi er vokset. Derfor søger Fællesskabspartiets Ungdom en studentermedhjælper.')).toBe('Fællesskabspartiets Ungdom');
    expect(pick('Därför söker vi en verksamhetsutvecklare.')).toBeNull();
    expect(pick('Espe Sogn har en ledig stilling.\nHertil ønsker vi følgende kompetencer:')).not.toBe('Hertil');
  });

  it('takes the name the e-mail is named after, and a legal form', () => {
    expect(pick('Spørsmål om stillingen? Send en e-post til jobb@klepp-energi.no. Klepp Energi leverer strøm og bredbånd.')).toBe(
      'Klepp Energi',
    );
    expect(pick('Sie arbeiten im Team der Hellweg Sole Thermen GmbH in Bad Sassendorf.')).toBe('Hellweg Sole Thermen GmbH');
  });

  it.each([
    ['nb', 'Er du klar for salg? På vegne av Convertelligence søker vi en selger med NLP-erfaring.', 'Convertelligence'],
    ['nb', 'I samarbeid med Multi Support ser vi etter en markedskonsulent. Søk i dag!', 'Multi Support'],
    ['sv', 'På uppdrag av Dorsia söker vi en receptionsansvarig till Boutique Hotell.', 'Dorsia'],
    ['en', 'On behalf of Zacco we are looking for an IT recruiter with HR experience.', 'Zacco'],
  ])("%s: a recruiter's ad names its client: %s", (_lang, text, org) => {
    expect(pick(text)).toBe(org);
  });

  it("a partner named before other words than the ad's own search is no client", () => {
    const rank = (text: string) =>
      rankOrganizations(text, { headline: null, siteName: null, people: [], titleOrg: null }).flatMap((p) => p.reasons);
    expect(rank('Kurset holdes i samarbeid med Lørenskog Næringsforening hver vår.')).not.toContain('+4 the ad is on its behalf');
    expect(rank('On behalf of Amnesty International we thank our donors.')).not.toContain('+4 the ad is on its behalf');
    expect(rank('On behalf of Amnesty International we are looking for a coordinator.')).toContain('+4 the ad is on its behalf');
  });

  it("breaks a tie with the page's address: the whole name is the host's name", () => {
    const text = 'Du kan HTML väl. Hos KITS bygger du appar.';
    expect(pick(text, { headline: 'Frontendutvecklare, KITS, HTML' })).toBe('HTML');
    expect(pick(text, { headline: 'Frontendutvecklare, KITS, HTML', host: 'jobb.kits.se' })).toBe('KITS');
    expect(pick('Zero Waste Leeds builds a movement.', { host: 'www.zerowasteleeds.org.uk' })).toBeNull();
    // A job board's acronym named in another employer's ad is put in the running by nothing else.
    expect(pick('Stillingen er et NAV-tiltak. Ta kontakt med NAV.', { headline: 'Assistent', host: 'arbeidsplassen.nav.no' })).toBeNull();
    // Alone the address is too little: a recruiter's site ("Genitor") hosts other employers' ads.
    expect(
      pick('Du bliver leder af vores bibliotek. Ansøgning sendes via Genitor.', { headline: 'Bibliotekschef', host: 'genitor.dk' }),
    ).toBeNull();
    // Part of a name is not the name ("Norske Kirke" on kirken.no).
    expect(
      rankOrganizations('DEN NORSKE KIRKE', { headline: null, siteName: null, people: [], titleOrg: null, host: 'birkenes.kirken.no' })[0]
        ?.reasons ?? [],
    ).not.toContain("+1 the page's address is named after it");
  });

  it('takes no name written in lower case ("centralbibliotek" is a kind of library)', () => {
    expect(
      pick('Udover at være folkebibliotek er Herning Bibliotekerne også centralbibliotek. Herning Bibliotekerne søger en konsulent.'),
    ).toBe('Herning Bibliotekerne');
    expect(
      rankOrganizations('Som centralbibliotek arbejder vi regionalt.', { headline: null, siteName: null, people: [], titleOrg: null }).map(
        (p) => p.value,
      ),
    ).not.toContain('centralbibliotek');
  });

  it('keeps a legal form that is also a common word elsewhere ("AB", "AS"), written as the form is', () => {
    expect(
      pick('Svensk Naturförvaltning AB utför på uppdrag av länsstyrelsen en inventering.', {
        headline: 'Svensk Naturförvaltning AB utför',
      }),
    ).toBe('Svensk Naturförvaltning AB');
    expect(pick('Fresvik Produkt AS er ein familiebedrift. Fresvik Produkt AS søkjer seljar.')).toBe('Fresvik Produkt AS');
    // "Ab sofort" (German "from now on") is no company.
    expect(pick('Ab sofort suchen wir eine Referentin.')).toBeNull();
  });

  it('takes no legal form alone for a name', () => {
    expect(pick('Avisen er eid av Fjordmedier (https://www.example.org) AS, som også eier Fjordposten.')).not.toBe('AS');
    expect(pick('CureNorth, Inc. is hiring a senior engineer.')).not.toBe('Inc');
  });

  it('takes no person after an honorific for a name ("Mrs Wass in the school office")', () => {
    expect(pick('For more information contact Mrs Wass in the school office.')).toBeNull();
    expect(pick('Ihre Ansprechpartnerin ist Frau Steiger im Gemeindeamt.')).toBeNull();
  });

  it('prefers the organisation the headline gives the position to', () => {
    const text =
      'Koordinator til 92-gruppen\nForum for Bæredygtig Udvikling er et netværk. 92-gruppen samler 26 organisationer, og 92-gruppen søger nu.';
    expect(pick(text, { headline: 'Koordinator til 92-gruppen', titleOrg: '92-gruppen' })).toBe('92-gruppen');
  });

  it('a position, a workplace line, a unit of "ours", a list item and a contact person are no organisation', () => {
    expect(pick('Kirketjener søges. Kirketjeneren skal passe kirken.')).toBeNull();
    expect(pick('Arbejdssted: Teknik- og Miljøcentret, Industrivej 7, 4683 Lerbjerg')).toBeNull();
    expect(pick('Für unser Landessekretariat Steiermark suchen wir eine Sekretärin.')).toBeNull();
    expect(pick('Aufgaben:\n• Organisation und Durchführung von Schulungen für Parteimitglieder')).toBeNull();
    expect(pick('Kontakt: Kari Nordmann, Kari Nordmann svarer gerne.', { people: ['Kari Nordmann'] })).toBeNull();
  });

  it.each([
    ['da', 'Graveren er ansat af Ødsted-Jerlev sognes menighedsråd. Ødsted Kirke er fra 1100-tallet.', 'Ødsted-Jerlev sognes menighedsråd'],
    ['nb', 'Kantoren er ansatt av Bergen kirkelige fellesråd. Salhus kirke er en teglsteinskirke.', 'Bergen kirkelige fellesråd'],
    ['sv', 'Tjänsten är anställd av Hovsta pastorat. Axbergs kyrka ligger vid sjön.', 'Hovsta pastorat'],
    ['de', 'Die Stelle ist angestellt bei Evangelische Kirchengemeinde Lindau. Die Kirche ist alt.', 'Evangelische Kirchengemeinde Lindau'],
    ['en', 'The post holder is employed by Longford County Council. Longford is a town.', 'Longford County Council'],
  ])('%s: the organisation an ad says employs, over other names', (_lang, text, org) => {
    expect(pick(text)).toBe(org);
  });

  it('hears an organisation with a post open ("har ledig 75 % fast stilling"), and no place inside the subject as the one who seeks', () => {
    expect(pick('Salhus kirke er en teglsteinskirke.\nBergen kirkelige fellesråd har ledig 75 % fast stilling som kantor.')).toBe(
      'Bergen kirkelige fellesråd',
    );
    expect(pick('Verkstedet er stort. Vårt verksted på Heimdal søker en mekaniker.')).not.toBe('Heimdal');
  });

  it("prefers a church's parish, named with the post, over the church building", () => {
    expect(
      pick('Kordegn ved Stege Kirke\nEn stilling som kordegn ved Stege Kirke, Stege Sogn er ledig.', {
        headline: 'Kordegn ved Stege Kirke',
      }),
    ).toBe('Stege Sogn');
    expect(
      pick('Kyrkomusiker i Lunds domkyrka\nTjänsten som kyrkomusiker finns i Lunds domkyrkoförsamling.', {
        headline: 'Kyrkomusiker i Lunds domkyrka',
      }),
    ).toBe('Lunds domkyrkoförsamling');
    // A parish named only as a place ("has 3,000 inhabitants") does not take the church's place.
    expect(
      pick('Organist til Løgumkloster Kirke\nLøgumkloster sogn har 3.000 indbyggere.', { headline: 'Organist til Løgumkloster Kirke' }),
    ).toBe('Løgumkloster Kirke');
  });

  it.each([
    ['da', 'Fredericia er en ambitiøs kommune, hvor kulturen tillægges stor betydning.', 'Fredericia Kommune'],
    ['nb', 'Voss er ein kommune med 15 000 innbyggjarar.', 'Voss Kommune'],
    ['sv', 'Lund är en växande kommun i Skåne.', 'Lund Kommun'],
  ])('%s: a place described as a municipality is the employer named after it', (_lang, text, org) => {
    expect(orgFromPlaceCopula(text)?.value).toBe(org);
  });

  it('no place-named organisation from a pronoun or a plain description', () => {
    expect(orgFromPlaceCopula('Det er en kommune i vækst.')).toBeNull();
    expect(orgFromPlaceCopula('Fredericia er en by ved Lillebælt.')).toBeNull();
  });

  it.each([
    ['nb', 'Du monterer enheter fra Zeekit på kjøretøy. Zeekit er en bedrift i vekst.', 'Zeekit'],
    ['en', 'You will install sensors made by Finwell. Finwell is a company of forty people.', 'Finwell'],
  ])('%s: a one-word name the ad describes as a business', (_lang, text, org) => {
    const best = rankOrganizations(text, { headline: 'Montør', siteName: null, people: [], titleOrg: null })[0];
    expect(best?.value).toBe(org);
    expect(best?.reasons).toContain('+3 is described');
  });

  it("takes no contraction of a pronoun, and no organisation's noun before a preposition, for a name", () => {
    expect(pick('Description: We’re looking for a student intern to join our team at Melli. Melli is a company in Berlin.')).toBe('Melli');
    expect(pick('• Du bist Student/in einer (Fach-)Hochschule in Bachelor oder Master.')).toBeNull();
  });

  it('the noun for an organisation alone, figures and street addresses name no one', () => {
    expect(pick('Selskapet er i vekst. Selskapet søker en selger.')).toBeNull();
    expect(pick('Our office is at Nørrebrogade 52, 2200 Copenhagen N. 2027 will be a big year.')).toBeNull();
  });
});

describe('a name the ad describes as an organisation further into the clause', () => {
  it.each([
    ['nb', 'Du blir en del av fagmiljøet i Sweco. Sweco er Europas ledende rådgivende ingeniørselskap.', 'Sweco'],
    ['de', 'Wir suchen Verstärkung. KOS KLIMA ist seit über 40 Jahren ein inhabergeführtes Unternehmen.', 'KOS KLIMA'],
    ['sv', 'Du arbetar nära kunderna hos Mälarfrakt. Mälarfrakt är sedan 1990 ett familjeägt företag.', 'Mälarfrakt'],
  ])('%s: %s', (_lang, text, org) => {
    const best = rankOrganizations(text, { headline: 'Rådgiver', siteName: null, people: [], titleOrg: null })[0];
    expect(best?.value).toBe(org);
    expect(best?.reasons).toContain('+3 is described');
  });

  it('not by a noun in a later clause, in another name, or as the municipality a place is', () => {
    const rank = (text: string) => rankOrganizations(text, { headline: 'Kordegn', siteName: null, people: [], titleOrg: null });
    const person = rank('Heidi Nørgaard er fratrådt stillingen ved Engesvang Kirke, går menighedsrådet nu i gang.');
    expect(person.find((p) => p.value === 'Heidi Nørgaard')?.reasons ?? []).not.toContain('+3 is described');
    const place = rank('Valle er vertskommune for prosjektet.');
    expect(place.find((p) => p.value === 'Valle')?.reasons ?? []).not.toContain('+3 is described');
    const preposition = rank('Eine Verlängerung ist möglich und wird vom Institut angestrebt.');
    expect(preposition.find((p) => p.value === 'Verlängerung')?.reasons ?? []).not.toContain('+3 is described');
    const semicolon = rank('Område Aust er samorganisert; Vetleflaten omsorgssenter har 64 plassar.');
    expect(semicolon.find((p) => p.value === 'Område Aust')?.reasons ?? []).not.toContain('+3 is described');
  });

  it('across its short name in brackets ("Peer 2 Peer University (P2PU) is a …"), not the last word of a longer name', () => {
    const rank = (text: string) => rankOrganizations(text, { headline: 'Koordinator', siteName: null, people: [], titleOrg: null });
    const named = rank('Background\nNordic Learning Network (NLN) is a non-profit organisation. You work with partners at College North.');
    expect(named[0]?.value).toBe('Nordic Learning Network');
    expect(named[0]?.reasons.some((r) => r.endsWith('is described'))).toBe(true);
    const part = rank('Die Landeszentrale für politische Bildung (LZT) ist eine Anstalt des öffentlichen Rechts.');
    expect(part.find((p) => p.value === 'Bildung')?.reasons ?? []).not.toContain('+1.5 is described');
  });
});
