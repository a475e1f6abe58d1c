/**
 * A response's bytes, up to a cap: a file larger than the cap is refused by its stated length
 * before a byte is read, else as soon as the bytes read pass the cap (a server may not state a
 * length, or state a false one). The stream is cancelled then, so nothing more is downloaded.
 */
export type CappedRead = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true; bytes: number };

export async function readCapped(response: Response, maxBytes: number): Promise<CappedRead> {
  const stated = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(stated) && stated > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, tooLarge: true, bytes: stated };
  }
  if (!response.body) {
    const buf = new Uint8Array(await response.arrayBuffer());
    return buf.byteLength > maxBytes ? { ok: false, tooLarge: true, bytes: buf.byteLength } : { ok: true, bytes: buf };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, tooLarge: true, bytes: total };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}
