// @vitest-environment happy-dom
// Saving an ad again from the popup (useCapture with PopupView, services faked): the facts the
// user wrote stay theirs, the form shows where the ad now says otherwise, and the user picks.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView } from '../../components/PopupView';
import { useCapture, type CaptureServices } from '../../lib/capture/use-capture';
import type { SaveOptions } from '../../lib/db/postings';
import { emptyDraft } from '../../lib/schema/draft';
import type { Posting, PostingInput } from '../../lib/schema/posting';

afterEach(cleanup);

function fresh(): PostingInput {
  const { isJobAd: _a, confidence: _b, ...fields } = emptyDraft();
  return {
    ...fields,
    title: 'Kampagnekoordinator',
    organization: 'Grøn Fremtid',
    deadline: '2026-12-20',
    url: 'https://gron.example/job/1',
    snapshot: 'Vi søger en kampagnekoordinator. Ansøgningsfrist 20. december.',
    evidence: { deadline: 'Ansøgningsfrist 20. december' },
    sources: { title: 'text', organization: 'text', deadline: 'text' },
    inferred: ['deadline'],
  };
}

const saved: Posting = {
  ...(fresh() as unknown as Posting),
  deadline: '2026-12-15T12:00',
  interviewDates: ['2027-01-05'],
  sources: { title: 'text', organization: 'text', deadline: 'user', interviewDates: 'user' },
  inferred: [],
  id: 'p1',
  urlKey: 'gron.example/job/1',
  fingerprint: null,
  status: 'applied',
  notes: 'Ring til Lise',
  savedAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-02T10:00:00.000Z',
};

function setup(duplicate: Posting | null) {
  const save = vi.fn(async (input: PostingInput, _o: SaveOptions) => ({
    ok: true as const,
    posting: { ...saved, ...input } as Posting,
    created: !duplicate,
  }));
  const services: CaptureServices = {
    captureTab: async () => ({ ok: false, error: 'no tab' }),
    captureText: async () => fresh(),
    findDuplicate: async () => (duplicate ? { kind: 'url', posting: duplicate } : null),
    save,
    notify: async () => undefined,
  };
  function Popup() {
    const c = useCapture(services, null, 'en');
    return (
      <PopupView
        lang="en"
        page="job-ad"
        capture={c.state}
        onSave={() => void c.startFromTab()}
        onPaste={(t) => void c.startFromText(t)}
        onReviewChange={c.change}
        onReviewChoose={c.choose}
        onReviewSave={() => void c.save()}
        onReviewCancel={c.cancel}
      />
    );
  }
  render(<Popup />);
  fireEvent.input(screen.getByLabelText('Ad text'), { target: { value: 'Ansøgningsfrist 20. december' } });
  fireEvent.click(screen.getByRole('button', { name: 'Read the text' }));
  return save;
}

describe('saving an ad again', () => {
  it('starts from what the user wrote, says where the ad differs, and keeps theirs', async () => {
    const save = setup(saved);
    const conflicts = await screen.findAllByTestId('conflict');
    expect(conflicts.map((c) => c.textContent)).toEqual([
      expect.stringContaining('Application deadline: the ad now says 20 Dec 2026; you saved 15 Dec 2026, 12:00.'),
      expect.stringContaining('Interview dates: the ad now says nothing; you saved 5 Jan 2027.'),
    ]);
    expect((screen.getByLabelText('Application deadline') as HTMLInputElement).value).toBe('2026-12-15');
    expect((screen.getByLabelText('Interview dates 1') as HTMLInputElement).value).toBe('2027-01-05');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [input, options] = save.mock.calls[0]!;
    expect(input).toMatchObject({ deadline: '2026-12-15T12:00', interviewDates: ['2027-01-05'] });
    expect(input.sources).toMatchObject({ deadline: 'user', interviewDates: 'user', organization: 'text' });
    expect(options).toEqual({ replaceId: 'p1', adopt: [] });
  });

  it("takes the ad's value where the user chooses it", async () => {
    const save = setup(saved);
    const [deadline] = await screen.findAllByTestId('conflict');
    fireEvent.click(deadline!.querySelector('button[aria-pressed="false"]')!);
    // The ad's deadline, its year added from the day it was seen: marked as guessed again.
    expect((screen.getByLabelText(/^Application deadline · guessed/u) as HTMLInputElement).value).toBe('2026-12-20');
    expect((screen.getByLabelText('Time of day') as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [input, options] = save.mock.calls[0]!;
    expect(input).toMatchObject({ deadline: '2026-12-20', interviewDates: ['2027-01-05'] });
    expect(input.sources).toMatchObject({ deadline: 'text' });
    expect(options).toEqual({ replaceId: 'p1', adopt: ['deadline'] });
    expect(input.inferred).toEqual(['deadline']);
  });

  it('marks a fact the user corrects in the review as theirs on the first save, and adds interview dates', async () => {
    const save = setup(null);
    const org = (await screen.findByLabelText('Organisation')) as HTMLInputElement;
    expect(screen.queryAllByTestId('conflict')).toEqual([]);
    fireEvent.input(org, { target: { value: 'Grøn Fremtid Danmark' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add interview date' }));
    fireEvent.input(screen.getByLabelText('Interview dates 1'), { target: { value: '2027-01-12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [input] = save.mock.calls[0]!;
    expect(input).toMatchObject({ organization: 'Grøn Fremtid Danmark', interviewDates: ['2027-01-12'], deadline: '2026-12-20' });
    expect(input.sources).toMatchObject({ organization: 'user', interviewDates: 'user', deadline: 'text' });
    expect(input.inferred).toEqual(['deadline']);
  });
});
