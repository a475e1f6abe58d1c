// The Hub (thehub.io), Nordic start-up jobs: one ad at /jobs/<24-hex id>, its facts a description
// list in [data-job-facts] ("Location", "Job type", "Deadline"), the company in a
// data-company-name attribute; /jobs and /startups list ads and companies.
import type { SiteAdapter } from './types';
import { absUrl, attr, fieldsFromFacts, fieldsOf, found, hostIs, labelledFacts, pick, q, textFound, txt } from './kit';

export const thehub: SiteAdapter = {
  id: 'thehub',
  name: 'The Hub',
  matches: (url) => hostIs(url, 'thehub.io', 'thehub.dk', 'thehub.se', 'thehub.no', 'thehub.fi'),
  isAd: (_doc, url) =>
    /^\/jobs\/[0-9a-f]{24}\/?$/iu.test(url.pathname) ? true : /^\/(?:jobs|startups)\/?$/iu.test(url.pathname) ? false : null,
  extract(doc, url, { observed }) {
    const facts = labelledFacts(q(doc, '[data-job-facts]'));
    const base = fieldsFromFacts(
      facts,
      {
        location: ['location', 'placering'],
        deadline: ['deadline', 'apply before', 'ansøgningsfrist'],
        start: ['start date', 'start'],
        hoursPerWeek: ['hours', 'hours per week'],
      },
      observed,
    );
    const apply = q(doc, 'a[data-apply]');
    const href = apply ? absUrl(attr(apply, 'href'), url) : null;
    return fieldsOf({
      ...base,
      title: pick(doc, ['[data-job-title]', 'h1'], 'title'),
      organization: textFound(attr(q(doc, '[data-company-name]'), 'data-company-name'), 'company'),
      applyUrl: href ? found(href, `${txt(apply, 80)}: ${href}`) : null,
    });
  },
};
