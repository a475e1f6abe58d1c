import { describe, expect, it, vi } from 'vitest';
import { COMMAND, MENU_ID, reviewUrl, saveEntryPoints } from '../../lib/background/save-entry';

function setup() {
  const createMenu = vi.fn();
  const openWindow = vi.fn(async () => undefined);
  const entries = saveEntryPoints({ lang: 'da', popupUrl: 'chrome-extension://id/popup.html', createMenu, openWindow });
  return { entries, createMenu, openWindow };
}

describe('save from the context menu and the shortcut', () => {
  it('adds a context-menu item in the UI language', () => {
    const { entries, createMenu } = setup();
    entries.install();
    expect(createMenu).toHaveBeenCalledWith({ id: MENU_ID, title: 'Gem opslag med Frist', contexts: ['page', 'frame'] });
  });

  it('opens the review for the tab the menu was used in', async () => {
    const { entries, openWindow } = setup();
    expect(await entries.onMenuClick(MENU_ID, 12)).toBe(true);
    expect(openWindow).toHaveBeenCalledWith('chrome-extension://id/popup.html?tab=12&review=1');
  });

  it('opens the review for the active tab on the shortcut', async () => {
    const { entries, openWindow } = setup();
    expect(await entries.onCommand(COMMAND, 3)).toBe(true);
    expect(openWindow).toHaveBeenCalledWith(reviewUrl('chrome-extension://id/popup.html', 3));
  });

  it('ignores other menu items, other commands and tabs it cannot act on', async () => {
    const { entries, openWindow } = setup();
    expect(await entries.onMenuClick('other', 12)).toBe(false);
    expect(await entries.onCommand('other', 12)).toBe(false);
    expect(await entries.onCommand(COMMAND, undefined)).toBe(false);
    expect(await entries.onMenuClick(MENU_ID, -1)).toBe(false);
    expect(openWindow).not.toHaveBeenCalled();
  });
});
