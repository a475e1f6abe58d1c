// Ofir (ofir.dk): one ad at /job/<id>/<slug> (or /stilling/…), its facts a list under
// [data-testid="job-facts"]; /job (search) and /soeg list ads.
import type { SiteAdapter } from './types';
import { attr, fieldsFromFacts, fieldsOf, hostIs, labelledFacts, pick, q, textFound } from './kit';

export const ofir: SiteAdapter = {
  id: 'ofir',
  name: 'Ofir',
  matches: (url) => hostIs(url, 'ofir.dk'),
  isAd: (_doc, url) =>
    /^\/(?:job|stilling)\/\d{4,12}\b/iu.test(url.pathname) ? true : /^\/(?:job|soeg|jobs)\/?$/iu.test(url.pathname) ? false : null,
  extract(doc, _url, { observed }) {
    const facts = labelledFacts(q(doc, '[data-testid="job-facts"]'));
    const base = fieldsFromFacts(
      facts,
      {
        organization: ['virksomhed', 'arbejdsgiver'],
        location: ['arbejdssted', 'sted'],
        deadline: ['ansøgningsfrist', 'frist'],
        start: ['tiltrædelse', 'start'],
        hoursPerWeek: ['arbejdstid'],
      },
      observed,
    );
    return fieldsOf({
      ...base,
      title: pick(doc, ['[data-testid="job-title"]', 'h1'], 'titel'),
      organization: textFound(attr(q(doc, '[data-company-name]'), 'data-company-name'), 'virksomhed') ?? base.organization,
    });
  },
};
