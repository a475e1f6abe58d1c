// Jobindex (jobindex.dk): full ads at /jobannonce/<id>/<slug>, teasers of ads hosted elsewhere at
// /vis-job/<id>. The ad is the <article class="jobtext-jobad"> component (or an element carrying
// data-jobid); its metadata items are labelled by an icon's aria-label ("Virksomhed:",
// "Arbejdssted:", "Ansøgningsfrist:"), or a labelled list; the teaser's link out is marked
// data-click="apply".
import type { SiteAdapter } from './types';
import { absUrl, attr, dayFound, fact, fieldsOf, found, hostIs, labelledFacts, pick, q, qa, textFound, txt } from './kit';

const AD_PATH = /^\/(?:jobannonce|vis-job)\/[a-z]?\d{4,12}\b/iu;

function adOf(doc: Document): Element | null {
  return q(doc, 'article.jobtext-jobad') ?? q(doc, '[data-jobid]');
}

/** A metadata item by its icon's aria-label ("Virksomhed:"): the item's text, or the datetime of its <time>. */
function metaItem(ad: Element, label: string): { value: string; datetime: string | null } | null {
  for (const el of qa(ad, '[aria-label]', 50)) {
    if (!(attr(el, 'aria-label') ?? '').toLowerCase().startsWith(label)) continue;
    const item = el.parentElement;
    const value = txt(item, 300);
    if (item && value) return { value, datetime: attr(q(item, 'time'), 'datetime') };
  }
  return null;
}

export const jobindex: SiteAdapter = {
  id: 'jobindex',
  name: 'Jobindex',
  matches: (url) => hostIs(url, 'jobindex.dk'),
  isAd: (doc, url) =>
    AD_PATH.test(url.pathname) && adOf(doc) !== null
      ? true
      : /^\/(?:jobsoegning|job|virksomhed)\b/u.test(url.pathname) || url.pathname === '/'
        ? false
        : null,
  extract(doc, url, { observed }) {
    const ad = adOf(doc);
    if (!ad) return {};
    const facts = labelledFacts(ad);
    const company = metaItem(ad, 'virksomhed');
    const place = metaItem(ad, 'arbejdssted');
    const until = metaItem(ad, 'ansøgningsfrist');
    const dl = fact(facts, ['ansøgningsfrist', 'frist']);
    const dlRaw = until ? (until.datetime ?? until.value) : dl ? (attr(q(dl.el, 'time') ?? dl.el, 'datetime') ?? dl.value) : null;
    const apply = q(ad, 'a[data-click="apply"]');
    const href = apply ? absUrl(attr(apply, 'href'), url) : null;
    return fieldsOf({
      title: pick(ad, ['h1', '[data-title]'], 'titel'),
      organization: textFound(company?.value ?? attr(q(ad, '[data-company]'), 'data-company'), 'virksomhed'),
      location: textFound(place?.value ?? fact(facts, ['arbejdssted', 'sted'])?.value, 'arbejdssted'),
      deadline: dlRaw ? dayFound(dlRaw, 'ansøgningsfrist', observed) : null,
      applyUrl: href ? found(href, `${txt(apply, 80)}: ${href}`) : null,
    });
  },
};
