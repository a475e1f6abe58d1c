// Varbi (<customer>.varbi.com), the recruiting system of Swedish municipalities, regions, unions
// and universities: one ad at /<lang>/what:job/jobID:<n>/, its facts a labelled list in
// [data-job-facts] ("Sista ansökningsdag", "Tillträde", "Omfattning", "Ort", "Anställningsform"),
// its employer in a data-company-name attribute; the customer's start page lists its ads.
import type { SiteAdapter } from './types';
import { absUrl, attr, fieldsFromFacts, fieldsOf, found, hostIs, labelledFacts, pick, q, textFound, txt } from './kit';

export const varbi: SiteAdapter = {
  id: 'varbi',
  name: 'Varbi',
  matches: (url) => hostIs(url, 'varbi.com'),
  isAd: (_doc, url) =>
    /what:job\/jobID:\d{2,12}/iu.test(url.pathname)
      ? true
      : /^\/(?:[a-z]{2}\/?)?$|what:(?:jobs|search)/iu.test(url.pathname)
        ? false
        : null,
  extract(doc, url, { observed }) {
    const facts = labelledFacts(q(doc, '[data-job-facts]'));
    const base = fieldsFromFacts(
      facts,
      {
        organization: ['arbetsgivare', 'organisation'],
        location: ['ort', 'placeringsort', 'arbetsort', 'kommun'],
        deadline: ['sista ansökningsdag', 'sista ansökningsdatum', 'ansök senast'],
        start: ['tillträde', 'tillträdesdag'],
        extent: ['omfattning', 'sysselsättningsgrad'],
      },
      observed,
    );
    const apply = q(doc, 'a[href*="what:apply" i], a[data-apply]');
    const href = apply ? absUrl(attr(apply, 'href'), url) : null;
    return fieldsOf({
      ...base,
      title: pick(doc, ['[data-job-title]', 'h1'], 'rubrik'),
      organization: textFound(attr(q(doc, '[data-company-name]'), 'data-company-name'), 'arbetsgivare') ?? base.organization,
      applyUrl: href ? found(href, `${txt(apply, 80)}: ${href}`) : null,
    });
  },
};
