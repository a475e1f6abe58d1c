// The plain objects JSON-LD and microdata give (./json-ld.ts, ./microdata.ts) and the few reads
// every part of the structured stage makes of them.
export type Obj = Record<string, unknown>;

export function typeNames(o: Obj): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((s) => s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'), s.lastIndexOf('#')) + 1));
}

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value as text: a string, a number, the first of a list, an object's @value or name. */
export function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = str(x);
      if (s) return s;
    }
  }
  if (isObj(v)) {
    const val = v['@value'] ?? v['name'];
    if (typeof val === 'string') return val;
  }
  return null;
}
