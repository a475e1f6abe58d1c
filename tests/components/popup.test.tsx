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

describe('PopupView: access to websites', () => {
  it('explains missing access and asks for it on a click, in each language', () => {
    const h = handlers();
    const onAllowHosts = vi.fn();
    const { rerender } = render(
      <PopupView lang="en" page="unknown" capture={{ mode: 'home' }} hostAccess="missing" onAllowHosts={onAllowHosts} {...h} />,
    );
    expect(screen.getByText(/^Frist has no access to websites yet/)).toBeTruthy();
    expect(screen.queryByText(/Access was not given/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Allow access to websites' }));
    expect(onAllowHosts).toHaveBeenCalledTimes(1);
    // Saving and pasting stay available.
    expect(screen.getByRole('button', { name: 'Save posting' })).toBeTruthy();
    expect(screen.getByLabelText('Ad text')).toBeTruthy();

    rerender(<PopupView lang="da" page="unknown" capture={{ mode: 'home' }} hostAccess="declined" onAllowHosts={onAllowHosts} {...h} />);
    expect(screen.getByText(/^Frist har endnu ikke adgang til websteder/)).toBeTruthy();
    expect(screen.getByText(/Tilføjelser og temaer → Frist → Tilladelser/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Giv adgang til websteder' })).toBeTruthy();

    rerender(<PopupView lang="nb" page="unknown" capture={{ mode: 'home' }} hostAccess="missing" onAllowHosts={onAllowHosts} {...h} />);
    fireEvent.click(screen.getByRole('button', { name: 'Gi tilgang til nettsteder' }));
    expect(onAllowHosts).toHaveBeenCalledTimes(2);
  });

  it('shows no notice while checking or once access is given', () => {
    const h = handlers();
    const { rerender } = render(<PopupView lang="en" page="job-ad" capture={{ mode: 'home' }} hostAccess="checking" {...h} />);
    expect(screen.queryByRole('button', { name: 'Allow access to websites' })).toBeNull();
    rerender(<PopupView lang="en" page="job-ad" capture={{ mode: 'home' }} hostAccess="granted" {...h} />);
    expect(screen.queryByRole('button', { name: 'Allow access to websites' })).toBeNull();
    expect(screen.queryByText(/no access to websites/)).toBeNull();
  });

  it('tells what to do instead of the browser’s error where it knows the problem', () => {
    const h = handlers();
    const { rerender } = render(
      <PopupView
        lang="en"
        page="unknown"
        capture={{ mode: 'home', error: 'Missing host permission for the tab or frames', problem: 'no-host-access' }}
        {...h}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Could not save: Frist has no access to this website: allow access to websites above, or paste the ad’s text.',
    );
    rerender(<PopupView lang="nb" page="unknown" capture={{ mode: 'home', error: 'NetworkError', problem: 'pdf-unreachable' }} {...h} />);
    expect(screen.getByRole('alert').textContent).toContain('Merk teksten i PDF-visningen (Ctrl+A, deretter Ctrl+C)');
    rerender(<PopupView lang="en" page="unknown" capture={{ mode: 'home', error: 'the page returned nothing to save' }} {...h} />);
    expect(screen.getByRole('alert').textContent).toBe('Could not save: the page returned nothing to save');
  });
});
