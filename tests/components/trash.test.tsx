// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TrashView } from '../../components/tracker/TrashView';
import type { TrashItem } from '../../lib/db/trash';

afterEach(cleanup);

const items: TrashItem[] = [
  {
    id: 'a',
    title: 'Kampagnekoordinator',
    organization: 'Grøn Fremtid',
    removedAt: '2026-12-05T09:00:00.000Z',
    keptUntil: '2027-01-04T09:00:00.000Z',
  },
  { id: 'b', title: 'Rådgiver', organization: null, removedAt: '2026-12-01T09:00:00.000Z', keptUntil: '2026-12-31T09:00:00.000Z' },
];

describe('TrashView', () => {
  it('lists deleted postings with when they go, and restores one', () => {
    const onRestore = vi.fn();
    render(<TrashView lang="en" items={items} onRestore={onRestore} onEmpty={vi.fn()} />);
    const rows = screen.getAllByTestId('trash-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Kampagnekoordinator · Grøn FremtidDeleted 5 Dec 2026 · can be restored until 4 Jan 2027 Restore',
      'RådgiverDeleted 1 Dec 2026 · can be restored until 31 Dec 2026 Restore',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Restore “Rådgiver”' }));
    expect(onRestore).toHaveBeenCalledWith(items[1]);
  });

  it('empties the trash only after a confirmation, in Danish', () => {
    const onEmpty = vi.fn();
    render(<TrashView lang="da" items={items} onRestore={vi.fn()} onEmpty={onEmpty} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tøm papirkurven' }));
    expect(onEmpty).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog').textContent).toContain('Slet de 2 opslag i papirkurven for altid?');
    fireEvent.click(screen.getByRole('button', { name: 'Annullér' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tøm papirkurven' }));
    fireEvent.click(screen.getByRole('button', { name: 'Slet for altid' }));
    expect(onEmpty).toHaveBeenCalledTimes(1);
  });

  it('says when the trash is empty', () => {
    render(<TrashView lang="nb" items={[]} onRestore={vi.fn()} onEmpty={vi.fn()} />);
    expect(screen.getByText('Papirkurven er tom.')).toBeTruthy();
  });
});
