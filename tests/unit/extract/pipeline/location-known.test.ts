// A known town after a preposition of place (lib/extract/fields/location-known.ts), the last
// resort of the location reader. Invented sentences, with those that must not count.
import { describe, expect, it } from 'vitest';
import { locationFromKnownTown } from '../../../../lib/extract/fields/location-known';
import { extractFromText } from '../../../../lib/extract';

const AT = '2026-12-08';

describe('a known town after a preposition of place', () => {
  it.each([
    ['da', 'Vi søger en pædagog til vores børnehus i Horsens.', 'Horsens'],
    ['da', 'Sekretariatet har til huse på Vesterbro.', 'Vesterbro'],
    ['nb', 'Du blir en del av et lite team på Røst.', 'Røst'],
    ['nn', 'Teatret held til i Bergen sentrum.', 'Bergen'],
    ['sv', 'Kansliet finns i Stockholm.', 'Stockholm'],
    ['de', 'Das Projektbüro in Heidelberg sucht Verstärkung.', 'Heidelberg'],
    ['en', 'The post is based at our office in Ipswich.', 'Ipswich'],
    ['en', 'A small team in Milton Keynes.', 'Milton Keynes'],
  ])('%s: %s', (_lang, text, town) => {
    expect(locationFromKnownTown(text)?.value).toBe(town);
  });

  it('takes the town the text names most often, the first one on a tie', () => {
    expect(locationFromKnownTown('Kontoret ligger i Aarhus. Vi holder møder i København og i Aarhus.')?.value).toBe('Aarhus');
    expect(locationFromKnownTown('Møder i Odense og i Vejle.')?.value).toBe('Odense');
  });

  it('no town without a preposition of place, in lower case, inside a longer word, or a name that is also a word', () => {
    expect(locationFromKnownTown('Kontakt Anna Lund på 12 34 56 78.')).toBeNull();
    expect(locationFromKnownTown('Vi kører til Odense hver uge.')).toBeNull();
    expect(locationFromKnownTown('Det er i bergen vi bor.')).toBeNull();
    expect(locationFromKnownTown('Vi arbejder i Aarhusområdet.')).toBeNull();
    expect(locationFromKnownTown('Freude in Essen und Trinken.')).toBeNull();
    expect(locationFromKnownTown('Experience in Reading and Writing.')).toBeNull();
  });
});

describe('in the pipeline', () => {
  const ad = (where: string) =>
    `Pædagog\n\nVi søger en pædagog til vores børnehus ${where}.\n\nAnsøgningsfrist: 15. januar 2027.\n\nKontakt leder Mette Hansen på 12 34 56 78.`;
  it('gives the workplace when the ad names it in no other form', () => {
    const d = extractFromText(ad('i Horsens'), { observed: AT });
    expect(d.location).toBe('Horsens');
    expect(d.evidence.location).toContain('i Horsens');
  });
  it('a workplace the ad labels wins over a town in its text', () => {
    expect(extractFromText(`${ad('i Horsens')}\n\nArbejdssted: Brædstrup`, { observed: AT }).location).toBe('Brædstrup');
  });
  it('no town, no workplace', () => {
    expect(extractFromText(ad('ved skoven'), { observed: AT }).location).toBeNull();
  });
});
