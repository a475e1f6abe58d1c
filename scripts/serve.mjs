// A static file server on 127.0.0.1 for the demo page (npm start) and the end-to-end tests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.js': 'text/javascript',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/** Next calendar year: the demo and test ads say "15. januar {{NEXT_YEAR}}", so their deadlines are never past. */
export const NEXT_YEAR = String(new Date().getFullYear() + 1);
const TEXT = new Set(['.html', '.txt']);

/**
 * Serves the files below `dir` on 127.0.0.1 (port 0: a free one), and `extra` paths from memory
 * ({ '/ad.pdf': { type: 'application/pdf', body: Buffer } }). Returns the base URL and close().
 * In .html and .txt files, {{NEXT_YEAR}} becomes next year.
 */
export async function startServer(dir, port = 0, extra = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (Object.hasOwn(extra, path)) {
      res.writeHead(200, { 'content-type': extra[path].type }).end(extra[path].body);
      return;
    }
    const file = resolve(join(root, path));
    if ((file !== root && !file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = await readFile(file);
    res
      .writeHead(200, { 'content-type': type })
      .end(TEXT.has(extname(file)) ? body.toString('utf8').replaceAll('{{NEXT_YEAR}}', NEXT_YEAR) : body);
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const address = server.address();
  return { base: `http://127.0.0.1:${address.port}`, close: () => new Promise((ok) => server.close(ok)) };
}
