// Is the page one job ad? The verdict's signals (lib/extract/verdict/jobad.ts) on invented pages of each kind.
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../lib/extract';
import { SIGNALS, VERDICT_WEIGHTS } from '../../../../lib/extract/verdict/weights';
import { offersPosition } from '../../../../lib/extract/verdict/jobad';

const verdict = (text: string) => {
  let signals: Record<string, number> = {};
  const d = extractFromText(text, { observed: '2026-12-07', onVerdict: (_r, _t, s) => (signals = s) });
  return { isJobAd: d.isJobAd, signals };
};

describe('the verdict', () => {
  it('has a weight for every signal, and weighs a list of jobs, news of a hire and a closed post against', () => {
    expect(Object.keys(VERDICT_WEIGHTS).sort()).toEqual([...SIGNALS, 'bias'].sort());
    for (const k of ['postingMany', 'hired', 'newsHeadline', 'notPosting', 'listOfAds', 'jobLinks'] as const)
      expect(VERDICT_WEIGHTS[k]).toBeLessThan(0);
    for (const k of ['postingOne', 'titleHeadline', 'weSeek', 'factDeadline'] as const) expect(VERDICT_WEIGHTS[k]).toBeGreaterThan(0);
  });

  it.each([
    ['da', 'Kirketjener\n\nSognets menighedsråd søger en kirketjener til 25 timer om ugen. Ansøgningsfrist: 15. januar 2027.'],
    [
      'nb',
      'Nå ser vi etter en dirigent\n\nKorpset søker dirigent fra høsten. Søknadsfrist: 1. mars 2027. Send søknad til post@korps.example.',
    ],
    ['nn', 'Rådgjevar\n\nVi søkjer ein rådgjevar i 100 % fast stilling. Søknadsfrist 10. februar 2027.'],
    ['sv', 'Diakon till församlingen\n\nVi söker en diakon på heltid. Sista ansökningsdag: 31 januari 2027.'],
    [
      'de',
      'Referentin (m/w/d)\n\nWir suchen zum 1. März 2027 eine Referentin in Teilzeit (30 Wochenstunden). Bewerbungsschluss: 15. Februar 2027.',
    ],
    ['en', 'Community Organiser\n\nWe are recruiting a Community Organiser, 28 hours per week. Closing date: 20 January 2027.'],
  ])('%s: a position and a fact make an ad, however short', (_lang, text) => {
    expect(verdict(text).isJobAd).toBe(true);
  });

  it.each([
    ['news of a hire', 'Ny sekretariatsleder er ansat\n\nVi har ansat Mette Hansen som ny sekretariatsleder. Hun tiltræder 1. marts.'],
    ['a post filled', 'Prosjektleiar i laget tilsett\n\nLaget har tilsett Kari Nordmann som prosjektleiar frå 1. august.'],
    ['applicants counted', 'Rektor\n\nTjänsten som rektor har fått 9 sökande. Intervjuer hålls i vår.'],
    ['a call for grants', 'Förderaufruf 2027\n\nVereine können bis zum 31. März 2027 Anträge stellen. Ansprechpartnerin: Anna Schmidt.'],
  ])('%s is no ad', (_kind, text) => {
    expect(verdict(text).isJobAd).toBe(false);
  });

  it.each([
    ['nn', 'Direktørstillinga ved festivalen lyst ut\n\nFestivalen har lyst ut stillinga som direktør. Søknadsfrist 19. februar.'],
    ['sv', 'Tjänsten som kyrkoherde utlyst\n\nFörsamlingen har utlyst tjänsten.'],
    ['en', 'Director post advertised\n\nThe charity has advertised the post of director.'],
  ])('%s: a headline that reports a post advertised is news', (_lang, text) => {
    expect(verdict(text).signals.newsHeadline).toBe(1);
  });

  it.each([
    ['nb', 'Er du vår nye kommunikasjonsrådgiver?\n\nVi har ledig en 100 % stilling. Søknadsfrist: 15.01.2027'],
    ['en', 'Are you our new Finance Officer?\n\nWe are looking for a finance officer to join our team. Closing date: 15 January 2027'],
    ['de', 'Bist du unsere neue Referentin?\n\nBewerbungsschluss: 15. Januar 2027'],
  ])('%s: a headline that asks the reader to take a new post is an ad, not news of a hire', (_lang, text) => {
    const v = verdict(text);
    expect(v.signals.newsHeadline).toBe(0);
    expect(v.isJobAd).toBe(true);
  });

  it('counts applicants with a short aside between the number and the word ("333 (!) søknader")', () => {
    expect(verdict('Leksikonet\n\nDet har kome 333 (!) søknader til dei ledige stillingane.').signals.applicants).toBe(1);
    expect(verdict('Leksikonet\n\nVi har 3 (tre) ledige stillingar.').signals.applicants).toBe(0);
  });

  it('hears the organisation seek when a sentence seeks a named position', () => {
    expect(verdict('Praktik\n\nGlobalt Fokus søger en ny praktikant, der kan byde ind i arbejdet.').signals.weSeek).toBe(1);
    expect(verdict('Praktik\n\nGlobalt Fokus søger at styrke civilsamfundet.').signals.weSeek).toBe(0);
  });

  it.each([
    ['da', 'Nye frivillige søges til arkivet\n\nVi mangler hjælpere. Vi arbejder to faste dage om ugen.', 1],
    ['en', 'Join us\n\nWe are looking for volunteers to help at our Saturday events.', 1],
    ['de', 'Mitmachen\n\nWir suchen Ehrenamtliche für unsere Kleiderkammer.', 1],
    ['en: a paid post for volunteers', 'Volunteer Coordinator\n\nWe are looking for a Volunteer Coordinator, 30 hours per week.', 0],
    ['da: a paid post for volunteers', 'Koordinator for frivillige\n\nVi søger en koordinator for frivillige, 30 timer om ugen.', 0],
  ])('%s: hears a call for volunteers (%#)', (_lang, text, on) => {
    expect(verdict(text).signals.volunteerCall).toBe(on);
  });

  it('reads a reporter quoting someone as news, not an ad', () => {
    const news = verdict(
      'IFK Lindesberg söker klubbchef\n\nIFK Lindesberg söker nu en klubbchef. – Vi vill gärna få in ansökningar, berättar Petter Carlsson, ordförande. – Det blir spännande, säger Anna Berg.',
    );
    expect(news.signals.reported).toBe(1);
    const ad = verdict(
      'Klubbchef\n\nIFK Lindesberg söker en klubbchef. Sista ansökningsdag är 1 mars 2027. Frågor besvaras av Petter Carlsson.',
    );
    expect(ad.signals.reported).toBe(0);
  });

  it("offers a position through a section heading and an ad's vocabulary when no headline names one", () => {
    const none = Object.fromEntries(SIGNALS.map((k) => [k, 0])) as Record<(typeof SIGNALS)[number], number>;
    expect(offersPosition({ ...none, sections: 0.25, jobWords: 0.5 })).toBe(true);
    expect(offersPosition({ ...none, sections: 0.25, jobWords: 0.25 })).toBe(false);
    expect(offersPosition({ ...none, jobWords: 1 })).toBe(false);
    expect(offersPosition({ ...none, titleSentence: 1 })).toBe(true);
  });

  it('offers a position through a sentence that seeks someone, with a deadline, a start or an instruction to apply', () => {
    const none = Object.fromEntries(SIGNALS.map((k) => [k, 0])) as Record<(typeof SIGNALS)[number], number>;
    expect(offersPosition({ ...none, weSeek: 1, factDeadline: 1 })).toBe(true);
    expect(offersPosition({ ...none, weSeek: 1, factApply: 1 })).toBe(true);
    expect(offersPosition({ ...none, weSeek: 1 })).toBe(false);
    expect(offersPosition({ ...none, factDeadline: 1, factApply: 1 })).toBe(false);
  });

  it('needs a position: a page of dates and addresses that offers none is no ad', () => {
    const v = verdict(
      'Generalforsamling\n\nDer indkaldes til generalforsamling den 15. marts 2027. Tilmelding til formand@forening.example.',
    );
    expect(v.isJobAd).toBe(false);
    expect((v.signals.titleHeadline ?? 0) + (v.signals.titleSentence ?? 0)).toBe(0);
  });
});

describe('the verdict: a byline', () => {
  it("an organisation that posts the ad is no reporter's byline", () => {
    const posted = verdict('Nature Kindergarten Teacher\n\nPosted by Little Sophia Kindergarten on 24 Sep 2021\n\nClosing date 15.10.2021');
    expect(posted.signals.byline).toBe(0);
    expect(posted.signals.newsWords).toBe(0);
    const news = verdict('New teacher at the kindergarten\n\nPosted by Jane Smith on 24 Sep 2021\n\nThe kindergarten has hired a teacher.');
    expect(news.signals.byline).toBe(1);
    expect(news.signals.newsWords).toBe(1);
  });
});
