import { describe, expect, it } from 'vitest';
import { fields } from './helpers';

describe('start', () => {
  it('reads a dated start and no start text (da)', () => {
    const f = fields('Stillingen ønskes besat pr. 1.februar 2018 eller efter aftale.', 'da');
    expect(f.startDate?.value).toBe('2018-02-01');
    expect(f.startText).toBeUndefined();
  });
  it('resolves a yearless start after the deadline (da)', () => {
    const f = fields('Ansøgningsfristen er d. 5. januar og forventet tiltrædelse 1. marts.', 'da', '2017-12-01');
    expect(f.startDate?.value).toBe('2018-03-01');
    expect(f.startDate?.inferred).toBe(true);
  });
  it.each([
    ['sv', 'Tjänsten tillträds 1 mars 2027.'],
    ['sv', 'Tjänsten tillsätts 1 mars 2027.'],
    ['de', 'Einstellungstermin: 1. März 2027'],
    ['en', 'Expected start date: 1 March 2027'],
  ] as const)('%s: reads the start label of "%s"', (lang, text) => {
    expect(fields(text, lang).startDate?.value).toBe('2027-03-01');
  });
  it('reads start words (da, nb, sv, de, en)', () => {
    expect(fields('Starttidspunkt: så hurtigt som muligt.', 'da').startText?.value).toBe('så hurtigt som muligt');
    expect(fields('Tiltredelse: snarlig', 'nb').startText?.value).toBe('snarlig');
    expect(fields('Tillträde: enligt överenskommelse.', 'sv').startText?.value).toBe('enligt överenskommelse');
    expect(fields('Wir suchen ab sofort eine Referentin.', 'de').startText?.value.toLowerCase()).toBe('ab sofort');
    expect(fields('Start date: as soon as possible', 'en').startText?.value).toBe('as soon as possible');
  });
  it('reads "zum 1. Juli 2025" and "per 1. August 2025" (de)', () => {
    expect(fields('Wir suchen zum 1. Juli 2025 eine*n Gewerkschaftssekretär*in.', 'de').startDate?.value).toBe('2025-07-01');
    expect(fields('Wir suchen per 1. August 2025 oder nach Vereinbarung eine Fachperson.', 'de').startDate?.value).toBe('2025-08-01');
  });
  it('"bis zum" is a deadline word, not a start', () => {
    const f = fields('Bewerbungen bitte bis zum 6. Mai 2025 an jobs@org.de.', 'de');
    expect(f.startDate).toBeUndefined();
    expect(f.deadline?.value).toBe('2025-05-06');
  });
  it.each([
    ['nb', 'Vi har ledig et vikariat som organisasjonsarbeider i 80 % stilling fra 1. februar 2026 til 31. januar 2027.', '2026-02-01'],
    ['da', 'Barselsvikariat fra 1. marts 2026 til 28. februar 2027.', '2026-03-01'],
    ['sv', 'Visstidsanställning från 1 mars 2026 till 31 december 2026.', '2026-03-01'],
    ['de', 'Befristete Teilzeitstelle vom 1. März 2026 bis 28. Februar 2027.', '2026-03-01'],
    ['en', 'Fixed-term position from 1 March 2026 to 28 February 2027.', '2026-03-01'],
  ] as const)('reads the start of a span of employment (%s)', (lang, text, start) => {
    expect(fields(text, lang).startDate?.value).toBe(start);
  });
  it.each([
    ['nb', 'Vi søker en rådgiver i fast stilling. Lønn etter tariff fra 1.1.2026.'],
    ['nb', 'Stillingen lønnes etter tariff fra 1. januar 2026.'],
    ['nb', 'Vi holder åpent hus fra 1. mars 2026.'],
    ['da', 'Udstillingen er åben fra 1. marts 2026.'],
    ['en', 'Applications are open from 1 March 2026.'],
  ] as const)('"fra" without the position before it, or about pay, is no start (%s: %s)', (lang, text) => {
    expect(fields(text, lang).startDate).toBeUndefined();
  });
  it('a span word after an interview label belongs to the interviews', () => {
    const f = fields('Intervjuer holdes fra 10. januar 2026 for stillingen.', 'nb');
    expect(f.startDate).toBeUndefined();
    expect(f.interviewDates?.value).toEqual(['2026-01-10']);
  });
  it('a yearless start without any anchor stays null', () => {
    expect(fields('Tiltrædelse 1. marts.', 'da').startDate).toBeUndefined();
  });
  it('"så raskt som mulig" about sending the application is not a start', () => {
    expect(fields('Søknad sendes så raskt som mulig.', 'nb').startText).toBeUndefined();
  });
});

describe('interview dates', () => {
  it('lists both days of "d. 20. og 21. december", after the deadline', () => {
    const text = 'Tiltrædelse 1. februar 2018.\n\nAnsøgningsfrist 15/12 kl.12.00.\nAnsættelsessamtaler afholdes d. 20. og 21. december';
    expect(fields(text, 'da').interviewDates?.value).toEqual(['2017-12-20', '2017-12-21']);
  });
  it('lists the working days of "uge 20" (ISO week, Monday to Friday)', () => {
    const text = 'Send din ansøgning senest d. 6. maj 2020.\n\nVi forventer at holde ansættelsessamtaler i løbet af uge 20.';
    expect(fields(text, 'da').interviewDates?.value).toEqual(['2020-05-11', '2020-05-12', '2020-05-13', '2020-05-14', '2020-05-15']);
  });
  it('reads "samtaler forventes afholdt 14. og 15. januar" against observed', () => {
    expect(fields('Samtaler forventes afholdt 14. og 15. januar.', 'da', '2024-12-10').interviewDates?.value).toEqual([
      '2025-01-14',
      '2025-01-15',
    ]);
  });
  it('reads "KW 21" (de) and "Intervjuer hålls den 28 och 29 april" (sv)', () => {
    const de = fields('Bewerbungsfrist: 6. Mai 2025. Die Vorstellungsgespräche finden in KW 21 statt.', 'de');
    expect(de.interviewDates?.value[0]).toBe('2025-05-19');
    const sv = fields('Sista ansökningsdag 2025-04-22. Intervjuer hålls den 28 och 29 april.', 'sv');
    expect(sv.interviewDates?.value).toEqual(['2025-04-28', '2025-04-29']);
  });
  it('without deadline, observed day or anchor, yearless interview days are left out', () => {
    expect(fields('Ansættelsessamtaler afholdes d. 20. og 21. december', 'da').interviewDates).toBeUndefined();
  });
});

describe('start: a span after a weekday', () => {
  it('reads "Vikariatet løber fra mandag den 13. april 2026 til og med 31. januar 2027" (da)', () => {
    expect(fields('Vikariatet løber fra mandag den 13. april 2026 til og med 31. januar 2027.', 'da').startDate?.value).toBe('2026-04-13');
  });
  it('reads "kan begynne mandag 2. mars" (nb) against the observed day', () => {
    expect(fields('Vi ønsker at du kan begynne mandag 2. mars.', 'nb', '2026-01-10').startDate?.value).toBe('2026-03-02');
  });
  it('takes no date far from a span word, nor a span about pay', () => {
    expect(fields('Vikariatet løber fra i morgen, og vi holder møde tirsdag den 13. april 2026.', 'da').startDate).toBeUndefined();
    expect(fields('Lønnen stiger fra mandag den 13. april 2026.', 'da').startDate).toBeUndefined();
  });
});

describe('start: a span or date in the sentence that offers the position', () => {
  it.each([
    [
      'da',
      'Vor Frue Sogn søger 1 barselsvikar for vores kirke- og kulturmedarbejder fra 1. februar 2021 til 30. november 2021.',
      '2021-02-01',
    ],
    ['nb', 'Vi har fra 01.02.2019 ledig en fast stilling og et vikariat.', '2019-02-01'],
    ['da', 'Vi søger pr. 1.7 2024 en barselsvikar for vores dygtige organist.', '2024-07-01'],
    ['en', 'The scholarships commence 1 September 2018 for a period of up to three years.', '2018-09-01'],
    // The period of the employment: its first day.
    ['da', 'Stillingen er tidsbegrænset i perioden 1. september 2020 til 30. september 2022.', '2020-09-01'],
    ['nb', '90% stilling fordelt på to prosjektperioder: 11. september 2021 til 10. april 2022.', '2021-09-11'],
    ['sv', 'Tjänsten gäller under perioden 2026-04-27 till och med 2026-10-15.', '2026-04-27'],
    // A span that opens its sentence, after the sentence that names the position.
    ['sv', 'Det är en projektanställning på 80 %. Från 1 juni 2020 till 30 november 2021 (18 månader).', '2020-06-01'],
  ])('%s: %s', (lang, text, day) => {
    expect(fields(text, lang as Parameters<typeof fields>[1]).startDate?.value).toBe(day);
  });
  it('takes no span that names no position, and no time of day for a date', () => {
    expect(fields('Kirken har været åben fra 1. januar 2021.', 'da').startDate).toBeUndefined();
    expect(fields('Udstillingen vises i perioden 1. marts til 30. april 2026.', 'da').startDate).toBeUndefined();
    expect(fields('Utställningen är gratis. Från 1 juni 2020 till 30 november 2020 är museet öppet.', 'sv').startDate).toBeUndefined();
    expect(fields('Mødet begynder kl. 12.30 2024 bliver et godt år.', 'da').startDate).toBeUndefined();
  });
});

describe('start: the work or the post that begins', () => {
  it.each([
    ['nb', 'Arbeidet begynner 1. august 2026.'],
    ['nb', 'Stillingen begynner 1. august 2026.'],
    ['da', 'Arbejdet begynder 1. august 2026.'],
    ['de', 'Einstieg: 1. August 2026'],
    ['de', 'Dienstantritt ist der 1. August 2026.'],
  ])('%s: %s', (lang, text) => {
    expect(fields(text, lang as Parameters<typeof fields>[1]).startDate?.value).toBe('2026-08-01');
  });
  it('takes no start from what else begins', () => {
    expect(fields('Intervjuene begynner 3. mars 2026.', 'nb').startDate).toBeUndefined();
    expect(fields('Kurset begynder 3. marts 2026.', 'da').startDate).toBeUndefined();
  });
});

describe('start: the one employed from a date', () => {
  it.each([
    ['da', 'Vi vil gerne have dig ansat fra 1. august 2026 eller snarest derefter.'],
    ['da', 'Den nye forstander ansættes pr. 1. august 2026.'],
    ['nb', 'Vi ønsker at vedkommende kan ansettes fra 1. august 2026.'],
    ['nb', 'Stillingen tilsettes fra 1. august 2026.'],
    ['nn', 'Vi ønskjer deg tilsett frå 1. august 2026.'],
    ['sv', 'Personen anställs från 1 augusti 2026.'],
    ['en', 'The postholder will be employed from 1 August 2026.'],
    ['da', 'Pædagog søges til ansættelse pr. 1. august 2026.'],
    ['nb', 'Lærer søkes til ansettelse fra 1. august 2026.'],
    ['nn', 'Vi søkjer lærar til tilsetjing frå 1. august 2026.'],
    ['sv', 'Präst sökes för anställning från 1 augusti 2026.'],
    ['de', 'Erzieherin (m/w/d) zur Einstellung zum 1. August 2026'],
    ['en', 'The successful candidate will take up the post on 1 August 2026.'],
    ['en', 'We are looking for someone to join us from 1 August 2026.'],
  ])('%s: %s', (lang, text) => {
    expect(fields(text, lang as Parameters<typeof fields>[1]).startDate?.value).toBe('2026-08-01');
  });
  it('takes no start from someone employed in the past or the applicants who will be', () => {
    expect(fields('Mogens har været ansat fra 1. august 2003 og går nu på pension.', 'da', '2026-05-01').startDate).toBeUndefined();
    expect(fields('Hun ble ansatt fra 1. januar 2019 som rektor.', 'nb', '2026-05-01').startDate).toBeUndefined();
    expect(
      fields('Ansøgere, der ansættes, skal fremvise børneattest. Ansøgningsfrist 1. august 2026.', 'da', '2026-05-01').startDate,
    ).toBeUndefined();
    expect(fields('Fast ansættelse. Ansøgningsfrist 1. august 2026.', 'da', '2026-05-01').startDate).toBeUndefined();
  });
});

describe('start: a date the ad lets be agreed', () => {
  it.each([
    ['de', 'Leitung Kitas 70% | Generationen & Quartiere | 01.04.2026 oder nach Vereinbarung'],
    ['da', 'Pædagog, 32 timer, 1. april 2026 eller efter aftale.'],
    ['nb', 'Lærer, 100 % fast, 1. april 2026 eller etter avtale.'],
    ['sv', 'Handläggare, 1 april 2026 eller enligt överenskommelse.'],
    ['en', 'Project officer, full time, 1 April 2026 or by agreement.'],
  ])('%s: %s', (lang, text) => {
    expect(fields(text, lang as Parameters<typeof fields>[1]).startDate?.value).toBe('2026-04-01');
  });
  it('takes no start from a deadline the ad lets be agreed or a date with other words after "or"', () => {
    expect(fields('Ansøgningsfrist 1. april 2026 eller efter aftale.', 'da').startDate).toBeUndefined();
    expect(fields('Vi holder møde 1. april 2026 eller 2. april 2026.', 'da').startDate).toBeUndefined();
  });
});

describe('start: the first date of the position’s period', () => {
  it.each([
    ['sv', 'Tjänsten är ett vikariat 2027-03-01 – 2028-02-28.'],
    ['sv', 'Anställningsform: Visstidsanställning 2027-03-01 -- 2027-08-31'],
    ['sv', 'Vikariat fr.o.m. 2027-03-01 t.o.m. 2027-08-31.'],
    ['sv', 'Vikariat 1 mars–30 juni 2027.'],
    ['nb', 'Ledig 100 % vikariat f.o.m. 01.03.2027 t.o.m. 31.12.2027'],
    ['nn', 'Ledig vikariat f.o.m. 01.03.2027 t.o.m. 31.12.2027'],
    ['da', 'Ansættelsesperiode: 01.03.2027 - 28.02.2028'],
    ['de', 'Vertragslaufzeit: 01.03.2027 – 28.02.2029'],
    ['en', 'Contract period: 1 March 2027 - 28 February 2028'],
  ] as const)('%s: %s', (lang, text) => {
    expect(fields(text, lang, '2026-12-08').startDate?.value).toBe('2027-03-01');
  });

  it('no start from a short span, a span of something else, or a span without the position', () => {
    expect(fields('Intervjuer hålls 2027-03-01 – 2027-03-05 för tjänsten.', 'sv', '2026-12-08').startDate).toBeUndefined();
    expect(fields('Udstillingen kan ses 01.03.2027 - 28.02.2028.', 'da', '2026-12-08').startDate).toBeUndefined();
    expect(fields('The festival runs 1 June 2027 - 30 July 2027.', 'en', '2026-12-08').startDate).toBeUndefined();
    expect(fields('Period: 1 mars–30 juni 2027', 'sv', '2026-12-08').startDate).toBeUndefined();
  });
});
