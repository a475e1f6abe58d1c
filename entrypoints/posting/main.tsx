import { render } from 'preact';
import { SnapshotView } from '@/components/SnapshotView';
import { getPosting, getSnapshot } from '@/lib/db/postings';
import { useLiveQuery } from '@/lib/db/hooks';
import { useUiLang } from '@/lib/i18n/use-ui-lang';

const id = new URLSearchParams(location.search).get('id') ?? '';

function App() {
  const lang = useUiLang(navigator.language);
  const data = useLiveQuery(async () => ({ posting: (await getPosting(id)) ?? null, snapshot: (await getSnapshot(id)) ?? null }));
  if (data.status !== 'ready') return null;
  if (data.value.posting) document.title = `${data.value.posting.title} · Frist`;
  return <SnapshotView lang={lang} now={new Date()} posting={data.value.posting} snapshot={data.value.snapshot} />;
}

render(<App />, document.getElementById('app')!);
