// Position names in any form, headings that are no title, and the position a sentence names
// (lib/extract/fields/title.ts).
import { describe, expect, it } from 'vitest';
import { scoreHeadline } from '../../../../lib/extract/fields/title';
import { hasTitleWord } from '../../../../lib/extract/fields/title-words';
import { titleFromRunningText } from '../../../../lib/extract/fields/title-running';
import { isSectionHeading } from '../../../../lib/extract/fields/headings';
import { extractFromText } from '../../../../lib/extract';

describe('position words', () => {
  it.each([
    'Kirketjenere', // plural
    'Vikarar', // nynorsk plural
    'Lehrerinnen', // feminine plural
    'Referent:in',
    'Mitarbeiter*in',
    'pædagogmedhjælperstilling', // with a noun for a position
    'Dirigentjobben',
    'frivillighetskoordinator', // compound
    'Co-ordinator', // hyphenated
    'Kommunikations-medarbejder',
    // Occupations of crafts, stage and church in every language.
    'Scenemester', // da/nb: a compound of "mester"
    'Bürgermeisterin',
    'Kyrkogårdsarbetare',
    'Skuespiller',
    'Konservator',
    'Snickare',
    'Verger',
    'Skodespelar',
    'IT-rekryterare', // a short prefix and its hyphen
    'HR-konsulent',
    // Endings that name a position only inside a compound.
    'Kulturvært',
    'Skovvært',
    'Museumsvert',
    'Museivärd',
    'Platzwart',
    // Common occupations of municipalities, churches, schools and trades, one or more per language.
    'Viceværter',
    'Sundhedsplejerske',
    'Støttekontakt',
    'Sokneprest',
    'Avløysar',
    'Kyrkjelydspedagog',
    'Skolsköterska',
    'Fastighetsskötare',
    'Softwareentwickler/in',
    'Kämmerin',
    'Caregiver',
    'Firefighters',
    'Groundskeeper',
  ])('%s names a position', (w) => {
    expect(hasTitleWord(w)).toBe(true);
  });

  // "vært"/"vert" (host) alone stay out: in Norwegian they are also "been" and "becomes"; "arbetar" is a verb.
  // Nor verbs and plain nouns that share a position's spelling: "arbeidar" (nynorsk: works),
  // "teller" (counts), "planer" (plans), "flyger" (flies), a byline's "Forfatter:"/"Reporter".
  it.each([
    'Kirkegård',
    'Stockholm',
    'Moderaterna',
    'Høgskulen',
    'Familienbetrieb',
    'vært',
    'vert',
    'arbetar',
    'har vært',
    'værd',
    'arbeidar',
    'teller',
    'planer',
    'flyger',
    'Forfatter',
    'Reporter',
  ])('%s does not', (w) => {
    expect(hasTitleWord(w)).toBe(false);
  });
});

describe('section headings and fact lines are no title', () => {
  it.each(['Arbeidsoppgaver', 'Ihr Profil:', '## The role', 'Önskad profil', 'Vi tilbyder'])('%s is a section heading', (line) => {
    expect(isSectionHeading(line)).toBe(true);
    expect(scoreHeadline(line, 0)).toBeNull();
  });

  it.each([
    'Ansøgningsfrist: 30. november 2026 kl. 9.00',
    'Stillingsstørrelse: 100 %',
    'Kunden vår kan tilby:',
    'Stillingstype: Fast',
    'Urval',
    'Om arbeidsstaden',
    'OM OSS',
    'About the organisation',
    'Über uns',
    '*Fixed days-off can be requested',
    'Submitted by Town Administrator Sherry Patch',
    'Af Mette Hansen, sekretariatsleder',
  ])('%s is no title', (line) => {
    expect(scoreHeadline(line, 0)).toBeNull();
  });

  it('a headline that names a position still is one', () => {
    expect(scoreHeadline('Kirketjener til Essenbæk Kirke', 0)?.title).toBe('Kirketjener');
    expect(isSectionHeading('Kirketjener')).toBe(false);
    // "About" before a position is still a title line.
    expect(scoreHeadline('Om stillingen som kirketjener', 0)).not.toBeNull();
    expect(scoreHeadline('Under 2’s Qualified practitioner', 0)?.title).toBe('Under 2’s Qualified practitioner');
    // A deadline label in an aside makes no fact line; "Accepting applications" is a prefix.
    expect(scoreHeadline('Accepting Applications - Cemetery Laborer (Deadline Extended)', 0)?.title).toMatch(/^Cemetery Laborer/u);
  });
});

describe('the position a sentence names', () => {
  it.each([
    ['da', 'Derfor søger Fællesskabspartiets Ungdom en studentermedhjælper til landskontoret.', 'Studentermedhjælper'],
    ['nb', 'På vegne av kunden søker vi etter en ivrig Sales Manager som er sulten på å lykkes.', 'Ivrig Sales Manager'],
    ['nb', 'Vi søker deg. Som junior anleggsleder vil du jobbe med spennende prosjekter.', 'Junior anleggsleder'],
    ['sv', 'Miljöpartiet söker en valsamordnare till valrörelsen.', 'Valsamordnare'],
    ['de', 'Der Verband sucht ab sofort eine Politische Referentin für das Team.', 'Politische Referentin'],
    ['en', 'The Bureau is looking to recruit a Policy Assistant to support its work.', 'Policy Assistant'],
    ['nn', 'Eit vikariat som dansepedagog i 21,79 % storleik frå 1. august.', 'Dansepedagog'],
    ['nb', 'Vi har et vikariat som helsesekretær fra januar.', 'Helsesekretær'],
    ['en', 'Applications are invited for the post of Youth Worker.', 'Youth Worker'],
    ['en', 'Eurocadres is a union. The Project and Policy Officer will be responsible for the project.', 'Project and Policy Officer'],
  ])('%s: %s', (_lang, text, title) => {
    expect(titleFromRunningText(text)?.title).toBe(title);
  });

  it.each([
    ['de', 'Wir suchen zum nächstmöglichen Zeitpunkt einen motivierten Anlagenmechaniker, der viel kann.', 'Motivierten Anlagenmechaniker'],
    ['de', 'Der Kreisverband sucht zum 1. April 2026 eine*n Mitarbeiter*in (m/w/d) für den Wahlkampf.', 'Mitarbeiter*in'],
    ['da', 'Vi søger til vores børnehus en pædagog med erfaring.', 'Pædagog'],
    ['nb', 'Ønsker en frisør med fagbrev og erfaring som kan jobbe selvstendig.', 'Frisør'],
  ])('%s: a time phrase or a gendered article before the position: %s', (_lang, text, title) => {
    expect(titleFromRunningText(text)?.title).toBe(title);
  });

  it.each([
    [
      'en',
      'The museum is seeking a part-time, seasonal Curatorial Assistant. The assistant supports the team.',
      'Seasonal Curatorial Assistant',
    ],
    ['nb', 'Vi søker en engasjert, strukturert rådgiver.', 'Strukturert rådgiver'],
    ['da', 'Sognet søger en kirketjener, der kan lide mennesker.', 'Kirketjener'],
  ])('%s: describing words with a comma between them before the position: %s', (_lang, text, title) => {
    expect(titleFromRunningText(text)?.title).toBe(title);
  });

  it('names no position after describing words that lead to none', () => {
    expect(titleFromRunningText('Vi søger frivillige, der kan hjælpe.')).toBeNull();
  });

  it.each([
    ['de', 'Die Abgeordneten suchen zur Unterstützung ihrer Arbeit vor Ort ab dem 01.07.2020 eine Referentin für Presse.', 'Referentin'],
    [
      'de',
      'Darum suchen wir für ein neues Projekt ab sofort eine/n Kommunikations- und Community Expert/in (TZ, 2 Jahre).',
      'Kommunikations- und Community Expert/in',
    ],
    ['de', 'Wir suchen ab Mai eine Mitarbeiterin / einen Mitarbeiter (20 h/Woche) in Torgau.', 'Mitarbeiterin / Mitarbeiter'],
    ['da', 'Vi søger til vores kontor i Aarhus en sekretær.', 'Sekretær'],
    ['sv', 'Vi söker till vårt kansli i Umeå en ombudsman.', 'Ombudsman'],
  ])('%s: a lead phrase between the verb and the position: %s', (_lang, text, title) => {
    expect(titleFromRunningText(text)?.title).toBe(title);
  });

  it('the subject after the verb, then the position ("sucht der Verein eine(n) Projektkoordinator(in).")', () => {
    expect(titleFromRunningText('Für die Koordination sucht der Verein eine(n) Projektkoordinator(in). Aufgaben folgen.')?.title).toBe(
      'Projektkoordinator(in)',
    );
  });

  it('a lead that is a clause of its own, or the applicant, is not passed over', () => {
    // "to lead" is a verb; "to … and to …" is a clause (the Danish article "to" is not read here).
    expect(
      titleFromRunningText('The College seeks to prepare its students for excellence and to nurture their capacity to lead.'),
    ).toBeNull();
    expect(titleFromRunningText('Vi søger dig, der vil være en god kollega.')).toBeNull();
    expect(titleFromRunningText('We are seeking, for our office, a secretary.')).toBeNull();
  });

  it.each([
    ['nb', 'Avdelingslederen skal ved siden av å være leder ha ansvar for salg.', 'Avdelingsleder'],
    ['da', 'Biblioteket er stort.\nDen nye bibliotekschef skal være garant for god ledelse.', 'Bibliotekschef'],
    ['sv', 'Samordnaren ska leda arbetet i projektet.', 'Samordnare'],
  ])('%s: the position as the subject of a sentence: %s', (_lang, text, title) => {
    expect(titleFromRunningText(text)?.title).toBe(title);
  });

  it('a subject that names no position, or not at a sentence start, names none', () => {
    expect(titleFromRunningText('Stillingen skal bidra til vekst i regionen.')).toBeNull();
    expect(titleFromRunningText('Det nye team skal arbejde med skoven.')).toBeNull();
    expect(titleFromRunningText('I samarbejde med lederen skal du udvikle konceptet.')).toBeNull();
  });

  it('a prefix before words that name no position introduces the site, not the post', () => {
    expect(scoreHeadline('Jobs: Venture Community Association', 0)!.score).toBeLessThan(2);
    expect(scoreHeadline('All vacancies – University of Copenhagen', 0)!.score).toBeLessThan(
      scoreHeadline('Children’s Services Manager', 1)!.score,
    );
    expect(scoreHeadline('Ledig stilling: Organisasjonssekretær', 0)!.score).toBeGreaterThanOrEqual(8);
  });

  it('"Extrajobb som …", "Sommerjobb som …": a compound of "job" before "som" names the position outright', () => {
    expect(scoreHeadline('Extrajobb som fönsterputsare hos Berga Fönsterputs', 0)).toMatchObject({ title: 'Fönsterputsare', form: 'as' });
    expect(titleFromRunningText('Vi har sommerjobb som guide på museet i år.')?.title).toBe('Guide');
  });

  it("a line with an e-mail address is a contact's line, never the title", () => {
    expect(scoreHeadline('Ledelsessekretær Anne Birgitte Hansen – abh@samf.ku.dk', 0)).toBeNull();
  });

  it('a line that starts in lower case continues the line before it', () => {
    expect(scoreHeadline('jobs til kunstnere', 1)!.score).toBeLessThan(scoreHeadline('Teaterdirektør', 9)!.score);
  });

  it('"<position> til <organisation>": the position without the organisation', () => {
    expect(scoreHeadline('Forstander til Liselund Højskole', 0)).toMatchObject({ title: 'Forstander', org: 'Liselund Højskole' });
    expect(scoreHeadline('Föreningsutvecklare till Hyresgästsamverkan Mälardalen', 0)?.title).toBe('Föreningsutvecklare');
    // Without a position word before it, the line stays whole.
    expect(scoreHeadline('Velkommen til Liselund Højskole', 0)?.title).not.toBe('Velkommen');
  });

  it('a headline prefix may have a word before it; "required" marks the position sought', () => {
    expect(scoreHeadline('Local Job Vacancy: Part-time Co-ordinator - Hands', 0)?.form).toBe('prefix');
    expect(scoreHeadline('Part-time co-ordinator required.', 0)?.title).toBe('Part-time co-ordinator');
  });

  it('a seeking verb without a position word after it names none', () => {
    expect(titleFromRunningText('Vi søger at skabe et bedre samfund for alle.')).toBeNull();
    expect(titleFromRunningText('We are looking for ways to grow our network.')).toBeNull();
  });
});

describe('a weak headline and the position a sentence names outright', () => {
  it('takes the position the sentence names when the headline line scores below nothing', () => {
    const text =
      'Stillingsinformasjon\n\nEit vikariat som dansepedagog i 21,79 % storleik frå 1. august 2026.\n\nSpanande arbeidsoppgåver med motiverte elevar i ulike aldersgrupper.\n\nSøknadsfrist 1. juni 2026.';
    expect(extractFromText(text, { observed: '2026-05-01' }).title).toBe('Dansepedagog');
  });
  it('keeps a headline that names the position', () => {
    const text = 'Dansepedagog til kulturskulen\n\nEit vikariat som dansepedagog i 21,79 % storleik frå 1. august 2026.';
    expect(extractFromText(text, { observed: '2026-05-01' }).title).toBe('Dansepedagog til kulturskulen');
  });
});

describe('the position as the subject of a sentence', () => {
  it('takes no plural of people offered something for the position', () => {
    expect(titleFromRunningText('The selected fellows will be offered an employment contract of three years.')).toBeNull();
  });
});

describe('lines that name no position, and a tagline after the dash', () => {
  it.each(['Søg jobbet', 'Lønn etter avtale', 'Apply now'])('%s is no title', (line) => {
    expect(scoreHeadline(line, 0)).toBeNull();
  });
  it.each([
    ['Kulturvært – Skab liv og oplevelser i Mørkhøj Park', 'Kulturvært'],
    [
      'Kontorchef med ansvar for viceværter – ledelse, trivsel og drift i Danmarks største Kultur-, Fritids- og Borgerserviceforvaltning',
      'Kontorchef med ansvar for viceværter',
    ],
    // A short tail is the post's field and stays.
    ['Policy Analyst – Platform Regulation', 'Policy Analyst – Platform Regulation'],
    ['Kulturkonsulent – frivilligheit og ungdom', 'Kulturkonsulent – frivilligheit og ungdom'],
  ])('%s → %s', (line, title) => {
    expect(scoreHeadline(line, 0)?.title).toBe(title);
  });
  it('takes no line below a contact label for the title', () => {
    const text = 'Kontaktperson:\nTeamkoordinator Anne Scheffmann\n\nVi søger en praktikant til læsefestivalen.';
    expect(extractFromText(text, { observed: '2026-01-01' }).title).not.toContain('Scheffmann');
  });
});

describe('title in running text: a name the ad gives a position', () => {
  it('reads capitalised words before "position"/"post"/"role" after "for"', () => {
    expect(
      titleFromRunningText('The Village is currently seeking applicants for our Seasonal Parks Maintenance position with the Department.')
        ?.title,
    ).toBe('Seasonal Parks Maintenance');
    expect(titleFromRunningText('We welcome applications for the Summer Programme role.')?.title).toBe('Summer Programme');
  });
  it('not lower-case words, nor a name with no noun for a position after it', () => {
    expect(titleFromRunningText('Thanks for your interest in the job and for our work.')).toBeNull();
    expect(titleFromRunningText('We raise funds for the Seasonal Parks Maintenance.')).toBeNull();
  });
});
