// The public authority an ad names as itself (lib/extract/fields/authority.ts), and the employer it makes.
import { describe, expect, it } from 'vitest';
import { authorityNamed, isAuthority } from '../../../../lib/extract/fields/authority';
import { extractFromText } from '../../../../lib/extract';

describe('the public authority an ad names as itself', () => {
  it.each([
    ['da', 'Børnehusleder til Stengårdsparken\n\nGladsaxe Kommune\n\nVi søger en leder.', 'Gladsaxe Kommune'],
    ['nn', 'Sjukepleiar\n\nVoss kommune ynskjer eit større aldersmangfald.', 'Voss kommune'],
    ['nb', 'Ungdomsarbeider\n\nBydel Grorud har fire kommunale fritidsklubber.', 'Bydel Grorud'],
    ['de', 'Stellenausschreibung\n\nDie Gemeinde Lunz am See schreibt die Stelle aus.', 'Gemeinde Lunz am See'],
    ['sv', 'Utvecklingsledare\n\n• Norrviks kommun\n\nVi söker dig.', 'Norrviks kommun'],
    ['en', 'Museum Attendant\n\nMonaghan County Council invites applications.', 'Monaghan County Council'],
  ])('%s: %s', (_lang, text, name) => {
    expect(authorityNamed(text)?.value).toBe(name);
  });

  it('not a genitive, a place in a sentence, or an authority inside a longer line', () => {
    expect(authorityNamed('Vi arbejder ud fra Gladsaxe Kommunes børnesyn.')).toBeNull();
    expect(authorityNamed('Tyttebærhuset er en selvejende børnehave i Silkeborg Kommune.')).toBeNull();
    expect(authorityNamed('Projektet er støttet af Aarhus Kommune og Region Midtjylland.')).toBeNull();
  });

  it('knows an authority by its name', () => {
    expect(isAuthority('Odense Kommune')).toBe(true);
    expect(isAuthority('Gemeinde Lunz am See')).toBe(true);
    expect(isAuthority('Dyrup Børnehus')).toBe(false);
  });

  it("makes the authority the employer over its institution, and the institution's own employer stays", () => {
    const municipal = 'Pædagog til Elverhuset\n\nElverhusets vuggestue søger en pædagog.\n\n• Herlev Kommune';
    expect(extractFromText(municipal, { observed: '2026-01-01' }).organization).toBe('Herlev Kommune');
    const own =
      'Pædagogmedhjælper\n\nTyttebærhuset søger en pædagogmedhjælper. Tyttebærhuset er en selvejende børnehave i Silkeborg Kommune.';
    expect(extractFromText(own, { observed: '2026-01-01' }).organization).toBe('Tyttebærhuset');
  });
});
