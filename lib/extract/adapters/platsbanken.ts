// Platsbanken (arbetsformedlingen.se/platsbanken): one ad at /platsbanken/annonser/<id>, its
// facts headed sections ("Sista ansökningsdag", "Omfattning", "Anställningsform", "Lön") marked
// data-section, the employer and town in data-testid elements; /platsbanken/annonser?q= is the search.
import type { SiteAdapter } from './types';
import { absUrl, attr, dayFound, fieldsOf, found, hoursIn, hostIs, percentIn, pick, q, qa, startFields, txt } from './kit';

function section(doc: Document, name: string): { label: string; value: string } | null {
  for (const s of qa(doc, `[data-section="${name}"]`, 5)) {
    const label = txt(q(s, 'h2, h3, h4'), 80).replace(/:$/u, '');
    const value = txt(q(s, 'p, span, time'), 300);
    if (value) return { label, value };
  }
  return null;
}

export const platsbanken: SiteAdapter = {
  id: 'platsbanken',
  name: 'Platsbanken (Arbetsförmedlingen)',
  matches: (url) => hostIs(url, 'arbetsformedlingen.se') && /^\/platsbanken\b/iu.test(url.pathname),
  isAd: (_doc, url) =>
    /^\/platsbanken\/annonser\/\d{5,12}\/?$/iu.test(url.pathname)
      ? true
      : /^\/platsbanken\/?(?:annonser\/?)?$/iu.test(url.pathname)
        ? false
        : null,
  extract(doc, url, { observed }) {
    const dl = section(doc, 'deadline');
    const ext = section(doc, 'extent');
    const st = section(doc, 'start');
    const p = ext ? percentIn(ext.value) : null;
    const h = ext ? hoursIn(ext.value) : null;
    const apply = q(doc, 'a[data-testid="apply-link"]');
    const href = apply ? absUrl(attr(apply, 'href'), url) : null;
    return fieldsOf({
      title: pick(doc, ['[data-testid="job-title"]', 'h1'], 'rubrik'),
      organization: pick(doc, ['[data-testid="employer-name"]'], 'arbetsgivare'),
      location: pick(doc, ['[data-testid="workplace-address"]', '[data-testid="workplace-municipality"]'], 'arbetsplats'),
      deadline: dl ? dayFound(dl.value, dl.label, observed) : null,
      employmentPercent: p !== null ? found(p, `${ext!.label}: ${ext!.value}`) : null,
      hoursPerWeek: h ? found(h, `${ext!.label}: ${ext!.value}`) : null,
      ...(st ? startFields(st.value, st.label, observed) : {}),
      applyUrl: href ? found(href, `${txt(apply, 80)}: ${href}`) : null,
    });
  },
};
