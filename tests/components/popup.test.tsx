// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView } from '../../components/PopupView';

afterEach(cleanup);
const handlers = () => ({ onSave: vi.fn(), onPaste: vi.fn(), onReviewChange: vi.fn(), onReviewSave: vi.fn(), onReviewCancel: vi.fn() });

describe('PopupView', () => {
  it('starts a save on click and reports a failure without losing the list', () => {
    const h = handlers();
    const list = (
      <ul data-testid="list">
        <li>A</li>
      </ul>
    );
    const { rerender } = render(
      <PopupView lang="en" page="job-ad" capture={{ mode: 'home' }} {...h}>
        {list}
      </PopupView>,
    );
    expect(screen.getByText('This page looks like a job ad.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save posting' }));
    expect(h.onSave).toHaveBeenCalledTimes(1);
    rerender(
      <PopupView lang="en" page="job-ad" capture={{ mode: 'home', error: 'Cannot access a chrome:// URL' }} {...h}>
        {list}
      </PopupView>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Could not save: Cannot access a chrome:// URL');
    expect(screen.getByTestId('list').textContent).toBe('A');
  });

  it('disables the button while reading and confirms an update', () => {
    const h = handlers();
    const { rerender } = render(<PopupView lang="da" page="other" capture={{ mode: 'busy' }} {...h} />);
    expect((screen.getByRole('button', { name: 'Gemmer…' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Siden ligner ikke et jobopslag. Du kan stadig gemme den.')).toBeTruthy();
    rerender(<PopupView lang="da" page="other" capture={{ mode: 'home', done: { created: false, title: 'X' } }} {...h} />);
    expect(screen.getByRole('status').textContent).toBe('Opdateret: opslaget var gemt i forvejen: X');
  });

  it('sends pasted text to the extractor', () => {
    const h = handlers();
    render(<PopupView lang="en" page="unknown" capture={{ mode: 'home' }} {...h} />);
    fireEvent.input(screen.getByLabelText('Ad text'), { target: { value: 'Ansøgningsfrist 15/12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read the text' }));
    expect(h.onPaste).toHaveBeenCalledWith('Ansøgningsfrist 15/12');
  });
});
