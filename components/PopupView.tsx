import type { ComponentChildren } from 'preact';
import type { CaptureState } from '@/lib/capture/use-capture';
import type { ReviewValues } from '@/lib/capture/review';
import { translate, type UiLang } from '@/lib/i18n';
import { formatDate } from '@/lib/time';
import { factLabel, showFact } from '@/lib/capture/resave';
import { PROBLEM_MESSAGES, type HostAccess } from '@/lib/capture/host-access';
import { HostAccessNotice } from './HostAccessNotice';
import { PasteText } from './PasteText';
import { ReviewForm } from './ReviewForm';
import { SaveBar, type PageKind, type SaveState } from './SaveBar';

export interface PopupViewProps {
  lang: UiLang;
  capture: CaptureState;
  page: PageKind;
  /** Whether Frist may read websites (Firefox lets the user withhold it); a notice asks for it when not. */
  hostAccess?: HostAccess;
  onAllowHosts?: () => void;
  /** The saved postings (the tracker), shown under the save bar. */
  children?: ComponentChildren;
  onSave: () => void;
  onPaste: (text: string) => void;
  onReviewChange: (values: ReviewValues) => void;
  /** Saving an ad again: keep the user's value of a fact, or take the ad's. */
  onReviewChoose?: (field: string, choice: 'mine' | 'ad') => void;
  onReviewSave: () => void;
  onReviewCancel: () => void;
}

function saveState(c: CaptureState, lang: UiLang): SaveState {
  if (c.mode === 'busy') return { kind: 'saving' };
  if (c.mode === 'home' && c.done) return { kind: 'done', ...c.done };
  if (c.mode === 'home' && c.problem) return { kind: 'error', message: translate(lang)(PROBLEM_MESSAGES[c.problem]) };
  if (c.mode === 'home' && c.error) return { kind: 'error', message: c.error };
  return { kind: 'idle' };
}

/** The popup: save the page (review what was found, then store it), then the saved postings. */
export function PopupView(props: PopupViewProps) {
  const { lang, capture, page } = props;
  const t = translate(lang);
  if (capture.mode === 'review') {
    return (
      <main class="popup" lang={lang}>
        <ReviewForm
          lang={lang}
          values={capture.values}
          context={capture.context}
          errors={capture.errors}
          duplicate={
            capture.duplicate
              ? { kind: capture.duplicate.kind, savedOn: formatDate(capture.duplicate.posting.savedAt.slice(0, 10), lang) }
              : null
          }
          conflicts={capture.conflicts.map((c) => ({
            field: c.field,
            label: factLabel(c.field),
            ad: showFact(c.field, c.ad, lang, t('resaveNothing')),
            mine: showFact(c.field, c.mine, lang, t('resaveNothing')),
            choice: c.choice,
          }))}
          onChoose={props.onReviewChoose}
          saving={capture.saving}
          onChange={props.onReviewChange}
          onSave={props.onReviewSave}
          onCancel={props.onReviewCancel}
        />
      </main>
    );
  }
  return (
    <main class="popup" lang={lang}>
      <header>
        <h1>{t('appName')}</h1>
      </header>
      {props.hostAccess === 'missing' || props.hostAccess === 'declined' ? (
        <HostAccessNotice lang={lang} access={props.hostAccess} onAllow={() => props.onAllowHosts?.()} />
      ) : null}
      <SaveBar lang={lang} state={saveState(capture, lang)} page={page} onSave={props.onSave} />
      <PasteText lang={lang} disabled={capture.mode === 'busy'} onSubmit={props.onPaste} />
      {props.children}
    </main>
  );
}
