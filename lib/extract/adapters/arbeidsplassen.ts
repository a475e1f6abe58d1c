// arbeidsplassen.nav.no (NAV's job board): one ad at /stillinger/stilling/<uuid>, its facts in
// labelled description lists ("Arbeidsgiver", "Stillingstittel", "Sted", "Søknadsfrist",
// "Omfang", "Oppstart"), its contacts in a section of their own (name, title, phone, e-mail as
// dt/dd). /stillinger is the search.
import type { Contact } from '../../schema/draft';
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

export const arbeidsplassen: SiteAdapter = {
  id: 'arbeidsplassen',
  name: 'arbeidsplassen.nav.no',
  matches: (url) => hostIs(url, 'arbeidsplassen.nav.no', 'arbeidsplassen.no'),
  isAd: (_doc, url) =>
    /^\/stillinger\/stilling\/[\w-]{8,64}\/?$/iu.test(url.pathname) ? true : /^\/stillinger\/?$/iu.test(url.pathname) ? false : null,
  extract(doc, url, { observed }) {
    const main = q(doc, 'main') ?? doc;
    const facts = labelledFacts(q(main, '[data-section="summary"]') ?? main);
    const contacts: Contact[] = [];
    for (const box of qa(main, '[data-section="contact"] [data-contact]', 10)) {
      const cf = labelledFacts(box);
      const mail = q(box, 'a[href^="mailto:"]');
      const c = contactOf(
        fact(cf, ['navn'])?.value ?? txt(q(box, 'h3'), 120),
        fact(cf, ['tittel', 'stilling'])?.value,
        fact(cf, ['telefon', 'mobil'])?.value,
        attr(mail, 'href') ?? fact(cf, ['e-post'])?.value,
        url,
      );
      if (c) contacts.push(c);
    }
    const apply = q(main, 'a[data-apply]');
    const href = apply ? absUrl(attr(apply, 'href'), url) : null;
    const base = fieldsFromFacts(
      facts,
      {
        title: ['stillingstittel'],
        organization: ['arbeidsgiver'],
        location: ['sted', 'arbeidssted'],
        deadline: ['søknadsfrist', 'frist'],
        start: ['oppstart', 'tiltredelse'],
        extent: ['omfang', 'stillingsprosent'],
      },
      observed,
    );
    return fieldsOf({
      ...base,
      title: base.title ?? pick(main, ['h1'], 'overskrift'),
      ...contactFields(contacts, 'Kontaktperson for stillingen'),
      applyUrl: href ? found(href, `${txt(apply, 80)}: ${href}`) : null,
    });
  },
};
