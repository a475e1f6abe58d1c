// Jobindex (jobindex.dk): full ads at /jobannonce/<id>/<slug>, teasers of ads hosted elsewhere at
// /vis-job/<id>. The ad sits in an element carrying data-jobid; its facts are a labelled list,
// the employer's name a data-company element, the teaser's link out a data-click="apply" anchor.
import type { SiteAdapter } from './types';
import { absUrl, attr, dayFound, fact, fieldsOf, found, hostIs, labelledFacts, pick, q, textFound, txt } from './kit';

const AD_PATH = /^\/(?:jobannonce|vis-job)\/[a-z]?\d{4,12}\b/iu;

export const jobindex: SiteAdapter = {
  id: 'jobindex',
  name: 'Jobindex',
  matches: (url) => hostIs(url, 'jobindex.dk'),
  isAd: (doc, url) => (AD_PATH.test(url.pathname) && q(doc, '[data-jobid]') !== null ? true : /^\/(?:jobsoegning|job|virksomhed)\b/u.test(url.pathname) || url.pathname === '/' ? false : null),
  extract(doc, url, { observed }) {
    const ad = q(doc, '[data-jobid]');
    if (!ad) return {};
    const facts = labelledFacts(ad);
    const dl = fact(facts, ['ansøgningsfrist', 'frist']);
    const time = dl ? attr(q(dl.el, 'time') ?? dl.el, 'datetime') : null;
    const apply = q(ad, 'a[data-click="apply"]');
    return fieldsOf({
      title: pick(ad, ['h1', '[data-title]'], 'titel'),
      organization: textFound(attr(q(ad, '[data-company]'), 'data-company') ?? txt(q(ad, '[data-company]'), 200), 'virksomhed'),
      location: textFound(fact(facts, ['arbejdssted', 'sted'])?.value, 'arbejdssted'),
      deadline: dl ? dayFound(time ?? dl.value, dl.label, observed) : null,
      applyUrl: apply ? (() => {
        const u = absUrl(attr(apply, 'href'), url);
        return u ? found(u, `${txt(apply, 80)}: ${u}`) : null;
      })() : null,
    });
  },
};
