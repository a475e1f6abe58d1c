// Emply (<customer>.career.emply.com): one ad at /ad/<slug>/<id>, its facts in a description
// list marked data-ad-facts ("Ansøgningsfrist", "Arbejdssted", "Tiltrædelse"); the start page
// and /ads list the customer's ads.
import type { SiteAdapter } from './types';
import { absUrl, attr, fieldsFromFacts, fieldsOf, found, hostIs, labelledFacts, pick, q, txt } from './kit';

export const emply: SiteAdapter = {
  id: 'emply',
  name: 'Emply',
  matches: (url) => hostIs(url, 'emply.com', 'emply.net'),
  isAd: (doc, url) =>
    /^\/ad\/[^/]{1,200}\/[a-z0-9]{3,20}\/?$/iu.test(url.pathname)
      ? true
      : url.pathname === '/' || /^\/(?:ads|jobs)\/?$/iu.test(url.pathname)
        ? false
        : null,
  extract(doc, url, { observed }) {
    const facts = labelledFacts(q(doc, '[data-ad-facts]'));
    const apply = q(doc, 'a[href*="/apply/" i]');
    const href = apply ? absUrl(attr(apply, 'href'), url) : null;
    return fieldsOf({
      ...fieldsFromFacts(
        facts,
        {
          organization: ['virksomhed', 'arbejdsgiver', 'company'],
          location: ['arbejdssted', 'lokation', 'location'],
          deadline: ['ansøgningsfrist', 'frist', 'deadline'],
          start: ['tiltrædelse', 'start'],
          hoursPerWeek: ['arbejdstid', 'timer'],
        },
        observed,
      ),
      title: pick(doc, ['[data-ad-title]', 'h1'], 'titel'),
      applyUrl: href ? found(href, `${txt(apply, 80)}: ${href}`) : null,
    });
  },
};
