// Webcruiter (webcruiter.com / .no), used by Norwegian municipalities, unions and NGOs: one ad at
// /…/Home/job/<id> or /jobadvert/…?advertid=<id>, its facts a description list in #job-facts
// ("Søknadsfrist", "Arbeidssted", "Stillingsprosent", "Tiltredelse", "Arbeidsgiver"); the
// company's list of adverts (Home/Companyadverts) is no ad.
import type { SiteAdapter } from './types';
import { absUrl, attr, fieldsFromFacts, fieldsOf, found, hostIs, labelledFacts, pick, q, txt } from './kit';

export const webcruiter: SiteAdapter = {
  id: 'webcruiter',
  name: 'Webcruiter',
  matches: (url) => hostIs(url, 'webcruiter.com', 'webcruiter.no'),
  isAd: (doc, url) =>
    (/\/job\/\d{3,12}\b/iu.test(url.pathname) || /[?&]advertid=\d{3,12}/iu.test(url.search)) && q(doc, '#job-facts') !== null
      ? true
      : /companyadverts|\/search/iu.test(url.pathname)
        ? false
        : null,
  extract(doc, url, { observed }) {
    const facts = labelledFacts(q(doc, '#job-facts'));
    const apply = q(doc, 'a[data-apply-url]');
    const href = apply ? absUrl(attr(apply, 'data-apply-url') ?? attr(apply, 'href'), url) : null;
    return fieldsOf({
      ...fieldsFromFacts(
        facts,
        {
          organization: ['arbeidsgiver', 'virksomhet'],
          location: ['arbeidssted', 'sted'],
          deadline: ['søknadsfrist', 'frist'],
          start: ['tiltredelse', 'oppstart'],
          extent: ['stillingsprosent', 'omfang'],
        },
        observed,
      ),
      title: pick(doc, ['#job-title', 'h1'], 'stillingstittel'),
      applyUrl: href ? found(href, `${txt(apply, 80)}: ${href}`) : null,
    });
  },
};
