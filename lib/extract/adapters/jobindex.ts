// Jobindex (jobindex.dk): full ads at /jobannonce/<id>/<slug>, teasers of ads hosted elsewhere at
// /vis-job/<id>. Three layouts, each with a real fixture:
// - the native ad: <article class="jobtext-jobad"> with the employer in .jobtext-jobad__company,
//   the place in .jobtext-jobad__place-item (an icon labelled "Arbejdssted:"/"Location:"), dates in
//   the sidebar's <dl> and the text in .jobtext-jobad__body;
// - the newer layout: .jd-details with .jd-description and label/value facts in .jd-facts
//   ("<h3>Ansøgningsfrist:</h3><p>13. september 2026</p>"), the employer before the title in <title>;
// - an employer's own template: an <h1>, a place line behind a location icon, and the employer only
//   in the links to its company page (/virksomhed/<id>/<slug>).
// An older markup labels metadata items by an icon's aria-label ("Virksomhed:"), and a teaser's link
// out is marked data-click="apply".
import type { SiteAdapter } from './types';
import { trimEndWhere } from '../util';
import { absUrl, attr, dayFound, fact, fieldsOf, found, hostIs, labelledFacts, metaContent, pick, q, qa, textFound, txt } from './kit';

const AD_PATH = /^\/(?:jobannonce|vis-job)\/[a-z]?\d{4,12}\b/iu;

function adOf(doc: Document): Element | null {
  return q(doc, 'article.jobtext-jobad') ?? q(doc, '[data-jobid]') ?? q(doc, '.jd-details')?.parentElement ?? null;
}

/** A metadata item by its icon's aria-label ("Virksomhed:", "Location:"): the item's text, or the datetime of its <time>. */
function metaItem(ad: Element, labels: readonly string[]): { value: string; datetime: string | null } | null {
  for (const el of qa(ad, '[aria-label]', 50)) {
    const label = (attr(el, 'aria-label') ?? '').toLowerCase();
    if (!labels.some((l) => label.startsWith(l))) continue;
    const item = el.parentElement;
    const value = txt(item, 300);
    if (item && value) return { value, datetime: attr(q(item, 'time'), 'datetime') };
  }
  return null;
}

/** The line behind a location icon (<img src=".../location.svg"> Copenhagen), in an employer's template. */
function iconPlace(doc: Document): string | null {
  for (const img of qa(doc, 'img[src*="location"], img[alt*="location" i]', 10)) {
    const line = txt(img.parentElement, 120);
    if (line && line.length <= 80) return line;
  }
  return null;
}

/**
 * The employer its company-page link names: the words of the link's slug ("arla-foods-amba") as the
 * page writes them, longest first ("Arla Foods"), or the link's own text when it is a name.
 */
function companyOfLink(doc: Document, text: string): string | null {
  for (const a of qa(doc, 'a[href*="/virksomhed/"]', 40)) {
    const m = /\/virksomhed\/\d{1,9}\/([a-z0-9-]{2,80})/u.exec(attr(a, 'href') ?? '');
    if (!m) continue;
    const own = txt(a, 100);
    const words = m[1]!.split('-').filter(Boolean);
    for (let k = words.length; k >= 1; k--) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.slice(0, k).join('[ ./&-]{1,2}')}(?![\\p{L}\\p{N}])`, 'iu');
      if (own && re.test(own) && own.length <= 80) return own;
      const hit = re.exec(text);
      if (hit && /^\p{Lu}/u.test(hit[0]) && (k >= 2 || words.length === 1)) return hit[0];
    }
  }
  return null;
}

/** "VELLIV - Udvikler til Camunda/AWS" as <title> with og:title "Udvikler til Camunda/AWS": the employer before the title. */
function employerBeforeTitle(doc: Document): string | null {
  const title = txt(q(doc, 'title'), 300);
  const og = metaContent(doc, 'og:title');
  if (!title || !og || title === og || !title.endsWith(og)) return null;
  const head = trimEndWhere(trimEndWhere(title.slice(0, -og.length), /[ \t]/u), /[-–|:]/u).trim();
  return head && head.length <= 80 && !/jobindex/iu.test(head) ? head : null;
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
    const onAdPath = AD_PATH.test(url.pathname);
    if (!ad && !onAdPath) return {};
    const root = ad ?? doc.body;
    const facts = labelledFacts(root);
    const company = metaItem(root, ['virksomhed', 'company']);
    const place = metaItem(root, ['arbejdssted', 'location']);
    const until = metaItem(root, ['ansøgningsfrist', 'deadline']);
    const dl = fact(facts, ['ansøgningsfrist', 'frist', 'deadline', 'application deadline']);
    const dlRaw = until ? (until.datetime ?? until.value) : dl ? (attr(q(dl.el, 'time') ?? dl.el, 'datetime') ?? dl.value) : null;
    const apply = q(root, 'a[data-click="apply"]');
    const href = apply ? absUrl(attr(apply, 'href'), url) : null;
    const employer =
      txt(q(root, '.jobtext-jobad__company'), 200) ||
      company?.value ||
      attr(q(root, '[data-company]'), 'data-company') ||
      employerBeforeTitle(doc) ||
      companyOfLink(doc, txt(doc.body, 60_000));
    const workplace =
      txt(q(root, '.jobtext-jobad__place-item'), 200) ||
      place?.value ||
      fact(facts, ['arbejdssted', 'sted', 'location'])?.value ||
      iconPlace(doc);
    return fieldsOf({
      title: pick(root, ['h1', '[data-title]'], 'titel') ?? pick(doc, ['h1'], 'titel'),
      organization: textFound(employer, 'virksomhed'),
      location: textFound(workplace, 'arbejdssted'),
      deadline: dlRaw ? dayFound(dlRaw, 'ansøgningsfrist', observed) : null,
      applyUrl: href ? found(href, `${txt(apply, 80)}: ${href}`) : null,
    });
  },
};
