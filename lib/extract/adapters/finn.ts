// FINN (finn.no/job): one ad at /job/ad/<finnkode> or /job/fulltime/ad.html?finnkode=<n>, its
// facts labelled list items ("Arbeidsgiver", "Stillingstittel", "Frist", "Ansettelsesform",
// "Sted"), its contacts items "Kontaktperson", "Stillingstittel", "Telefon", "Mobil" in a
// [data-testid="contact-info"] block. /job/search lists ads.
import type { SiteAdapter } from './types';
import {
  absUrl,
  attr,
  contactFields,
  contactOf,
  fact,
  fieldsFromFacts,
  fieldsOf,
  found,
  hostIs,
  labelledFacts,
  pick,
  q,
  qa,
  txt,
} from './kit';

export const finn: SiteAdapter = {
  id: 'finn',
  name: 'FINN',
  matches: (url) => hostIs(url, 'finn.no') && /^\/job\b/u.test(url.pathname),
  isAd: (_doc, url) =>
    /^\/job\/(?:ad\/\d{5,12}|[a-z]{1,20}\/ad\.html)/iu.test(url.pathname)
      ? true
      : /^\/job\/(?:[a-z]{1,20}\/)?search/iu.test(url.pathname)
        ? false
        : null,
  extract(doc, url, { observed }) {
    const facts = labelledFacts(q(doc, '[data-testid="job-facts"]') ?? q(doc, 'main'));
    const contacts = [];
    for (const box of qa(doc, '[data-testid="contact-info"]', 5)) {
      const cf = labelledFacts(box);
      const c = contactOf(
        fact(cf, ['kontaktperson'])?.value,
        fact(cf, ['stillingstittel', 'tittel'])?.value,
        fact(cf, ['mobil', 'telefon'])?.value,
        attr(q(box, 'a[href^="mailto:"]'), 'href'),
        url,
      );
      if (c) contacts.push(c);
    }
    const apply = q(doc, 'a[data-testid="apply-button"]');
    const href = apply ? absUrl(attr(apply, 'href'), url) : null;
    return fieldsOf({
      ...fieldsFromFacts(
        facts,
        {
          organization: ['arbeidsgiver'],
          location: ['sted', 'arbeidssted'],
          deadline: ['frist', 'søknadsfrist'],
          start: ['tiltredelse', 'oppstart'],
          extent: ['stillingsprosent', 'omfang'],
        },
        observed,
      ),
      title: pick(doc, ['[data-testid="job-title"]', 'h1'], 'overskrift') ?? null,
      ...contactFields(contacts, 'Kontaktperson'),
      applyUrl: href ? found(href, `${txt(apply, 80)}: ${href}`) : null,
    });
  },
};
