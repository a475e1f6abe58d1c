// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView } from '../../components/tracker/OptionsView';
import { FristDatabase } from '../../lib/db/database';
import { getSettings, saveSettings, type SettingsResult } from '../../lib/db/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/tracker/settings';

afterEach(cleanup);

describe('OptionsView', () => {
  it('saves language, phone country and reminder lead times through the database', async () => {
    const database = new FristDatabase(`options-${Date.now()}`);
    try {
      render(<OptionsView lang="da" settings={DEFAULT_SETTINGS} onSave={(patch) => saveSettings(patch, database)} />);
      fireEvent.change(screen.getByLabelText('Sprog'), { target: { value: 'nb' } });
      fireEvent.change(screen.getByLabelText('Land for telefonnumre uden landekode'), { target: { value: 'NO' } });
      const reminders = screen.getAllByRole('group', { name: /^Påmindelse \d$/ });
      expect(reminders).toHaveLength(3);
      fireEvent.click(within(reminders[2]!).getByRole('button', { name: 'Fjern påmindelse 3' }));
      fireEvent.click(screen.getByRole('button', { name: 'Tilføj påmindelse' }));
      const added = screen.getByRole('group', { name: 'Påmindelse 3' });
      fireEvent.input(within(added).getByLabelText('Antal'), { target: { value: '1' } });
      fireEvent.click(screen.getByRole('button', { name: 'Gem indstillinger' }));
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Indstillingerne er gemt.'));
      expect(await getSettings(database)).toEqual<Settings>({
        ...DEFAULT_SETTINGS,
        language: 'nb',
        phoneCountry: 'NO',
        reminderLeadTimes: [
          { amount: 7, unit: 'days' },
          { amount: 2, unit: 'days' },
          { amount: 1, unit: 'days' },
        ],
      });
    } finally {
      database.close();
      await database.delete();
    }
  });

  it('refuses a lead time that is not a whole number, writing nothing', async () => {
    const onSave = vi.fn(async (): Promise<SettingsResult> => ({ ok: true, settings: DEFAULT_SETTINGS }));
    render(<OptionsView lang="en" settings={DEFAULT_SETTINGS} onSave={onSave} />);
    const first = screen.getByRole('group', { name: 'Reminder 1' });
    fireEvent.input(within(first).getByLabelText('Amount'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Write a number');
    expect(within(first).getByLabelText('Amount').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });
});
