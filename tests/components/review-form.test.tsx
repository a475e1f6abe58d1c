// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewForm, type Duplicate } from '../../components/ReviewForm';
import { contextFromInput, validateReview, valuesFromInput, type ReviewValues } from '../../lib/capture/review';
import { emptyDraft } from '../../lib/schema/draft';
import { translate } from '../../lib/i18n';
import type { PostingInput } from '../../lib/schema/posting';

afterEach(cleanup);

function input(patch: Partial<PostingInput> = {}): PostingInput {
  const { isJobAd: _a, confidence: _b, ...fields } = emptyDraft();
  return {
    ...fields,
    title: 'Demokratiudvikler',
    organization: 'Alternativet',
    deadline: '2018-01-05',
    contacts: [{ name: 'Nis', role: null, phone: '+4560680706', email: null }],
    url: 'https://alternativet.example/job',
    snapshot: 'text',
    evidence: { deadline: 'Ansøgningsfristen er d. 5. januar', title: 'en stilling som demokratiudvikler' },
    inferred: ['deadline'],
    ...patch,
  };
}

/** The form with real state, as the popup runs it: validation on save, errors beside the fields. */
function Harness({
  start,
  onSaved,
  duplicate = null,
}: {
  start: PostingInput;
  onSaved: (p: PostingInput) => void;
  duplicate?: Duplicate | null;
}) {
  const ctx = contextFromInput(start);
  const [values, setValues] = useState<ReviewValues>(valuesFromInput(start));
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <ReviewForm
      lang="en"
      values={values}
      context={ctx}
      errors={errors}
      duplicate={duplicate}
      saving={false}
      onChange={setValues}
      onSave={() =>
        void validateReview(values, ctx, translate('en')).then((r) => {
          if (r.ok) onSaved(r.input);
          else setErrors(r.errors);
        })
      }
      onCancel={() => {}}
    />
  );
}

describe('ReviewForm', () => {
  it('shows every found value, the sentence it came from, and marks guesses', () => {
    render(<Harness start={input()} onSaved={() => {}} />);
    expect((screen.getByLabelText(/^Position($| ·)/) as HTMLInputElement).value).toBe('Demokratiudvikler');
    expect((screen.getByLabelText(/^Application deadline/) as HTMLInputElement).value).toBe('2018-01-05');
    expect(screen.getByText('From the ad: “Ansøgningsfristen er d. 5. januar”')).toBeTruthy();
    expect(screen.getByText(/guessed: please check/)).toBeTruthy();
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Nis');
  });

  it('saves corrected values, with contacts added and removed', async () => {
    const onSaved = vi.fn();
    render(<Harness start={input()} onSaved={onSaved} />);
    fireEvent.input(screen.getByLabelText(/^Organisation/), { target: { value: 'Alternativet Landssekretariat' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    const names = screen.getAllByLabelText('Name');
    fireEvent.input(names[1]!, { target: { value: 'Cristine Gliese' } });
    fireEvent.input(screen.getAllByLabelText('Phone')[1]!, { target: { value: '71 79 27 72' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Nis' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const saved = onSaved.mock.calls[0]![0] as PostingInput;
    expect(saved.organization).toBe('Alternativet Landssekretariat');
    expect(saved.contacts).toEqual([{ name: 'Cristine Gliese', role: null, phone: '71 79 27 72', email: null }]);
  });

  it('puts errors next to their fields and saves nothing', async () => {
    const onSaved = vi.fn();
    render(<Harness start={input()} onSaved={onSaved} />);
    fireEvent.input(screen.getByLabelText(/^Position($| ·)/), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('Position size (%)'), { target: { value: 'full time' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Please correct the marked fields.');
    expect(onSaved).not.toHaveBeenCalled();
    const title = screen.getByLabelText(/^Position($| ·)/);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toBe('Required.');
    expect(screen.getByLabelText('Position size (%)').getAttribute('aria-invalid')).toBe('true');
  });

  it('says when the ad was saved before', () => {
    render(<Harness start={input()} onSaved={() => {}} duplicate={{ kind: 'text', savedOn: '1 Dec 2017' }} />);
    expect(screen.getByRole('note').textContent).toBe('You saved the same ad before, at another address (1 Dec 2017). Saving updates it.');
  });

  it('shows page text as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <Harness start={input({ title: hostile, evidence: { title: `<script>x()</script>${hostile}` } })} onSaved={() => {}} />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect((screen.getByLabelText(/^Position($| ·)/) as HTMLInputElement).value).toBe(hostile);
    expect(screen.getByText(`From the ad: “<script>x()</script>${hostile}”`)).toBeTruthy();
  });

  it('has the same labels in Danish and Norwegian', () => {
    const ctx = contextFromInput(input());
    const props = {
      values: valuesFromInput(input()),
      context: ctx,
      errors: {},
      duplicate: null,
      saving: false,
      onChange: () => {},
      onSave: () => {},
      onCancel: () => {},
    };
    render(<ReviewForm lang="da" {...props} />);
    expect(screen.getByRole('heading', { name: 'Tjek og gem' })).toBeTruthy();
    expect(screen.getByLabelText(/^Ansøgningsfrist/)).toBeTruthy();
    cleanup();
    render(<ReviewForm lang="nb" {...props} />);
    expect(screen.getByLabelText(/^Søknadsfrist/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lagre' })).toBeTruthy();
  });
});
