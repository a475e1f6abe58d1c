// A JobPosting's validThrough as the deadline in the ad's local time.
import type { Lang } from '../types';
import { zoneOffset } from '../../time-zone';
import { hostOf } from '../../url';

type ZoneRule = 'eu-central' | 'uk' | 'utc';
/** The zone whose offsets each rule follows (lib/time-zone.ts computes them). */
const ZONES: Record<ZoneRule, string> = { 'eu-central': 'Europe/Copenhagen', uk: 'Europe/London', utc: 'UTC' };

/** Offset of a zone rule at a UTC instant, in minutes. */
function offsetMinutes(rule: ZoneRule, utcMs: number): number {
  return rule === 'utc' ? 0 : zoneOffset(ZONES[rule], new Date(utcMs));
}

function zoneRuleFor(lang: Lang | null, url: string | null | undefined): ZoneRule {
  const host = hostOf(url);
  if (/\.(?:uk|ie)$/.test(host)) return 'uk';
  // not language words: country domains
  if (/\.(?:dk|no|se|de|at|ch|nl|be|fr|it|es|pl|cz|lu|gl|fo)$/.test(host)) return 'eu-central';
  if (lang && lang !== 'en') return 'eu-central';
  return 'utc';
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * validThrough → the deadline as the ad's local time, "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm".
 *
 * - No time of day: the date.
 * - A time with a non-zero offset ("…T12:00:00+01:00"): that wall-clock time is already local.
 * - A time in UTC ("Z" or +00:00): converted to the ad's zone (Central European time for
 *   da/nb/nn/sv/de ads and .dk/.no/.se/.de… sites, UK time for .uk/.ie, else left in UTC) —
 *   unless the written time is 00:00 or 23:59, which is a CMS storing a bare date: shifting it
 *   would turn "1 March" into "1 March 01:00", so the written date is kept.
 * - A local time of 00:00 or 23:59 means "that day" (the whole day): date only.
 */
export function localDeadline(raw: string, lang: Lang | null, url?: string | null): string | null {
  const m = /^\s{0,5}(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?)?\s{0,3}(Z|[+-]\d{2}:?\d{2})?\s{0,5}$/i.exec(
    raw,
  );
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1990 || y > 2200) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return date;
  const hh = Number(m[4]);
  const mm = Number(m[5]);
  if (hh > 24 || mm > 59) return date;
  const boundary = (h: number, mi: number): boolean => (h === 0 && mi === 0) || (h === 23 && mi === 59) || (h === 24 && mi === 0);
  const zone = m[6];
  const utc = zone !== undefined && /^(?:Z|[+-]00:?00)$/i.test(zone);
  if (!utc) return boundary(hh, mm) ? date : `${date}T${pad(hh)}:${pad(mm)}`;
  if (boundary(hh, mm)) return date;
  const rule = zoneRuleFor(lang, url);
  const ms = Date.UTC(y, mo - 1, d, hh, mm);
  const local = new Date(ms + offsetMinutes(rule, ms) * 60_000);
  const ld = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const lh = local.getUTCHours();
  const lm = local.getUTCMinutes();
  return boundary(lh, lm) ? ld : `${ld}T${pad(lh)}:${pad(lm)}`;
}
