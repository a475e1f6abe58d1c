/** Query parameters that only track where a visitor came from; they never identify an ad. */
const TRACKING =
  /^(?:utm_[a-z]{1,20}|fbclid|gclid|dclid|msclkid|mc_[a-z]{1,10}|_hs[a-z]{1,10}|ref|refid|source|src|trk|trackingid|igshid|yclid)$/i;

/**
 * The name a host is registered under: "kits" of jobb.kits.se, "zerowasteleeds" of
 * www.zerowasteleeds.org.uk (a second-level suffix such as "co.uk" or "org.au" moves it one part left).
 */
export function registeredName(host: string): string {
  const parts = host.toLowerCase().split('.');
  const i = parts.length >= 3 && /^(?:co|com|org|net|ac|gov|or|ne)$/u.test(parts[parts.length - 2]!) ? parts.length - 3 : parts.length - 2;
  return i >= 0 ? parts[i]! : '';
}

/** The host of an address, in lower case; '' when it is none. */
export function hostOf(url: string | null | undefined): string {
  try {
    return url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

/**
 * The key one posting is stored under: the address without fragment, tracking parameters,
 * default port or trailing slash, with the host in lower case and the remaining parameters sorted.
 * Returns the input unchanged when it is not a URL.
 */
export function urlKey(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw.trim();
  }
  u.hash = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = '';
  for (const [k, v] of kept) u.searchParams.append(k, v);
  let path = u.pathname;
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  u.pathname = path;
  return u.toString();
}
