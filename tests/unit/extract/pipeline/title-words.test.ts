// Position names in any form, headings that are no title, and the position a sentence names
// (lib/extract/title.ts).
import { describe, expect, it } from 'vitest';
import { hasTitleWord, isSectionHeading, scoreHeadline, titleFromRunningText } from '../../../../lib/extract/title';

describe('position words', () => {
  it.each([
    'Kirketjenere', // plural
    'Vikarar', // nynorsk plural
    'Lehrerinnen', // feminine plural
    'Referent:in',
    'Mitarbeiter*in',
    'pædagogmedhjælperstilling', // with a noun for a position
    'Dirigentjobben',
    'frivillighetskoordinator', // compound
  ])('%s names a position', (w) => {
    expect(hasTitleWord(w)).toBe(true);
  });

  it.each(['Kirkegård', 'Stockholm', 'Moderaterna', 'Høgskulen', 'Familienbetrieb'])('%s does not', (w) => {
    expect(hasTitleWord(w)).toBe(false);
  });
});

describe('section headings and fact lines are no title', () => {
  it.each(['Arbeidsoppgaver', 'Ihr Profil:', '## The role', 'Önskad profil', 'Vi tilbyder'])('%s is a section heading', (line) => {
    expect(isSectionHeading(line)).toBe(true);
    expect(scoreHeadline(line, 0)).toBeNull();
  });

  it.each([
    'Ansøgningsfrist: 30. november 2026 kl. 9.00',
    'Stillingsstørrelse: 100 %',
    'Kunden vår kan tilby:',
    'Stillingstype: Fast',
    'Urval',
  ])('%s is no title', (line) => {
    expect(scoreHeadline(line, 0)).toBeNull();
  });

  it('a headline that names a position still is one', () => {
    expect(scoreHeadline('Kirketjener til Essenbæk Kirke', 0)?.title).toBe('Kirketjener til Essenbæk Kirke');
    expect(isSectionHeading('Kirketjener')).toBe(false);
  });
});

describe('the position a sentence names', () => {
  it.each([
    ['da', 'Derfor søger Fællesskabspartiets Ungdom en studentermedhjælper til landskontoret.', 'Studentermedhjælper'],
    ['nb', 'På vegne av kunden søker vi etter en ivrig Sales Manager som er sulten på å lykkes.', 'Ivrig Sales Manager'],
    ['nb', 'Vi søker deg. Som junior anleggsleder vil du jobbe med spennende prosjekter.', 'Junior anleggsleder'],
    ['sv', 'Miljöpartiet söker en valsamordnare till valrörelsen.', 'Valsamordnare'],
    ['de', 'Der Verband sucht ab sofort eine Politische Referentin für das Team.', 'Politische Referentin'],
    ['en', 'The Bureau is looking to recruit a Policy Assistant to support its work.', 'Policy Assistant'],
  ])('%s: %s', (_lang, text, title) => {
    expect(titleFromRunningText(text)?.title).toBe(title);
  });

  it('a seeking verb without a position word after it names none', () => {
    expect(titleFromRunningText('Vi søger at skabe et bedre samfund for alle.')).toBeNull();
    expect(titleFromRunningText('We are looking for ways to grow our network.')).toBeNull();
  });
});
