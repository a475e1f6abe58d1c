import { useEffect, useMemo, useState } from 'preact/hooks';
import { PopupView } from '@/components/PopupView';
import type { PageKind } from '@/components/SaveBar';
import { Tracker } from '@/components/tracker/Tracker';
import { findDuplicate, savePosting } from '@/lib/db/postings';
import { useCapture, type CaptureServices } from '@/lib/capture/use-capture';
import { captureFromTab, pastedText } from '@/lib/capture/from-browser';
import { notifyPostingChanged, tabStatus, targetTabId } from '@/lib/browser/tabs';
import { useHostAccess } from '@/lib/browser/use-host-access';
import { useUiLang } from '@/lib/i18n/use-ui-lang';
import { useNow } from '@/lib/use-now';
import type { FirstScreen } from '@/lib/db/first-read';

const params = new URLSearchParams(location.search);

export function App({ first }: { first: FirstScreen | null }) {
  const lang = useUiLang(navigator.language, first?.settings);
  const now = useNow();
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageKind>('unknown');
  const services = useMemo<CaptureServices>(
    () => ({
      captureTab: captureFromTab,
      captureText: (text) => pastedText(text, tabId),
      findDuplicate: (input) => findDuplicate(input),
      save: (input, options) => savePosting(input, new Date(), undefined, options),
      notify: notifyPostingChanged,
    }),
    [tabId],
  );
  const capture = useCapture(services, tabId, lang);
  const hosts = useHostAccess();

  useEffect(() => {
    void targetTabId(location.search).then(async (id) => {
      setTabId(id);
      if (id === null) return;
      const status = await tabStatus(id).catch(() => null);
      if (status) setPage(status.isJobAd ? 'job-ad' : 'other');
    });
  }, []);

  // Opened by the context menu or the keyboard shortcut: go straight to the review.
  useEffect(() => {
    if (tabId !== null && params.get('review') === '1') void capture.startFromTab();
  }, [tabId]);

  return (
    <PopupView
      lang={lang}
      capture={capture.state}
      page={page}
      hostAccess={hosts.access}
      onAllowHosts={hosts.ask}
      onSave={() => void capture.startFromTab()}
      onPaste={(text) => void capture.startFromText(text)}
      onReviewChange={capture.change}
      onReviewChoose={capture.choose}
      onReviewSave={() => void capture.save()}
      onReviewCancel={capture.cancel}
    >
      <Tracker lang={lang} now={now} firstHead={first?.head} />
    </PopupView>
  );
}
