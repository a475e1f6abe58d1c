// Further written forms of the workplace (lib/extract/fields/location-forms.ts) and the place in a
// "Town of …" name (placeOfOrganization). Invented sentences, with those that must not count.
import { describe, expect, it } from 'vitest';
import { locationFromBareLabel, locationFromRegion, locationFromUsAddress } from '../../../../lib/extract/fields/location-forms';
import { locationFromText, placeOfOrganization } from '../../../../lib/extract/fields/location';

describe('a town and its region', () => {
  it.each([
    ['en', 'The History House Museum in Skowhegan, Maine, is seeking a part-time assistant.', 'Skowhegan, Maine'],
    ['en', 'Our office in Red Deer, Alberta opens in May.', 'Red Deer, Alberta'],
    ['sv', 'Tjänsten är placerad i Kiruna, Norrbotten.', 'Kiruna, Norrbotten'],
    ['nb', 'Kontoret ligger i Tana, Finnmark.', 'Tana, Finnmark'],
    ['de', 'Unsere Geschäftsstelle in Mainz, Rheinland-Pfalz, sucht Verstärkung.', 'Mainz, Rheinland-Pfalz'],
    ['da', 'Skolen ligger i Ribe, Sydjylland.', 'Ribe, Sydjylland'],
  ])('%s: %s', (_lang, text, place) => {
    expect(locationFromRegion(text)?.value).toBe(place);
  });

  it('no place without a known region after the comma, or without "in" before the town', () => {
    expect(locationFromRegion('We work in Leeds, Bradford and York.')).toBeNull();
    expect(locationFromRegion('in Skowhegan, maine')).toBeNull();
    expect(locationFromRegion('Skowhegan, Maine is a town.')).toBeNull();
    // A region that is the start of a longer name is no region ("New Brunswick" is, "New Brunswick-Hall" is not).
    expect(locationFromRegion('in Fredericton, New Brunswick-Hall')).toBeNull();
  });
});

describe('an American address line', () => {
  it.each([
    ['Great Neck Library\n159 Bayview Avenue\nGreat Neck, NY  11023-1938', 'Great Neck, NY'],
    ['Send your letter to 12 Main Street, Mount Horeb, WI 53572', 'Mount Horeb, WI'],
  ])('%s', (text, place) => {
    expect(locationFromUsAddress(text)?.value).toBe(place);
  });

  it('no town from a line with more after the code, lower-case state letters or a short number', () => {
    expect(locationFromUsAddress('Great Neck, NY 11023 is where we are')).toBeNull();
    expect(locationFromUsAddress('Great Neck, ny 11023')).toBeNull();
    expect(locationFromUsAddress('Great Neck, NY 1102')).toBeNull();
  });
});

describe('a field table written without colons', () => {
  it('reads the workplace line between other labelled lines', () => {
    const table = 'Organisation Little Sophia Kindergarten\nClosing date 15.10.2021\nLocation Abbotsford\nState VIC';
    expect(locationFromBareLabel(table)?.value).toBe('Abbotsford');
    expect(locationFromBareLabel('Arbejdssted Vejle\nAnsøgningsfrist 1. maj 2025')?.value).toBe('Vejle');
  });

  it('a label word that opens a line among running text is no field', () => {
    expect(locationFromBareLabel('We seek an\nOffice Manager\nto run our front desk.')).toBeNull();
    expect(locationFromBareLabel('Location Abbotsford')).toBeNull();
    // The value must be a short capitalised place, the whole line.
    expect(locationFromBareLabel('Employer Little Sophia\nLocation to be agreed with you')).toBeNull();
  });

  it('a label with a colon is read first', () => {
    expect(locationFromText('Location: Ballarat\nOrganisation Little Sophia\nLocation Abbotsford')?.value).toBe('Ballarat');
  });
});

describe('the place in a "Town of …" name', () => {
  it.each([
    ['Village of Mount Horeb', 'The Village of Mount Horeb is seeking applicants.', 'Mount Horeb'],
    ['Town of Princeton Cemetery Department', 'The Town of Princeton is an Equal Opportunity Employer.', 'Princeton'],
    ['City of Lakewood', '', 'Lakewood'],
  ])('%s', (org, text, place) => {
    expect(placeOfOrganization(org, text)).toBe(place);
  });

  it('a name with "of" and no place word gives none', () => {
    expect(placeOfOrganization('Friends of Oxford Library', 'Friends of Oxford Library is a charity.')).toBeNull();
    expect(placeOfOrganization('University of Bergen', 'The University of Bergen seeks')).toBeNull();
  });
});
