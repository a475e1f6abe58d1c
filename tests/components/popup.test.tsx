// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView } from '../../components/PopupView';
import { PostingList } from '../../components/PostingList';
import { emptyDraft } from '../../lib/schema/draft';
import type { Posting } from '../../lib/schema/posting';

afterEach(cleanup);
const now = new Date(2026, 11, 10, 9, 0);

function posting(title: string, deadline: string | null, patch: Partial<Posting> = {}): Posting {
  const { isJobAd: _a, confidence: _b, ...fields } = emptyDraft();
  return {
    ...fields,
    id: title,
    title,
    deadline,
    url: `https://org.example/${encodeURIComponent(title)}`,
    urlKey: `https://org.example/${encodeURIComponent(title)}`,
    status: 'saved',
    notes: '',
    snapshot: '',
    savedAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...patch,
  };
}

describe('PostingList', () => {
  it('renders postings in the order given, with date and countdown', () => {
    render(
      <PostingList
        lang="en"
        now={now}
        postings={[posting('Sekretær', '2026-12-11T12:00', { organization: 'Enhedslisten' }), posting('Koordinator', '2026-12-15'), posting('Organiser', null)]}
      />,
    );
    const rows = screen.getAllByTestId('posting');
    expect(rows.map((r) => r.querySelector('.posting-title')?.textContent)).toEqual(['Sekretær', 'Koordinator', 'Organiser']);
    expect(rows[0]?.textContent).toContain('Enhedslisten');
    expect(rows[0]?.textContent).toContain('tomorrow at 12:00');
    expect(rows[1]?.textContent).toContain('15 Dec 2026');
    expect(rows[1]?.textContent).toContain('in 5 days');
    expect(rows[2]?.textContent).toContain('no deadline');
  });

  it('marks expired postings', () => {
    render(<PostingList lang="da" now={now} postings={[posting('Gammel', '2026-12-01')]} />);
    const row = screen.getByTestId('posting');
    expect(row.className).toContain('expired');
    expect(row.textContent).toContain('udløbet');
  });

  it('shows an empty state', () => {
    render(<PostingList lang="nb" now={now} postings={[]} />);
    expect(screen.getByText(/Ingen lagrede annonser ennå/)).toBeTruthy();
  });

  it('renders page text as plain text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = render(<PostingList lang="en" now={now} postings={[posting(hostile, null, { organization: '<b>Org</b>' })]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText(hostile)).toBeTruthy();
    expect(screen.getByText('<b>Org</b>')).toBeTruthy();
  });
});

describe('PopupView', () => {
  it('saves on click and reports a validation error without losing the list', () => {
    const onSave = vi.fn();
    const { rerender } = render(
      <PopupView lang="en" now={now} page="job-ad" postings={{ status: 'ready', value: [posting('A', null)] }} save={{ kind: 'idle' }} onSave={onSave} />,
    );
    expect(screen.getByText('This page looks like a job ad.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save posting' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    rerender(
      <PopupView
        lang="en"
        now={now}
        page="job-ad"
        postings={{ status: 'ready', value: [posting('A', null)] }}
        save={{ kind: 'error', message: 'title: a posting needs a title' }}
        onSave={onSave}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Could not save: title: a posting needs a title');
    expect(screen.getAllByTestId('posting')).toHaveLength(1);
  });

  it('disables the button while saving and confirms an update', () => {
    const { rerender } = render(
      <PopupView lang="da" now={now} page="other" postings={{ status: 'loading' }} save={{ kind: 'saving' }} onSave={() => {}} />,
    );
    expect((screen.getByRole('button') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Indlæser…')).toBeTruthy();
    rerender(<PopupView lang="da" now={now} page="other" postings={{ status: 'ready', value: [] }} save={{ kind: 'done', created: false, title: 'X' }} onSave={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Opdateret: opslaget var gemt i forvejen: X');
  });
});
