// End to end in real Firefox: a JSON backup round-trips on the options page. A damaged file is
// refused with its record and field named; the backup is restored from a file the user picks,
// downloaded again (Firefox saves it like any download) and holds everything restored; the
// restored postings show in the tracker.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backup } from '../e2e/backup.mjs';
import { click, downloaded, find, launchFirefox, textOf, waitForCount } from './harness.mjs';

describe('Firefox: backup', () => {
  let fx;
  let dir;
  let options;
  before(async () => {
    fx = await launchFirefox();
    dir = await mkdtemp(join(tmpdir(), 'frist-fx-backup-'));
    options = await fx.page('/options.html');
    await find(options, { text: 'Your data', within: 'h2' });
  });
  after(async () => {
    await fx?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Picks a file in the restore field, as the user does in the file dialog. */
  async function restore(name, data) {
    const path = join(dir, name);
    await writeFile(path, JSON.stringify(data));
    const input = await find(options, { css: '#data-import' });
    await input.uploadFile(path);
  }

  it('refuses a damaged backup, naming its record and field', async () => {
    const bad = structuredClone(backup);
    bad.postings[1].deadline = 'next friday';
    await restore('bad.json', bad);
    await find(options, { css: '[role="alert"]', has: 'Nothing was imported.' });
    assert.match(
      await textOf(options, { css: '[role="alert"]' }),
      /Nothing was imported\. Posting 2 \(“Rådgiver i Bodø”\), field “deadline”/,
    );
  });

  it('restores a backup, downloads it again with everything in it, and lists the postings', async () => {
    await restore('backup.json', backup);
    await find(options, {
      css: '[role="status"]',
      has: 'Backup imported: 2 new, 0 updated, 0 unchanged, 0 conflicts',
    });
    await click(options, { button: 'Download backup' });
    const { name, bytes } = await downloaded(fx, /^frist-backup-\d{4}-\d{2}-\d{2}\.json$/);
    assert.match(name, /^frist-backup-/);
    const data = JSON.parse(bytes.toString('utf8'));
    assert.equal(data.format, 'frist-backup');
    assert.deepEqual(data.postings, backup.postings);
    assert.deepEqual(data.snapshots, backup.snapshots);
    assert.deepEqual(data.history, backup.history);
    assert.deepEqual(data.contactLog, backup.contactLog);

    const popup = await fx.page('/popup.html');
    await waitForCount(popup, { testId: 'tracker-row' }, 2);
    await find(popup, { testId: 'tracker-row', has: 'Rådgiver i Bodø' });
    await popup.close();
  });
});
