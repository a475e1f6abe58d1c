import { render } from 'preact';
import { db } from '@/lib/db/database';
import { App } from './App';

// Open the database while the first render runs, not after it: its queries start as soon as the
// overview mounts, and opening takes 20-30 ms of that first screen.
void db()
  .open()
  .catch(() => undefined); // an error surfaces in the views' queries, which show it
render(<App />, document.getElementById('app')!);
