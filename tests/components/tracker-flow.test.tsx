// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Tracker } from '../../components/tracker/Tracker';
import { FristDatabase } from '../../lib/db/database';
import { savePosting } from '../../lib/db/postings';
import { listHistory } from '../../lib/db/edits';
import { readFirstScreen } from '../../lib/db/first-read';
import { useUiLang } from '../../lib/i18n/use-ui-lang';
import { DEFAULT_SETTINGS } from '../../lib/tracker/settings';
import { emptyDraft } from '../../lib/schema/draft';
import type { PostingInput } from '../../lib/schema/posting';

const now = new Date(2026, 11, 10, 9, 30);
let database: FristDatabase;
let n = 0;
beforeEach(() => {
  database = new FristDatabase(`flow-${++n}`);
});
afterEach(async () => {
  cleanup();
  database.close();
  await database.delete();
});

async function save(patch: Partial<PostingInput>) {
  const { isJobAd: _a, confidence: _b, ...fields } = emptyDraft();
  const r = await savePosting(
    { ...fields, url: `https://org.example/${patch.title}`, title: 'x', ...patch },
    new Date('2026-12-01T10:00:00Z'),
    database,
  );
  if (!r.ok) throw new Error(r.error);
  return r.posting;
}

describe('Tracker with the database', () => {
  it('changes a status (recorded in the timeline), deletes with undo, and shows contacts', async () => {
    const p = await save({
      title: 'Faglig sekretær',
      organization: 'HK',
      deadline: '2026-12-11T12:00',
      contacts: [{ name: 'Gitte', role: null, phone: '49407158', email: null }],
      snapshot: 'Ad text',
    });
    await save({ title: 'Koordinator', deadline: '2026-12-20' });
    render(<Tracker lang="en" now={now} database={database} listHeight={1000} />);
    const rows = await screen.findAllByTestId('tracker-row');
    expect(rows.map((r) => r.querySelector('.row-title')?.textContent)).toEqual(['Faglig sekretær', 'Koordinator']);

    fireEvent.click(rows[0]!);
    await screen.findByRole('heading', { level: 2, name: 'Faglig sekretær' });
    expect(screen.getByRole('region', { name: 'Saved copy of the ad' }).textContent).toBe('Ad text');
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'applied' } });
    await waitFor(() =>
      expect(screen.getAllByTestId('timeline-entry').map((e) => e.querySelector('span')?.textContent)).toEqual([
        'Saved',
        'Saved → Applied',
      ]),
    );
    expect((await listHistory(p.id, database)).map((h) => h.to)).toEqual(['applied']);

    fireEvent.click(screen.getByRole('button', { name: 'Delete posting' }));
    const bar = await screen.findByText('Deleted “Faglig sekretær”');
    await waitFor(() => expect(screen.getAllByTestId('tracker-row')).toHaveLength(1));
    fireEvent.click(within(bar.closest('[role="status"]') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getAllByTestId('tracker-row')).toHaveLength(2));
    expect((await listHistory(p.id, database)).map((h) => h.to)).toEqual(['applied']);
    expect((await database.snapshots.get(p.id))?.text).toBe('Ad text');

    fireEvent.click(screen.getByRole('button', { name: 'Contact people' }));
    const contact = await screen.findByTestId('contact');
    expect(within(contact).getByRole('link', { name: 'Call 49407158' }).getAttribute('href')).toBe('tel:+4549407158');
    fireEvent.input(within(contact).getByLabelText('What was said'), { target: { value: 'Svar i uge 51' } });
    fireEvent.click(within(contact).getByRole('button', { name: 'Add to the log' }));
    await waitFor(() => expect(within(screen.getByTestId('contact')).getByText('Log (1)')).toBeTruthy());
  });

  it('searches through the database', async () => {
    await save({ title: 'Organisasjonssekretær', organization: 'Rødt' });
    await save({
      title: 'Daglig leder',
      organization: 'Idrettslaget',
      contacts: [{ name: 'Søren Ås', role: null, phone: null, email: null }],
    });
    render(<Tracker lang="nb" now={now} database={database} />);
    await screen.findAllByTestId('tracker-row');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Søk' }), { target: { value: 'soren' } });
    await waitFor(() =>
      expect(screen.getAllByTestId('tracker-row').map((r) => r.querySelector('.row-title')?.textContent)).toEqual(['Daglig leder']),
    );
    fireEvent.input(screen.getByRole('searchbox', { name: 'Søk' }), { target: { value: 'SEKRETAER' } });
    await waitFor(() =>
      expect(screen.getAllByTestId('tracker-row').map((r) => r.querySelector('.row-title')?.textContent)).toEqual([
        'Organisasjonssekretær',
      ]),
    );
  });

  it('draws its first overview at once from a summary read before it mounted, and never again from it', async () => {
    await save({ title: 'Faglig sekretær', deadline: '2026-12-11T12:00' });
    await save({ title: 'Koordinator', deadline: '2026-12-20' });
    const first = await readFirstScreen(database.name);
    expect(first).not.toBeNull();

    // Without it, the first render has nothing to show yet.
    const plain = render(<Tracker lang="en" now={now} database={database} listHeight={1000} />);
    expect(screen.queryAllByTestId('tracker-row')).toHaveLength(0);
    plain.unmount();

    render(<Tracker lang="en" now={now} database={database} listHeight={1000} firstHead={first!.head} />);
    // Synchronously: no database read stands between mounting and the rows.
    expect(screen.getAllByTestId('tracker-row').map((r) => r.querySelector('.row-title')?.textContent)).toEqual([
      'Faglig sekretær',
      'Koordinator',
    ]);

    // A posting saved later: back on the overview, the old summary is not drawn again.
    await save({ title: 'Bogholder', deadline: '2026-12-15' });
    fireEvent.click(screen.getByRole('button', { name: 'Contact people' }));
    fireEvent.click(screen.getByRole('button', { name: 'Postings' }));
    expect(screen.queryAllByTestId('tracker-row')).toHaveLength(0);
    await waitFor(() =>
      expect(screen.getAllByTestId('tracker-row').map((r) => r.querySelector('.row-title')?.textContent)).toEqual([
        'Faglig sekretær',
        'Bogholder',
        'Koordinator',
      ]),
    );
  });
});

describe('the interface language on the first render', () => {
  function Lang({ given }: { given?: typeof DEFAULT_SETTINGS | null }) {
    return <p data-testid="lang">{useUiLang('en-GB', given)}</p>;
  }

  it('is the one chosen in the settings read before the page rendered, not the browser one', () => {
    render(<Lang given={{ ...DEFAULT_SETTINGS, language: 'nb' }} />);
    expect(screen.getByTestId('lang').textContent).toBe('nb');
  });

  it('follows the browser while nothing was read, or when the settings say so', () => {
    render(<Lang />);
    expect(screen.getByTestId('lang').textContent).toBe('en');
    cleanup();
    render(<Lang given={{ ...DEFAULT_SETTINGS, language: 'auto' }} />);
    expect(screen.getByTestId('lang').textContent).toBe('en');
  });
});
