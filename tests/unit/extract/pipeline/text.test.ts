import { describe, expect, it } from 'vitest';
import { applyUrlFromText } from '../../../../lib/extract/fields/apply-url';
import { dehyphenate, looksLikePdfText } from '../../../../lib/extract/page/pdf';
import { cutChrome } from '../../../../lib/extract/page/chrome';
import { extractFromText } from '../../../../lib/extract/index';

describe('PDF text', () => {
  it('joins words split across lines and keeps real hyphens', () => {
    const t = dehyphenate(
      'Stillingen oprettes i afslutningen af en igangværende ef-\ntertænksomhedsproces om intern og ekstern kommu-\nnikation.\nVi arbejder med politik- og politikudvikling og med\n2025-\nklimamålet og COP-\nforhandlingerne samt miljø-\nog klimapolitik.',
    );
    expect(t).toContain('eftertænksomhedsproces');
    expect(t).toContain('kommunikation');
    expect(t).toContain('politik- og politikudvikling');
    expect(t).toContain('2025-klimamålet');
    expect(t).toContain('COP-forhandlingerne');
    expect(t).toContain('miljø- og klimapolitik');
  });

  it('joins lines broken mid-sentence but keeps headings and bullets', () => {
    const t = dehyphenate(
      'Løn og vilkår\nStillingen oprettes som en 30-37 timers stilling, og du kan kontakte Cristine\nGliese på 71 79 27 72.\n• Første punkt\n• Andet punkt',
    );
    expect(t.split('\n')).toEqual([
      'Løn og vilkår',
      'Stillingen oprettes som en 30-37 timers stilling, og du kan kontakte Cristine Gliese på 71 79 27 72.',
      '• Første punkt',
      '• Andet punkt',
    ]);
  });

  it('recognises PDF text by its hyphenated line ends', () => {
    expect(looksLikePdfText('uddan-\nnelse og kommu-\nnikation og ef-\ntertanke')).toBe(true);
    expect(looksLikePdfText('En almindelig tekst.\nMed linjer.')).toBe(false);
  });
});

describe('page chrome in plain text', () => {
  it('cuts cookie banners and comment widgets at the end', () => {
    const ad = 'Koordinator søges\n\n' + 'Vi søger en koordinator til vores sekretariat. '.repeat(20);
    expect(cutChrome(ad + '\n\nVi bruger cookies til at forbedre din oplevelse.\nLæs mere Jeg accepterer')).toBe(ad.trimEnd());
    expect(
      cutChrome(
        ad +
          '\n\nBe the first to comment\n\nPlease check your e-mail for a link to activate your account.\n\nVær med Spred budskabet\n\nget updates',
      ),
    ).toBe(ad.trimEnd());
  });

  it('does not let chrome reach the fields', () => {
    const d = extractFromText(
      'Projektleder søges\n\nSend din ansøgning til job@org.dk senest 1. maj 2025.\n\nWe use cookies. Contact privacy@tracker.example',
    );
    expect(d.emails).toEqual(['job@org.dk']);
  });
});

describe('where to apply, written without https://', () => {
  it.each([
    [
      'Du søger via formularen på faellesskabsungdom.dk/job/studentermedhjaelper, hvor du uploader dit cv.',
      'https://faellesskabsungdom.dk/job/studentermedhjaelper',
    ],
    ['Søk via www.idrettslaget.no/jobb senest 1. mars.', 'https://www.idrettslaget.no/jobb'],
    ['Apply at https://ngo.example/jobs/42.', 'https://ngo.example/jobs/42'],
  ])('%s', (line, url) => {
    expect(applyUrlFromText(line)?.value).toBe(url);
  });
  it.each([
    'Send din ansøgning til job@forening.dk.',
    'Læs mere om foreningen på forening.dk.',
    'Søg senest 1. marts; vi holder til på Nørrebrogade 12.',
  ])('reads no address in "%s"', (line) => {
    expect(applyUrlFromText(line)).toBeNull();
  });
});
