// Jobbnorge (jobbnorge.no), the board of Norwegian universities, municipalities and NGOs: one ad
// at /ledige-stillinger/stilling/<id>/<slug>, its facts a description list ("Arbeidsgiver",
// "Stillingstittel", "Søknadsfrist", "Sted", "Stillingsprosent"); /ledige-stillinger is the search.
import type { SiteAdapter } from './types';
import { absUrl, attr, fieldsFromFacts, fieldsOf, found, hostIs, labelledFacts, pick, q, txt } from './kit';

export const jobbnorge: SiteAdapter = {
  id: 'jobbnorge',
  name: 'Jobbnorge',
  matches: (url) => hostIs(url, 'jobbnorge.no', 'jobbnorge.se'),
  isAd: (_doc, url) =>
    /^\/(?:ledige-stillinger\/stilling|job|stilling)\/\d{3,12}\b/iu.test(url.pathname)
      ? true
      : /^\/(?:ledige-stillinger|search|sok)\/?$/iu.test(url.pathname)
        ? false
        : null,
  extract(doc, url, { observed }) {
    const facts = labelledFacts(q(doc, '[data-job-facts]') ?? q(doc, 'main'));
    const apply = q(doc, 'a[href*="/apply/" i]');
    const href = apply ? absUrl(attr(apply, 'href'), url) : null;
    const base = fieldsFromFacts(
      facts,
      {
        title: ['stillingstittel'],
        organization: ['arbeidsgiver'],
        location: ['sted', 'arbeidssted'],
        deadline: ['søknadsfrist', 'frist'],
        start: ['tiltredelse', 'oppstart'],
        extent: ['stillingsprosent', 'omfang'],
      },
      observed,
    );
    return fieldsOf({
      ...base,
      title: base.title ?? pick(doc, ['[data-job-title]', 'h1'], 'overskrift'),
      applyUrl: href ? found(href, `${txt(apply, 80)}: ${href}`) : null,
    });
  },
};
