/**
 * Every e-mail address in the ad: lower case, de-duplicated, de-obfuscated ("navn (at) org.dk",
 * "navn [at] org [dot] dk", "navn@org.dk." at a sentence end). Cloudflare's "[email protected]"
 * placeholder is not an address and is skipped.
 */
import type { Found } from '../types';
import type { TextContext } from './context';
import { clip } from '../util';
import { sentenceAround } from './text';
import { ownHits } from './phones';
import { grammarAlt } from '../locales/grammar';

const LOCAL = String.raw`[\p{L}\p{N}_%+\-]{1,64}(?:\.[\p{L}\p{N}_%+\-]{1,64}){0,8}`;
const AT = String.raw`\s{0,2}(?:@|[([{]\s{0,2}(?:${grammarAlt('atSignWords')})\s{0,2}[)\]}])\s{0,2}`;
const DOT = String.raw`(?:\.|\s{0,2}[([{]\s{0,2}(?:${grammarAlt('dotWords')})\s{0,2}[)\]}]\s{0,2})`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?`;
/** An address, obfuscated or not; the TLD is letters only. */
export const EMAIL_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_%+.\-])(${LOCAL})${AT}((?:${LABEL}${DOT}){1,6}\p{L}{2,24})(?![\p{L}\p{N}\-@])`,
  'giu',
);
const OBF_DOT = new RegExp(String.raw`\s{0,2}[([{]\s{0,2}(?:${grammarAlt('dotWords')})\s{0,2}[)\]}]\s{0,2}`, 'giu');
const DOT_WORD = new RegExp(grammarAlt('dotWords'), 'iu');
/** A bracketed word for "@" ("(at)", "(snabel-a)"): a block without it or "@" holds no address. */
const AT_WORD = new RegExp(String.raw`[([{]\s{0,2}(?:${grammarAlt('atSignWords')})\s{0,2}[)\]}]`, 'iu');

export interface EmailHit {
  email: string;
  block: number;
  start: number;
  end: number;
}

/** Every address with its place in ctx.blocks. Memoised. */
export function scanEmails(ctx: TextContext): EmailHit[] {
  const memo = ctx.memo.get('emails') as EmailHit[] | undefined;
  if (memo) return memo;
  const out: EmailHit[] = [];
  ctx.blocks.forEach((b, bi) => {
    const t = b.text;
    if (!t.includes('@') && !AT_WORD.test(t)) return;
    EMAIL_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EMAIL_RE.exec(t)) !== null) {
      const local = (m[1] ?? '').toLowerCase();
      const domain = (m[2] ?? '').replace(OBF_DOT, '.').toLowerCase();
      if (local.startsWith('.') || local.endsWith('.')) continue;
      if (!domain.includes('.')) continue;
      // "(a)" as "@" only between address-like words with a real dot in the domain.
      const sep = m[0].slice((m[1] ?? '').length, m[0].length - (m[2] ?? '').length);
      if (!sep.includes('@') && !/\.\p{L}{2,24}$/u.test(m[2] ?? '') && !DOT_WORD.test(m[2] ?? '')) continue;
      out.push({ email: `${local}@${domain}`, block: bi, start: m.index, end: m.index + m[0].length });
    }
    EMAIL_RE.lastIndex = 0;
  });
  ctx.memo.set('emails', out);
  return out;
}

export function parseEmails(ctx: TextContext): Found<string[]> | null {
  const hits = ownHits(ctx, scanEmails(ctx), (h) => h.email);
  if (hits.length === 0) return null;
  const seen = new Set<string>();
  for (const h of hits) seen.add(h.email);
  const first = hits[0]!;
  const block = ctx.blocks[first.block]?.text ?? '';
  return { value: [...seen], evidence: clip(sentenceAround(block, first.start, first.end)), source: 'text' };
}
