// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContactsView } from '../../components/tracker/ContactsView';
import { GROUP_KEYS, STATUS_KEYS } from '../../components/tracker/labels';
import { Overview, type OverviewFilter } from '../../components/tracker/Overview';
import { PostingDetail } from '../../components/tracker/PostingDetail';
import { StatusPicker } from '../../components/tracker/StatusPicker';
import { Timeline } from '../../components/tracker/Timeline';
import { UndoBar } from '../../components/tracker/UndoBar';
import { VirtualList } from '../../components/tracker/VirtualList';
import type { ContactWithLog } from '../../lib/db/contacts';
import type { UpdateResult } from '../../lib/db/edits';
import { MESSAGES, UI_LANGS } from '../../lib/i18n';
import { emptyDraft } from '../../lib/schema/draft';
import type { Posting } from '../../lib/schema/posting';
import { dueKey, type OverviewRow } from '../../lib/tracker/groups';
import { buildHead, headScreen } from '../../lib/tracker/head';

afterEach(cleanup);
const now = new Date(2026, 11, 10, 9, 30); // Thursday 10 December 2026, 09:30 local
const HOSTILE = '<img src=x onerror=alert(1)>';

function row(id: string, deadline: string | null, patch: Partial<OverviewRow> = {}): OverviewRow {
  const due = dueKey(patch.deadline === undefined ? deadline : patch.deadline);
  return { id, title: id, organization: null, deadline, due, status: 'saved', savedAt: '2026-12-01T10:00:00.000Z', ...patch };
}

function posting(patch: Partial<Posting> = {}): Posting {
  const { isJobAd: _a, confidence: _b, ...fields } = emptyDraft();
  return {
    ...fields,
    id: 'p1',
    title: 'Faglig sekretær',
    organization: 'HK Østjylland',
    deadline: '2026-12-11T12:00',
    url: 'https://hk.example/job/1',
    urlKey: 'https://hk.example/job/1',
    status: 'saved',
    notes: '',
    fingerprint: null,
    savedAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...patch,
  };
}

const noFilter: OverviewFilter = { text: '', statuses: [] };

function titles(container: Element): string[] {
  return [...container.querySelectorAll('[data-testid="tracker-row"] .row-title')].map((e) => e.textContent ?? '');
}

describe('Overview', () => {
  const rows = [
    row('Later', '2026-12-30'),
    row('Tomorrow noon', '2026-12-11T12:00', { organization: 'Enhedslisten' }),
    row('Today', '2026-12-10'),
    row('In five days', '2026-12-15'),
    row('Undated old', null, { savedAt: '2026-11-01T10:00:00.000Z' }),
    row('Undated new', null, { savedAt: '2026-12-05T10:00:00.000Z' }),
    row('Missed', '2026-12-01'),
    row('Sent and waiting', '2026-12-02', { status: 'applied' }),
    row('Turned down', '2026-12-20', { status: 'rejected' }),
  ];

  it('shows the first screen of a long list from the summary, the rows not yet read as placeholders', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      row(`Stilling ${String(i).padStart(2, '0')}`, `2026-12-${String(11 + (i % 20)).padStart(2, '0')}`),
    );
    const screenOf = headScreen(buildHead([...rows, ...many], new Date(2026, 11, 10, 8, 0), 12), now, 8)!;
    expect(screenOf).not.toBeNull();
    const { container } = render(
      <Overview
        lang="en"
        now={now}
        rows={[]}
        head={screenOf}
        total={screenOf.total}
        filter={noFilter}
        onFilterChange={() => {}}
        onOpen={() => {}}
        listHeight={2000}
      />,
    );
    // The groups' sizes are those of all 49 lines (the list window shows the first five groups).
    expect(screenOf.groups.map((g) => [g.id, g.count])).toEqual([
      ['today', 1],
      ['week', 16],
      ['upcoming', 27],
      ['noDeadline', 2],
      ['submitted', 1],
      ['expired', 1],
      ['closed', 1],
    ]);
    expect([...container.querySelectorAll('.group-heading')].map((h) => h.textContent)).toEqual([
      'Deadline today (1)',
      'Next 7 days (16)',
      'Later (27)',
      'No deadline (2)',
      'Sent, waiting for an answer (1)',
    ]);
    // A time on the 11th comes before the whole day; the 12th row's deadline is shared by a 13th.
    expect(titles(container)).toEqual([
      'Today',
      'Tomorrow noon',
      'Stilling 00',
      'Stilling 20',
      'Stilling 01',
      'Stilling 21',
      'Stilling 02',
      'Stilling 22',
      'Stilling 03',
      'Stilling 23',
      'In five days',
      'Stilling 04',
      'Stilling 24',
    ]);
    // Every group's rows not read yet: one empty block as tall as they are (4 of the next 7 days,
    // all 27 later ones, the 2 without a deadline, the 1 sent).
    const pending = [...container.querySelectorAll<HTMLElement>('.pending-rows')];
    expect(pending.map((p) => p.style.height)).toEqual([4, 27, 2, 1].map((n) => `${n * 60}px`));
    expect(pending.every((p) => p.getAttribute('aria-busy') === 'true' && p.tabIndex < 0 && !p.textContent)).toBe(true);
    expect(container.textContent).not.toContain('Nothing matches');
  });

  it('groups by deadline, nearest first, with countdowns; expired and closed are folded away', () => {
    const { container } = render(
      <Overview
        lang="da"
        now={now}
        rows={rows}
        total={rows.length}
        filter={noFilter}
        onFilterChange={() => {}}
        onOpen={() => {}}
        listHeight={2000}
      />,
    );
    expect(titles(container)).toEqual([
      'Today',
      'Tomorrow noon',
      'In five days',
      'Later',
      'Undated new',
      'Undated old',
      'Sent and waiting',
    ]);
    const headings = [...container.querySelectorAll('.group-heading')].map((h) => h.textContent);
    expect(headings).toEqual([
      'Frist i dag (1)',
      'De næste 7 dage (2)',
      'Senere (1)',
      'Uden frist (2)',
      'Sendt, venter på svar (1)',
      'Fristen er overskredet (1)',
      'Afsluttet (1)',
    ]);
    const tomorrow = screen.getByText('Tomorrow noon').closest('button')!;
    expect(tomorrow.textContent).toContain('i morgen kl. 12');
    expect(tomorrow.textContent).toContain('Enhedslisten');
    expect(tomorrow.className).toContain('in-week');
    expect(screen.getByText('In five days').closest('button')!.textContent).toContain('om 5 dage');
    expect(screen.getByText('Today').closest('button')!.className).toContain('in-today');

    const expired = screen.getByRole('button', { name: 'Fristen er overskredet (1)' });
    expect(expired.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(expired);
    expect(titles(container)).toContain('Missed');
    expect(screen.getByRole('button', { name: 'Fristen er overskredet (1)' }).getAttribute('aria-expanded')).toBe('true');
    expect(titles(container)).not.toContain('Turned down');
    fireEvent.click(screen.getByRole('button', { name: 'Afsluttet (1)' }));
    expect(titles(container).at(-1)).toBe('Turned down');
    expect(screen.getByText('Turned down').closest('button')!.textContent).toContain('Afslag');
  });

  it('shows folded groups while searching or filtering, and reports the filter changes', () => {
    const onFilterChange = vi.fn();
    const { container, rerender } = render(
      <Overview
        lang="en"
        now={now}
        rows={rows}
        total={rows.length}
        filter={noFilter}
        onFilterChange={onFilterChange}
        onOpen={() => {}}
        listHeight={2000}
      />,
    );
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'sekr' } });
    expect(onFilterChange).toHaveBeenLastCalledWith({ text: 'sekr', statuses: [] });
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'rejected' } });
    expect(onFilterChange).toHaveBeenLastCalledWith({ text: '', statuses: ['rejected'] });

    const filtered = rows.filter((r) => r.status === 'rejected');
    rerender(
      <Overview
        lang="en"
        now={now}
        rows={filtered}
        total={rows.length}
        filter={{ text: '', statuses: ['rejected'] }}
        onFilterChange={onFilterChange}
        onOpen={() => {}}
      />,
    );
    expect(titles(container)).toEqual(['Turned down']);
    expect(screen.getByText('1 of 9 postings')).toBeTruthy();
    rerender(
      <Overview
        lang="en"
        now={now}
        rows={[]}
        total={rows.length}
        filter={{ text: 'zzz', statuses: [] }}
        onFilterChange={onFilterChange}
        onOpen={() => {}}
      />,
    );
    expect(screen.getByText('Nothing matches the search or filter.')).toBeTruthy();
  });

  it('opens a posting by click and by keyboard, moving with the arrow keys', async () => {
    const onOpen = vi.fn();
    render(
      <Overview
        lang="en"
        now={now}
        rows={rows.slice(0, 4)}
        total={4}
        filter={noFilter}
        onFilterChange={() => {}}
        onOpen={onOpen}
        listHeight={2000}
      />,
    );
    fireEvent.click(screen.getByText('Later'));
    expect(onOpen).toHaveBeenLastCalledWith('Later');
    const first = screen.getByText('Today').closest('button')!;
    expect(first.tabIndex).toBe(0);
    expect(screen.getByText('Later').closest('button')!.tabIndex).toBe(-1);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Tomorrow noon'));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Later'));
    expect((document.activeElement as HTMLElement).tabIndex).toBe(0);
  });

  it('shows the empty state when nothing is saved', () => {
    render(<Overview lang="nb" now={now} rows={[]} total={0} filter={noFilter} onFilterChange={() => {}} onOpen={() => {}} />);
    expect(screen.getByText(/Ingen lagrede annonser ennå/)).toBeTruthy();
  });

  it('renders hostile page text as text', () => {
    const { container } = render(
      <Overview
        lang="en"
        now={now}
        rows={[row('x', null, { title: HOSTILE, organization: '<b>Org</b>' })]}
        total={1}
        filter={noFilter}
        onFilterChange={() => {}}
        onOpen={() => {}}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText(HOSTILE)).toBeTruthy();
  });
});

describe('VirtualList', () => {
  const items = Array.from({ length: 10_000 }, (_, i) => `item ${i}`);
  function List() {
    return (
      <VirtualList
        items={items}
        itemHeight={() => 50}
        height={300}
        overscan={2}
        getKey={(s) => s}
        label="Many"
        renderItem={(s, _i, { focus }) => (
          <button type="button" {...focus}>
            {s}
          </button>
        )}
      />
    );
  }

  it('puts only the rows in view in the DOM and follows scrolling', () => {
    const { container } = render(<List />);
    const list = screen.getByRole('list', { name: 'Many' });
    expect(within(list).getAllByRole('listitem').length).toBeLessThanOrEqual(10);
    expect(list.getAttribute('style')).toContain('500000px');
    expect(within(list).getAllByRole('listitem')[0]!.getAttribute('aria-setsize')).toBe('10000');
    const viewport = container.querySelector('.vlist') as HTMLElement;
    viewport.scrollTop = 250_000;
    fireEvent.scroll(viewport);
    expect(screen.getByText('item 5000')).toBeTruthy();
    expect(screen.queryByText('item 10')).toBeNull();
    expect(within(list).getAllByRole('listitem').length).toBeLessThanOrEqual(12);
  });

  it('moves focus with the keyboard, scrolling the focused row into view', async () => {
    const { container } = render(<List />);
    const first = screen.getByText('item 0');
    first.focus();
    fireEvent.keyDown(first, { key: 'End' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('item 9999'));
    expect((container.querySelector('.vlist') as HTMLElement).scrollTop).toBe(500_000 - 300);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('item 9998'));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('item 0'));
  });
});

describe('StatusPicker and Timeline', () => {
  it('offers the pipeline in order and reports a change', () => {
    const onChange = vi.fn();
    render(<StatusPicker lang="nb" value="saved" onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Lagret',
      'Under arbeid',
      'Søkt',
      'Intervju',
      'Tilbud',
      'Avslag',
      'Trukket',
    ]);
    fireEvent.change(select, { target: { value: 'applied' } });
    expect(onChange).toHaveBeenCalledWith('applied');
  });

  it('shows the dated history, oldest first', () => {
    render(
      <Timeline
        lang="en"
        savedAt="2026-12-01T10:00:00.000Z"
        history={[
          { id: 2, postingId: 'p', at: '2026-12-05T09:00:00.000Z', from: 'applied', to: 'interview' },
          { id: 1, postingId: 'p', at: '2026-12-03T09:00:00.000Z', from: 'saved', to: 'applied' },
        ]}
      />,
    );
    const entries = screen.getAllByTestId('timeline-entry');
    expect(entries.map((e) => e.querySelector('span')?.textContent)).toEqual(['Saved', 'Saved → Applied', 'Applied → Interview']);
    expect(entries[1]!.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-03T09:00:00.000Z');
    expect(entries[1]!.textContent).toContain('Dec 2026');
  });
});

describe('PostingDetail', () => {
  function renderDetail(
    onSave: (patch: unknown) => Promise<UpdateResult>,
    p: Posting = posting(),
    extra: { snapshot?: string | null } = {},
  ) {
    const onStatusChange = vi.fn();
    const onDelete = vi.fn();
    const utils = render(
      <PostingDetail
        lang="en"
        now={now}
        posting={p}
        history={[]}
        snapshot={extra.snapshot === undefined ? 'Snapshot text' : extra.snapshot}
        onSave={onSave}
        onStatusChange={onStatusChange}
        onDelete={onDelete}
      />,
    );
    return { ...utils, onStatusChange, onDelete };
  }

  it('edits every kind of field and saves them as one patch', async () => {
    const onSave = vi.fn(async (_patch: unknown) => ({ ok: true, posting: posting(), changed: true }) as UpdateResult);
    renderDetail(onSave, posting({ contacts: [{ name: 'Gitte', role: null, phone: '22 33 44 55', email: null }] }));
    fireEvent.input(screen.getByLabelText('Position'), { target: { value: 'Organisationssekretær' } });
    fireEvent.input(screen.getByLabelText('Time of day'), { target: { value: '09:00' } });
    fireEvent.input(screen.getByLabelText('Hours per week (from)'), { target: { value: '37,5' } });
    fireEvent.input(screen.getByLabelText('Salary'), { target: { value: '32000' } });
    fireEvent.input(screen.getByLabelText('Currency'), { target: { value: 'dkk' } });
    fireEvent.change(screen.getByLabelText('Per'), { target: { value: 'month' } });
    fireEvent.input(screen.getByLabelText('Email addresses'), { target: { value: 'a@hk.dk, b@hk.dk' } });
    fireEvent.input(screen.getByLabelText('Notes'), { target: { value: 'Ring fredag' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    const second = screen.getByRole('group', { name: 'Contact 2' });
    fireEvent.input(within(second).getByLabelText('Name'), { target: { value: 'Ole' } });
    fireEvent.input(within(second).getByLabelText('Email'), { target: { value: 'ole@hk.dk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Gitte' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      title: 'Organisationssekretær',
      deadline: '2026-12-11T09:00',
      hoursPerWeek: { min: 37.5, max: 37.5 },
      salary: { amount: 32000, currency: 'DKK', period: 'month', text: '32000' },
      emails: ['a@hk.dk', 'b@hk.dk'],
      notes: 'Ring fredag',
      contacts: [{ name: 'Ole', role: null, phone: null, email: 'ole@hk.dk' }],
    });
    expect(await screen.findByText('Changes saved.')).toBeTruthy();
  });

  it('shows a validation error next to its field and keeps the input', async () => {
    const onSave = vi.fn(
      async () =>
        ({
          ok: false,
          error: 'title: a posting needs a title; contacts.0.name: a contact needs a name',
          issues: [
            { path: 'title', code: 'too_small', message: 'a posting needs a title' },
            { path: 'contacts.0.name', code: 'too_small', message: 'a contact needs a name' },
          ],
        }) as UpdateResult,
    );
    renderDetail(onSave);
    const title = screen.getByLabelText('Position') as HTMLInputElement;
    fireEvent.input(title, { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    fireEvent.input(within(screen.getByRole('group', { name: 'Contact 1' })).getByLabelText('Phone'), { target: { value: '12345678' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('alert');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(title.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(described?.textContent).toBe('Required.');
    const name = within(screen.getByRole('group', { name: 'Contact 1' })).getByLabelText('Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(title.value).toBe(' ');
    expect(screen.getByRole('alert').textContent).toContain('nothing has been saved');
  });

  it('catches a number that is not one before saving', async () => {
    const onSave = vi.fn();
    renderDetail(onSave);
    fireEvent.input(screen.getByLabelText('Position size (%)'), { target: { value: 'full time' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('alert');
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Write a number, e.g. 37 or 37,5.')).toBeTruthy();
  });

  it('shows status, snapshot as plain text and safe links; delete and status change go to the caller', () => {
    const { container, onStatusChange, onDelete } = renderDetail(
      vi.fn(),
      posting({ title: HOSTILE, applyUrl: 'https://hk.example/apply' }),
      { snapshot: `Ad text ${HOSTILE}` },
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(HOSTILE);
    const region = screen.getByRole('region', { name: 'Saved copy of the ad' });
    expect(region.textContent).toBe(`Ad text ${HOSTILE}`);
    expect(region.tabIndex).toBe(0);
    const original = screen.getByRole('link', { name: 'Open the ad' });
    expect(original.getAttribute('href')).toBe('https://hk.example/job/1');
    expect(original.getAttribute('rel')).toContain('noopener');
    expect(screen.getByRole('link', { name: 'Open the application form' }).getAttribute('rel')).toContain('noopener');
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'interview' } });
    expect(onStatusChange).toHaveBeenCalledWith('interview');
    fireEvent.click(screen.getByRole('button', { name: 'Delete posting' }));
    expect(onDelete).toHaveBeenCalledTimes(1);
  });

  it('says so when no copy was saved', () => {
    renderDetail(vi.fn(), posting(), { snapshot: null });
    expect(screen.getByText('No copy of the ad text was saved.')).toBeTruthy();
  });
});

describe('ContactsView', () => {
  const contacts: ContactWithLog[] = [
    {
      key: 'gitte ballenstedt|+4549407158',
      keys: ['gitte ballenstedt|+4549407158'],
      name: 'Gitte Ballenstedt',
      roles: ['sekretariatsleder'],
      phones: ['49 40 71 58'],
      emails: ['gb@medborgerne.dk'],
      organizations: ['Medborgerne', 'HK'],
      postings: [
        { id: 'p1', title: 'Community organiser', organization: 'Medborgerne' },
        { id: 'p2', title: 'Sekretær', organization: 'HK' },
      ],
      log: [
        {
          id: 1,
          contactKey: 'gitte ballenstedt|+4549407158',
          postingId: 'p1',
          at: '2026-12-03T10:00:00.000Z',
          text: 'Ringede: svar i uge 51',
        },
      ],
    },
    {
      key: 'ole|',
      keys: ['ole|'],
      name: HOSTILE,
      roles: [],
      phones: [],
      emails: ['x?cc=evil@a.b'],
      organizations: [],
      postings: [],
      log: [],
    },
  ];

  it('links to call and mail, copies numbers and opens postings', async () => {
    const copy = vi.fn(async () => {});
    const onOpen = vi.fn();
    const { container } = render(
      <ContactsView lang="da" contacts={contacts} phoneCountry="DK" onOpenPosting={onOpen} onAddLog={vi.fn()} copy={copy} />,
    );
    expect(screen.getByRole('link', { name: 'Ring til 49 40 71 58' }).getAttribute('href')).toBe('tel:+4549407158');
    expect(screen.getByRole('link', { name: 'Skriv til gb@medborgerne.dk' }).getAttribute('href')).toBe('mailto:gb@medborgerne.dk');
    expect(screen.getByText('Medborgerne · HK')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kopiér 49 40 71 58' }));
    expect(copy).toHaveBeenCalledWith('49 40 71 58');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Kopierede 49 40 71 58'));
    fireEvent.click(screen.getByRole('button', { name: 'Sekretær' }));
    expect(onOpen).toHaveBeenCalledWith('p2');
    // Hostile names stay text, an address that would inject mail headers gets no link.
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(HOSTILE)).toBeTruthy();
    expect(screen.getByText('x?cc=evil@a.b').tagName).toBe('SPAN');
  });

  it('shows the log and adds to it about the chosen posting', async () => {
    const onAddLog = vi.fn(async (e: { contactKey: string; postingId: string; text: string }) => ({
      ok: true as const,
      entry: { ...e, id: 2, at: '2026-12-10T09:00:00.000Z' },
    }));
    render(<ContactsView lang="en" contacts={contacts} phoneCountry="DK" onOpenPosting={vi.fn()} onAddLog={onAddLog} copy={vi.fn()} />);
    expect(screen.getByText('Log (1)')).toBeTruthy();
    expect(screen.getAllByTestId('log-entry')[0]!.textContent).toContain('Ringede: svar i uge 51');
    fireEvent.click(screen.getAllByRole('button', { name: 'Add to the log' })[0]!);
    expect(await screen.findByText('Write what was said first.')).toBeTruthy();
    expect(onAddLog).not.toHaveBeenCalled();
    fireEvent.input(screen.getAllByLabelText('What was said')[0]!, { target: { value: 'Mail sendt' } });
    fireEvent.change(screen.getByLabelText('About the posting'), { target: { value: 'p2' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Add to the log' })[0]!);
    await waitFor(() =>
      expect(onAddLog).toHaveBeenCalledWith({ contactKey: 'gitte ballenstedt|+4549407158', postingId: 'p2', text: 'Mail sendt' }),
    );
  });

  it('filters contacts, and has an empty state', () => {
    const { rerender } = render(
      <ContactsView lang="nb" contacts={contacts} phoneCountry="NO" onOpenPosting={vi.fn()} onAddLog={vi.fn()} copy={vi.fn()} />,
    );
    fireEvent.input(screen.getByRole('searchbox', { name: 'Finn en kontakt' }), { target: { value: 'medborgerne' } });
    expect(screen.getAllByTestId('contact')).toHaveLength(1);
    rerender(<ContactsView lang="nb" contacts={[]} phoneCountry="NO" onOpenPosting={vi.fn()} onAddLog={vi.fn()} copy={vi.fn()} />);
    expect(screen.getByText(/Ingen kontaktpersoner ennå/)).toBeTruthy();
  });
});

describe('UndoBar', () => {
  it('offers Undo in a status region and closes itself after a while', () => {
    vi.useFakeTimers();
    try {
      const onUndo = vi.fn();
      const onClose = vi.fn();
      render(<UndoBar lang="da" message="“X” er slettet" onUndo={onUndo} onClose={onClose} timeoutMs={5000} />);
      const bar = screen.getByRole('status');
      expect(bar.textContent).toContain('“X” er slettet');
      fireEvent.click(within(bar).getByRole('button', { name: 'Fortryd' }));
      expect(onUndo).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(5000);
      expect(onClose).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('translations', () => {
  it('has every tracker string in every language, translated', () => {
    const keys = Object.keys(MESSAGES.en).filter((k) => /^(?:tr|status|group|err|opt|country)[A-Z]/.test(k));
    expect(keys.length).toBeGreaterThan(100);
    for (const k of [...Object.values(STATUS_KEYS), ...Object.values(GROUP_KEYS)]) expect(keys).toContain(k);
    for (const lang of UI_LANGS) {
      for (const k of keys) expect(MESSAGES[lang][k as keyof typeof MESSAGES.en]?.trim(), `${lang}.${k}`).toBeTruthy();
    }
    const same = keys.filter((k) => MESSAGES.da[k as keyof typeof MESSAGES.en] === MESSAGES.en[k as keyof typeof MESSAGES.en]);
    // Only words that are the same in both languages (Status, {from} → {to}, Finland …) may match English.
    expect(same.length).toBeLessThan(10);
  });
});
