// schema.org JobPosting objects in a page's JSON-LD: top level, arrays, @graph, nested, with
// @id references resolved.
import { isObj, typeNames, type Obj } from './objects';

const MAX_JSONLD = 1_000_000;
/** Most nodes a page's structured data is walked through (JSON-LD and microdata alike). */
export const MAX_NODES = 20_000;
/** All JobPosting objects of the page's JSON-LD blocks, with @id references resolved; `types`
 *  collects every schema.org type named in the blocks. */
export function jsonLdPostings(doc: Document, types: Set<string> = new Set()): Obj[] {
  const raws: string[] = [];
  try {
    const scripts = doc.querySelectorAll('script');
    for (let i = 0; i < scripts.length && i < 200; i++) {
      const s = scripts[i]!;
      if ((s.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) raws.push(s.textContent ?? '');
    }
  } catch {
    return [];
  }
  return jsonLdPostingsOf(raws, types);
}

/** The JobPosting objects of JSON-LD blocks given as their source text (a script's content). */
export function jsonLdPostingsOf(raws: readonly string[], types: Set<string> = new Set()): Obj[] {
  const out: Obj[] = [];
  for (const raw of raws.slice(0, 200)) {
    if (raw.length === 0 || raw.length > MAX_JSONLD) continue;
    const data = parseLenient(raw);
    if (data !== undefined) collectPostings(data, out, types);
  }
  return out;
}

/** JSON as sites write it: wrapped in a comment, with raw control characters inside strings, or a
 *  comma left before a closing brace ("…},\n}"). Undefined when it is no JSON even then. */
function parseLenient(raw: string): unknown {
  const attempts = [
    () => raw.trim().replace(/^<!--|-->$/g, ''),
    // Some sites leave raw control characters (new lines) inside JSON strings.
    // eslint-disable-next-line no-control-regex -- raw control characters are what breaks the JSON
    () => raw.replace(/[\u0000-\u001f]+/g, ' '),
    () => raw.replace(/,(?=[ \t\r\n]{0,200}[}\]])/g, ''),
  ];
  for (const text of attempts) {
    try {
      return JSON.parse(text()) as unknown;
    } catch {
      // the next, more lenient reading
    }
  }
  return undefined;
}

function collectPostings(data: unknown, out: Obj[], types: Set<string>): void {
  const ids = new Map<string, Obj>();
  const all: Obj[] = [];
  // Iterative walk over the JSON value: index every object with an @id, collect JobPostings.
  const stack: { v: unknown; depth: number }[] = [{ v: data, depth: 0 }];
  let n = 0;
  while (stack.length > 0 && n < MAX_NODES) {
    const { v, depth } = stack.pop()!;
    n++;
    if (depth > 30) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: depth + 1 });
    } else if (isObj(v)) {
      const id = v['@id'];
      if (typeof id === 'string' && Object.keys(v).length > 1 && !ids.has(id)) ids.set(id, v);
      const names = typeNames(v);
      for (const t of names) if (types.size < 100) types.add(t);
      if (names.includes('JobPosting')) all.push(v);
      for (const [k, child] of Object.entries(v)) {
        if (k !== '@context' && typeof child === 'object' && child !== null) stack.push({ v: child, depth: depth + 1 });
      }
    }
  }
  for (const p of all) out.push(resolveRefs(p, ids, 0) as Obj);
}

function resolveRefs(v: unknown, ids: Map<string, Obj>, depth: number): unknown {
  if (depth > 6) return v;
  if (Array.isArray(v)) return v.slice(0, 50).map((x) => resolveRefs(x, ids, depth + 1));
  if (!isObj(v)) return v;
  const id = v['@id'];
  let base = v;
  if (typeof id === 'string' && Object.keys(v).length === 1) base = ids.get(id) ?? v;
  const o: Obj = {};
  for (const [k, child] of Object.entries(base)) o[k] = k === 'description' ? child : resolveRefs(child, ids, depth + 1);
  return o;
}
