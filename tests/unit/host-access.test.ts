import { describe, expect, it, vi } from 'vitest';
import {
  askHostAccess,
  captureProblem,
  checkHostAccess,
  HOST_ORIGINS,
  PROBLEM_MESSAGES,
  type PermissionsApi,
} from '../../lib/capture/host-access';
import { en } from '../../lib/i18n/en';

/** A permissions API that holds a set of granted origins, as the browser does. */
function permissions(granted: string[], answer: boolean | Error = true) {
  const held = new Set(granted);
  const api: PermissionsApi = {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => held.has(o))),
    request: vi.fn(({ origins }) => {
      if (answer instanceof Error) return Promise.reject(answer);
      if (answer) for (const o of origins) held.add(o);
      return Promise.resolve(answer);
    }),
  };
  return api;
}

describe('access to websites', () => {
  it('is granted only when every http and https site is', async () => {
    expect(await checkHostAccess(permissions(['http://*/*', 'https://*/*']))).toBe('granted');
    expect(await checkHostAccess(permissions([]))).toBe('missing');
    // Access to https sites alone leaves every http ad unread: still missing.
    expect(await checkHostAccess(permissions(['https://*/*']))).toBe('missing');
    expect(HOST_ORIGINS).toEqual(['http://*/*', 'https://*/*']);
  });

  it('takes a browser that cannot tell at its manifest, with no notice', async () => {
    const api: PermissionsApi = { contains: () => Promise.reject(new Error('no permissions API')), request: vi.fn() };
    expect(await checkHostAccess(api)).toBe('granted');
  });

  it('asks for exactly the manifest’s hosts, at once, and reports the answer', async () => {
    const yes = permissions([]);
    const asked = askHostAccess(yes);
    // Made before anything is awaited: Firefox allows the request only while handling the click.
    expect(yes.request).toHaveBeenCalledWith({ origins: ['http://*/*', 'https://*/*'] });
    expect(await asked).toBe('granted');
    expect(await checkHostAccess(yes)).toBe('granted');

    const no = permissions([], false);
    expect(await askHostAccess(no)).toBe('declined');
    expect(await checkHostAccess(no)).toBe('missing');
  });

  it('counts a request the browser refuses or throws on as declined', async () => {
    expect(await askHostAccess(permissions([], new Error('permissions.request may only be called from a user input handler')))).toBe(
      'declined',
    );
    const throwing: PermissionsApi = {
      contains: vi.fn(),
      request: () => {
        throw new Error('not supported');
      },
    };
    expect(await askHostAccess(throwing)).toBe('declined');
  });
});

describe('captureProblem: what the user can do about a failed save', () => {
  it('blames missing access to websites first', () => {
    expect(captureProblem('Missing host permission for the tab or frames', 'missing')).toBe('no-host-access');
    expect(captureProblem('anything at all', 'missing')).toBe('no-host-access');
  });

  it('names pages no extension may read', () => {
    // Firefox with access to websites: a file on the computer, about: pages.
    expect(captureProblem('Missing host permission for the tab or frames', 'granted')).toBe('page-off-limits');
    expect(captureProblem('Cannot access a chrome:// URL', 'granted')).toBe('page-off-limits');
    expect(captureProblem('The extensions gallery cannot be scripted.', 'granted')).toBe('page-off-limits');
    expect(captureProblem('Cannot access contents of url "about:addons"', 'granted')).toBe('page-off-limits');
  });

  it('leaves other failures as they are', () => {
    expect(captureProblem('the page returned nothing to save', 'granted')).toBeNull();
    expect(captureProblem('the PDF is 21 MB or more', 'granted')).toBeNull();
    expect(captureProblem('', 'granted')).toBeNull();
  });

  it('has a message for every problem', () => {
    for (const key of Object.values(PROBLEM_MESSAGES)) expect(en[key]).toBeTruthy();
    expect(en[PROBLEM_MESSAGES['pdf-unreachable']]).toContain('paste it below');
  });
});
