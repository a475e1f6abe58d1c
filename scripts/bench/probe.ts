import { FristDatabase } from '../../lib/db/database';
import { listOverview } from '../../lib/db/tracker';
import { groupOverview } from '../../lib/tracker/groups';
export async function probe(): Promise<string> {
  const db = new FristDatabase();
  const t0 = performance.now();
  await db.open();
  const t1 = performance.now();
  const rows = await listOverview({}, db);
  const t2 = performance.now();
  const count = await db.postings.count();
  const t3 = performance.now();
  const g = groupOverview(rows, new Date());
  const t4 = performance.now();
  return `open ${(t1 - t0).toFixed(0)} list ${(t2 - t1).toFixed(0)} count ${(t3 - t2).toFixed(0)} group ${(t4 - t3).toFixed(0)} rows ${rows.length} ${count} ${Object.keys(g).length}`;
}
