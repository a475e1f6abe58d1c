// LinkedIn job view (linkedin.com/jobs/view/<id>): the public page's top card names the company
// in the link tracked as "public_jobs_topcard-org-name" and the place beside it; the criteria list
// is h3/span pairs ("Employment type"); the off-site apply link is tracked too. The ad's own text
// is the posting's details (description and criteria): the rail beside it lists other jobs with
// their employers and pay, and the sign-in modals repeat the title. Search pages (/jobs/search,
// /jobs/collections) are lists.
import type { SiteAdapter } from './types';
import { absUrl, attr, fieldsOf, found, hostIs, pick, q, txt } from './kit';

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: (url) => hostIs(url, 'linkedin.com') && /^\/jobs\b/u.test(url.pathname),
  isAd: (_doc, url) =>
    /^\/jobs\/view\/(?:[^/]{0,200}-)?\d{6,14}\/?$/iu.test(url.pathname) ||
    (/[?&]currentJobId=\d{6,14}/u.test(url.search) && /^\/jobs\/view/u.test(url.pathname))
      ? true
      : /^\/jobs\/(?:search|collections)?\/?$/iu.test(url.pathname)
        ? false
        : null,
  root: (doc) => q(doc, '.decorated-job-posting__details') ?? q(doc, 'section.description') ?? q(doc, 'section.core-rail'),
  extract(doc, url) {
    const apply = q(doc, 'a[data-tracking-control-name="public_jobs_apply-link-offsite"]');
    const href = apply ? absUrl(attr(apply, 'href'), url) : null;
    return fieldsOf({
      title: pick(doc, ['[data-job-title]', 'h1'], 'title'),
      organization: pick(doc, ['a[data-tracking-control-name="public_jobs_topcard-org-name"]', '[data-company-name]'], 'company'),
      location: pick(doc, ['[data-job-location]', '.topcard__flavor--bullet'], 'location'),
      applyUrl: href ? found(href, `${txt(apply, 80)}: ${href}`) : null,
    });
  },
};
