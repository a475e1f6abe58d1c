// The extraction CLI of ../shared/EXTRACTION.md:
//   npm run extract -- page.html [--url U] [--observed YYYY-MM-DD]
//   npm run -s extract -- --jsonl < cases.jsonl
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { extractFromText } from '../lib/extract/index';
import { extractFromHtml } from '../lib/extract/node';
import type { Draft } from '../lib/schema/draft';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function extractFile(path: string, url: string | null, observed: string | null, why = false): Draft {
  const content = readFileSync(path, 'utf8');
  const onVerdict = why
    ? (reasons: string[], text: string) => process.stderr.write(`verdict: ${reasons.join(' | ')}\n--- ad text as read ---\n${text}\n---\n`)
    : undefined;
  const opts = { url, observed: observed && ISO_DAY.test(observed) ? observed : null, onVerdict };
  const lower = path.toLowerCase();
  if (/\.html?$/.test(lower)) return extractFromHtml(content, { ...opts, format: 'html' });
  const pdf = lower.includes('.pdf.') || lower.endsWith('.pdf.txt');
  return extractFromText(content, { ...opts, format: pdf ? 'pdf-text' : 'text' });
}

function usage(): never {
  process.stderr.write(
    'usage: npm run extract -- FILE [--url URL] [--observed YYYY-MM-DD] [--why]\n       npm run -s extract -- --jsonl < cases.jsonl\n',
  );
  process.exit(2);
}

async function jsonl(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) continue;
    let out: unknown;
    try {
      const c = JSON.parse(line) as { path?: unknown; url?: unknown; observed?: unknown };
      if (typeof c.path !== 'string' || c.path.length === 0) throw new Error('missing "path"');
      out = extractFile(c.path, typeof c.url === 'string' ? c.url : null, typeof c.observed === 'string' ? c.observed : null);
    } catch (e) {
      out = { error: e instanceof Error ? e.message : String(e) };
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--jsonl')) return jsonl();
  let file: string | null = null;
  let url: string | null = null;
  let observed: string | null = null;
  let why = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--url') url = args[++i] ?? usage();
    else if (a === '--observed') observed = args[++i] ?? usage();
    else if (a === '--why') why = true;
    else if (a.startsWith('--')) usage();
    else file = a;
  }
  if (!file) usage();
  if (observed && !ISO_DAY.test(observed)) {
    process.stderr.write(`--observed must be YYYY-MM-DD, got ${observed}\n`);
    process.exit(2);
  }
  try {
    process.stdout.write(JSON.stringify(extractFile(file, url, observed, why), null, 2) + '\n');
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}

void main();
