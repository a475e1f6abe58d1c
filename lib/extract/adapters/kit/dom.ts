// The DOM reads the site adapters make: every one total (bad input or a selector the browser
// refuses gives null or an empty list, never an exception).

export function q(root: ParentNode | null | undefined, sel: string): Element | null {
  try {
    return root ? root.querySelector(sel) : null;
  } catch {
    return null;
  }
}

export function qa(root: ParentNode | null | undefined, sel: string, max = 500): Element[] {
  try {
    if (!root) return [];
    const list = root.querySelectorAll(sel);
    const out: Element[] = [];
    for (let i = 0; i < list.length && i < max; i++) out.push(list[i]!);
    return out;
  } catch {
    return [];
  }
}

/** An element's text, blanks collapsed, trimmed, capped. */
export function txt(el: Node | null | undefined, max = 2000): string {
  if (!el) return '';
  return (el.textContent ?? '')
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD']);

/** How many characters of visible text the page's body shows, counted up to `cap` (scripts,
 *  styles and templates are no text: a rate-limit shell is all script). */
export function visibleLength(doc: Document, cap = 400): number {
  let n = 0;
  let visited = 0;
  const walk = (node: Node): void => {
    for (let ch = node.firstChild; ch && n < cap && visited < 20_000; ch = ch.nextSibling) {
      visited++;
      if (ch.nodeType === 3) n += (ch.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
      else if (ch.nodeType === 1 && !HIDDEN.has((ch as Element).tagName.toUpperCase())) walk(ch);
    }
  };
  try {
    if (doc.body) walk(doc.body);
  } catch {
    return n;
  }
  return n;
}

export function attr(el: Element | null | undefined, name: string): string | null {
  try {
    const v = el ? el.getAttribute(name) : null;
    return v === null ? null : v.trim() || null;
  } catch {
    return null;
  }
}
