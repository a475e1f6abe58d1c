import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, as one Date that changes once a minute (countdowns stay right while the
 * popup is open, and views that group by "now" do not regroup on every render).
 */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
