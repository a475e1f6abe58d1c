import { describe, expect, it } from 'vitest';
import { fields } from './helpers';

const deadline = (text: string, lang: Parameters<typeof fields>[1], observed: string | null = null, anchors: string[] = []) =>
  fields(text, lang, observed, anchors).deadline;

describe('deadline: Danish', () => {
  it('reads a yearless numeric date with a time, anchored by a dated start', () => {
    const text =
      'Stillingen ønskes besat pr. 1.februar 2018 eller efter aftale.\n\nAnsøgningsfrist 15/12 kl.12.00. Ansøgningen mailes til: Else Kayser';
    const d = deadline(text, 'da');
    expect(d?.value).toBe('2017-12-15T12:00');
    expect(d?.inferred).toBe(true);
    expect(d?.evidence).toContain('Ansøgningsfrist 15/12');
  });
  it('reads a job board\'s label in another language, alone on its line or before the date ("Expires" / "21-01-2019")', () => {
    const board =
      'Kirkegårdskonsulent i Roskilde Stift\n\n21-12-2018\nExpires\n21-01-2019\n\nStillingen som kirkegårdskonsulent opslås herved.';
    expect(deadline(board, 'da')?.value).toBe('2019-01-21');
    expect(deadline('Kirketjener\n\nExpires 24-04-2019\n\nVi har to ledige stillinger.', 'da')?.value).toBe('2019-04-24');
    // A Danish text that only mentions the English word is read with Danish labels alone.
    expect(deadline('Kirketjener\n\nVores medlemskort expires hvert år.\n\n24-04-2019', 'da')).toBeUndefined();
  });
  it('reads "senest d. 6. maj 2020" in a sentence about applying', () => {
    expect(deadline('Send din ansøgning til job@org.dk senest d. 6. maj 2020.', 'da')?.value).toBe('2020-05-06');
  });
  it('resolves "Ansøgningsfristen er d. 5. januar" after the observed day', () => {
    const d = deadline('Ansøgningsfristen er d. 5. januar og forventet tiltrædelse 1. marts.', 'da', '2017-12-01');
    expect(d?.value).toBe('2018-01-05');
    expect(d?.inferred).toBe(true);
  });
  it('keeps a date a few days before the observed day in the same year (grace)', () => {
    expect(deadline('Ansøgningsfrist: 28. november', 'da', '2017-12-01')?.value).toBe('2017-11-28');
  });
  it('reads a weekday, a full date and a time', () => {
    expect(deadline('Ansøgningsfrist: mandag den 3. februar 2025 kl. 09:00', 'da')?.value).toBe('2025-02-03T09:00');
  });
  it('reads "frist 1/3-2024"', () => {
    expect(deadline('Ansøgning sendes til job@org.dk, frist 1/3-2024.', 'da')?.value).toBe('2024-03-01');
  });
  it('reads "kl 12" and "12:00" forms', () => {
    expect(deadline('Ansøgningsfrist: 15. december 2019 kl 12', 'da')?.value).toBe('2019-12-15T12:00');
    expect(deadline('Ansøgningsfrist: 15.12.2019, 12:00', 'da')?.value).toBe('2019-12-15T12:00');
  });
  it('a yearless deadline without observed day or anchor stays null', () => {
    expect(deadline('Ansøgningsfrist 15/12 kl.12.00.', 'da')).toBeUndefined();
  });
  it('a plain date without a deadline label is not a deadline', () => {
    expect(deadline('Foreningen blev stiftet 6. maj 2001 og har 300 medlemmer.', 'da')).toBeUndefined();
    expect(deadline('Vi holder generalforsamling den 12. marts 2025.', 'da')).toBeUndefined();
  });
  it('"tiltrædelse senest 1. marts 2025" is a start, not a deadline', () => {
    const f = fields('Tiltrædelse senest 1. marts 2025.', 'da');
    expect(f.deadline).toBeUndefined();
    expect(f.startDate?.value).toBe('2025-03-01');
  });
  it('picks the deadline among publication, interview and start dates', () => {
    const text = [
      'Publiceret 1. oktober 2024',
      'Ansættelsessamtaler afholdes 4. november 2024. Tiltrædelse 1. december 2024.',
      'Ansøgningsfrist: 28. oktober 2024.',
    ].join('\n\n');
    expect(deadline(text, 'da')?.value).toBe('2024-10-28');
  });
});

describe('deadline: Norwegian and nynorsk', () => {
  it('prefers the dated statement when the deadline is given twice', () => {
    const text =
      'Søknadsfrist: 19.oktober\nTiltredelse: snarlig\n\nSøknad med CV sendes så raskt som mulig, og senest innen\n19.10.2019 til post@org.no';
    expect(deadline(text, 'nb')?.value).toBe('2019-10-19');
  });
  it('uses the publication date in the text for a yearless deadline', () => {
    const text = 'Stilling ledig\n\n16. oktober 2019\n\nSøknadsfrist: 19.oktober';
    const d = deadline(text, 'nb');
    expect(d?.value).toBe('2019-10-19');
    expect(d?.inferred).toBe(true);
  });
  it('uses structured-data anchors (datePosted) for a yearless deadline', () => {
    expect(deadline('Søknadsfrist: 1. mars', 'nb', null, ['2025-02-10'])?.value).toBe('2025-03-01');
  });
  it('reads nynorsk "Søknadsfrist: 26.10.2025"', () => {
    expect(deadline('Søknad skal sendast elektronisk. Søknadsfrist: 26.10.2025.', 'nn')?.value).toBe('2025-10-26');
  });
});

describe('deadline: Swedish, German, English', () => {
  it('reads "Sista ansökningsdag 2020-05-06"', () => {
    expect(deadline('Sista ansökningsdag 2020-05-06', 'sv')?.value).toBe('2020-05-06');
  });
  it('reads "Sista dag att ansöka är den 15 mars" against observed', () => {
    expect(deadline('Sista dag att ansöka är den 15 mars.', 'sv', '2025-02-20')?.value).toBe('2025-03-15');
  });
  it('reads "Bewerbungsfrist: 6. Mai 2020" and "bis zum … um 12 Uhr"', () => {
    expect(deadline('Bewerbungsfrist: 6. Mai 2020', 'de')?.value).toBe('2020-05-06');
    expect(deadline('Bitte senden Sie Ihre Bewerbung bis zum 31. Januar 2025 um 12 Uhr.', 'de')?.value).toBe('2025-01-31T12:00');
  });
  it('reads "Closing date: 6 May 2020" and "May 6, 2020 at 5pm"', () => {
    expect(deadline('Closing date: 6 May 2020', 'en')?.value).toBe('2020-05-06');
    expect(deadline('Application deadline: May 6, 2020 at 5pm', 'en')?.value).toBe('2020-05-06T17:00');
  });
  it('reads "Sista ansökan: 8 februari 2026"', () => {
    expect(deadline('Sista ansökan: 8 februari 2026', 'sv')?.value).toBe('2026-02-08');
  });
  it('reads "bis einschl. 31. Dezember 2024" (a long abbreviation does not end the sentence)', () => {
    expect(deadline('Bewerbungen können bis einschl. 31. Dezember 2024 per E-Mail gesendet werden.', 'de')?.value).toBe('2024-12-31');
    expect(deadline('Bewerbungen können bis einschließlich 31. Dezember 2024 gesendet werden.', 'de')?.value).toBe('2024-12-31');
    expect(deadline('Send your application up to and including 31 December 2024.', 'en')?.value).toBe('2024-12-31');
  });
  it('takes the year of a yearless deadline from the one year the headline names with its position', () => {
    const text = 'Sommarjobb som kyrkogårdsarbetare 2026 – Borlänge\n\nSista ansökan: 8 februari\n\nVi söker medarbetare.';
    expect(deadline(text, 'sv')?.value).toBe('2026-02-08');
    // A year in a caption or a headline without a position is no year of the ad.
    expect(deadline('Vi søker ny fylkessekretær!\n\nHotellet en sommerdag juni 2023\n\nSøknadsfrist: 11. mars.', 'nb')).toBeUndefined();
    expect(deadline('Jubilæum 1985 – 2025\n\nAnsøgningsfrist: 1. marts', 'da')).toBeUndefined();
  });
  it('takes the one year of its own that a weekday before a yearless deadline fits', () => {
    // 4 August 2024 was a Sunday; in 2025 it is a Monday, in 2026 a Tuesday.
    const da = 'Vikariat fra august 2024 til marts 2025.\n\nAnsøgningsfrist søndag 4. august';
    expect(deadline(da, 'da')?.value).toBe('2024-08-04');
    expect(deadline(da, 'da')?.inferred).toBe(true);
    const en = 'Deputy Town Clerk\n\nSalary from April 2020.\n\nSubmit it by email or post by 12 noon on Monday 10th February.';
    expect(deadline(en, 'en')?.value).toBe('2020-02-10T12:00');
    expect(deadline('Bewerbungsschluss: Sonntag, 24. Februar\n\n© 2013', 'de')?.value).toBe('2013-02-24');
    // No year of the ad fits the weekday, or none is written, or two fit: no year is guessed.
    expect(deadline('Ansøgningsfrist tirsdag 4. august\n\nVikariat fra august 2024.', 'da')).toBeUndefined();
    expect(deadline('Ansøgningsfrist søndag 4. august', 'da')).toBeUndefined();
    expect(deadline('Søknadsfrist søndag 4. august\n\nVi ble stiftet i 2013 og fornyet i 2019.', 'nb')).toBeUndefined();
    // The day the ad was seen still comes first.
    expect(deadline(da, 'da', '2026-07-01')?.value).toBe('2026-08-04');
  });
  it('reads a date written "07-Jan-2020"', () => {
    expect(deadline('Closing date: 07-Jan-2020', 'en')?.value).toBe('2020-01-07');
  });
  it('a start word inside the sentence that asks for the application does not take its date', () => {
    const text = 'Bitte schicke uns Deine Bewerbung (Lebenslauf) inkl. möglichem Beginn bis zum **2. Dezember 2019** per E-Mail.';
    expect(deadline(text, 'de')?.value).toBe('2019-12-02');
    // Without the application before it, "Tiltrædelse senest …" stays a start.
    expect(deadline('Tiltrædelse senest 1. marts 2019.', 'da')).toBeUndefined();
  });
  it('works with the union vocabulary when the language is unknown', () => {
    expect(deadline('Ansøgningsfrist: 6. maj 2020', null)?.value).toBe('2020-05-06');
    expect(deadline('Bewerbungsfrist: 6. März 2020', null)?.value).toBe('2020-03-06');
  });
});

describe('deadline: a Danish or Norwegian month name in a Swedish ad', () => {
  it('reads "Ansök senast den 31 januar 2026"', () => {
    expect(deadline('Ansök senast den 31 januar 2026 genom att mejla CV och personligt brev.', 'sv')?.value).toBe('2026-01-31');
  });
});

describe('deadline: a time written before the date', () => {
  it('reads "Closing date: 9am, Monday 2 February 2026" and "kl.12 mandag den 2. februar 2026"', () => {
    expect(deadline('Closing date: 9am, Monday 2 February 2026.', 'en')?.value).toBe('2026-02-02T09:00');
    expect(deadline('Ansøgningsfrist: kl.12 mandag den 2. februar 2026.', 'da')?.value).toBe('2026-02-02T12:00');
  });
  it('takes no bare number before the date for a time', () => {
    expect(deadline('Closing date for ref. 12, Monday 2 February 2026.', 'en')?.value).toBe('2026-02-02');
  });
});

describe('deadline: what real pages do to it', () => {
  it('a start "fra senest …" is no deadline, and gives a yearless deadline its year', () => {
    const f = fields('Stillingen er på 37 timer pr. uge fra senest 1. december 2016. Frist: 28. september', 'da');
    expect(f.startDate?.value).toBe('2016-12-01');
    expect(f.deadline?.value).toBe('2016-09-28');
    expect(f.deadline?.inferred).toBe(true);
  });

  it('reads a portal\'s "Expires" above its date', () => {
    expect(deadline('Published\n21-12-2018\nExpires\n21-01-2019', 'en')?.value).toBe('2019-01-21');
    expect(deadline('The cookie expires after 30 days.', 'en')).toBeUndefined();
  });

  it('reads noon as 12:00', () => {
    expect(deadline('Closing date is Wednesday 20 July 2016 at noon.', 'en')?.value).toBe('2016-07-20T12:00');
    expect(deadline('Closing date: 20 July 2016, midday.', 'en')?.value).toBe('2016-07-20T12:00');
    expect(deadline('Closing date: 20 July 2016. Lunch at noon is provided on training days.', 'en')?.value).toBe('2016-07-20');
  });

  it('parts a label a scraped page glued to the month ("Application DeadlineJune 10, 2024, 6PM ET")', () => {
    expect(deadline('Application DeadlineJune 10, 2024, 6PM ET (interviews on a rolling basis)', 'en')?.value).toBe('2024-06-10T18:00');
    // Words that merely end in a month's letters stay whole ("timar", "Kjellaug").
    expect(fields('Stillinga er på 20 timar i veka.', 'nn', null, []).hoursPerWeek?.value).toEqual({ min: 20, max: 20 });
  });

  it("takes a yearless deadline's year from the end of the post's span, the deadline before it", () => {
    const d = deadline('Stillingen som hospitant går fra 1. januar tom 30. september 2015. Søknadsfrist er 3. november.', 'nb');
    expect(d?.value).toBe('2014-11-03');
    expect(d?.inferred).toBe(true);
  });

  it('takes no year from a date that is no part of the employment', () => {
    expect(deadline('Søknadsfristen er 29.august. Vedtatt av Birkenes kirkelige fellesråd 24.09.2020.', 'nb')).toBeUndefined();
  });
});

describe("deadline: a board's labels in another language than the ad", () => {
  const ad = 'Senior Accountant\n\nWe are looking for an accountant to lead our shared service team. You will report to the CFO.\n\n';
  it('reads a Swedish label and month on an English ad ("Sista ansökningsdag: 30 okt. (om 29 dagar)")', () => {
    expect(deadline(ad + 'Sista ansökningsdag: 30 okt. (om 29 dagar)', 'en', '2026-09-30')?.value).toBe('2026-10-30');
    expect(deadline(ad + 'Ansøgningsfrist: 3. november 2026', 'en', '2026-09-30')?.value).toBe('2026-11-03');
  });
  it('reads the other language only from a label that opens a line', () => {
    expect(deadline(ad + 'Our office closes 30 okt. for the sista ansökningsdag party.', 'en', '2026-09-30')).toBeUndefined();
  });
});

describe('deadline: the labels of a sibling language and more label forms', () => {
  it('reads a Norwegian label in an ad taken for Danish, and a Danish one in an ad taken for Norwegian', () => {
    expect(deadline('Vi søger en rådgiver. Søknadsfristen er satt til 3. mars 2026.', 'da')?.value).toBe('2026-03-03');
    expect(deadline('Vi søker en rådgiver. Ansøgningsfrist: 3. marts 2026.', 'nb')?.value).toBe('2026-03-03');
    // English labels stay out of a Danish ad unless a line opens with them ("by" is a town in Danish).
    expect(deadline('Kontoret ligger i en by 3. marts 2026 åbner vi.', 'da')).toBeUndefined();
  });
  it.each([
    ['sv', 'Sista dag att söka är 3 mars 2026.'],
    ['de', 'Letzter Bewerbungstag ist der 3. März 2026.'],
    ['en', 'Last date to apply: 3 March 2026'],
    ['da', 'Ansøgningsfristen udløber den 3. marts 2026.'],
    ['nb', 'Søknadsfristen går ut 3. mars 2026.'],
  ])('%s: %s', (lang, text) => {
    expect(deadline(text, lang as Parameters<typeof fields>[1])?.value).toBe('2026-03-03');
  });
});

describe('deadline: a label on its own line, the date below it opening with a weekday or a month', () => {
  it.each([
    ['nb', 'Søknadsfrist\n\nFredag 6. mars 2026', '2026-03-06'],
    ['da', 'Ansøgningsfrist\nMandag den 2. marts 2026 kl. 12.00', '2026-03-02T12:00'],
    ['de', 'Bewerbungsfrist\nFreitag, 6. März 2026', '2026-03-06'],
    ['en', 'Application deadline\nMarch 6, 2026', '2026-03-06'],
  ])('%s: %s', (lang, text, value) => {
    expect(deadline(text, lang as Parameters<typeof fields>[1])?.value).toBe(value);
  });
  it('takes no sentence that opens with a month name for the date', () => {
    expect(deadline('Deadline\nMarts er en travl måned for os.', 'da')).toBeUndefined();
  });
});

describe('deadline: a label on its own line, the date early in the next paragraph', () => {
  it('reads "Sista ansökningsdag" / "Anmäl ditt intresse senast den 28 mars 2022."', () => {
    expect(deadline('Sista ansökningsdag\n\nAnmäl ditt intresse senast den 28 mars 2022.', 'sv')?.value).toBe('2022-03-28');
    expect(deadline('Ansøgningsfrist\n\nVi skal have din ansøgning senest 2.3.2026.', 'da')?.value).toBe('2026-03-02');
  });
  it('takes no date far into the next paragraph, nor after a heading that is no label', () => {
    const far = `Ansøgningsfrist\n\nVi glæder os til at høre fra dig, og vi holder samtaler løbende med de ansøgere, der passer til profilen, og ansætter den 1. marts 2026.`;
    expect(deadline(far, 'da')).toBeUndefined();
    expect(deadline('Om os\n\nSiden 12. maj 1998 har vi arbejdet for naturen.', 'da')).toBeUndefined();
  });
});

describe('deadline: dates in figures written month first, or with a short year after the dash', () => {
  it('reads "3/28/2022" month first when its second figure can only be a day, and "28/3-22"', () => {
    expect(deadline('Closing date: 3/28/2022', 'en')?.value).toBe('2022-03-28');
    expect(deadline('Ansøgningsfrist: 28/3-22', 'da')?.value).toBe('2022-03-28');
  });
  it('keeps day first when both readings are possible', () => {
    expect(deadline('Closing date: 3/11/2022', 'en')?.value).toBe('2022-11-03');
  });
});

describe('deadline: a yearless one before a start given as a month and its year', () => {
  it.each([
    ['nb', 'Søknadsfrist 15. november. Oppstart januar 2020.'],
    ['da', 'Ansøgningsfrist: 15. november. Tiltrædelse: januar 2020.'],
    ['en', 'Closing date: 15 November. The post starts in January 2020.'],
    ['de', 'Bewerbungsfrist: 15. November. Arbeitsbeginn: Januar 2020.'],
  ] as const)('%s: %s', (lang, text) => {
    const d = fields(text, lang).deadline;
    expect(d?.value).toBe('2019-11-15');
    expect(d?.inferred).toBe(true);
  });
  it('takes no year from a year that is no start (a copyright, a season)', () => {
    expect(fields('© 2019 Fjordby kommune\nSøknadsfrist: 15. november', 'nb').deadline).toBeUndefined();
    expect(fields('Søknadsfrist: 15. november\nVi ønsker deg velkommen til sesongen 2019/2020.', 'nb').deadline).toBeUndefined();
  });
});

describe('deadline: the time of day before the date and after a dash', () => {
  it.each([
    ['en', 'Applications must be submitted to the Town Administrator by 4PM on Monday, April 29, 2021.', '2021-04-29T16:00'],
    ['en', 'The closing date is 5pm BST on 1st June 2015.', '2015-06-01T17:00'],
    ['en', 'Deadline: 12:00 midday, 28 July 2010', '2010-07-28T12:00'],
    ['en', 'The closing date for completed application forms is midday Monday, 26 January 2015.', '2015-01-26T12:00'],
    ['en', 'The closing date is noon on 31 July 2013.', '2013-07-31T12:00'],
    ['sv', 'Sista ansökningsdag 25.01.2019 - 15:00', '2019-01-25T15:00'],
    ['da', 'Ansøgningsfrist: 15.12.2019 – kl. 12', '2019-12-15T12:00'],
    // The call's own term (de).
    ['de', 'Die Ausschreibung läuft bis 15.01.2027, 12:00 Uhr.', '2027-01-15T12:00'],
    // In parentheses after the date.
    ['en', 'Closing Date: Friday 15th January 2027 (12 noon)', '2027-01-15T12:00'],
    ['en', 'Closing date: 15 January 2027 (5pm)', '2027-01-15T17:00'],
    ['nb', 'Søknadsfrist: 15. januar 2027 (kl. 23.59)', '2027-01-15T23:59'],
    ['de', 'Bewerbungsfrist: 15. Januar 2027 (12:00 Uhr)', '2027-01-15T12:00'],
  ])('%s: %s', (lang, text, value) => {
    expect(deadline(text, lang as Parameters<typeof fields>[1])?.value).toBe(value);
  });

  it('a further date after a dash, a bare number before the date or noon of another day gives no time', () => {
    expect(deadline('Sista ansökningsdag 25.01.2019 - 15.02.2019', 'sv')?.value).toBe('2019-01-25');
    expect(deadline('The closing date is 5 April 2021.', 'en')?.value).toBe('2021-04-05');
    expect(deadline('Interviews at noon. The closing date is Monday, 26 January 2015.', 'en')?.value).toBe('2015-01-26');
    expect(deadline('Closing date: 15 January 2027 (2 posts)', 'en')?.value).toBe('2027-01-15');
    expect(deadline('Søknadsfrist: 15. januar 2027 (15.02.2027 for interne)', 'nb')?.value).toBe('2027-01-15');
  });
});
