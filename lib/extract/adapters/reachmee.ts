// ReachMee (reachmee.com), Swedish recruiting system: one ad at …/job?…job_id=<n>, its facts a
// labelled list in #job-facts ("Sista ansökningsdag", "Ort", "Omfattning", "Tillträde"); the
// customer's list (…/main?site=…) is no ad.
import type { SiteAdapter } from './types';
import { absUrl, attr, fieldsFromFacts, fieldsOf, found, hostIs, labelledFacts, pick, q, txt } from './kit';

export const reachmee: SiteAdapter = {
  id: 'reachmee',
  name: 'ReachMee',
  matches: (url) => hostIs(url, 'reachmee.com'),
  isAd: (_doc, url) => (/[?&]job_?id=\d{1,12}/iu.test(url.search) ? true : /\/(?:main|list)$/iu.test(url.pathname) ? false : null),
  extract(doc, url, { observed }) {
    const facts = labelledFacts(q(doc, '#job-facts'));
    const apply = q(doc, 'a[href*="/apply" i]');
    const href = apply ? absUrl(attr(apply, 'href'), url) : null;
    return fieldsOf({
      ...fieldsFromFacts(
        facts,
        {
          organization: ['organisation', 'arbetsgivare', 'företag'],
          location: ['ort', 'placering', 'arbetsort'],
          deadline: ['sista ansökningsdag', 'sista ansökningsdatum', 'ansök senast'],
          start: ['tillträde', 'startdatum'],
          extent: ['omfattning', 'sysselsättningsgrad'],
        },
        observed,
      ),
      title: pick(doc, ['#job-title', 'h1'], 'rubrik'),
      applyUrl: href ? found(href, `${txt(apply, 80)}: ${href}`) : null,
    });
  },
};
