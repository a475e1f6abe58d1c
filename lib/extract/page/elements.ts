// Which elements of a page are text, and how: those skipped (scripts, forms, navigation), blocks
// and paragraphs, hidden ones, page chrome by its class or role, and Cloudflare's protected
// e-mail addresses. The page walk (./html.ts) asks these.
import { attr, classAndId, type El } from './dom';

export const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'aside',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'button',
  'dialog',
  'head',
  'title',
  'meta',
  'link',
  'input',
  'textarea',
  'video',
  'audio',
  'map',
  'math',
]);
// not language words: HTML element names
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'summary',
  'caption',
  'center',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
export const PARA_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'dl', 'blockquote', 'pre']);
export const ROLE_SKIP = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
]);
/** Class/id tokens of chrome: cookie banners, comment widgets, share bars, related-job sidebars. */
// not language words: class and id names of page templates
export const CHROME_TOKEN =
  /(?:^|[-_])(?:cookies?|consent|gdpr|cookiebot|onetrust|comments?|disqus|share|sharing|sharedaddy|addthis|social|newsletter|breadcrumbs?|sidebar|related|similar|recommended|other-?jobs|more-?jobs|skip-?link|navbar|menu|modal|popup|banner-cookie)(?:$|[-_])/i;
// not language words: class-name prefixes of templates ("has-sidebar", "page-content")
export const CHROME_NEG = /^(?:has|with|no|without|is|show|hide|page|body|template|single|post|entry|content|main|layout)[-_]/i;

/** The address hidden in Cloudflare's data-cfemail hex (first byte is the XOR key), or null. */
export function decodeCfEmail(hex: string): string | null {
  const h = hex.trim();
  if (!/^(?:[0-9a-f]{2}){3,200}$/i.test(h)) return null;
  const key = parseInt(h.slice(0, 2), 16);
  let pct = '';
  for (let i = 2; i < h.length; i += 2) {
    const b = parseInt(h.slice(i, i + 2), 16) ^ key;
    pct += '%' + b.toString(16).padStart(2, '0');
  }
  let out: string;
  try {
    out = decodeURIComponent(pct);
  } catch {
    return null;
  }
  return /^[^\s@<>]{1,64}@[^\s@<>]{1,253}$/u.test(out) ? out : null;
}

export function isChromeClass(el: El): boolean {
  const s = classAndId(el);
  if (s.length < 3 || s.length > 2000) return false;
  for (const token of s.split(/\s+/)) {
    if (token.length < 3 || token.length > 80) continue;
    if (CHROME_TOKEN.test(token) && !CHROME_NEG.test(token)) return true;
  }
  return false;
}

/** A wrapper whose class merely mentions a sidebar or a menu but holds the page's content. */
export function holdsContent(el: El): boolean {
  try {
    return el.querySelector ? el.querySelector('main, article, h1, [role="main"], [itemtype*="JobPosting"]') !== null : false;
  } catch {
    return false;
  }
}

export function isHidden(el: El): boolean {
  if (attr(el, 'aria-hidden') === 'true') return true;
  if (attr(el, 'hidden') !== null) return true;
  // Reading a style attribute can be costly (a CSS parse in some DOMs): only when there is one.
  if (el.hasAttribute && !el.hasAttribute('style')) return false;
  const style = attr(el, 'style');
  if (style && /display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden/i.test(style.slice(0, 500))) return true;
  return false;
}

/** Why an element is chrome (not the ad), or null. `insideArticle`: <header>/<footer> of an
 *  article or main belong to the ad. */
export function chromeReason(el: El, t: string, insideContent: boolean): string | null {
  if (SKIP_TAGS.has(t)) return t;
  if ((t === 'header' || t === 'footer') && !insideContent) return t;
  if (t === 'body' || t === 'main' || t === 'article' || t === 'html') return null;
  const role = attr(el, 'role');
  if (role && ROLE_SKIP.has(role.toLowerCase())) return 'role';
  if (isHidden(el)) return 'hidden';
  if (isChromeClass(el) && !holdsContent(el)) return 'class';
  return null;
}
