// End to end in real Chromium: restore a backup on the options page, then download every format
// (CSV, JSON backup, calendar, contacts, applications log) and check each file's content; a
// damaged file is refused with its record and field named; the printable log lists the application.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchWithExtension, Y } from './harness.mjs';
import { backup, day, now } from './backup.mjs';

describe('export and import on the options page', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
  });
  after(async () => {
    await browser?.close();
  });

  async function downloaded(buttonName) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  }

  it('restores a backup, naming the record and field of a damaged one first', async () => {
    const bad = structuredClone(backup);
    bad.postings[1].deadline = 'next friday';
    await page
      .getByLabel('Restore or merge a backup')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Nothing was imported\. Posting 2 \(“Rådgiver i Bodø”\), field “deadline”/);

    await page
      .getByLabel('Restore or merge a backup')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await page
      .getByRole('status')
      .getByText(
        'Backup imported: 2 new, 0 updated, 0 unchanged, 0 conflicts (where both sides changed a field, the later change is kept).',
      )
      .waitFor();
  });

  it('downloads the postings as CSV (BOM, semicolon, formulas neutralised)', async () => {
    await page.getByLabel('Columns').selectOption('all');
    await page.getByLabel('Separator').selectOption(';');
    const { name, bytes } = await downloaded('Download CSV');
    assert.match(name, /^frist-postings-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    assert.match(text, /^\uFEFFPosition;Organisation;Application deadline;Status;/);
    assert.match(text, new RegExp(`Kampagnemedarbejder;Grøn Fremtid;${Y}-01-15 12:00;Applied;Aarhus`));
    assert.match(text, /"'=HYPERLINK\(""http:\/\/evil\.example""\)"/);
    assert.match(text, /Rådgiver i Bodø/);
  });

  it('downloads the JSON backup with everything in it', async () => {
    const { name, bytes } = await downloaded('Download backup');
    assert.match(name, /^frist-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(bytes.toString('utf8'));
    assert.equal(data.format, 'frist-backup');
    assert.equal(data.version, 1);
    assert.deepEqual(data.postings, backup.postings);
    assert.deepEqual(data.snapshots, backup.snapshots);
    assert.deepEqual(data.history, backup.history);
    assert.deepEqual(data.contactLog, backup.contactLog);
    assert.deepEqual(data.settings, { language: 'en', csvSeparator: ';' });
  });

  it('downloads the calendar and the contacts', async () => {
    const ics = await downloaded('Download calendar (.ics)');
    assert.equal(ics.name, 'frist-calendar.ics');
    const cal = ics.bytes.toString('utf8').replace(/\r\n[ \t]/g, '');
    assert.match(cal, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    assert.match(cal, /\r\nUID:a-deadline@frist\r\n/);
    assert.match(cal, new RegExp(`\\r\\nUID:a-interview-${Y}0125@frist\\r\\n`));
    assert.match(cal, new RegExp(`\\r\\nDTSTART;TZID=[^:]+:${Y}0115T120000\\r\\n|\\r\\nDTSTART:${Y}0115T120000Z\\r\\n`));
    assert.match(cal, /\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n/);
    assert.match(cal, /\r\nSUMMARY:Deadline: Kampagnemedarbejder – Grøn Fremtid\r\n/);
    for (const line of ics.bytes.toString('utf8').split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);

    const vcf = await downloaded('Download contacts (.vcf)');
    assert.equal(vcf.name, 'frist-contacts.vcf');
    const cards = vcf.bytes.toString('utf8').replace(/\r\n[ \t]/g, '');
    assert.match(cards, /BEGIN:VCARD\r\nVERSION:3\.0\r\nFN:Åse Ødegård\r\nN:Ødegård;Åse;;;\r\n/);
    assert.match(cards, /\r\nTEL;TYPE=WORK,VOICE:\+45 12 34 56 78\r\n/);
  });

  it('downloads the applications log and shows it printable', async () => {
    await page.getByLabel('From', { exact: true }).fill(day(new Date(now.getTime() - 10 * 86_400_000)));
    await page.getByLabel('To', { exact: true }).fill(day(now));
    const log = await downloaded('Download log (CSV)');
    assert.match(log.name, /^frist-applications-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = log.bytes.toString('utf8').split('\r\n');
    assert.match(rows[0], /^\uFEFFApplied on;Position;Organisation/);
    assert.equal(rows.filter((r) => r.includes('Kampagnemedarbejder')).length, 1);
    assert.ok(!log.bytes.toString('utf8').includes('Rådgiver i Bodø'), 'a posting not applied for is not in the log');

    const [printable] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.getByRole('link', { name: 'Open printable log' }).click(),
    ]);
    await printable.getByRole('heading', { name: 'Applications log' }).waitFor();
    await printable.getByTestId('log-row').first().waitFor();
    assert.equal(await printable.getByTestId('log-row').count(), 1);
    assert.match(await printable.getByTestId('log-row').textContent(), /Kampagnemedarbejder.*Grøn Fremtid/);
    await printable.getByRole('button', { name: 'Print' }).waitFor();
    await printable.close();
  });
});
