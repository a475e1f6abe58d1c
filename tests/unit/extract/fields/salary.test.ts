import { describe, expect, it } from 'vitest';
import { fields } from './helpers';

const salary = (t: string, lang: Parameters<typeof fields>[1]) => fields(t, lang).salary?.value ?? null;

describe('salary', () => {
  it('reads "kr 40 800 pr måned" as NOK per month (nb)', () => {
    expect(salary('Lønnsnivået blir regulert etter gruppestøtten, dvs kr 40 800 pr måned pr dags dato.', 'nb')).toMatchObject({
      amount: 40800,
      currency: 'NOK',
      period: 'month',
    });
  });
  it('reads an amount after a pay label without currency, a month by its size (da)', () => {
    expect(salary('Lønnen er pt. 25.858 for 28 timer om ugen plus fritvalg på 3,4%.', 'da')).toMatchObject({
      amount: 25858,
      currency: 'DKK',
      period: 'month',
    });
  });
  it('reads sv, de and en forms', () => {
    expect(salary('Månadslön 32 000 kr.', 'sv')).toMatchObject({ amount: 32000, currency: 'SEK', period: 'month' });
    expect(salary('Das Gehalt beträgt 60.000 € brutto jährlich.', 'de')).toMatchObject({ amount: 60000, currency: 'EUR', period: 'year' });
    expect(salary('Salary: £32,000 per year', 'en')).toMatchObject({ amount: 32000, currency: 'GBP', period: 'year' });
    expect(salary('Timeløn 185 kr. plus feriepenge.', 'da')).toMatchObject({ amount: 185, currency: 'DKK', period: 'hour' });
  });
  it('keeps pay terms without an amount as text', () => {
    const s = salary('Løn efter overenskomst mellem HK og Dansk Erhverv.', 'da');
    expect(s).toMatchObject({ amount: null, currency: null, period: null });
    expect(s?.text).toContain('Løn efter overenskomst');
  });
  it('does not read pensions, percentages, years or hours as pay', () => {
    expect(salary('Enhedslisten har en pensionsordning svarende til 8 %/4 %.', 'da')).toBeNull();
    expect(salary('Foreningen blev stiftet i 1987 og har 300 medlemmer.', 'da')).toBeNull();
    expect(salary('Stillingen opslås med en årsnorm på 1456 timer.', 'da')).toBeNull();
    expect(salary('Alternativet er ikke lønførende.', 'da')).toBeNull();
  });
  it('reads decimals: "172,50 kr." an hour, "25.858,50" a month', () => {
    expect(salary('Timelønnen er 172,50 kr. plus feriepenge.', 'da')).toMatchObject({ amount: 172.5, currency: 'DKK', period: 'hour' });
    expect(salary('Lønnen er 25.858,50 kr. om måneden.', 'da')).toMatchObject({ amount: 25858.5, period: 'month' });
    expect(salary('Hourly rate: £12.50 per hour.', 'en')).toMatchObject({ amount: 12.5, currency: 'GBP', period: 'hour' });
    // A time of day or a date is no amount.
    expect(salary('Løn efter aftale. Vi ses kl. 16.30 den 12.01.', 'da')?.amount ?? null).toBeNull();
  });
  it('skips a pay grade or code before the amount', () => {
    expect(salary('Lønn etter forbundets regulativ, lønnstrinn 58 (kr 703 900 per år).', 'nb')).toMatchObject({
      amount: 703900,
      currency: 'NOK',
      period: 'year',
    });
    expect(salary('Lønn etter hovedtariffavtalen, stillingskode 1434 rådgiver; lønn fra kr 615 000.', 'nb')).toMatchObject({
      amount: 615000,
      currency: 'NOK',
    });
    expect(salary('Lön enligt lönegrad 1250, månadslön från 34 500 kr.', 'sv')).toMatchObject({ amount: 34500, period: 'month' });
    // A grade with no amount is no amount ("Entgeltgruppe 13").
    expect(salary('Die Vergütung erfolgt nach Entgeltgruppe 13 TVöD.', 'de')?.amount ?? null).toBeNull();
    // "i niveauet 38.000 kr." is an amount: a level word is no grade.
    expect(salary('Lønnen ligger i niveauet 38.000 kr. om måneden ved fuld tid.', 'da')).toMatchObject({ amount: 38000, period: 'month' });
  });
});

describe('salary: a range of pay grades', () => {
  it('reads no amount from "lønnstrinn 52-58"', () => {
    expect(salary('Lønn: etter avtale / lønnstrinn 52-58', 'nb')?.amount ?? null).toBeNull();
  });
});

describe('salary: a paragraph full of numbers', () => {
  it('still reads pay after a hundred other numbers in its paragraph', () => {
    const numbers = Array.from({ length: 100 }, (_, i) => `${20 + i}`).join(' ');
    expect(salary(`Tabel ${numbers} og lønnen er kr 40 800 pr måned.`, 'nb')).toMatchObject({ amount: 40800, period: 'month' });
  });
  it('reads no pay from thousands of bare numbers', () => {
    expect(salary('12/12 '.repeat(5000), 'da')).toBeNull();
  });

  it("does not read a company's size or a budget as pay", () => {
    expect(salary('Backed by nearly $100 million in funding, we are growing in the US and Europe.', 'en')).toBeNull();
    expect(salary('Fonden har en egenkapital på 2,5 mia. kr. og uddeler 40 mio. kr. om året.', 'da')).toBeNull();
    expect(salary('A generous personal development budget of $500 per annum.', 'en')).toBeNull();
    expect(salary('Bli medlem for 300 kr per år.', 'nb')).toBeNull();
  });
  it.each([
    ['en', 'The Sports Commission is providing the club with a grant of $80,000 in 2015 for capacity building.'],
    ['en', 'Our annual budget is around £600,000 a year.'],
    ['da', 'Arkivet fik halveret sit tilskud fra kommunen til 62.000 kr. om året.'],
    ['nb', 'Laget har fått et tilskudd på 250 000 kroner per år fra fylket.'],
    ['nn', 'Laget har fått eit tilskot på 250 000 kroner i året frå fylket.'],
    ['sv', 'Föreningen får ett anslag på 400 000 kronor per år från regionen.'],
    ['de', 'Der Verein erhält eine Förderung von 60.000 € jährlich vom Land.'],
  ] as const)('%s: reads no grant, funding or budget as pay: %s', (lang, text) => {
    expect(salary(text, lang)).toBeNull();
  });
  it.each([
    ['de', 'Wir bieten einen Einstiegsbonus in Höhe von 2.000 Euro.'],
    ['de', 'Empfiehl uns weiter: Finderlohn (200€) für jede Vermittlung.'],
    ['nb', 'Du får en bonus på 10 000 kroner etter ett år.'],
    ['sv', 'Vi ger en bonus på 5 000 kronor efter provanställningen.'],
    ['en', 'A signing bonus of £1,000 is paid after probation.'],
  ] as const)("%s: reads no bonus or finder's fee as pay: %s", (lang, text) => {
    expect(salary(text, lang)).toBeNull();
  });
  it('still reads pay in a post funded by a grant', () => {
    expect(salary('The post is grant funded. Salary: £25,000 per year.', 'en')).toMatchObject({ amount: 25000, period: 'year' });
  });
  it('still reads modest pay stated per month or hour', () => {
    expect(salary('Salary: From $384 per month plus benefits.', 'en')).toMatchObject({ amount: 384, currency: 'USD', period: 'month' });
    expect(salary('Salary: £12.50 per hour.', 'en')).toMatchObject({ amount: 12.5, period: 'hour' });
  });
});
