// The few DOM calls the page walk makes (./html.ts, ./page-root.ts): what both browsers
// and linkedom have, each total (an attribute that throws reads as none).
export interface El {
  nodeType: number;
  tagName?: string;
  childNodes?: ArrayLike<El>;
  parentNode?: El | null;
  textContent?: string | null;
  getAttribute?: (name: string) => string | null;
  querySelector?: (sel: string) => unknown;
  hasAttribute?: (name: string) => boolean;
}

export function tag(el: El): string {
  return (el.tagName ?? '').toLowerCase();
}
export function attr(el: El, name: string): string | null {
  try {
    return el.getAttribute ? el.getAttribute(name) : null;
  } catch {
    return null;
  }
}

export interface Range {
  start: number;
  end: number;
}

/** An element's class and id, as one string of tokens. */
export function classAndId(el: El): string {
  return `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
}
