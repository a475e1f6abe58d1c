import type { MessageKey } from '../i18n';

/**
 * Access to websites. Frist reads every http(s) page (the manifest's host_permissions): its
 * detector marks job ads, its extractor reads the ad when you save. Chromium grants this at
 * install; Firefox treats it as optional in Manifest V3, and its users may decline or withdraw it
 * (about:addons → Frist → Permissions). Frist then cannot see or read any page, so the popup says
 * so and asks, on a click, with the browser's own permission prompt.
 */
export const HOST_ORIGINS: readonly string[] = ['http://*/*', 'https://*/*'];

/** The part of browser.permissions used here. */
export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  request(permissions: { origins: string[] }): Promise<boolean>;
}

/** `declined`: the user was asked just now and did not allow it. */
export type HostAccess = 'checking' | 'granted' | 'missing' | 'declined';

/** Whether Frist may read websites. A browser that cannot tell is taken at its manifest (granted): no notice then. */
export async function checkHostAccess(api: PermissionsApi): Promise<'granted' | 'missing'> {
  try {
    return (await api.contains({ origins: [...HOST_ORIGINS] })) ? 'granted' : 'missing';
  } catch {
    return 'granted';
  }
}

/**
 * Asks for access with the browser's prompt. Call it straight from the click's handler: the
 * request is made before anything is awaited, as Firefox allows it only while handling the
 * user's gesture.
 */
export function askHostAccess(api: PermissionsApi): Promise<'granted' | 'declined'> {
  let asked: Promise<boolean>;
  try {
    asked = api.request({ origins: [...HOST_ORIGINS] });
  } catch {
    return Promise.resolve('declined');
  }
  return asked.then(
    (granted) => (granted ? 'granted' : 'declined'),
    () => 'declined',
  );
}

/** Why saving from a tab failed, where Frist can tell the user what to do instead. */
export type CaptureProblem = 'no-host-access' | 'page-off-limits' | 'pdf-unreachable';

/** What the popup tells the user for each problem (lib/i18n). */
export const PROBLEM_MESSAGES: Record<CaptureProblem, MessageKey> = {
  'no-host-access': 'problemNoHostAccess',
  'page-off-limits': 'cannotReadPage',
  'pdf-unreachable': 'problemPdfUnreachable',
};

/**
 * The problem behind a failed capture: no access to websites (any failure while it is missing),
 * or, with access, a page no extension may script: browser pages, add-on stores, files on the
 * computer (a PDF opened from disk), another extension's pages. Firefox says "Missing host
 * permission" for those, Chromium "Cannot access". Null for anything else.
 */
export function captureProblem(error: string, hostAccess: 'granted' | 'missing'): CaptureProblem | null {
  if (hostAccess === 'missing') return 'no-host-access';
  if (/missing host permission|cannot access|cannot be scripted|extensions gallery|webstore/i.test(error)) return 'page-off-limits';
  return null;
}
