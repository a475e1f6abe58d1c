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
    fingerprint: null,
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

const handlers = () => ({ onSave: vi.fn(), onPaste: vi.fn(), onReviewChange: vi.fn(), onReviewSave: vi.fn(), onReviewCancel: vi.fn() });

describe('PopupView', () => {
  it('starts a save on click and reports a failure without losing the list', () => {
    const h = handlers();
    const list = { status: 'ready' as const, value: [posting('A', null)] };
    const { rerender } = render(<PopupView lang="en" now={now} page="job-ad" postings={list} capture={{ mode: 'home' }} {...h} />);
    expect(screen.getByText('This page looks like a job ad.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save posting' }));
    expect(h.onSave).toHaveBeenCalledTimes(1);
    rerender(<PopupView lang="en" now={now} page="job-ad" postings={list} capture={{ mode: 'home', error: 'Cannot access a chrome:// URL' }} {...h} />);
    expect(screen.getByRole('alert').textContent).toBe('Could not save: Cannot access a chrome:// URL');
    expect(screen.getAllByTestId('posting')).toHaveLength(1);
  });

  it('disables the button while reading and confirms an update', () => {
    const h = handlers();
    const { rerender } = render(<PopupView lang="da" now={now} page="other" postings={{ status: 'loading' }} capture={{ mode: 'busy' }} {...h} />);
    expect((screen.getByRole('button', { name: 'Gemmer…' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Indlæser…')).toBeTruthy();
    rerender(
      <PopupView lang="da" now={now} page="other" postings={{ status: 'ready', value: [] }} capture={{ mode: 'home', done: { created: false, title: 'X' } }} {...h} />,
    );
    expect(screen.getByRole('status').textContent).toBe('Opdateret: opslaget var gemt i forvejen: X');
  });

  it('sends pasted text to the extractor', () => {
    const h = handlers();
    render(<PopupView lang="en" now={now} page="unknown" postings={{ status: 'ready', value: [] }} capture={{ mode: 'home' }} {...h} />);
    fireEvent.input(screen.getByLabelText('Ad text'), { target: { value: 'Ansøgningsfrist 15/12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read the text' }));
    expect(h.onPaste).toHaveBeenCalledWith('Ansøgningsfrist 15/12');
  });
});
