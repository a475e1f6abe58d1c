// schema.org JobPosting items in a page's microdata, turned into the same plain objects as
// JSON-LD gives, so that one mapper (./index.ts) serves both.
import type { Obj } from './objects';
import { MAX_NODES } from './json-ld';

interface MEl {
  nodeType: number;
  tagName?: string;
  childNodes?: ArrayLike<MEl>;
  textContent?: string | null;
  getAttribute?: (name: string) => string | null;
}

function mattr(el: MEl, n: string): string | null {
  return el.getAttribute ? el.getAttribute(n) : null;
}

function itemValue(el: MEl): unknown {
  const t = (el.tagName ?? '').toLowerCase();
  const content = mattr(el, 'content');
  if (content !== null) return content;
  if (t === 'meta') return mattr(el, 'content') ?? '';
  if (t === 'a' || t === 'link' || t === 'area') return mattr(el, 'href') ?? '';
  if (t === 'img' || t === 'source' || t === 'audio' || t === 'video' || t === 'iframe') return mattr(el, 'src') ?? '';
  if (t === 'time' || t === 'data' || t === 'meter') return mattr(el, 'datetime') ?? mattr(el, 'value') ?? el.textContent ?? '';
  return (el.textContent ?? '').slice(0, 100_000);
}

function microdataItem(scope: MEl, depth: number): Obj {
  const o: Obj = { '@type': mattr(scope, 'itemtype') ?? '' };
  const stack: MEl[] = [];
  const kids = scope.childNodes;
  if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  let n = 0;
  while (stack.length > 0 && n++ < MAX_NODES) {
    const el = stack.pop()!;
    if (el.nodeType !== 1) continue;
    const props = (mattr(el, 'itemprop') ?? '').split(/\s+/).filter(Boolean);
    const nested = mattr(el, 'itemscope') !== null;
    if (props.length > 0) {
      const value = nested ? (depth < 8 ? microdataItem(el, depth + 1) : {}) : itemValue(el);
      for (const p of props) {
        const prev = o[p];
        if (prev === undefined) o[p] = value;
        else if (Array.isArray(prev)) prev.push(value);
        else o[p] = [prev, value];
      }
    }
    if (nested) continue;
    const ck = el.childNodes;
    if (ck) for (let i = ck.length - 1; i >= 0; i--) stack.push(ck[i]!);
  }
  return o;
}

export function microdataPostings(doc: Document): Obj[] {
  const out: Obj[] = [];
  let scopes: ArrayLike<Element>;
  try {
    scopes = doc.querySelectorAll('[itemscope][itemtype]');
  } catch {
    return out;
  }
  for (let i = 0; i < scopes.length && out.length < 50; i++) {
    const el = scopes[i]!;
    if (!/schema\.org\/JobPosting\b/i.test(el.getAttribute('itemtype') ?? '')) continue;
    out.push(microdataItem(el as unknown as MEl, 0));
  }
  return out;
}
