/**
 * `task(key)` run for one key at a time, in the order asked: a call waits for the calls before it
 * with the same key to settle (fulfilled or not), then runs. Each call's promise is its own run's.
 */
export function oneAtATime<K, R>(task: (key: K) => Promise<R>): (key: K) => Promise<R> {
  const last = new Map<K, Promise<R>>();
  return (key) => {
    const run = () => task(key);
    const next = (last.get(key) ?? Promise.resolve()).then(run, run);
    last.set(key, next);
    const done = () => {
      if (last.get(key) === next) last.delete(key);
    };
    next.then(done, done);
    return next;
  };
}
