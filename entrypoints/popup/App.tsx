import { useEffect, useState } from 'preact/hooks';
import { PopupView } from '@/components/PopupView';
import type { PageKind, SaveState } from '@/components/SaveBar';
import { listPostings, savePosting, useLiveQuery } from '@/lib/db';
import { saveTab } from '@/lib/capture/save-tab';
import { captureFrames, notifyPostingChanged, tabStatus, targetTabId } from '@/lib/browser/tabs';
import { pickLang } from '@/lib/i18n';

const lang = pickLang(navigator.language);

export function App() {
  const postings = useLiveQuery(() => listPostings());
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageKind>('unknown');
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    void targetTabId(location.search).then(async (id) => {
      setTabId(id);
      if (id === null) return;
      const status = await tabStatus(id).catch(() => null);
      if (status) setPage(status.isJobAd ? 'job-ad' : 'other');
    });
  }, []);

  async function onSave() {
    if (tabId === null) return;
    setSave({ kind: 'saving' });
    const outcome = await saveTab(tabId, { captureFrames, save: (p) => savePosting(p), notify: notifyPostingChanged });
    if (outcome.ok) setSave({ kind: 'done', created: outcome.created, title: outcome.posting.title });
    else setSave({ kind: 'error', message: outcome.error });
  }

  return <PopupView lang={lang} now={new Date()} postings={postings} save={save} page={page} onSave={() => void onSave()} />;
}
