import { useEffect, useState } from 'preact/hooks';
import { readPostingsWithHistory } from '@/lib/db/state';
import { useLiveQuery } from '@/lib/db/hooks';
import { useSettings } from '@/lib/db/hooks';
import { applicationsLog, localDay } from '@/lib/export/applications-log';
import { pickLang, translate } from '@/lib/i18n';
import { formatDate } from '@/lib/time';
import { LogTable } from '@/components/LogTable';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function initialRange(): { from: string; to: string } {
  const q = new URLSearchParams(location.search);
  const to = q.get('to') ?? '';
  const from = q.get('from') ?? '';
  const today = localDay(new Date().toISOString());
  return {
    from: DAY.test(from) ? from : localDay(new Date(Date.now() - 30 * 86_400_000).toISOString()),
    to: DAY.test(to) ? to : today,
  };
}

/** The printable applications log: the applications sent in a period, with their course. */
export function App() {
  const settings = useSettings();
  const lang = settings.status === 'ready' && settings.value.language !== 'auto' ? settings.value.language : pickLang(navigator.language);
  const t = translate(lang);
  const [range, setRange] = useState(initialRange);
  const [draft, setDraft] = useState(range);
  const items = useLiveQuery(() => readPostingsWithHistory(), []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('logTitle')} ${range.from} – ${range.to}`;
  }, [lang, range]);

  function show(e: Event) {
    e.preventDefault();
    if (!DAY.test(draft.from) || !DAY.test(draft.to) || draft.from > draft.to) return;
    setRange(draft);
    history.replaceState(null, '', `?from=${draft.from}&to=${draft.to}`);
  }

  const bad = !DAY.test(draft.from) || !DAY.test(draft.to) || draft.from > draft.to;
  const rows = items.status === 'ready' ? applicationsLog(items.value, range.from, range.to) : [];

  return (
    <main class="log" lang={lang}>
      <h1>{t('logTitle')}</h1>
      <p class="period">{t('logPeriod', { from: formatDate(range.from, lang), to: formatDate(range.to, lang) })}</p>
      <form onSubmit={show} noValidate>
        <label>
          {t('dataLogFrom')}
          <br />
          <input type="date" value={draft.from} aria-invalid={bad} onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })} />
        </label>
        <label>
          {t('dataLogTo')}
          <br />
          <input type="date" value={draft.to} aria-invalid={bad} onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })} />
        </label>
        <button type="submit" disabled={bad}>
          {t('logShow')}
        </button>
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('logPrint')}
        </button>
      </form>
      {bad ? (
        <p class="error" role="alert">
          {t('dataLogBadRange')}
        </p>
      ) : null}
      {items.status === 'loading' ? <p>{t('loading')}</p> : null}
      {items.status === 'error' ? (
        <p class="error" role="alert">
          {t('dataFailed', { error: items.error })}
        </p>
      ) : null}
      {items.status === 'ready' && rows.length === 0 ? <p>{t('logNone')}</p> : null}
      {rows.length ? (
        <>
          <p class="period">{t('logCount', { n: rows.length })}</p>
          <LogTable t={t} lang={lang} rows={rows} />
        </>
      ) : null}
    </main>
  );
}
