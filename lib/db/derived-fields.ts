// The middleware that keeps a posting's derived fields and its overview line in step with the
// posting, whoever writes it (see ./rows.ts).
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTransaction, Middleware } from 'dexie';
import type { Posting } from '../schema/posting';
import { OVERVIEW_KEY } from './names';
import { deriveFields, overviewRecords, overviewRow, type OverviewLinesRecord, type OverviewRowRecord, type StoredPosting } from './rows';

/** Whether a string key lies in a DBCore key range (the primary keys of postings are strings). */
function inRange(key: string, range: DBCoreKeyRange): boolean {
  if (range.type === 3 /* Any */) return true;
  if (range.type === 4 /* Never */) return false;
  const lower = range.lower as string | undefined;
  const upper = range.upper as string | undefined;
  if (lower !== undefined && (range.lowerOpen ? key <= lower : key < lower)) return false;
  if (upper !== undefined && (range.upperOpen ? key >= upper : key > upper)) return false;
  return true;
}

// Every posting written (by any code, in any transaction) gets its derived fields on a copy
// (the caller's object is left as it was), and its overview line is updated in the same
// transaction: a read-write transaction over postings always includes the overview table.
export const derivedFieldsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'FristDerivedFields',
  create: (down: DBCore): DBCore => {
    const hasOverview = () => down.schema.tables.some((t) => t.name === 'overview');
    const updateOverview = async (trans: DBCoreTransaction, change: (lines: Map<string, OverviewRowRecord>) => void) => {
      const table = down.table('overview');
      const record = (await table.get({ trans, key: OVERVIEW_KEY })) as OverviewLinesRecord | undefined;
      const lines = new Map((record?.rows ?? []).map((r) => [r.id, r]));
      change(lines);
      await table.mutate({ type: 'put', trans, values: overviewRecords([...lines.values()]) });
    };
    const followWrite = async (req: DBCoreMutateRequest, res: DBCoreMutateResponse): Promise<DBCoreMutateResponse> => {
      if (!hasOverview()) return res;
      if (req.type === 'add' || req.type === 'put') {
        const written = (req.values as Posting[]).filter((_, i) => !res.failures?.[i]);
        if (written.length) await updateOverview(req.trans, (lines) => written.forEach((p) => lines.set(p.id, overviewRow(p))));
      } else if (req.type === 'delete') {
        await updateOverview(req.trans, (lines) => (req.keys as string[]).forEach((k) => lines.delete(k)));
      } else if (req.type === 'deleteRange') {
        await updateOverview(req.trans, (lines) => {
          for (const k of [...lines.keys()]) if (inRange(k, req.range)) lines.delete(k);
        });
      }
      return res;
    };
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && stores.includes('postings') && !stores.includes('overview') && hasOverview()
            ? [...stores, 'overview']
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (name !== 'postings') return table;
        return {
          ...table,
          mutate: async (req: DBCoreMutateRequest) => {
            const withDerived: DBCoreMutateRequest =
              req.type === 'add' || req.type === 'put'
                ? { ...req, values: req.values.map((v: StoredPosting) => ({ ...v, ...deriveFields(v) })) }
                : req;
            return followWrite(req, await table.mutate(withDerived));
          },
        };
      },
    };
  },
};
