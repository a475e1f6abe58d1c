// `npm start`: serve the demo job ad on 127.0.0.1, build the extension and open Chromium with it
// loaded on that page (WXT's dev runner; Debian's /usr/bin/chromium when no Chrome is set).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startServer } from './serve.mjs';

const binary =
  process.env.CHROME_PATH ?? ['/usr/bin/google-chrome', '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!binary) {
  console.error('No Chrome or Chromium found. On Debian: sudo apt-get install -y chromium (or set CHROME_PATH).');
  process.exit(1);
}
const server = await startServer(new URL('../tests/e2e/pages', import.meta.url).pathname, Number(process.env.FRIST_DEMO_PORT ?? 0));
const demo = `${server.base}/ad.html`;
console.log(`Demo job ad: ${demo}`);
const child = spawn('npx', ['wxt'], { stdio: 'inherit', env: { ...process.env, FRIST_CHROME: binary, FRIST_START_URL: demo } });
const stop = () => child.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
