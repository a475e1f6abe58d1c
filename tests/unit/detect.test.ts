// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectJobAd, scoreSignals } from '../../lib/detect';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('job-ad detector (the content script’s cheap first pass)', () => {
  it.each([
    [
      'Danish prose ad',
      '<title>Koordinator</title><h1>Jobopslag: Koordinator</h1><p>Vi søger en koordinator. Ansøgningsfrist 15/12 kl. 12.00. Send din ansøgning til job@x.dk</p>',
    ],
    ['Norwegian ad', '<h1>Ledig stilling som rådgiver</h1><p>Søknadsfrist: 19. oktober. Søknad med CV sendes til post@lag.no</p>'],
    ['Swedish ad', '<h1>Vi söker en handläggare</h1><p>Sista ansökningsdag 2025-05-06. Välkommen med din ansökan!</p>'],
    ['German ad', '<h1>Referentin (m/w/d)</h1><p>Bewerbungsfrist: 6. Mai 2025. Bitte senden Sie Ihre Bewerbung an jobs@verein.de</p>'],
    ['English ad', '<h1>Programme Officer</h1><p>Closing date: 6 May 2025. To apply, send your CV and cover letter.</p>'],
    ['structured data only', '<script type="application/ld+json">{"@type":"JobPosting","title":"X"}</script><p>Hello</p>'],
  ])('takes a %s for a candidate', (_label, html) => {
    expect(detectJobAd(doc(html), 'https://org.example/page').candidate).toBe(true);
  });

  it.each([
    ['an about page', '<h1>Om foreningen</h1><p>Vi arbejder for natur og klima. Kontakt os på 86 12 34 56.</p>'],
    ['a news page', '<h1>Nyheder</h1><p>Årets generalforsamling blev holdt i Odense. Formanden takkede de frivillige.</p>'],
    ['a shop page', '<h1>Kalender 2026</h1><p>Pris 129 kr. Læg i kurv. Levering 2-3 dage.</p>'],
  ])('does not take %s for a candidate', (_label, html) => {
    expect(detectJobAd(doc(html), 'https://org.example/').candidate).toBe(false);
  });

  it('ignores navigation and footer text', () => {
    const d = doc('<nav>Ledige stillinger · Ansøgningsfrist 1/2 · Send din ansøgning</nav><h1>Nyheder</h1><p>Årets generalforsamling.</p>');
    expect(detectJobAd(d, 'https://org.example/').candidate).toBe(false);
  });

  it('reads a bounded amount of a huge page', () => {
    const big = '<h1>Nyheder</h1>' + '<p>Lang tekst om ingenting.</p>'.repeat(20_000) + '<p>Ansøgningsfrist 1/2. Send din ansøgning</p>';
    expect(detectJobAd(doc(big), 'https://org.example/').candidate).toBe(false);
  });

  it('keeps confidence within 0–1', () => {
    const d = scoreSignals({
      head: 'stilling søges',
      text: 'ansøgningsfrist 1/2 send din ansøgning',
      url: 'https://x/job',
      structured: true,
    });
    expect(d.confidence).toBeLessThanOrEqual(1);
    expect(d.candidate).toBe(true);
  });
});
