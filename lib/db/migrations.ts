// Every version of Frist's database, oldest first. A schema change is a new `version(n)` at the
// end, never an edit of an old one, so that existing users' data upgrades (tests/fixtures/db holds
// one database per version, each upgraded to the newest by the upgrade test).
import type Dexie from 'dexie';
import type { Snapshot } from '../schema/posting';
import { fingerprint } from '../fingerprint';
import { deriveFields, rebuildOverview, type StoredPosting } from './rows';

export function declareVersions(db: Dexie): void {
  db.version(1).stores({
    // id: primary key; &urlKey: one posting per ad address; deadline, status, savedAt: what the popup sorts and filters by.
    postings: 'id, &urlKey, deadline, status, savedAt',
  });
  db.version(2)
    .stores({
      // _overview, *_words, *_contacts: derived index fields (see DerivedFields).
      // fingerprint: the same ad text saved from another address.
      postings: 'id, &urlKey, fingerprint, deadline, status, savedAt, _overview, *_words, *_contacts',
      snapshots: 'postingId',
      history: '++id, postingId',
      contactLog: '++id, contactKey, postingId',
      settings: 'key',
    })
    .upgrade(async (tx) => {
      // Version 1 kept the ad's text on the posting: move it to the snapshots table.
      const snapshots: Snapshot[] = [];
      await tx
        .table<StoredPosting & { snapshot?: string }, string>('postings')
        .toCollection()
        .modify((row) => {
          const text = typeof row.snapshot === 'string' ? row.snapshot : '';
          if (text) snapshots.push({ postingId: row.id, text, savedAt: row.updatedAt ?? row.savedAt });
          delete row.snapshot;
          row.fingerprint ??= fingerprint(text);
          Object.assign(row, deriveFields(row));
        });
      await tx.table<Snapshot, string>('snapshots').bulkPut(snapshots);
    });
  db.version(3).stores({
    // Reminders shown (so none is shown twice) and internal state; postings are unchanged.
    reminderLog: 'id, postingId',
    meta: 'key',
  });

  db.version(4).stores({ overview: 'key' }).upgrade(rebuildOverview);

  db.version(5)
    .stores({
      // The `_overview` index gave way to the one overview record of version 4: nothing reads it.
      postings: 'id, &urlKey, fingerprint, deadline, status, savedAt, *_words, *_contacts',
    })
    .upgrade((tx) =>
      tx
        .table<StoredPosting & { _overview?: unknown }, string>('postings')
        .toCollection()
        .modify((row) => {
          delete row._overview;
        }),
    );

  // The overview lines carry their deadline's sort key (`due`): grouping 10,000 of them for the
  // popup's first screen is then a few string comparisons each.
  db.version(6).stores({}).upgrade(rebuildOverview);
  // Beside the lines, a summary the popup's first screen reads instead of all of them.
  db.version(7).stores({}).upgrade(rebuildOverview);
  // Deleting a posting moves it, with its saved copy, history and contact log, to the trash.
  db.version(8).stores({ trash: 'id, removedAt' });
}
