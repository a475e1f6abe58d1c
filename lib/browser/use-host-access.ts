import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askHostAccess, checkHostAccess, type HostAccess } from '../capture/host-access';

/** Whether Frist may read websites, kept up to date, and a request for it to call from a click. */
export function useHostAccess(): { access: HostAccess; ask: () => void } {
  const [access, setAccess] = useState<HostAccess>('checking');
  useEffect(() => {
    const update = () => void checkHostAccess(browser.permissions).then(setAccess);
    update();
    // Granted or withdrawn elsewhere (the add-ons manager) while the page is open.
    browser.permissions.onAdded.addListener(update);
    browser.permissions.onRemoved.addListener(update);
    return () => {
      browser.permissions.onAdded.removeListener(update);
      browser.permissions.onRemoved.removeListener(update);
    };
  }, []);
  const ask = useCallback(() => void askHostAccess(browser.permissions).then(setAccess), []);
  return { access, ask };
}

/** Whether Frist may read websites now. */
export const hostAccessNow = () => checkHostAccess(browser.permissions);
