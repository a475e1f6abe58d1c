/**
 * The text of a PDF job ad, page by page, lines kept: pdf.js loads only when a PDF is read
 * (a dynamic import, so the popup's first screen never pays for it). Items on one line are
 * joined with spaces; a new line starts where pdf.js marks an end of line or the y position moves.
 */
export interface PdfTextOptions {
  /** URL of pdf.js's worker script (an extension file in the browser). */
  workerSrc?: string;
  /** Pages read at the most: job ads are short; a 300-page report is not one. */
  maxPages?: number;
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
}

/** The largest PDF read: job ads take a few hundred KB; a 20 MB file is a report or a scan. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

/** What the user is told about a PDF over the cap. */
export function pdfTooLarge(bytes: number): string {
  const mb = (n: number) => `${Math.ceil(n / 2 ** 20)} MB`;
  return `the PDF is ${mb(bytes)} or more, larger than the ${mb(MAX_PDF_BYTES)} Frist reads: paste the ad’s text instead`;
}

export async function pdfText(data: ArrayBuffer | Uint8Array, options: PdfTextOptions = {}): Promise<string> {
  const pdfjs = await import('pdfjs-dist');
  if (options.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc;
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  try {
    const pages: string[] = [];
    const last = Math.min(doc.numPages, options.maxPages ?? 20);
    for (let n = 1; n <= last; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let line = '';
      let y: number | null = null;
      const lines: string[] = [];
      for (const raw of content.items as TextItemLike[]) {
        const str = raw.str ?? '';
        const itemY = raw.transform?.[5] ?? null;
        if (y !== null && itemY !== null && Math.abs(itemY - y) > 2 && line) {
          lines.push(line);
          line = '';
        }
        line += line && str && !line.endsWith(' ') && !str.startsWith(' ') ? ` ${str}` : str;
        if (itemY !== null) y = itemY;
        if (raw.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      if (line) lines.push(line);
      pages.push(lines.map((l) => l.trimEnd()).join('\n'));
    }
    return pages.join('\n\n');
  } finally {
    await doc.destroy();
  }
}

/** Whether an address or a content type names a PDF. */
export function isPdf(url: string | undefined, contentType?: string | null): boolean {
  if (contentType && contentType.toLowerCase().startsWith('application/pdf')) return true;
  if (!url) return false;
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
