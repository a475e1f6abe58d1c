// PDF capture reads at most MAX_PDF_BYTES: a stated length over the cap is refused before a byte is
// read, an unstated or false one as soon as the bytes pass the cap, and the download is cancelled.
import { describe, expect, it } from 'vitest';
import { readCapped } from '../../lib/capture/read-capped';
import { MAX_PDF_BYTES, pdfTooLarge } from '../../lib/capture/pdf-text';

/** A streamed body of `chunks` chunks of `size` bytes; counts the chunks pulled and whether it was cancelled. */
function streamed(chunks: number, size: number, headers: Record<string, string> = {}) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= chunks) return controller.close();
      seen.pulled++;
      controller.enqueue(new Uint8Array(size).fill(37));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { response: new Response(body, { headers }), seen };
}

describe('readCapped', () => {
  it('reads a file under the cap whole', async () => {
    const { response } = streamed(3, 1000);
    const r = await readCapped(response, 10_000);
    expect(r.ok && r.bytes.byteLength).toBe(3000);
    expect(r.ok && r.bytes[2999]).toBe(37);
  });

  it('refuses a file whose stated length is over the cap without reading it', async () => {
    const { response, seen } = streamed(100, 1000, { 'content-length': String(200 * 2 ** 20) });
    expect(await readCapped(response, MAX_PDF_BYTES)).toEqual({ ok: false, tooLarge: true, bytes: 200 * 2 ** 20 });
    expect(seen.pulled).toBeLessThanOrEqual(1);
  });

  it('stops a file without a stated length as soon as it passes the cap, and cancels the download', async () => {
    const { response, seen } = streamed(1000, 1024);
    const r = await readCapped(response, 10 * 1024);
    expect(r).toEqual({ ok: false, tooLarge: true, bytes: 11 * 1024 });
    expect(seen.pulled).toBeLessThan(15);
    expect(seen.cancelled).toBe(true);
  });

  it('tells the user the size and what to do', () => {
    expect(pdfTooLarge(45 * 2 ** 20)).toBe('the PDF is 45 MB or more, larger than the 20 MB Frist reads: paste the ad’s text instead');
  });
});
