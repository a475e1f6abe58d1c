// Map.groupBy, Object.groupBy and Promise.withResolvers arrived in Node 21/22; vitest's reporters use them.
type Grouper = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;

const M = Map as unknown as { groupBy?: Grouper };
if (typeof M.groupBy !== 'function') {
  M.groupBy = (items, key) => {
    const out = new Map();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
    return out;
  };
}
const O = Object as unknown as {
  groupBy?: (items: Iterable<unknown>, key: (item: unknown, i: number) => PropertyKey) => Record<PropertyKey, unknown[]>;
};
if (typeof O.groupBy !== 'function') {
  O.groupBy = (items, key) => {
    const out: Record<PropertyKey, unknown[]> = Object.create(null);
    let i = 0;
    for (const item of items) (out[key(item, i++)] ??= []).push(item);
    return out;
  };
}
const P = Promise as unknown as { withResolvers?: () => unknown };
if (typeof P.withResolvers !== 'function') {
  P.withResolvers = () => {
    let resolve!: (v: unknown) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
export {};
