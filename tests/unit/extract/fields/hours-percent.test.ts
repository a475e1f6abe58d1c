import { describe, expect, it } from 'vitest';
import { fields } from './helpers';

const hours = (t: string, lang: Parameters<typeof fields>[1]) => fields(t, lang).hoursPerWeek?.value ?? null;
const percent = (t: string, lang: Parameters<typeof fields>[1]) => fields(t, lang).employmentPercent?.value ?? null;

describe('hours per week', () => {
  it('reads the Danish forms', () => {
    expect(hours('Enhedslisten søger en sekretær til en 28 timers stilling.', 'da')).toEqual({ min: 28, max: 28 });
    expect(hours('Stillingen oprettes som en 30-37 timers stilling.', 'da')).toEqual({ min: 30, max: 37 });
    expect(hours('en gennemsnitlig ugentlig arbejdstid på 28 timer.', 'da')).toEqual({ min: 28, max: 28 });
    expect(hours('Det er 37 timer om ugen.', 'da')).toEqual({ min: 37, max: 37 });
  });
  it('turns a yearly norm into weekly hours', () => {
    expect(hours('Stillingen opslås med en årsnorm på 1456 timer.', 'da')).toEqual({ min: 28, max: 28 });
  });
  it('reads nb, sv, de and en forms', () => {
    expect(hours('Arbeidstiden er 37,5 timer per uke.', 'nb')).toEqual({ min: 37.5, max: 37.5 });
    expect(hours('Arbetstiden är 37,5 timmar per vecka.', 'sv')).toEqual({ min: 37.5, max: 37.5 });
    expect(hours('Die Arbeitszeit beträgt 40 Stunden pro Woche.', 'de')).toEqual({ min: 40, max: 40 });
    expect(hours('Beschäftigungsausmaß: 30 Wochenstunden', 'de')).toEqual({ min: 30, max: 30 });
    expect(hours('This is a full-time role of 35 hours per week.', 'en')).toEqual({ min: 35, max: 35 });
  });
  it('reads the short hour and its week joined by a slash ("20 t/uke")', () => {
    expect(hours('Stillingen er på 20 t/uke.', 'nb')).toEqual({ min: 20, max: 20 });
    expect(hours('Stillingen er på 7,5 t pr. uke', 'nb')).toEqual({ min: 7.5, max: 7.5 });
    expect(hours('Stillingen er på 20 t/uge.', 'da')).toEqual({ min: 20, max: 20 });
    expect(hours('Stillinga er på 20 t/veke.', 'nn')).toEqual({ min: 20, max: 20 });
    expect(hours('Bussen går hver 20. t/r.', 'nb')).toBeNull();
  });
  it('does not read days, months, clock times or "heltid" as hours', () => {
    expect(hours('Anslagsvis 25 dager med kveldsarbeid pr år.', 'nb')).toBeNull();
    expect(hours('Vi mødes ca. hver 1,5 måned.', 'da')).toBeNull();
    expect(hours('Stillingsomfang: Heltid', 'nb')).toBeNull();
    expect(hours('Kurset varer 30 timer i alt.', 'da')).toBeNull();
    expect(hours('Lektiecafé kl. 15-17 tirsdag.', 'da')).toBeNull();
  });
});

describe('employment percent', () => {
  it('reads the position size in each language', () => {
    expect(percent('Bystyregruppen utlyser en 100 % stilling som gruppesekretær.', 'nb')).toBe(100);
    expect(percent('Stillingsbrøk: 100%', 'nb')).toBe(100);
    expect(percent('Stellenumfang 80 %', 'de')).toBe(80);
    expect(percent('Tjänstgöringsgrad 75%', 'sv')).toBe(75);
    expect(percent('This is an 80% position.', 'en')).toBe(80);
    expect(percent('Stillingsprosent: 100 %', 'nn')).toBe(100);
  });
  it('reads no size from a range: the ad states none', () => {
    expect(percent('Vi lyser nå ut stillingen i 40-60%.', 'nb')).toBeNull();
    expect(percent('Vi søker en rådgiver til en 50–100 % stilling.', 'nb')).toBeNull();
    expect(percent('Stellenumfang: 75 %', 'de')).toBe(75);
  });
  it('does not read pensions, supplements or pay rises as a position size', () => {
    expect(percent('Enhedslisten har en pensionsordning, svarende til 8 %/4 %.', 'da')).toBeNull();
    expect(percent('Lønnen er pt. 25.858 for 28 timer om ugen plus fritvalg på 3,4% (4% fra 1/3 2019).', 'da')).toBeNull();
    expect(percent('Arbeidsgiver betaler 12 % pensjon.', 'nb')).toBeNull();
  });
});

describe('hours per week from a fact line', () => {
  it.each([
    ['Timer pr. uge: 37', 'da', 37, 37],
    ['Location: Stockholm Contract: Fixed term Hours: 28 per week (0.8 FTE)', 'en', 28, 28],
    ['Arbeitszeit: 30-35', 'de', 30, 35],
    ['Arbetstid: 38,75', 'sv', 38.75, 38.75],
  ] as const)('%s', (text, lang, min, max) => {
    expect(hours(text, lang)).toEqual({ min, max });
  });
  it.each([
    ['Åbningstider: 9-17', 'da'],
    ['Arbeitszeit: flexibel, 40 % im Homeoffice', 'de'],
    ['Timer: se vagtplanen for uge 12', 'da'],
  ] as const)('reads none from "%s"', (text, lang) => {
    expect(hours(text, lang)).toBeNull();
  });
});

describe('position size as a fraction of a full-time post', () => {
  it.each([
    ['Hours: 28 per week (0.8 FTE)', 'en', 80],
    ['Stillingen utgjør 0,5 årsverk.', 'nb', 50],
    ['Stillingen er på 0,6 årsværk.', 'da', 60],
    // A half-time post named in words.
    ['Vi søger en sekretær i halv stilling.', 'da', 50],
    ['Tjänsten är på halvtid och tidsbegränsad.', 'sv', 50],
    ['Wir besetzen eine halbe Stelle in der Geschäftsstelle.', 'de', 50],
    ['This is a half-time post based in Leeds.', 'en', 50],
  ] as const)('%s', (text, lang, want) => {
    const f = fields(text, lang);
    expect(f.employmentPercent?.value).toBe(want);
    expect(f.employmentPercent?.inferred).toBe(true);
  });
  it('reads no size from half the time of someone else ("én på halv tid")', () => {
    expect(percent('Ved kirken er ansat 3 præster (heraf én på halv tid) og en organist.', 'da')).toBeNull();
  });
  it('reads no size from other fractions, and prefers a stated percentage', () => {
    expect(percent('The grant covers 2.5 FTE across three partners.', 'en')).toBeNull();
    expect(percent('A 60 % position (0.6 FTE, 22.5 hours).', 'en')).toBe(60);
  });
});

describe('hours and size in more of the forms real ads use', () => {
  it.each([
    ['de', 'Die Stundenzahl beträgt 32 Wochenstunden.', 32],
    ['de', 'Die Stelle umfasst 40 St. wöchentlich und ist befristet.', 40],
    ['en', 'Type: Part Time, Contract (20hr/week, $20,000-24,000 a year)', 20],
    ['en', 'The salary is £30,000 for a 35 hour week (hours are flexible).', 35],
  ])('%s: %s', (lang, text, h) => {
    expect(fields(text, lang as Parameters<typeof fields>[1]).hoursPerWeek?.value).toEqual({ min: h, max: h });
  });
  it('takes no hours that are not weekly, and no saint for hours', () => {
    expect(fields('The course lasts 30 hours in the first week.', 'en').hoursPerWeek).toBeUndefined();
    expect(fields('Die Kirche St. Peter hat 12 St. Glocken.', 'de').hoursPerWeek).toBeUndefined();
  });
  it('reads a size in brackets after the position, and no other bracketed percentage', () => {
    expect(fields('Vi söker projektassistent för kreativt informationsprojekt (25%)', 'sv').employmentPercent?.value).toBe(25);
    expect(fields('Räntan på lånet är (25%) i år.', 'sv').employmentPercent).toBeUndefined();
  });
});

describe('hours and size written with the post or the full time they belong to', () => {
  it.each([
    ['en', "It's a 25 hour role, with an initial 12 month contract.", 25],
    ['en', 'This is a 30-hour post based in Leeds.', 30],
    ['sv', 'Det är en 20 timmars tjänst.', 20],
    ['de', 'Wir bieten eine 20-Stunden-Stelle.', 20],
  ])('%s: %s', (lang, text, h) => {
    expect(hours(text, lang as Parameters<typeof fields>[1])).toEqual({ min: h, max: h });
  });
  it('takes no hours from a word for the post further on in the sentence', () => {
    expect(hours('The interview will take 2 hours and the post is permanent.', 'en')).toBeNull();
    expect(hours('Kurset varer 3 timer og jobbet er spændende.', 'da')).toBeNull();
  });
  it.each([
    ['en', 'The manager is expected to commit 50% of a full time equivalent to the project.', 50],
    ['sv', 'Kyrkoherde 100% till Södra Lapplands pastorat\n\nVi söker en kyrkoherde.', 100],
    ['nb', 'Rådgiver 60 %\n\nVi søker en rådgiver.', 60],
  ])('%s: a size after the full time it is part of, or right after the position: %s', (lang, text, p) => {
    expect(percent(text, lang as Parameters<typeof fields>[1])).toBe(p);
  });
  it('takes no percentage after a word that names no position', () => {
    expect(percent('Lønnen stiger 5 % om året.', 'da')).toBeNull();
    expect(percent('Pædagog 37 timer, 8 % pension', 'da')).toBeNull();
    expect(percent('Projektet 40 % finansieret af EU.', 'da')).toBeNull();
  });
});

describe('position size written into a compound or a genitive', () => {
  it.each([
    ['nb', 'Det er ledig en 40%-stilling som miljøarbeider.', 40],
    ['de', 'Es handelt sich um eine 50%-Stelle.', 50],
    ['da', 'Der er tale om en 80 procents stilling.', 80],
    ['nb', 'Vi har en 60 prosents stilling ledig.', 60],
  ])('%s: %s', (lang, text, p) => {
    expect(percent(text, lang as Parameters<typeof fields>[1])).toBe(p);
  });
  it('takes no percentage of something else written so', () => {
    expect(percent('Lønnen stiger med 3 procents tillæg.', 'da')).toBeNull();
    expect(percent('Projektet er 40%-finansieret af EU.', 'da')).toBeNull();
  });
});

describe('position size after its label, written without the sign', () => {
  it.each([
    ['nb', 'Stillingsprosent: 60\nArbeidssted: Oslo', 60],
    ['nn', 'Stillingsdel: 50', 50],
    ['da', 'Stillingsprocent: 80', 80],
    ['sv', 'Sysselsättningsgrad: 75', 75],
    ['de', 'Pensum: 80', 80],
  ])('%s: %s', (lang, text, p) => {
    expect(percent(text, lang as Parameters<typeof fields>[1])).toBe(p);
  });
  it('takes no count after such a label, and no range', () => {
    expect(percent('Stillingsstørrelse: 2 stillinger', 'nb')).toBeNull();
    expect(percent('Pensum: 80-100%', 'de')).toBeNull();
  });
});

describe('position size in a headline that opens with the position', () => {
  it('reads "Leiterin/Leiter städtische Kitas 70% | …" and its like', () => {
    expect(
      percent('Leiterin/Leiter städtische Kitas Bözingen & Soleil 70% | Generationen & Quartiere\n\nWir suchen eine Leitung.', 'de'),
    ).toBe(70);
    expect(percent('Sekretær i Landsforeningen, 80 %\n\nVi søger en sekretær.', 'da')).toBe(80);
  });
  it('not a headline that opens with other words, nor a later line', () => {
    expect(percent('Vi har 70% frivillige i foreningen\n\nVi søger en sekretær.', 'da')).toBeNull();
    expect(percent('Sekretær\n\nSekretær i en forening med 70% frivillige.', 'da')).toBeNull();
  });
});

describe('hours: a range with the hours word after both figures', () => {
  it('reads "from 10h to 30h per week" and "20 Stunden bis 30 Stunden"', () => {
    expect(fields('A time commitment from 10h to 30h per week.', 'en').hoursPerWeek?.value).toEqual({ min: 10, max: 30 });
    expect(fields('Die Stelle umfasst 20 Stunden bis 30 Stunden pro Woche.', 'de').hoursPerWeek?.value).toEqual({ min: 20, max: 30 });
  });
  it('two figures joined by "and" each with their word are no range', () => {
    expect(fields('Du arbejder 8 timer og 37 timer om ugen i alt.', 'da').hoursPerWeek?.value).toEqual({ min: 37, max: 37 });
  });
});
