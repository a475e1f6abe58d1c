// Bundled by the bench and evaluated in an extension page: fills Frist's real database (through
// FristDatabase, so its hooks and indices apply) with n postings.
import { FristDatabase } from '../../lib/db/database';
import { makePostings } from './postings';

export async function fill(n: number): Promise<number> {
  const database = new FristDatabase();
  await database.postings.clear();
  const postings = makePostings(n);
  for (let i = 0; i < postings.length; i += 1000) await database.postings.bulkAdd(postings.slice(i, i + 1000));
  const count = await database.postings.count();
  database.close();
  return count;
}
