// Indeed (indeed.com and its country sites, dk.indeed.com, no.indeed.com, se.indeed.com): one ad
// at /viewjob?jk=<key> (or /m/viewjob, /rc/clk), its parts marked by data-testid
// ("jobsearch-JobInfoHeader-title", "inlineHeader-companyName", "inlineHeader-companyLocation")
// and #jobDescriptionText; /jobs?q= and /q-… are result lists. Indeed's JSON-LD validThrough is
// the listing's expiry, which Indeed sets on every ad: not the employer's deadline.
import type { SiteAdapter } from './types';
import { fieldsOf, hostIs, pick } from './kit';

export const indeed: SiteAdapter = {
  id: 'indeed',
  name: 'Indeed',
  matches: (url) => hostIs(url, 'indeed.com', 'indeed.dk', 'indeed.no', 'indeed.se'),
  structuredMisleads: ['deadline'],
  isAd: (_doc, url) =>
    /\/viewjob$/iu.test(url.pathname) || (/[?&](?:jk|vjk)=[0-9a-f]{8,24}/iu.test(url.search) && !/^\/jobs/u.test(url.pathname))
      ? true
      : /^\/(?:jobs|q-[^/]{1,200})\/?$/iu.test(url.pathname)
        ? false
        : null,
  extract(doc) {
    return fieldsOf({
      title: pick(
        doc,
        ['[data-testid="jobsearch-JobInfoHeader-title"] span', '[data-testid="jobsearch-JobInfoHeader-title"]', 'h1'],
        'title',
      ),
      organization: pick(
        doc,
        ['[data-testid="inlineHeader-companyName"] a', '[data-testid="inlineHeader-companyName"]', '[data-company-name]'],
        'company',
      ),
      location: pick(doc, ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]'], 'location'),
    });
  },
};
