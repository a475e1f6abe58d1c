// Jobnet (jobnet.dk, the Danish public job centre's board): one ad at /CV/FindWork/Details/<id>
// (job.jobnet.dk) or /find-job/<id>; its facts are description lists ("Arbejdsgiver",
// "Ansøgningsfrist", "Tiltrædelse"…), its contact a labelled list of its own.
import type { SiteAdapter } from './types';
import { contactFields, contactOf, fact, fieldsFromFacts, fieldsOf, hostIs, labelledFacts, pick, q } from './kit';

const AD_PATH = /\/(?:Details|find-job)\/[\w-]{4,40}\/?$/iu;

export const jobnet: SiteAdapter = {
  id: 'jobnet',
  name: 'Jobnet',
  matches: (url) => hostIs(url, 'jobnet.dk'),
  isAd: (doc, url) =>
    AD_PATH.test(url.pathname) && q(doc, '[data-job-id], #jobad') !== null
      ? true
      : /\/(?:FindWork|find-job)\/?$/iu.test(url.pathname)
        ? false
        : null,
  extract(doc, url, { observed }) {
    const ad = q(doc, '[data-job-id]') ?? q(doc, '#jobad');
    if (!ad) return {};
    const facts = labelledFacts(ad);
    const base = fieldsFromFacts(
      facts,
      {
        organization: ['arbejdsgiver', 'virksomhed'],
        location: ['arbejdssted', 'adresse'],
        deadline: ['ansøgningsfrist', 'frist'],
        start: ['tiltrædelse', 'tiltrædelsesdato', 'start'],
        hoursPerWeek: ['arbejdstid', 'ugentlig arbejdstid'],
      },
      observed,
    );
    const box = q(ad, '[data-section="contact"]');
    const cf = labelledFacts(box);
    const c = box
      ? contactOf(
          fact(cf, ['kontaktperson', 'navn'])?.value,
          fact(cf, ['stilling', 'titel'])?.value,
          fact(cf, ['telefon', 'tlf', 'mobil'])?.value,
          fact(cf, ['e-mail', 'email'])?.value,
          url,
        )
      : null;
    return fieldsOf({ ...base, title: pick(ad, ['h1'], 'stilling'), ...contactFields(c ? [c] : [], 'Kontaktperson') });
  },
};
