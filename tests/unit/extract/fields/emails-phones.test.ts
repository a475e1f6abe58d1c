import { describe, expect, it } from 'vitest';
import { fields } from './helpers';
import { extractFromText } from '../../../../lib/extract';

const emails = (t: string) => fields(t, 'da').emails?.value ?? [];
const phones = (t: string, lang: Parameters<typeof fields>[1]) => fields(t, lang).phones?.value ?? [];

describe('emails', () => {
  it('lower-cases, de-duplicates and drops a trailing dot', () => {
    expect(emails('Skriv til Job@Alternativet.DK. Eller job@alternativet.dk.')).toEqual(['job@alternativet.dk']);
  });
  it('de-obfuscates (at), [at] and [dot]', () => {
    expect(emails('Ansøgning til job (at) hjerneforeningen-syd.dk')).toEqual(['job@hjerneforeningen-syd.dk']);
    expect(emails('navn [at] org [dot] dk')).toEqual(['navn@org.dk']);
  });
  it('ignores the Cloudflare placeholder', () => {
    expect(emails('på mail: [email protected] eller på tlf: 49 40 71 58')).toEqual([]);
  });
  it('joins an address cut at a line end in PDF text', () => {
    expect(emails('Send your CV as one PDF file to jobs@bsya.\nexample. The deadline is near.')).toEqual(['jobs@bsya.example']);
  });
});

describe('phones', () => {
  it('reads Danish numbers in E.164', () => {
    expect(phones('på tlf: 49 40 71 58', 'da')).toEqual(['+4549407158']);
    expect(phones('ring 29442832', 'da')).toEqual(['+4529442832']);
    expect(phones('tlf. 60680706', 'da')).toEqual(['+4560680706']);
    expect(phones('+45 29 44 28 32', 'da')).toEqual(['+4529442832']);
  });
  it('reads Norwegian, Swedish, German and Finnish numbers', () => {
    expect(phones('tlf 474 15 597', 'nb')).toEqual(['+4747415597']);
    expect(phones('+47 22 33 44 55', 'nb')).toEqual(['+4722334455']);
    expect(phones('ring 070-123 45 67', 'sv')).toEqual(['+46701234567']);
    expect(phones('tel 08-123 456 78', 'sv')).toEqual(['+46812345678']);
    expect(phones('Tel. 030 1234567', 'de')).toEqual(['+49301234567']);
    expect(phones('+49 (0)30 12345678', 'de')).toEqual(['+493012345678']);
    expect(phones('tel. +358 40 123 4567', 'en')).toEqual(['+358401234567']);
    expect(phones('puhelin 040 123 4567, jobs@org.fi', null)).toEqual(['+358401234567']);
  });
  it("takes a national number's country from the ad's own domains before its language's (German in Austria and Switzerland)", () => {
    expect(phones('Telefon: 0316 71 82 40 15, bewerbung@gewerkschaft.at', 'de')).toEqual(['+4331671824015']);
    expect(phones('📞 041 710 65 55 · cs@architekten.ch', 'de')).toEqual(['+41417106555']);
    expect(phones('Telefon: 030 1234567, info@verein.de', 'de')).toEqual(['+49301234567']);
    // Without a domain, the language's country.
    expect(phones('tlf. 22 33 44 55', 'nb')).toEqual(['+4722334455']);
  });
  it("takes it from the page's own country domain when the text names none (an English ad on a Danish site)", () => {
    const text =
      'Nursery assistant\n\nThe nursery is looking for an assistant who wants to be part of our team. You will work with the children and their parents, and you are welcome to contact The Day Nursery 23743307 or our leader Ulla Hansen,, 4185 7513.';
    expect(extractFromText(text, { url: 'https://vores-aarhus.dk/a/maternity-cover' }).phones).toEqual(['+4523743307', '+4541857513']);
    expect(extractFromText(text, { url: 'https://jobs.example.com/a/maternity-cover' }).phones).toEqual([]);
  });
  it('reads a German area code before " / " ("030 / 944 61 71")', () => {
    expect(phones('Ihre Fragen beantwortet gerne Frau Wittkowski unter 030 / 944 61 71.', 'de')).toEqual(['+49309446171']);
  });
  it('reads no fax number, in any language', () => {
    expect(phones('Telephone 020 7388 6191 Fax 020 7387 8458', 'en')).toEqual(['+442073886191']);
    expect(phones('Telefon 33 44 55 66, telefax 33 44 55 67', 'da')).toEqual(['+4533445566']);
    expect(phones('Tlf. 22 33 44 55, faks 22 33 44 56', 'nb')).toEqual(['+4722334455']);
    expect(phones('Telefon 08-123 45 67, fax 08-123 45 68', 'sv')).toEqual(['+4681234567']);
  });
  it('reads numbers listed with "/" between them, and no date after a label', () => {
    expect(phones('Personalservice tlf 77 02 61 58/77 02 61 56/77 02 61 61', 'nb')).toEqual(['+4777026158', '+4777026156', '+4777026161']);
    expect(phones('Tlf. 15/12/2026 kl. 12', 'da')).toEqual([]);
    expect(phones('Sagsnr. 25/14382', 'da')).toEqual([]);
  });
  it('never reads dates, amounts, CVR/org numbers, references, accounts or year ranges', () => {
    expect(phones('frist 2019-10-19 og senest innen 19.10.2019', 'nb')).toEqual([]);
    expect(phones('Lønnen er 25.858 kr, dvs kr 40 800 pr måned', 'da')).toEqual([]);
    expect(phones('CVR 12345678 · CVR-nr. 34 56 78 12', 'da')).toEqual([]);
    expect(phones('org.nr. 987 654 321', 'nb')).toEqual([]);
    expect(phones('Sagsnr. 25/14382, Jobnr 24567812, ref. 34567890', 'da')).toEqual([]);
    expect(phones('reg.nr. 1234 kontonr. 12345678', 'da')).toEqual([]);
    expect(phones('i perioden 2019-2020 og 1990 - 2020', 'da')).toEqual([]);
    expect(phones('under jobnr. 2025-3391', 'da')).toEqual([]);
    expect(phones('8000 Aarhus C', 'da')).toEqual([]);
  });
  it('skips the switchboard in a PDF page footer', () => {
    expect(phones('Fjordby Kommune · Rådhuspladsen 1 · 7620 Lemvig · Tlf. 96 63 10 00 · www.fjordby.dk     Side 1/1', 'da')).toEqual([]);
  });
});

describe('a site footer or letterhead is not the ad', () => {
  const ad = 'Søknad sendes til jobb@gfinnlandet.no innen 15. februar. Spørsmål: ring fylkesleder Terje Brenden på 911 47 382.';
  it('leaves out the addresses and numbers only a footer line gives', () => {
    const text = `${ad}\n\nGrønt Fellesskap Innlandet · Kirkegata 41, 2317 Hamar · Sentralbord 62 51 08 40 · innlandet@gfinnlandet.no\nPersonvernerklæring · © 2026`;
    const f = fields(text, 'nb');
    expect(f.emails?.value).toEqual(['jobb@gfinnlandet.no']);
    expect(f.phones?.value).toEqual(['+4791147382']);
  });
  it('keeps them when the ad itself gives them too', () => {
    const text = `${ad} Du kan også skrive til innlandet@gfinnlandet.no.\n\nGrønt Fellesskap Innlandet · Kirkegata 41, 2317 Hamar · innlandet@gfinnlandet.no`;
    expect(fields(text, 'nb').emails?.value).toEqual(['jobb@gfinnlandet.no', 'innlandet@gfinnlandet.no']);
  });
  it('leaves out a PDF letterhead repeated on every page, with its page numbers', () => {
    const head = (n: number) =>
      `BJØRKEVIK KOMMUNE · Storgata 12, 7800 Bjørkevik · Tlf. 74 21 60 00 · www.bjorkevik.kommune.no Side ${n} av 2`;
    const text = `${head(1)}\n\nSpørsmål om stillingen kan rettes til enhetsleder Kari Solbakken, tlf. 905 12 345.\n\n${head(2)}\n\nSøknadsfrist: 20.02.2026`;
    expect(fields(text, 'nb').phones?.value).toEqual(['+4790512345']);
  });
  it('keeps an application address in a line that looks like a footer but asks for the application', () => {
    const text =
      'Vi søger en frivilligkoordinator.\n\nSend ansøgning til Foreningen Nord · Vestergade 3, 8000 Aarhus C · job@foreningnord.dk';
    expect(fields(text, 'da').emails?.value).toEqual(['job@foreningnord.dk']);
  });
  it('keeps a line with separators in the middle of the ad that names no postcode', () => {
    const text = 'Kontakt: Kari Solbakken · tlf. 905 12 345 · kari@bjorkevik.no\n\nSøknadsfrist: 20.02.2026';
    expect(fields(text, 'nb').phones?.value).toEqual(['+4790512345']);
  });
});

describe('phones: a number written without separators', () => {
  it('after a verb that asks to call, or right after an e-mail address', () => {
    expect(phones('Du är välkommen att kontakta oss på ali@lab.se eller ringa till 0703103304.', 'sv')).toEqual(['+46703103304']);
    expect(phones('Applications to:\nsecretary@gardens.example\n07967153798', 'en')).toEqual(['+447967153798']);
    expect(phones('Mrs Kathy Trout\nkathy@rescue.example.co.uk\n07711617148', 'en')).toEqual(['+447711617148']);
  });
  it('not a bare run of digits elsewhere', () => {
    expect(phones('Ärendenummer 0703103304 ska anges i ansökan.', 'sv')).toEqual([]);
    expect(phones('Reference 07967153798 must be quoted.', 'en')).toEqual([]);
  });
});

describe("a job board's help desk is not the ad's", () => {
  it.each([
    [
      'nb',
      'Spørsmål om stillingen: Kari Nordmann, tlf. 476 01 810. Ved spørsmål om utfylling av elektronisk søknadsskjema kan Jobbnorge kontaktes på 755 42 220 eller kundeservice@jobbnorge.no.',
      '+4747601810',
    ],
    [
      'sv',
      'Frågor om tjänsten besvaras av Anna Berg, tel. 070-123 45 67. Vid tekniska problem, kontakta support på 0771-69 69 69 eller support@varbi.com.',
      '+46701234567',
    ],
    [
      'en',
      'For an informal chat call Jane Smith on 0191 386 8029. For technical support with the form email help@board.example or call 0800 123 4567.',
      '+441913868029',
    ],
  ])('%s: only the contact about the post remains', (lang, text, phone) => {
    const f = fields(text, lang as Parameters<typeof fields>[1]);
    expect(f.phones?.value).toEqual([phone]);
    expect(f.emails).toBeUndefined();
  });
  it('an address in the same ad but another sentence stays', () => {
    const f = fields('Send søknaden til post@org.no. Ved tekniske problemer, kontakt support på 22 33 44 55.', 'nb');
    expect(f.emails?.value).toEqual(['post@org.no']);
    expect(f.phones).toBeUndefined();
  });
});
