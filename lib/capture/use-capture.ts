import { useCallback, useState } from 'preact/hooks';
import type { Duplicate, SaveOptions, SaveResult } from '../db/postings';
import type { PostingInput } from '../schema/posting';
import type { CaptureOutcome } from './capture-tab';
import { contextFromInput, validateReview, valuesFromInput, type ReviewContext, type ReviewValues } from './review';

export interface CaptureServices {
  /** Extracts the posting from a tab (a page or a PDF). */
  captureTab: (tabId: number) => Promise<CaptureOutcome>;
  /** Extracts a posting from text the user pasted. */
  captureText: (text: string) => Promise<PostingInput>;
  findDuplicate: (input: PostingInput) => Promise<Duplicate | null>;
  save: (input: PostingInput, options: SaveOptions) => Promise<SaveResult>;
  /** Tells the background a posting changed (the badge follows). */
  notify: (tabId: number | null) => Promise<void>;
}

export type CaptureState =
  | { mode: 'home'; done?: { created: boolean; title: string }; error?: string }
  | { mode: 'busy' }
  | {
      mode: 'review';
      values: ReviewValues;
      context: ReviewContext;
      errors: Record<string, string>;
      duplicate: Duplicate | null;
      saving: boolean;
      isJobAd: boolean;
    };

/**
 * "Save posting" as the popup runs it: extract (from the tab or pasted text), show the review
 * form with what was found and whether the ad was saved before, validate, save. A failed save
 * keeps the form as the user left it, with the error beside the field: nothing is lost.
 */
export function useCapture(services: CaptureServices, tabId: number | null) {
  const [state, setState] = useState<CaptureState>({ mode: 'home' });

  const review = useCallback(
    async (input: PostingInput, isJobAd: boolean) => {
      const duplicate = await services.findDuplicate(input).catch(() => null);
      setState({
        mode: 'review',
        values: valuesFromInput(input),
        context: contextFromInput(input),
        errors: {},
        duplicate,
        saving: false,
        isJobAd,
      });
    },
    [services],
  );

  const startFromTab = useCallback(async () => {
    if (tabId === null) return;
    setState({ mode: 'busy' });
    const outcome = await services.captureTab(tabId);
    if (!outcome.ok) setState({ mode: 'home', error: outcome.error });
    else await review(outcome.input, outcome.isJobAd);
  }, [services, tabId, review]);

  const startFromText = useCallback(
    async (text: string) => {
      if (!text.trim()) return;
      setState({ mode: 'busy' });
      try {
        await review(await services.captureText(text), true);
      } catch (e) {
        setState({ mode: 'home', error: e instanceof Error ? e.message : String(e) });
      }
    },
    [services, review],
  );

  const change = useCallback((values: ReviewValues) => {
    setState((s) => (s.mode === 'review' ? { ...s, values } : s));
  }, []);

  const cancel = useCallback(() => setState({ mode: 'home' }), []);

  const save = useCallback(async () => {
    if (state.mode !== 'review') return;
    const checked = await validateReview(state.values, state.context);
    if (!checked.ok) {
      setState({ ...state, errors: checked.errors });
      return;
    }
    setState({ ...state, errors: {}, saving: true });
    const result = await services.save(checked.input, { replaceId: state.duplicate?.posting.id });
    if (!result.ok) {
      setState({ ...state, saving: false, errors: { form: result.error } });
      return;
    }
    await services.notify(tabId).catch(() => undefined);
    setState({ mode: 'home', done: { created: result.created, title: result.posting.title } });
  }, [services, state, tabId]);

  return { state, startFromTab, startFromText, change, save, cancel };
}
