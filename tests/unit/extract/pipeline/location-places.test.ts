// The workplace from phrases that place the job, headlines, the first sentences and the
// organisation's name (lib/extract/fields/location.ts). Invented sentences, with those that must not count.
import { describe, expect, it } from 'vitest';
import {
  locationAfterTitle,
  locationFromBasedIn,
  locationFromPostcode,
  locationFromUnit,
  locationFromHeadline,
  placeInName,
  placeOfOrganization,
} from '../../../../lib/extract/fields/location';
import { locationFromSeeker, placeNamedWithOrganization } from '../../../../lib/extract/fields/org-place';

describe('a phrase that places the job', () => {
  it.each([
    ['da', 'Stillingen er med arbejdssted i Aarhus, men du rejser meget.', 'Aarhus'],
    ['nb', 'Stillinga kan ha base i Drammen eller Fresvik.', 'Drammen'],
    ['sv', 'Tjänsten är placerad i Luleå med resor i länet.', 'Luleå'],
    ['de', 'Wir suchen eine Referentin mit Dienstort Mainz.', 'Mainz'],
    ['en', 'The post is based in Twickenham and is part-time.', 'Twickenham'],
    ['sv', 'Tjänsten är i huvudsak förlagd till Göteborg men du reser i hela Sverige.', 'Göteborg'],
    ['nb', 'Du blir stasjonert i Tromsø.', 'Tromsø'],
    ['de', 'Die Stelle ist mit Dienstsitz in Potsdam zu besetzen.', 'Potsdam'],
  ])('%s: %s', (_lang, text, place) => {
    expect(locationFromBasedIn(text)?.value).toBe(place);
  });

  it('needs a capitalised place after the phrase', () => {
    expect(locationFromBasedIn('The role is based in our new office downtown.')).toBeNull();
    expect(locationFromBasedIn('Wir arbeiten in Teams.')).toBeNull();
  });

  it.each([
    ['en', 'You will be part of the ACR+ Secretariat team in Brussels, reporting to the Secretary General.', 'Brussels'],
    ['nb', 'Vi tilbyr moderne lokaler i Nydalen, Oslo.', 'Nydalen'],
    ['nb', 'Entracks verksted på Heimdal søker en mekaniker.', 'Heimdal'],
    ['da', 'Du får din daglige gang i sekretariatet på Christiansborg.', 'Christiansborg'],
    ['de', 'Die Stelle ist in unserer Geschäftsstelle in Torgau angesiedelt.', 'Torgau'],
  ])('%s: the place of a workplace the ad names: %s', (_lang, text, place) => {
    expect(locationFromUnit(text)?.value).toBe(place);
  });

  it('reads a postcode and its town, Nordic or British', () => {
    expect(locationFromPostcode('Kirkekontoret · Kirkevej 2 · 8000 Aarhus C')?.value).toBe('8000 Aarhus C');
    expect(
      locationFromPostcode('Write to HANDS, 1st Floor, Twickenham Library, Garfield Road, Twickenham TW1 3JT or email us.')?.value,
    ).toBe('Twickenham TW1 3JT');
    expect(locationFromPostcode('Reference TW1 3JT was sent.')).toBeNull();
  });

  it('a workplace without a capitalised place after it gives none', () => {
    expect(locationFromUnit('Vi har lyse lokaler i nærheten av sentrum.')).toBeNull();
    expect(locationFromUnit('Our office is open on Mondays.')).toBeNull();
  });

  it("skips the organisation's office to the place after it", () => {
    expect(locationFromBasedIn('An internship based in the EEB office in Brussels.')?.value).toBe('Brussels');
    expect(locationFromBasedIn('The role will be based in our Party offices in Garrett St, Wellington.')?.value).toBe('Garrett St');
    expect(locationFromBasedIn('The role will be based in our Party office.')).toBeNull();
  });
});

describe('the place a headline ends with', () => {
  it.each([
    ['Valsamordnare i Linköping', 'Linköping'],
    ['Organist til Løgumkloster Kirke', 'Løgumkloster Kirke'],
    ['Administratör till Göteborg', 'Göteborg'],
    ['Church Administrator (Part-Time) – St John’s Park, Sheffield', 'Sheffield'],
  ])('%s', (headline, place) => {
    expect(locationFromHeadline(headline)?.value).toBe(place);
  });

  it('a headline without one has none', () => {
    expect(locationFromHeadline('Kommunikationsmedarbejder søges')).toBeNull();
    expect(locationFromHeadline(null)).toBeNull();
    // A term of employment after "in" is no place.
    expect(locationFromHeadline('Projektkoordinator:in ab sofort in Vollzeit')).toBeNull();
    // An organisation after the position is no place, unless one named after its place.
    expect(locationFromHeadline('Forstander til Liselund Højskole')).toBeNull();
    expect(locationFromHeadline('Museumsinspektør til Museum Østjylland')).toBeNull();
    expect(locationFromHeadline('Ekonom till Svenska kyrkan')).toBeNull();
  });
});

describe('the place after a position in the first sentences', () => {
  it('reads "stillingen som kirkegårdskonsulent i Roskilde Stift" and "rejselærer … i Island"', () => {
    expect(locationAfterTitle('Stillingen som kirkegårdskonsulent i Roskilde Stift opslås herved.')?.value).toBe('Roskilde Stift');
    expect(locationAfterTitle('Rejselærer i faget dansk søges til udsendelse i Island i 2024.')?.value).toBe('Island');
  });

  it('reads past a bracket after the position ("einen Mitarbeiter (20 h/Woche) in Torgau")', () => {
    expect(locationAfterTitle('Wir suchen eine Mitarbeiterin / einen Mitarbeiter (20 h/Woche) in Torgau.')?.value).toBe('Torgau');
  });

  it('needs a position word within four words before the place', () => {
    expect(locationAfterTitle('Vi holdt en stor fest i Aarhus sidste år med mange gæster.')).toBeNull();
  });

  it('takes no organisation for a place, but one named after its place', () => {
    expect(locationAfterTitle('Jobannonce: Ledig pædagogmedhjælperstilling i Børnehaven ”Tyttebærhuset”.')).toBeNull();
    expect(locationAfterTitle('Vi søger en forstander til Skovbo Efterskole.')).toBeNull();
    expect(locationAfterTitle('Stillingen som kirkegårdskonsulent i Roskilde Stift opslås herved.')?.value).toBe('Roskilde Stift');
  });

  it('takes no adjective of a people for a place ("diakon i Svenska kyrkan")', () => {
    expect(locationAfterTitle('Du ska vara behörig att tjänstgöra som diakon i Svenska kyrkan.')).toBeNull();
    expect(locationAfterTitle('Som präst i Svenska kyrkan i Luleå arbetar du med diakoni.')?.value).toBe('Luleå');
  });

  it.each([
    ['sv', 'Vi söker en organist i Uppsalas domkyrka.\nDomkyrkan ligger i centrala Uppsala.', 'Uppsala'],
    ['da', 'Vi søger en kordegn i Odenses domsogn.\nKirkekontoret, 5000 Odense C', 'Odense'],
    ['nb', 'Vi søker en kantor i Bergens domkirke.\nBergen domkirke menighet', 'Bergen'],
  ])('%s: a genitive before a noun is the place the text names elsewhere: %s', (_l, text, place) => {
    expect(locationAfterTitle(text)?.value).toBe(place);
  });

  it('keeps the s of a place that ends in one (the text never names it without)', () => {
    expect(locationAfterTitle('Vi söker en diakon i Borås pastorat.')?.value).toBe('Borås');
    expect(locationAfterTitle('We seek an administrator in Paris office space.')?.value).not.toBe('Pari');
  });

  it('a place before a function word or at the end stays as it is', () => {
    expect(locationAfterTitle('Vi søker en prosjektleder i Tromsø og omegn.')?.value).toBe('Tromsø');
    expect(locationAfterTitle('Organist i Lunds. Lund är en stad.')?.value).toBe('Lunds');
    expect(locationAfterTitle('Kantor i Bergens og omegn. Bergen er fin.')?.value).toBe('Bergens');
  });
});

describe('the place in an organisation’s name', () => {
  it.each([
    ['Fredericia Kommune', 'Fredericia'],
    ['Stege Sogn', 'Stege'],
    ['Lunds domkyrkoförsamling', 'Lund'],
    ['Københavns Kommune', 'København'],
    ['Aarhus Stift', 'Aarhus'], // a name that ends in "s" keeps it
    ['Voss kommune', 'Voss'],
    ['Longford County Council', 'Longford'],
    ['Bydel Grorud', 'Grorud'],
    ['Vissenbjerg sogns menighedsråd', 'Vissenbjerg'], // the parish's council
  ])('%s', (org, place) => {
    expect(placeOfOrganization(org)).toBe(place);
  });

  it('an organisation not named after a place gives none', () => {
    expect(placeOfOrganization('Enhedslisten')).toBeNull();
    expect(placeOfOrganization('Foreningen for Hjerneskadede og Pårørende')).toBeNull();
    expect(placeOfOrganization('Danmarks Kirkelige Radio menighedsråd')).toBeNull();
  });

  it('a genitive s stays when the ad writes the name with it and a capitalised noun follows', () => {
    expect(placeOfOrganization('Horsens Kommune', 'Horsens Kommune søger. Horsens Teaterfestival er stor.')).toBe('Horsens');
    expect(placeOfOrganization('Københavns Kommune', 'Vi arbejder i hele København.')).toBe('København');
    expect(placeOfOrganization('Lunds kommun', 'Lunds kommun söker.')).toBe('Lund');
  });

  it.each([
    ['da', 'Horsens Teaterfestival', 'Festivalen arrangeres af Horsens Kommune.', 'Horsens'],
    ['da', 'Vejle Bibliotekerne', 'Du arbejder i kulturhusene i Vejle, Børkop og Give.', 'Vejle'],
    ['nb', 'Norsk Folkemuseum', 'På Norsk Folkemuseum i Oslo viser vi hvordan folk har levd.', 'Oslo'],
    ['de', 'Theater Erfurt', 'Das Haus liegt mitten in Erfurt.', 'Erfurt'],
    ['en', 'Bristol Refugee Rights', 'We work with people seeking asylum in Bristol.', 'Bristol'],
  ])('%s: a word of the name the ad also uses as a place: %s', (_lang, org, text, place) => {
    expect(placeNamedWithOrganization(org, text)).toBe(place);
  });

  it.each([
    ['nb', 'Lysten på ny jobb? Litteraturfestivalen på Lillehammer søker kunstnerisk rådgiver.', 'Lillehammer'],
    ['sv', 'Moderaterna i Upplands Väsby söker en politisk sekreterare.', 'Upplands Väsby'],
    ['de', 'Die Grünen in Spandau suchen eine Mitarbeiterin für den Wahlkampf.', 'Spandau'],
  ])('%s: the place in the name of the one who seeks: %s', (_lang, text, place) => {
    expect(locationFromSeeker(text)?.value).toBe(place);
  });

  it('no place from an organisation after "i" in the seeker, nor from a name without one', () => {
    expect(locationFromSeeker('Kunstenheden i Museum Sønderjylland søger en museumsinspektør.')).toBeNull();
    expect(locationFromSeeker('Horne Efterskole søger ny forstander.')).toBeNull();
  });

  it.each([
    ['da', 'Tyttebærhuset', 'Tyttebærhuset er en selvejende børnehave i Sejs, der ligger i et naturskønt område.', 'Sejs'],
    ['en', 'Finwell', 'Finwell is a small charity in Leeds with six staff.', 'Leeds'],
  ])("%s: the place after the name's description in one clause: %s", (_lang, org, text, place) => {
    expect(placeNamedWithOrganization(org, text)).toBe(place);
  });

  it('no place from a description with a suspended compound, a further name or another clause', () => {
    const region = 'Constructa er en stor lokal entreprenør i Bergen- og Hordalands-regionen.';
    expect(placeNamedWithOrganization('Constructa', region)).toBeNull();
    expect(placeNamedWithOrganization('Finwell', 'Finwell is a member of a network in Leeds City Council.')).toBeNull();
    expect(placeNamedWithOrganization('Finwell', 'Finwell is a charity, and we meet in Leeds.')).toBeNull();
  });

  it('a name word the ad never uses as a place, or one used only in a further name, gives none', () => {
    expect(
      placeNamedWithOrganization('Liselund Højskole', 'Liselund Højskole søger forstander. Liselundfondet ejer bygningerne.'),
    ).toBeNull();
    expect(placeNamedWithOrganization('Odense Teater', 'Vi samarbejder med folk i Odense Kommune.')).toBe('Odense');
    expect(placeNamedWithOrganization('Odense Teater', 'Vi samarbejder med i Odense Zoo.')).toBeNull();
    expect(placeNamedWithOrganization('Norsk Folkemuseum', 'Norsk Folkemuseum i samarbeid med andre.')).toBeNull();
    // Lower case is no place ("i vejle" is not how a town is written).
    expect(placeNamedWithOrganization('Vejle Bibliotekerne', 'vi bor i vejle.')).toBeNull();
  });

  it('the place after "i"/"in" in the seeking name', () => {
    expect(placeInName('Moderaterna i Upplands Väsby')).toBe('Upplands Väsby');
    expect(placeInName('Enhedslisten')).toBeNull();
  });
});
