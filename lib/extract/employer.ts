// The hiring organisation from the text and the page, best source first: an employer label, the
// headline's organisation, the names the text ranks (./fields/org-candidates.ts), a letterhead or
// footer line, a possessive, the e-mail domain, the site's name, a place described as a municipality.
import type { Found } from './types';
import type { PageInput } from './merge';
import type { TitleCandidate } from './fields/title';
import {
  cleanOrgName,
  orgFromAddressLine,
  orgFromEmailDomain,
  orgFromLabel,
  orgFromPlaceCopula,
  orgFromPossessive,
  orgFromSiteName,
} from './fields/organization';
import { pickOrganization as pickOrgByScore } from './fields/org-candidates';
import { placeInName } from './fields/location';
import { authorityNamed, isAuthority } from './fields/authority';
import { found } from './util';

export function pickOrganization(
  text: string,
  page: PageInput,
  title: TitleCandidate | null,
  headOrg: string | null,
  location: string | null,
  people: string[],
  out: { place?: Found<string> },
  host = '',
): Found<string> | null {
  const got = pickOrganizationFromText(text, page, title, headOrg, people, out, host);
  const needSite = !got || got.source !== 'meta';
  const pageText = needSite && (page.meta?.siteName || page.meta?.titleSite) ? (page.docText ? page.docText() : text) : text;
  const site = orgFromSiteName(page.meta?.siteName ?? null, pageText) ?? orgFromSiteName(page.meta?.titleSite ?? null, pageText);
  // The workplace ("Arbejdssted: Børnehuset Solsikken, …") is not always the employer: when the
  // name found is the workplace and the site names an organisation, the site's owner hires.
  if (got && site && location && location.toLocaleLowerCase().includes(String(got.value).toLocaleLowerCase()) && got.source !== 'meta') {
    return found(site.value, site.evidence, 'meta');
  }
  if (got) return got;
  if (site) return found(site.value, site.evidence, 'meta');
  const placeOrg = orgFromPlaceCopula(text);
  if (placeOrg) return found(placeOrg.value, placeOrg.evidence, 'text', true);
  if (title?.org) {
    const v = cleanOrgName(title.org);
    if (v) return found(v, title.evidence, 'text');
  }
  return null;
}

function pickOrganizationFromText(
  text: string,
  page: PageInput,
  title: TitleCandidate | null,
  headOrg: string | null,
  people: string[],
  out: { place?: Found<string> },
  host: string,
): Found<string> | null {
  const label = orgFromLabel(text);
  if (label) return found(label.value, label.evidence, 'text');
  if (headOrg) {
    const v = cleanOrgName(headOrg);
    if (v) return found(v, headOrg, 'text');
  }
  const site = page.meta?.siteName ?? page.meta?.titleSite ?? null;
  const pick = pickOrgByScore(text, {
    headline: title && !title.running ? title.evidence : null,
    siteName: site,
    people,
    titleOrg: title && !title.running ? title.org : null,
    host,
  });
  // "Dyrup Børnehus" in an ad that names "Odense Kommune" as itself: the municipality employs.
  const authority = pick && !isAuthority(pick.value) ? authorityNamed(text) : null;
  if (authority) return found(authority.value, authority.evidence, 'text');
  if (pick) {
    // "Moderaterna i Upplands Väsby søger …": the name stops before the place, which is the workplace's.
    const place = placeInName(pick.value);
    if (place) out.place = found(place, pick.evidence, 'text', true);
    // "Stege Sogn" over "Stege Kirke": the parish employs, and its church is where the job is.
    else if (pick.church) out.place = found(pick.church, pick.evidence, 'text', true);
    return found(cleanOrgName(pick.value) ?? pick.value, pick.evidence, 'text');
  }
  const addr = orgFromAddressLine(page.bodyText || text);
  if (addr) return found(addr.value, addr.evidence, 'text');
  const poss = orgFromPossessive(text);
  if (poss) return found(poss.value, poss.evidence, 'text');
  const byDomain = orgFromEmailDomain(text, host);
  if (byDomain) return found(byDomain.value, byDomain.evidence, 'text');

  // A "til Børnehuset Solsikken" in the title: the workplace, checked against the site above.
  if (title?.org && !title.running && title.form !== 'verb') {
    const v = cleanOrgName(title.org);
    if (v && properNameIn(v, text)) return found(v, title.evidence, 'text');
  }
  return null;
}

function properNameIn(v: string, text: string): boolean {
  return text.split(v).length > 2 || /\p{Lu}.{0,40}\p{Lu}/u.test(v);
}
