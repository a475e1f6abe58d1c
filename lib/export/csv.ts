import Papa from 'papaparse';
import type { Contact } from '../schema/draft';
import { FACT_FIELDS, FIELDS, type FactField } from '../schema/fields';
import type { Posting, Status } from '../schema/posting';

/** Cells a spreadsheet would run as a formula (OWASP CSV injection), including full-width look-alikes and a leading line break. */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CsvSeparator = ';' | ',' | '\t';

/** The byte order mark that makes Excel read a CSV file as UTF-8 (æ, ø, å instead of mojibake). */
export const BOM = '\uFEFF';

/**
 * The separator a spreadsheet in this locale expects: a semicolon where the decimal separator is a
 * comma (Danish, Norwegian, German…), else a comma.
 */
export function defaultCsvSeparator(locale: string | undefined): CsvSeparator {
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
    return parts.find((p) => p.type === 'decimal')?.value === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}

/** A cell a spreadsheet shows as text: a leading =, +, -, @, tab or line break gets an apostrophe in front. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * A CSV file as text: BOM, header row, CRLF line ends, every cell quoted when it must be
 * (papaparse's unparse) and neutralised against formula injection.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], separator: CsvSeparator): string {
  const body = Papa.unparse(
    { fields: header.map(neutralise), data: rows.map((r) => r.map(neutralise)) },
    { delimiter: separator, newline: '\r\n', quotes: false, escapeFormulae: false, header: true },
  );
  return `${BOM}${body}\r\n`;
}

/** Parses a CSV file written by toCsv (or a spreadsheet) back into rows, BOM and apostrophes left as they are. */
export function parseCsv(text: string, separator: CsvSeparator): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const result = Papa.parse<string[]>(input, { delimiter: separator, newline: '\r\n', skipEmptyLines: true });
  return result.data;
}

/** The columns the overview shows (position, organisation, deadline, status) with location and address. */
export const VISIBLE_COLUMNS = ['title', 'organization', 'deadline', 'status', 'location', 'url'] as const;
/** The columns of a postings CSV file: those the overview shows, every fact the field table
 *  (../schema/fields.ts) exports, then the notes and the record's own. */
export const POSTING_COLUMNS = [
  ...VISIBLE_COLUMNS,
  ...FACT_FIELDS.filter((f) => FIELDS[f].csv && !(VISIBLE_COLUMNS as readonly string[]).includes(f)),
  'notes',
  'savedAt',
  'updatedAt',
  'id',
] as const;
export type PostingColumn = (typeof VISIBLE_COLUMNS)[number] | FactField | 'notes' | 'savedAt' | 'updatedAt' | 'id';

export interface PostingCsvOptions {
  columns: readonly PostingColumn[];
  separator: CsvSeparator;
  /** The header of a column in the user's language. */
  header: (column: PostingColumn) => string;
  /** A status in the user's language. */
  status: (status: Status) => string;
  /** A moment (ISO date-time) as the file shows it; local "YYYY-MM-DD HH:mm" by default. */
  timestamp?: (iso: string) => string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO date-time as local "YYYY-MM-DD HH:mm", which every spreadsheet reads as a date and time. */
export function localTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A number in the notation the separator implies: a decimal comma with semicolon-separated files. */
function num(n: number, separator: CsvSeparator): string {
  const s = String(n);
  return separator === ',' ? s : s.replace('.', ',');
}

/** A fact as one cell, by its kind of value (../schema/fields.ts); list entries one per line. */
function factCell(f: FactField, v: unknown, separator: CsvSeparator): string {
  if (v === null || v === undefined) return '';
  switch (FIELDS[f].kind) {
    case 'dayTime':
      return String(v).replace('T', ' ');
    case 'hours': {
      const h = v as { min: number; max: number };
      return h.min === h.max ? num(h.min, separator) : `${num(h.min, separator)}–${num(h.max, separator)}`;
    }
    case 'percent':
      return num(v as number, separator);
    case 'salary': {
      const s = v as { amount: number | null; currency: string | null; period: string | null; text: string };
      if (s.text) return s.text;
      return [s.amount === null ? '' : num(s.amount, separator), s.currency ?? '', s.period ? `/ ${s.period}` : '']
        .filter(Boolean)
        .join(' ');
    }
    case 'contacts':
      return (v as Contact[]).map((c) => [c.name, c.role, c.phone, c.email].filter(Boolean).join(', ')).join('\n');
    case 'list':
    case 'days':
      return (v as string[]).join('\n');
    default:
      return String(v);
  }
}

function cell(p: Posting, column: PostingColumn, o: PostingCsvOptions): string {
  const ts = o.timestamp ?? localTimestamp;
  switch (column) {
    case 'status':
      return o.status(p.status);
    case 'url':
      return p.url;
    case 'notes':
      return p.notes;
    case 'savedAt':
      return ts(p.savedAt);
    case 'updatedAt':
      return ts(p.updatedAt);
    case 'id':
      return p.id;
    default:
      return factCell(column, p[column], o.separator);
  }
}

/** The postings as a CSV file (UTF-8 with BOM), one row each, in the order given. */
export function postingsCsv(postings: readonly Posting[], o: PostingCsvOptions): string {
  return toCsv(
    o.columns.map(o.header),
    postings.map((p) => o.columns.map((c) => cell(p, c, o))),
    o.separator,
  );
}
