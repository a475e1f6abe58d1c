import type { UiLang } from '../i18n';
import { translate } from '../i18n';

export const MENU_ID = 'frist-save-posting';
export const COMMAND = 'save-posting';

/** The review window's address for a tab: the popup page, acting on that tab, straight to review. */
export function reviewUrl(base: string, tabId: number): string {
  return `${base}?tab=${tabId}&review=1`;
}

export interface EntryDeps {
  lang: UiLang;
  popupUrl: string;
  createMenu: (item: { id: string; title: string; contexts: ['page', 'frame'] }) => void;
  openWindow: (url: string) => Promise<unknown>;
}

/**
 * "Save posting" from the page's context menu and from the keyboard shortcut: both open the
 * review form for that tab in a small window (the toolbar popup cannot be opened from here in
 * every browser), where the user checks the fields and saves.
 */
export function saveEntryPoints(deps: EntryDeps) {
  const t = translate(deps.lang);
  return {
    install() {
      deps.createMenu({ id: MENU_ID, title: t('menuSave'), contexts: ['page', 'frame'] as ['page', 'frame'] });
    },
    async onMenuClick(menuItemId: string | number, tabId: number | undefined) {
      if (menuItemId !== MENU_ID || tabId === undefined || tabId < 0) return false;
      await deps.openWindow(reviewUrl(deps.popupUrl, tabId));
      return true;
    },
    async onCommand(command: string, tabId: number | undefined) {
      if (command !== COMMAND || tabId === undefined || tabId < 0) return false;
      await deps.openWindow(reviewUrl(deps.popupUrl, tabId));
      return true;
    },
  };
}
