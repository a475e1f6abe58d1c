import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { addContactLog } from '@/lib/db/contacts';
import { setStatus, updatePosting } from '@/lib/db/edits';
import { db as defaultDb, type FristDatabase } from '@/lib/db/database';
import { useContacts, useOverview, useOverviewHead, usePostingDetail, useSettings, useTrash, useUndoableRemove } from '@/lib/db/hooks';
import { headScreen, type OverviewHead } from '@/lib/tracker/head';
import { translate, type UiLang } from '@/lib/i18n';
import { ContactsView } from './ContactsView';
import { Overview, POSTING_ROW_HEIGHT, type OverviewFilter } from './Overview';
import { PostingDetail } from './PostingDetail';
import { UndoBar } from './UndoBar';
import { TrashView } from './TrashView';
import './tracker.css';

export interface TrackerProps {
  lang: UiLang;
  now: Date;
  database?: FristDatabase;
  /** Height of the overview's list window in pixels. */
  listHeight?: number;
  /**
   * The overview's summary as read before the tracker mounted (the popup's first-read.ts): the
   * first overview draws from it instead of reading it again; later ones read their own.
   */
  firstHead?: OverviewHead | null;
}

/** Runs `fn` when the browser is idle, or after `timeout` ms at the latest; returns the cancel. */
function whenIdle(fn: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, Math.min(timeout, 200));
  return () => clearTimeout(id);
}

/** The performance mark set when the overview first shows its rows (see scripts/bench/popup.ts). */
export const FIRST_SCREEN_MARK = 'frist:first-screen';

type View = { kind: 'overview' } | { kind: 'contacts' } | { kind: 'trash' } | { kind: 'detail'; id: string; from: 'overview' | 'contacts' };

function Loading({ lang }: { lang: UiLang }) {
  return <p class="loading">{translate(lang)('loading')}</p>;
}
function Failed({ lang, error }: { lang: UiLang; error: string }) {
  return (
    <p class="error" role="alert">
      {translate(lang)('loadFailed', { error })}
    </p>
  );
}

function OverviewScreen({
  lang,
  now,
  database,
  listHeight,
  filter,
  setFilter,
  open,
  takeHead,
}: Required<Omit<TrackerProps, 'lang' | 'now' | 'firstHead'>> & {
  lang: UiLang;
  now: Date;
  filter: OverviewFilter;
  setFilter: (f: OverviewFilter) => void;
  open: (id: string) => void;
  takeHead: () => OverviewHead | null;
}) {
  // A long list's first screen comes from the overview's summary; all rows are read once it is
  // on show (or at once, when the summary cannot tell the top of the list: see headScreen).
  const head = useOverviewHead(database, takeHead);
  const plain = filter.text.trim() === '' && filter.statuses.length === 0;
  const fill = Math.ceil(listHeight / POSTING_ROW_HEIGHT) + 1;
  const screen = useMemo(() => (plain && head.status === 'ready' ? headScreen(head.value, now, fill) : null), [plain, head, now, fill]);
  // All lines are read when the browser is idle after that first screen (at most half a second
  // later), so the popup answers the first click or key at once; a search or filter reads them now.
  const [idle, setIdle] = useState(false);
  const drawnFromHead = screen !== null;
  useEffect(() => {
    if (!drawnFromHead || idle) return;
    return whenIdle(() => setIdle(true), 500);
  }, [drawnFromHead, idle]);
  const data = useOverview(filter, database, head.status !== 'loading' && (!drawnFromHead || idle));
  const shown = data.status === 'ready' || screen !== null;
  useEffect(() => {
    // The first screen is on show: a mark the benchmark reads (time since the page began to load).
    if (shown && !performance.getEntriesByName(FIRST_SCREEN_MARK).length) performance.mark(FIRST_SCREEN_MARK);
  }, [shown]);
  if (data.status === 'error') return <Failed lang={lang} error={data.error} />;
  const common = { lang, now, filter, onFilterChange: setFilter, onOpen: open, listHeight };
  if (data.status === 'ready') return <Overview {...common} rows={data.value.rows} total={data.value.total} />;
  if (screen) return <Overview {...common} rows={[]} head={screen} total={screen.total} />;
  return <Loading lang={lang} />;
}

function DetailScreen({
  lang,
  now,
  database,
  id,
  back,
  remove,
}: {
  lang: UiLang;
  now: Date;
  database: FristDatabase;
  id: string;
  back: () => void;
  remove: (id: string) => void;
}) {
  const data = usePostingDetail(id, database);
  const t = translate(lang);
  if (data.status === 'error') return <Failed lang={lang} error={data.error} />;
  if (data.status === 'loading') return <Loading lang={lang} />;
  if (!data.value)
    return (
      <p class="empty">
        {t('trGone')}{' '}
        <button type="button" class="link" onClick={back}>
          {t('trBack')}
        </button>
      </p>
    );
  const { posting, history, snapshot } = data.value;
  return (
    <PostingDetail
      lang={lang}
      now={now}
      posting={posting}
      history={history}
      snapshot={snapshot?.text ?? null}
      onSave={(patch) => updatePosting(id, patch, new Date(), database)}
      onStatusChange={(s) => void setStatus(id, s, new Date(), database)}
      onDelete={() => remove(id)}
      onBack={back}
    />
  );
}

function ContactsScreen({ lang, database, open }: { lang: UiLang; database: FristDatabase; open: (id: string) => void }) {
  const contacts = useContacts(database);
  const settings = useSettings(database);
  if (contacts.status === 'error') return <Failed lang={lang} error={contacts.error} />;
  if (contacts.status === 'loading' || settings.status === 'loading') return <Loading lang={lang} />;
  return (
    <ContactsView
      lang={lang}
      contacts={contacts.value}
      phoneCountry={settings.status === 'ready' ? settings.value.phoneCountry : 'DK'}
      onOpenPosting={open}
      onAddLog={(entry) => addContactLog(entry, new Date(), database)}
    />
  );
}

function TrashScreen({ lang, now, database }: { lang: UiLang; now: Date; database: FristDatabase }) {
  const t = translate(lang);
  const trash = useTrash(now, database);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  if (trash.items.status !== 'ready') return <p class="loading">…</p>;
  return (
    <TrashView
      lang={lang}
      items={trash.items.value}
      message={message}
      onRestore={(item) =>
        void trash
          .restore(item.id)
          .then((r) =>
            setMessage(
              r.ok
                ? { kind: 'ok', text: t('trRestored', { title: item.title }) }
                : { kind: 'error', text: t('trRestoreFailed', { error: r.error }) },
            ),
          )
      }
      onEmpty={() => void trash.empty().then(() => setMessage(null))}
    />
  );
}

/**
 * The tracker in one piece, reading the database through hooks: overview, contacts and the trash
 * as tabs, a posting's detail, and deletion with Undo (and from the trash for 30 days).
 */
export function Tracker({ lang, now, database = defaultDb(), listHeight = 400, firstHead = null }: TrackerProps) {
  const t = translate(lang);
  // The summary read before mounting is as of then: only the first overview may draw from it.
  const given = useRef(firstHead);
  const takeHead = () => {
    const head = given.current;
    given.current = null;
    return head;
  };
  const [view, setView] = useState<View>({ kind: 'overview' });
  const [filter, setFilter] = useState<OverviewFilter>({ text: '', statuses: [] });
  const undo = useUndoableRemove(database);
  const tab = view.kind === 'detail' ? view.from : view.kind;

  async function remove(id: string) {
    await undo.remove(id);
    setView({ kind: tab });
  }

  return (
    <div class="tracker">
      <nav class="tracker-tabs" aria-label={t('trViews')}>
        <button type="button" aria-current={tab === 'overview' ? 'page' : undefined} onClick={() => setView({ kind: 'overview' })}>
          {t('trOverview')}
        </button>
        <button type="button" aria-current={tab === 'contacts' ? 'page' : undefined} onClick={() => setView({ kind: 'contacts' })}>
          {t('trContacts')}
        </button>
        <button type="button" aria-current={tab === 'trash' ? 'page' : undefined} onClick={() => setView({ kind: 'trash' })}>
          {t('trTrash')}
        </button>
      </nav>
      {view.kind === 'overview' ? (
        <OverviewScreen
          lang={lang}
          now={now}
          database={database}
          listHeight={listHeight}
          filter={filter}
          setFilter={setFilter}
          open={(id) => setView({ kind: 'detail', id, from: 'overview' })}
          takeHead={takeHead}
        />
      ) : null}
      {view.kind === 'contacts' ? (
        <ContactsScreen lang={lang} database={database} open={(id) => setView({ kind: 'detail', id, from: 'contacts' })} />
      ) : null}
      {view.kind === 'trash' ? <TrashScreen lang={lang} now={now} database={database} /> : null}
      {view.kind === 'detail' ? (
        <DetailScreen
          lang={lang}
          now={now}
          database={database}
          id={view.id}
          back={() => setView({ kind: view.from })}
          remove={(id) => void remove(id)}
        />
      ) : null}
      <UndoBar
        lang={lang}
        message={undo.pending ? t('trDeleted', { title: undo.pending.posting.title }) : null}
        onUndo={() => void undo.undo()}
        onClose={undo.dismiss}
      />
      {undo.error ? (
        <p class="error" role="alert">
          {t('trRestoreFailed', { error: undo.error })}
        </p>
      ) : null}
    </div>
  );
}
