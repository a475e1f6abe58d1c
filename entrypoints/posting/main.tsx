import { render } from 'preact';
import { SnapshotView } from '@/components/SnapshotView';
import { getPosting, getSnapshot, useLiveQuery } from '@/lib/db';
import { pickLang } from '@/lib/i18n';

const lang = pickLang(navigator.language);
const id = new URLSearchParams(location.search).get('id') ?? '';

function App() {
  const data = useLiveQuery(async () => ({ posting: (await getPosting(id)) ?? null, snapshot: (await getSnapshot(id)) ?? null }));
  if (data.status !== 'ready') return null;
  if (data.value.posting) document.title = `${data.value.posting.title} · Frist`;
  return <SnapshotView lang={lang} now={new Date()} posting={data.value.posting} snapshot={data.value.snapshot} />;
}

document.documentElement.lang = lang;
render(<App />, document.getElementById('app')!);
