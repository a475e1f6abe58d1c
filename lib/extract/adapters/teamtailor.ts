// Teamtailor career sites (<company>.teamtailor.com, and custom domains such as jobs.org.dk that
// load Teamtailor's assets or name it as generator): one ad at /jobs/<id>-<slug>, its facts in
// elements marked data-job-* ("data-job-location", "data-job-deadline"); /jobs lists the ads.
import type { SiteAdapter } from './types';
import { absUrl, attr, dayFound, fieldsOf, found, hostIs, metaContent, pick, q, textFound, txt } from './kit';

function teamtailorMarker(doc: Document | undefined): boolean {
  if (!doc) return false;
  if (/teamtailor/iu.test(metaContent(doc, 'generator') ?? '')) return true;
  return q(doc, 'link[href*="teamtailor-cdn.com"], script[src*="teamtailor-cdn.com"], [data-teamtailor]') !== null;
}

export const teamtailor: SiteAdapter = {
  id: 'teamtailor',
  name: 'Teamtailor',
  // On other domains only the career site's own paths (/jobs…), where the marker is no mere widget.
  matches: (url, doc) => hostIs(url, 'teamtailor.com') || (/^\/(?:[a-z]{2}\/)?jobs(?:\/|$)/iu.test(url.pathname) && teamtailorMarker(doc)),
  isAd: (_doc, url) =>
    /\/jobs\/\d{3,12}(?:-[^/]{0,200})?\/?$/iu.test(url.pathname)
      ? true
      : /\/jobs\/?$/iu.test(url.pathname) || /^\/(?:[a-z]{2}\/)?$/iu.test(url.pathname)
        ? false
        : null,
  extract(doc, url, { observed }) {
    const dl = q(doc, '[data-job-deadline]');
    const apply = q(doc, 'a[href*="/applications/new" i], a[data-job-apply]');
    const href = apply ? absUrl(attr(apply, 'href'), url) : null;
    return fieldsOf({
      title: pick(doc, ['[data-job-title]', 'h1'], 'title'),
      organization: textFound(metaContent(doc, 'og:site_name') ?? attr(q(doc, '[data-company-name]'), 'data-company-name'), 'company'),
      location: pick(doc, ['[data-job-location]'], 'location'),
      deadline: dl ? dayFound(attr(dl, 'data-job-deadline') ?? txt(dl), 'deadline', observed) : null,
      applyUrl: href ? found(href, `${txt(apply, 80)}: ${href}`) : null,
    });
  },
};
