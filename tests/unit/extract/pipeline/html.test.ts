import { describe, expect, it } from 'vitest';
import { pageText } from '../../../../lib/extract/page/html';
import { decodeCfEmail } from '../../../../lib/extract/page/elements';
import { extractFromHtml, parseDocument } from '../../../../lib/extract/node';

const doc = parseDocument;

/** Cloudflare's encoding, written independently of the decoder: key byte, then bytes XOR key. */
function cfEncode(email: string, key: number): string {
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return hex(key) + [...new TextEncoder().encode(email)].map((b) => hex(b ^ key)).join('');
}

describe('html → ad text', () => {
  it('drops chrome: nav, header, footer, aside, forms, cookie banners, comments, share bars, hidden parts', () => {
    const p = pageText(
      doc(`<html><body>
        <header><a href="/">Sitenavn</a> Forside</header>
        <nav><a href="/job">Alle job</a></nav>
        <div id="cookie-banner">Vi bruger cookies</div>
        <div class="cmp-consent">Accepter alle</div>
        <main>
          <h1>Kampagnemedarbejder</h1>
          <p>Vi søger en kampagnemedarbejder til vores sekretariat.</p>
          <ul><li>Erfaring med kampagner</li><li>Gode samarbejdsevner</li></ul>
          <div class="share-buttons">Del på Facebook</div>
          <div aria-hidden="true">skjult tekst</div>
          <form><input name="q"><label>Søg på siden</label></form>
        </main>
        <aside><h3>Andre job</h3><a href="/job/1">Sekretær</a></aside>
        <section id="comments">Be the first to comment</section>
        <footer>Kontakt os · Vej 1</footer>
        <script>var x = "script text";</script>
      </body></html>`),
    );
    expect(p.text).toContain('Kampagnemedarbejder');
    expect(p.text).toContain('• Erfaring med kampagner\n• Gode samarbejdsevner');
    for (const chrome of [
      'Sitenavn',
      'Alle job',
      'cookies',
      'Accepter',
      'Facebook',
      'skjult',
      'Søg på siden',
      'Andre job',
      'comment',
      'Kontakt os',
      'script text',
    ]) {
      expect(p.text).not.toContain(chrome);
    }
    expect(p.h1).toBe('Kampagnemedarbejder');
  });

  it('decodes Cloudflare email protection (data-cfemail and /cdn-cgi links) and keeps mailto addresses', () => {
    expect(decodeCfEmail('5a3d332e2e3f1a373f3e3835283d3f28343f743e31')).toBe('gitte@medborgerne.dk');
    const hex = cfEncode('job@forening.dk', 0x2f);
    const hex2 = cfEncode('Else.Kayser@gmail.com', 0x91);
    const d = extractFromHtml(`<html lang="da"><body><main>
      <h1>Sekretær søges</h1>
      <p>Send din ansøgning til <a href="/cdn-cgi/l/email-protection#${hex}"><span class="__cf_email__" data-cfemail="${hex}">[email&#160;protected]</span></a> senest 1. juni 2025.</p>
      <p>Spørgsmål: <span class="__cf_email__" data-cfemail="${hex2}">[email&#160;protected]</span> eller <a href="mailto:info@forening.dk">skriv til os</a>.</p>
    </main></body></html>`);
    expect(d.emails).toEqual(expect.arrayContaining(['job@forening.dk', 'else.kayser@gmail.com', 'info@forening.dk']));
    expect(JSON.stringify(d)).not.toContain('email protected');
  });

  it('prefers the single article as the root and keeps its heading', () => {
    const p = pageText(
      doc(`<html><body><div class="wrap">
        <div class="teasers"><p>Nyhed: Generalforsamling i april. Læs mere om vores arbejde her i nyhedsbrevet.</p></div>
        <article><h1>Udviklingskonsulent</h1><p>${'Vi søger en udviklingskonsulent til vores frivillige arbejde. '.repeat(6)}</p></article>
      </div></body></html>`),
    );
    expect(p.rootKind).toBe('article');
    expect(p.text.startsWith('Udviklingskonsulent')).toBe(true);
    expect(p.text).not.toContain('Generalforsamling');
  });

  it('renders label/value tables and description lists as "label: value"', () => {
    const p = pageText(
      doc(`<html><body><main><table><tr><th>Ansøgningsfrist</th><td>1. marts 2025</td></tr></table>
      <dl><dt>Arbejdssted</dt><dd>Vesterbrogade 41, 1620 København V</dd></dl></main></body></html>`),
    );
    expect(p.text).toContain('Ansøgningsfrist: 1. marts 2025');
    expect(p.text).toContain('Arbejdssted: Vesterbrogade 41, 1620 København V');
  });
});

describe('where to apply, as a link', () => {
  const ad = (p: string) =>
    `<html lang="en"><body><main><h1>Policy Adviser</h1><p>We are looking for a policy adviser to join our secretariat in Oslo.</p><p>${p}</p></main></body></html>`;
  const url = 'https://org.example/jobs/adviser';

  it('takes the link an apply sentence leads up to', () => {
    const d = extractFromHtml(ad('Please apply through our <a href="/jobs/apply?id=147">recruitment portal</a> by 1 April.'), { url });
    expect(d.applyUrl).toBe('https://org.example/jobs/apply?id=147');
  });
  it('prefers a link named "Apply" to one the sentence leads up to', () => {
    const d = extractFromHtml(ad('Apply through our <a href="/portal">portal</a>, or <a href="/jobs/apply/147">Apply now</a>.'), { url });
    expect(d.applyUrl).toBe('https://org.example/jobs/apply/147');
  });
  it('takes no link that only stands near the word', () => {
    const first = extractFromHtml(ad('Read more about us <a href="/about">here</a>.'), { url });
    expect(first.applyUrl ?? null).toBeNull();
    const far = extractFromHtml(
      ad('Apply by 1 April and read all about our organisation and our work on <a href="/about">this page</a>.'),
      { url },
    );
    expect(far.applyUrl ?? null).toBeNull();
    const mail = extractFromHtml(ad('Please apply by email to <a href="mailto:job@org.example">job@org.example</a>.'), { url });
    expect(mail.applyUrl ?? null).toBeNull();
  });
});

describe('page links', () => {
  it('keep the words before them in their sentence', () => {
    const page = pageText(
      doc('<html><body><main><p>Deadline 1 April. Please apply through our <a href="/a">portal</a>.</p></main></body></html>'),
    );
    expect(page.links.map((l) => [l.text, l.before])).toEqual([['portal', 'Please apply through our ']]);
  });
});

describe('key facts in a sidebar', () => {
  const page = (aside: string) =>
    doc(`<html><body><main><article><h1>Vil du stå i front når tariffavtalene forhandles?</h1>
      <p>NTTF søker en rådgiver til forbundskontoret. Søk senest torsdag 15.01.2026.</p></article></main>
      ${aside}<footer>NTTF · Brugata 21, 0186 Oslo</footer></body></html>`);

  it('keeps a facts list beside the ad, first', () => {
    const p = pageText(
      page(`<aside class="sidebar"><section class="facts"><h2>Fakta</h2><dl>
        <dt>Stilling</dt><dd>Forhandlingsrådgiver</dd><dt>Arbeidssted</dt><dd>Forbundskontoret, Brugata 21, 0186 Oslo</dd>
        <dt>Søknadsfrist</dt><dd>15. januar 2026</dd></dl></section>
        <section class="other-jobs"><h2>Andre ledige stillinger</h2><ul><li><a href="/x">Organisasjonsarbeider</a> Søknadsfrist 8. januar 2026</li></ul></section></aside>`),
    );
    expect(
      p.text.startsWith(
        'Stilling: Forhandlingsrådgiver\nArbeidssted: Forbundskontoret, Brugata 21, 0186 Oslo\nSøknadsfrist: 15. januar 2026',
      ),
    ).toBe(true);
    expect(p.text).not.toContain('Organisasjonsarbeider');
    expect(p.text).not.toContain('8. januar');
  });

  it('keeps a facts list of "Label: value" items or a two-column table', () => {
    const list = pageText(
      page(
        '<aside><h2>Om stillinga</h2><ul><li><strong>Søknadsfrist:</strong> 09.02.2026</li><li><strong>Arbeidsstad:</strong> Brekkevegen 12, 6894 Vangsnes</li><li>Løn: etter avtale</li></ul></aside>',
      ),
    );
    expect(list.text.startsWith('Søknadsfrist: 09.02.2026\nArbeidsstad: Brekkevegen 12, 6894 Vangsnes\nLøn: etter avtale')).toBe(true);
    const table = pageText(
      page(
        '<aside><table><tr><th>Ansøgningsfrist</th><td>9. februar 2026</td></tr><tr><th>Arbejdssted</th><td>Rådhuset, Hvidsø</td></tr></table></aside>',
      ),
    );
    expect(table.text.startsWith('Ansøgningsfrist: 9. februar 2026\nArbejdssted: Rådhuset, Hvidsø')).toBe(true);
  });

  it('keeps none from a list of other jobs, or when two lists could each be the facts', () => {
    const job = (t: string, d: string) => `<dl><dt>Stilling</dt><dd>${t}</dd><dt>Søknadsfrist</dt><dd>${d}</dd></dl>`;
    expect(pageText(page(`<aside class="related-jobs">${job('Sekretær', '8. januar 2026')}</aside>`)).text).not.toContain('Sekretær');
    expect(pageText(page(`<aside><ul><li>${job('Sekretær', '8. januar 2026')}</li></ul></aside>`)).text).not.toContain('Sekretær');
    expect(pageText(page(`<aside>${job('Sekretær', '8. januar 2026')}${job('Kokk', '9. januar 2026')}</aside>`)).text).not.toContain(
      'Sekretær',
    );
    // A list that is not about the ad's facts ("Telefon", "E-post") stays out.
    expect(
      pageText(page('<aside><dl><dt>Telefon</dt><dd>22 33 44 55</dd><dt>E-post</dt><dd>post@nttf.no</dd></dl></aside>')).text,
    ).not.toContain('22 33 44 55');
  });
});

describe('where to apply: a link to the application form', () => {
  it('reads a link whose text names the form, wherever in its text', () => {
    const html = `<html><body><main><h1>Rådgiver</h1><p>Søknadsfristen er søndag 25. januar 2026. Søknad med CV sendes via
      <a href="https://fsn-nyre.no/jobb/2291/sok">vårt elektroniske søknadsskjema</a>.</p>
      <p><a href="https://fsn-nyre.no/om-oss">Les mer om oss</a></p></main></body></html>`;
    expect(extractFromHtml(html, { url: 'https://fsn-nyre.no/jobb/2291' }).applyUrl).toBe('https://fsn-nyre.no/jobb/2291/sok');
  });
});

describe('pages are parsed as a browser parses them', () => {
  it('puts a fragment without <html> or <body> into <body>, as a feed or recruiting system delivers an ad', () => {
    const d = doc('<h2>Organisasjonssekretær</h2><p>Søknadsfrist: 19. oktober 2026.</p><p>Kontakt Kari Nordmann på tlf. 47 41 55 97.</p>');
    expect(d.documentElement.tagName).toBe('HTML');
    expect(d.body.querySelectorAll('p')).toHaveLength(2);
    const draft = extractFromHtml(
      '<h2>Organisasjonssekretær</h2><p>Søknadsfrist: 19. oktober 2026.</p><p>Vi søker en organisasjonssekretær i 100 % stilling. Kontakt Kari Nordmann på tlf. 47 41 55 97.</p>',
    );
    expect(draft.deadline).toBe('2026-10-19');
    expect(draft.phones).toEqual(['+4747415597']);
  });

  it('builds misnested markup as the HTML standard says: text in a table is moved before it, open paragraphs close', () => {
    const d = doc('<table><tr><td>Stilling</td></tr><p>Foran tabellen</table><div><p>én<p>to</div>');
    const body = d.body;
    expect(body.firstElementChild?.tagName).toBe('P');
    expect(body.firstElementChild?.textContent).toBe('Foran tabellen');
    expect(body.querySelector('table tbody tr td')?.textContent).toBe('Stilling');
    expect([...body.querySelectorAll('div > p')].map((p) => p.textContent)).toEqual(['én', 'to']);
  });

  it('reads text after a stray </body> or </html> as body text, and a head element in the body as the browser does', () => {
    const d = doc('<html><head><title>Jobb</title></head><body><p>Før</p></body></html><p>Etter</p>');
    expect([...d.body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Før', 'Etter']);
    expect(d.title).toBe('Jobb');
  });
});

describe('text nodes as in a browser', () => {
  it('keeps one text node where the markup has character references ("Leg &amp; Bevægelse")', () => {
    const p = doc('<p>Gerlev Center for Leg &amp; Bevægelse &lt;3</p>').querySelector('p')!;
    expect([...p.childNodes].map((n) => n.nodeValue)).toEqual(['Gerlev Center for Leg & Bevægelse <3']);
  });
});
