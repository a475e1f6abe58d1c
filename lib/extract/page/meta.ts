// Page metadata: og:title, og:site_name, <title> without its site suffix, <html lang>, og:type.
export interface PageMeta {
  ogTitle: string | null;
  siteName: string | null;
  /** <title> with " | Site" / " - Site" removed. */
  title: string | null;
  /** The part of <title> that was cut off as the site's name. */
  titleSite: string | null;
  lang: string | null;
  ogType: string | null;
  publishedTime: string | null;
  description: string | null;
}

function metaContent(doc: Document, keys: string[]): string | null {
  let list: ArrayLike<Element>;
  try {
    list = doc.querySelectorAll('meta');
  } catch {
    return null;
  }
  for (let i = 0; i < list.length && i < 500; i++) {
    const m = list[i]!;
    const k = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase();
    if (keys.includes(k)) {
      const c = (m.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
      if (c) return c.slice(0, 1000);
    }
  }
  return null;
}

const SEPARATORS = /\s(?:[|\-–—»·•]|::)\s/;

/** Splits "Title | Site" (or "Site | Title" when the site is known) into its parts. */
export function splitTitle(raw: string, siteName: string | null): { title: string; site: string | null } {
  const t = raw.replace(/\s+/g, ' ').trim();
  const parts = t
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return { title: t, site: null };
  const site = siteName?.toLowerCase() ?? null;
  const last = parts[parts.length - 1]!;
  const firstPart = parts[0]!;
  if (site && firstPart.toLowerCase() === site && last.toLowerCase() !== site) {
    return { title: parts.slice(1).join(' - '), site: firstPart };
  }
  if ((site && last.toLowerCase() === site) || last.length <= Math.max(40, firstPart.length)) {
    return { title: parts.slice(0, -1).join(' - '), site: last };
  }
  return { title: t, site: null };
}

export function pageMeta(doc: Document): PageMeta {
  const siteName = metaContent(doc, ['og:site_name', 'application-name']);
  let rawTitle: string | null;
  try {
    rawTitle = doc.querySelectorAll('title')[0]?.textContent ?? null;
  } catch {
    rawTitle = null;
  }
  const split = rawTitle && rawTitle.trim() ? splitTitle(rawTitle.slice(0, 1000), siteName) : null;
  let lang: string | null;
  try {
    lang = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang') ?? null;
  } catch {
    lang = null;
  }
  const ogTitleRaw = metaContent(doc, ['og:title', 'twitter:title']);
  const ogTitle = ogTitleRaw ? splitTitle(ogTitleRaw, siteName).title : null;
  return {
    ogTitle,
    siteName,
    title: split?.title || null,
    titleSite: split?.site ?? null,
    lang: lang ? lang.trim().slice(0, 20) || null : null,
    ogType: metaContent(doc, ['og:type']),
    // not language words: meta element names
    publishedTime: metaContent(doc, ['article:published_time', 'datepublished', 'date', 'dc.date']),
    description: metaContent(doc, ['og:description', 'description']),
  };
}
