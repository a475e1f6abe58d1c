import { useCallback, useState } from 'preact/hooks';
import type { Duplicate, SaveOptions, SaveResult } from '../db/postings';
import type { PostingInput } from '../schema/posting';
import type { CaptureOutcome } from './capture-tab';
import { contextFromInput, validateReview, valuesFromInput, type ReviewContext, type ReviewValues } from './review';
import { resave, type Conflict } from './resave';
import type { FactField } from '../schema/fields';
import { translate, type UiLang } from '../i18n';
import type { CaptureProblem } from './host-access';

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
  | { mode: 'home'; done?: { created: boolean; title: string }; error?: string; problem?: CaptureProblem }
  | { mode: 'busy' }
  | {
      mode: 'review';
      values: ReviewValues;
      context: ReviewContext;
      errors: Record<string, string>;
      duplicate: Duplicate | null;
      /** Saving an ad again: the user's own facts the ad now states otherwise, and their choice. */
      conflicts: Conflict[];
      /** The values of the fresh extraction and of what the user saved, for those choices. */
      adValues: ReviewValues;
      mineValues: ReviewValues;
      /** The facts whose value the extractor guessed (a year added), as the ad's values had it. */
      adInferred: string[];
      saving: boolean;
      isJobAd: boolean;
    };

type ReviewState = Extract<CaptureState, { mode: 'review' }>;

/** The review of a fresh extraction; saved before, what the user wrote stays theirs and the form starts from it. */
function reviewState(input: PostingInput, isJobAd: boolean, duplicate: Duplicate | null): ReviewState {
  const { input: shown, conflicts } = duplicate ? resave(input, duplicate.posting) : { input, conflicts: [] };
  const mineValues = valuesFromInput(shown);
  const adValues = valuesFromInput(input);
  return {
    mode: 'review',
    values: mineValues,
    // Evidence and sources are the ad's; a fact the user wrote is no guess.
    context: { ...contextFromInput(input), inferred: shown.inferred ?? [], initial: adValues },
    errors: {},
    duplicate,
    conflicts,
    adValues,
    mineValues,
    adInferred: input.inferred ?? [],
    saving: false,
    isJobAd,
  };
}

/** The review with a fact set to the user's value or the ad's, and marked guessed as the ad's was. */
function chooseFact(s: ReviewState, field: string, choice: 'mine' | 'ad'): ReviewState {
  const from = choice === 'ad' ? s.adValues : s.mineValues;
  const values = { ...s.values };
  (values as Record<string, unknown>)[field] = from[field as FactField];
  const others = s.context.inferred.filter((f) => f !== field);
  const inferred = choice === 'ad' && s.adInferred.includes(field) ? [...others, field] : others;
  return {
    ...s,
    values,
    context: { ...s.context, inferred },
    conflicts: s.conflicts.map((c) => (c.field === field ? { ...c, choice } : c)),
  };
}

/**
 * "Save posting" as the popup runs it: extract (from the tab or pasted text), show the review
 * form with what was found and whether the ad was saved before, validate, save. A failed save
 * keeps the form as the user left it, with the error beside the field: nothing is lost.
 */
export function useCapture(services: CaptureServices, tabId: number | null, lang: UiLang) {
  const [state, setState] = useState<CaptureState>({ mode: 'home' });

  const review = useCallback(
    async (input: PostingInput, isJobAd: boolean) => {
      const duplicate = await services.findDuplicate(input).catch(() => null);
      setState(reviewState(input, isJobAd, duplicate));
    },
    [services],
  );

  const startFromTab = useCallback(async () => {
    if (tabId === null) return;
    setState({ mode: 'busy' });
    const outcome = await services.captureTab(tabId);
    if (!outcome.ok) setState({ mode: 'home', error: outcome.error, problem: outcome.problem });
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

  /** Keep the user's value of a fact, or take what the ad now says. */
  const choose = useCallback((field: string, choice: 'mine' | 'ad') => {
    setState((s) => (s.mode === 'review' ? chooseFact(s, field, choice) : s));
  }, []);

  const cancel = useCallback(() => setState({ mode: 'home' }), []);

  const save = useCallback(async () => {
    if (state.mode !== 'review') return;
    const checked = await validateReview(state.values, state.context, translate(lang));
    if (!checked.ok) {
      setState({ ...state, errors: checked.errors });
      return;
    }
    setState({ ...state, errors: {}, saving: true });
    const adopt = state.conflicts.filter((c) => c.choice === 'ad').map((c) => c.field);
    const result = await services.save(checked.input, { replaceId: state.duplicate?.posting.id, adopt });
    if (!result.ok) {
      setState({ ...state, saving: false, errors: { form: result.error } });
      return;
    }
    await services.notify(tabId).catch(() => undefined);
    setState({ mode: 'home', done: { created: result.created, title: result.posting.title } });
  }, [services, state, tabId, lang]);

  return { state, startFromTab, startFromText, change, choose, save, cancel };
}
