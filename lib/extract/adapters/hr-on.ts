// HR-ON Recruit (hr-on.com): one ad at /job/<id> or /show-job/<id>, its facts a table in
// #job-facts ("Ansøgningsfrist", "Arbejdssted", "Virksomhed"); /jobs and a company's page list ads.
import type { SiteAdapter } from './types';
import { absUrl, attr, fieldsFromFacts, fieldsOf, found, hostIs, labelledFacts, pick, q, txt } from './kit';

export const hrOn: SiteAdapter = {
  id: 'hr-on',
  name: 'HR-ON',
  matches: (url) => hostIs(url, 'hr-on.com'),
  isAd: (doc, url) =>
    /\/(?:show-)?job\/\d{2,12}\b/iu.test(url.pathname) && q(doc, '#job-facts, #job-description') !== null
      ? true
      : /\/jobs\/?$/iu.test(url.pathname) || url.pathname === '/'
        ? false
        : null,
  extract(doc, url, { observed }) {
    const facts = labelledFacts(q(doc, '#job-facts'));
    const apply = q(doc, 'a[data-action="apply"]');
    const href = apply ? absUrl(attr(apply, 'href'), url) : null;
    return fieldsOf({
      ...fieldsFromFacts(
        facts,
        {
          organization: ['virksomhed', 'arbejdsgiver'],
          location: ['arbejdssted', 'adresse'],
          deadline: ['ansøgningsfrist', 'frist'],
          start: ['tiltrædelse', 'startdato'],
          hoursPerWeek: ['arbejdstid', 'timer pr. uge'],
        },
        observed,
      ),
      title: pick(doc, ['#job-title', 'h1'], 'titel'),
      applyUrl: href ? found(href, `${txt(apply, 80)}: ${href}`) : null,
    });
  },
};
