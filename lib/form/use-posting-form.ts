import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../i18n';
import type { Posting } from '../schema/posting';
import { localMessages, placeIssues, type Issue } from './messages';
import { keptContactRows, readValues, valuesOf, type FormValues } from './values';

export type FormState = 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';
export type SaveOutcome = { ok: true } | { ok: false; error: string; issues: (Issue & { path: string })[] };

/**
 * A saved posting in the posting form: its values, the messages beside wrong inputs and the
 * state of the last save. A posting changed elsewhere (another window, a status change) replaces
 * a form the user has not touched; a failed save keeps what they wrote.
 */
export function usePostingForm(posting: Posting, save: (patch: Partial<Posting>) => Promise<SaveOutcome>, t: Translate) {
  const [values, setValues] = useState<FormValues>(() => valuesOf(posting));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<FormState>('idle');
  const [failure, setFailure] = useState('');
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (!dirty) setValues(valuesOf(posting));
  }, [posting.id, posting.updatedAt]);
  useEffect(() => {
    setValues(valuesOf(posting));
    setErrors({});
    setDirty(false);
    setState('idle');
  }, [posting.id]);

  const change = (next: FormValues) => {
    setValues(next);
    setDirty(true);
    if (state === 'saved') setState('idle');
  };

  async function submit() {
    const { facts, url, notes, errors: local } = readValues(values);
    const next = localMessages(t, local);
    if (Object.keys(next).length) {
      setErrors(next);
      setState('invalid');
      return;
    }
    setState('saving');
    const r = await save({ ...(facts as Partial<Posting>), url, notes });
    if (r.ok) {
      setErrors({});
      setDirty(false);
      setState('saved');
      return;
    }
    placeIssues(
      t,
      next,
      r.issues.map((i) => ({ ...i, path: i.path.split('.') })),
      keptContactRows(values),
    );
    setErrors(next);
    setFailure(r.error);
    setState(Object.keys(next).length ? 'invalid' : 'failed');
  }

  return { values, errors, state, failure, change, submit };
}
