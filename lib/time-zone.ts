/**
 * Time zones, computed in one place: the offset of an IANA zone at a moment, from the browser's
 * own zone data (Intl). The calendar export writes its VTIMEZONE with it; the extractor turns a
 * UTC validThrough into the ad's local deadline with it.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

/** The offset of a time zone at a moment, in minutes east of UTC. */
export function zoneOffset(timeZone: string, at: Date): number {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, f);
  }
  const parts = f.formatToParts(at);
  const get = (t: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((local - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The zone when it is a name Intl knows (and safe as a parameter value), else UTC. */
export function usableZone(zone: string): string {
  if (!/^[\w+\-/]{1,64}$/.test(zone)) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}
