// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataManagement, type DataSource } from '../../components/DataManagement';
import { FristDatabase } from '../../lib/db/database';
import { exportBackup, importBackup, readPostingsWithHistory } from '../../lib/db/state';
import { savePosting } from '../../lib/db/postings';
import { listContacts } from '../../lib/db/contacts';
import { saveSettings } from '../../lib/db/settings';
import { setStatus } from '../../lib/db/edits';
import { parseCsv } from '../../lib/export/csv';
import { unfold } from '../../lib/export/rfc-text';
import { emptyDraft } from '../../lib/schema/draft';
import type { PostingInput } from '../../lib/schema/posting';
import { DEFAULT_SETTINGS } from '../../lib/tracker/settings';

let database: FristDatabase;
let n = 0;
beforeEach(() => {
  database = new FristDatabase(`data-ui-${++n}`);
});
afterEach(async () => {
  cleanup();
  database.close();
  await database.delete();
});

const sourceFor = (db: FristDatabase): DataSource => ({
  exportBackup: () => exportBackup(new Date('2026-12-10T12:00:00Z'), db),
  importBackup: (text) => importBackup(text, db),
  readPostings: () => readPostingsWithHistory(db),
  readContacts: () => listContacts(db),
  saveCsvSeparator: (csvSeparator) => saveSettings({ csvSeparator }, db),
});

function input(patch: Partial<PostingInput>): PostingInput {
  const { isJobAd: _a, confidence: _b, ...fields } = emptyDraft();
  return { ...fields, title: 'Koordinator', url: `https://org.example/job/${Math.random().toString(36).slice(2)}`, ...patch };
}

async function seed() {
  const r = await savePosting(
    input({
      title: 'Kampagnemedarbejder',
      organization: 'Grøn Fremtid',
      deadline: '2027-01-15T12:00',
      contacts: [{ name: 'Lise Holm', role: 'kampagnechef', phone: '+45 12 34 56 78', email: 'lise@gron.example' }],
    }),
    new Date('2026-12-01T10:00:00Z'),
    database,
  );
  if (!r.ok) throw new Error(r.error);
  await setStatus(r.posting.id, 'applied', new Date('2026-12-05T10:00:00Z'), database);
  return r.posting;
}

function setup(db = database) {
  const download = vi.fn<(name: string, content: string, type: string) => void>();
  render(
    <DataManagement
      lang="da"
      settings={{ ...DEFAULT_SETTINGS, reminderLeadTimes: [{ amount: 3, unit: 'days' }] }}
      csvSeparator=";"
      source={sourceFor(db)}
      download={download}
      now={() => new Date('2026-12-10T12:00:00Z')}
      timeZone="Europe/Copenhagen"
    />,
  );
  return download;
}

async function chooseFile(text: string) {
  const field = screen.getByLabelText('Gendan eller flet en sikkerhedskopi') as HTMLInputElement;
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(field, 'files', { value: [file], configurable: true });
  fireEvent.change(field);
}

describe('DataManagement', () => {
  it('downloads the postings as CSV with Danish headers and letters, semicolon-separated', async () => {
    await seed();
    const download = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Hent CSV' }));
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    const [name, content, type] = download.mock.calls[0]!;
    expect(name).toBe('frist-postings-2026-12-10.csv');
    expect(type).toContain('text/csv');
    expect(content.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(content, ';');
    expect(rows[0]).toEqual(['Stilling', 'Organisation', 'Ansøgningsfrist', 'Status', 'Arbejdssted', 'Opslagets adresse']);
    expect(rows[1]!.slice(0, 4)).toEqual(['Kampagnemedarbejder', 'Grøn Fremtid', '2027-01-15 12:00', 'Søgt']);
    expect(screen.getByRole('status').textContent).toBe('frist-postings-2026-12-10.csv er hentet.');

    // All fields, comma-separated: the choice of separator is stored.
    fireEvent.change(screen.getByLabelText('Kolonner'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('Skilletegn'), { target: { value: ',' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hent CSV' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    const all = parseCsv(download.mock.calls[1]![1], ',');
    expect(all[0]!.length).toBeGreaterThan(15);
    expect(all[1]).toContain('Lise Holm, kampagnechef, +45 12 34 56 78, lise@gron.example');
    await waitFor(async () => expect((await database.settings.get('csvSeparator'))?.value).toBe(','));
  });

  it('downloads a backup and restores it into an empty database, telling the counts', async () => {
    await seed();
    const download = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Hent sikkerhedskopi' }));
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    const [name, text] = download.mock.calls[0]!;
    expect(name).toBe('frist-backup-2026-12-10.json');
    cleanup();

    const fresh = new FristDatabase(`data-ui-fresh-${++n}`);
    try {
      setup(fresh);
      await chooseFile(text);
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toBe(
          'Sikkerhedskopien er indlæst: 1 nye, 0 opdaterede, 0 uændrede, 0 konflikter (hvor begge sider har ændret et felt, bevares den seneste ændring).',
        ),
      );
      const again = await exportBackup(new Date('2026-12-10T12:00:00Z'), fresh);
      expect(again).toEqual(JSON.parse(text));
    } finally {
      fresh.close();
      await fresh.delete();
    }
  });

  it('names the record and field of a bad file, and writes nothing', async () => {
    const p = await seed();
    setup();
    const backup = await exportBackup(new Date(), database);
    const bad = { ...backup, postings: [{ ...backup.postings[0]!, id: 'other', url: 'https://other.example/1', deadline: '15.01.2027' }] };
    await chooseFile(JSON.stringify(bad));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Intet blev indlæst. Opslag 1 (“Kampagnemedarbejder”), feltet “deadline”: expected a date as YYYY-MM-DD or YYYY-MM-DDTHH:mm',
    );
    expect((await database.postings.toArray()).map((x) => x.id)).toEqual([p.id]);

    await chooseFile('{"format":"frist-backup","version":1,"postings":[');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Filen er afkortet'));
    await chooseFile('{"format":"frist-backup","version":7}');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('formatversion 7'));
    await chooseFile('<html><script>alert(1)</script></html>');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('ikke JSON'));
    expect(document.querySelector('script')).toBeNull();
  });

  it('shows progress and Cancel for an import that takes over a second, and says nothing changed when cancelled', async () => {
    const slow: DataSource = {
      ...sourceFor(database),
      importBackup: (_text, opts) =>
        new Promise((resolve) => {
          opts?.onProgress?.(0.2);
          opts?.signal?.addEventListener('abort', () => resolve({ ok: false, problem: { kind: 'cancelled' } }));
        }),
    };
    render(<DataManagement lang="da" settings={DEFAULT_SETTINGS} csvSeparator=";" source={slow} download={vi.fn()} />);
    await chooseFile('{"format":"frist-backup"}');
    // Not at once: a quick import shows no bar.
    expect(screen.queryByRole('progressbar')).toBeNull();
    const bar = await screen.findByRole('progressbar', {}, { timeout: 2500 });
    expect((bar as HTMLProgressElement).value).toBe(0.2);
    expect(screen.getByText('Indlæser sikkerhedskopien… 20 %')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annullér' }));
    await waitFor(() => expect(screen.getByText('Indlæsningen er annulleret: intet blev ændret.')).toBeTruthy());
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('refuses a 200 MB file by its size at once, without reading it, and writes nothing', async () => {
    const p = await seed();
    setup();
    const field = screen.getByLabelText('Gendan eller flet en sikkerhedskopi') as HTMLInputElement;
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 200 * 2 ** 20 });
    const read = vi.spyOn(file, 'text');
    Object.defineProperty(field, 'files', { value: [file], configurable: true });
    fireEvent.change(field);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Filen fylder 200 MB; en sikkerhedskopi fra Frist fylder højst 150 MB. Intet blev indlæst.');
    expect(read).not.toHaveBeenCalled();
    expect((await database.postings.toArray()).map((x) => x.id)).toEqual([p.id]);
  });

  it('downloads the calendar, the contacts and the applications log', async () => {
    await seed();
    const download = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Hent kalender (.ics)' }));
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    const ics = unfold(download.mock.calls[0]![1]);
    expect(download.mock.calls[0]![0]).toBe('frist-calendar.ics');
    expect(ics).toContain('SUMMARY:Frist: Kampagnemedarbejder – Grøn Fremtid');
    expect(ics).toContain('DTSTART;TZID=Europe/Copenhagen:20270115T120000');
    expect(ics).toContain('TRIGGER:-P3D');

    fireEvent.click(screen.getByRole('button', { name: 'Hent kontakter (.vcf)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    const vcf = unfold(download.mock.calls[1]![1]);
    expect(vcf).toContain('FN:Lise Holm');
    expect(vcf).toContain('NOTE:Kontakt for: Kampagnemedarbejder (Grøn Fremtid)');

    fireEvent.input(screen.getByLabelText('Fra'), { target: { value: '2026-12-01' } });
    fireEvent.input(screen.getByLabelText('Til'), { target: { value: '2026-12-31' } });
    expect(screen.getByRole('link', { name: 'Åbn log til udskrift' }).getAttribute('href')).toBe(
      'applications-log.html?from=2026-12-01&to=2026-12-31',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Hent log (CSV)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(3));
    expect(download.mock.calls[2]![0]).toBe('frist-applications-2026-12-01-2026-12-31.csv');
    const log = parseCsv(download.mock.calls[2]![1], ';');
    expect(log[0]![0]).toBe('Søgt den');
    expect(log[1]!.slice(0, 3)).toEqual(['2026-12-05', 'Kampagnemedarbejder', 'Grøn Fremtid']);

    // A period that ends before it starts is refused.
    fireEvent.input(screen.getByLabelText('Fra'), { target: { value: '2027-02-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hent log (CSV)' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Vælg en periode'));
    expect(download).toHaveBeenCalledTimes(3);
  });

  it('says so when there is nothing to download', async () => {
    const download = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Hent CSV' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Der er ikke noget at hente endnu.'));
    expect(download).not.toHaveBeenCalled();
  });
});
