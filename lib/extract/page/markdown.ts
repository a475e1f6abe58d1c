// Text kept as Markdown (a site's source, a pasted note) read as a browser shows it once rendered:
// the front matter's title as the first line and its other facts as "Key: value" lines (a post's
// date, a deadline, a contact: a site's template shows them), heading marks and emphasis removed,
// links as their text with the address after it, list items as "• " lines.

import { decodeEntities } from '../util';

const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\n([\s\S]{0,8000}?)\n(?:---|\+\+\+)[ \t]*(?:\n|$)/;
const KEY_LINE = /^([A-Z_][\w-]{0,30})[ \t]{0,4}[:=][ \t]{0,4}(.{0,300})$/i;
/** Front-matter keys of a site generator's own (templates, addresses, ordering): not the page's text. */
// not language words: front-matter keys of site generators
const TECHNICAL_KEYS =
  /^(?:layout|permalink|slug|url|aliases|template|type|draft|weight|id|uuid|image|images|media|icon|logo|hero|thumbnail|cover|banner|featured_?image|tags|categories|category|menu|sitemap|lang|language|translationkey|published|comments|toc|excerpt_separator)$/i;
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]{1,4}/gm;

/** True when the text is Markdown: front matter, or several heading, emphasis or link marks. */
export function looksLikeMarkdown(t: string): boolean {
  if (FRONT_MATTER.test(t)) return true;
  const head = t.slice(0, 20_000);
  // Dashes before list items are how plain text writes lists too: only headings, bold and links count.
  const marks = (head.match(/^[ \t]{0,3}#{1,6}[ \t]\S|\*\*\S[^*\n]{0,200}\*\*|\]\((?:https?:\/\/|mailto:)/gm) ?? []).length;
  return marks >= 2;
}

const COLLAPSED = /^---[ \t]([^\n]{10,8000}?)[ \t]---[ \t]*(?:\n|$)/u;
const COLLAPSED_KEY = /(?<=^|[ \t])([a-z][a-z0-9_-]{1,30}):(?=[ \t]|$)/gu;

/**
 * A site's source shown by a browser as HTML: its front matter collapsed into the first line
 * ("--- layout: job title: Wissenschaftliche Mitarbeiterin … deadline: 31.12.2020 … ---"). That
 * line is read as the front matter it was (title first, then "Key: value" lines); the rest of the
 * text stays as it is. A text without such a line comes back unchanged.
 */
export function expandCollapsedFrontMatter(text: string): string {
  const m = COLLAPSED.exec(text);
  if (!m) return text;
  const body = m[1]!;
  const keys = [...body.matchAll(COLLAPSED_KEY)];
  if (keys.length < 2 || keys[0]!.index !== 0) return text;
  const lines: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const value = body.slice(k.index + k[0].length, keys[i + 1]?.index ?? body.length).trim();
    // A list or a nested block ("breadcrumbs: - title: Home …"): its keys are not the page's.
    if (/^[-[{|>]/u.test(value)) break;
    lines.push(`${k[1]}: ${value}`);
  }
  return `${markdownToText(`---\n${lines.join('\n')}\n---\n`).trim()}\n\n${text.slice(m[0].length)}`;
}

const SCRIPT_OPEN = /<(script|style)(?=[\s>])[^<>]{0,500}>/giu;
const SCRIPT_CLOSE: Readonly<Record<string, RegExp>> = { script: /<\/script[ \t\n]{0,3}>/giu, style: /<\/style[ \t\n]{0,3}>/giu };

/**
 * A site's source keeps its scripts and styles inline (a JSON-LD block in a Markdown post): a
 * browser shows none of their words, so neither does the text; the JSON-LD blocks' source is kept
 * apart as the page's structured data. A block left open runs to the end of the text, as in a
 * browser. Linear: each block's close is looked for once, from its opening.
 */
export function splitScriptBlocks(t: string): { text: string; jsonLd: string[] } {
  const jsonLd: string[] = [];
  if (!/<(?:script|style)[\s>]/iu.test(t)) return { text: t, jsonLd };
  const out: string[] = [];
  let from = 0;
  SCRIPT_OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCRIPT_OPEN.exec(t)) !== null) {
    out.push(t.slice(from, m.index));
    const close = SCRIPT_CLOSE[m[1]!.toLowerCase()]!;
    close.lastIndex = SCRIPT_OPEN.lastIndex;
    const c = close.exec(t);
    const end = c ? c.index : t.length;
    if (/ld\+json/iu.test(m[0])) jsonLd.push(t.slice(SCRIPT_OPEN.lastIndex, end));
    from = SCRIPT_OPEN.lastIndex = c ? c.index + c[0].length : t.length;
    if (!c) break;
  }
  SCRIPT_OPEN.lastIndex = 0;
  out.push(t.slice(from));
  return { text: out.join(''), jsonLd };
}

/** A link whose text names the site it leads to ("[Mentor Medier](https://www.mentormedier.no)"): the
 *  address adds nothing, and would stand between the name and its legal form ("… AS"). */
function namesItsSite(text: string, href: string): boolean {
  const host = /^https?:\/\/(?:www\.)?([^/?#:]{1,100})/iu.exec(href)?.[1]?.split('.')[0] ?? '';
  const name = text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return host.length >= 3 && host.toLocaleLowerCase().replace(/-/g, '') === name;
}

/** Lines without the indent they share. */
function dedent(lines: string[]): string {
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

export function markdownToText(t: string): string {
  let title: string | null = null;
  const facts: string[] = [];
  const fm = FRONT_MATTER.exec(t);
  const blocks: string[] = [];
  if (fm) {
    const lines = fm[1]!.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const kv = KEY_LINE.exec(lines[i]!.trim());
      if (!kv) continue;
      const key = kv[1]!;
      const value = kv[2]!.trim().replace(/^["']|["']$/g, '');
      // A block of text ("text: |" and indented lines): a page whose template shows it keeps its words there.
      if (/^[|>][+-]?$/.test(value)) {
        const body: string[] = [];
        while (i + 1 < lines.length && (/^[ \t]/.test(lines[i + 1]!) || !lines[i + 1]!.trim())) body.push(lines[++i]!);
        if (!TECHNICAL_KEYS.test(key)) blocks.push(dedent(body));
        continue;
      }
      // Lists and blocks are the template's, not the page's words.
      if (!value || /^[[{|>]/.test(value) || TECHNICAL_KEYS.test(key)) continue;
      if (key.toLowerCase() === 'title') title = value;
      // "publish_date", "PublishDate" → "Publish date".
      else
        facts.push(
          `${key.charAt(0).toUpperCase()}${key
            .slice(1)
            .replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ')
            .replace(/[_-]/g, ' ')
            .toLowerCase()}: ${value}`,
        );
    }
    t = t.slice(fm[0].length);
  }
  t = [...blocks, t].join('\n\n');
  t = t
    .replace(HEADING, '')
    .replace(/^[ \t]{0,3}[-*+][ \t]{1,4}(?=\S)/gm, '• ')
    .replace(/!\[([^\]\n]{0,300})\]\([^)\s]{0,500}\)/g, '$1')
    .replace(/\[([^\]\n]{1,300})\]\((mailto:)?([^)\s]{1,500})\)/g, (_m, text: string, mailto: string | undefined, href: string) =>
      text.trim() === href.trim() || (mailto && text.includes('@')) || namesItsSite(text, href) ? text : `${text} (${href})`,
    )
    .replace(/(\*\*|__)(?=\S)([^\n]{1,300}?\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*\n]{1,300}?\S)\*(?![\w*])/g, '$1')
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/<br[ \t]{0,2}\/?>/gi, '\n')
    // Inline HTML in Markdown ("by <u><b>September 20, 2021</b></u>", a mail link) renders as its text.
    .replace(/<\/?(?:[abiu]|em|strong|span|small|mark|font|sup|sub)(?:[ \t][^<>\n]{0,300})?>/gi, '')
    // Backslash escapes: "4\. Februar 2024" is "4. Februar 2024".
    .replace(/\\([\\`*_{}[\]()#+.!-])/g, '$1');
  // Character references render as their characters ("&pound;18,000pa", "Let&#8217;s").
  return decodeEntities([title, facts.join('\n'), t].filter(Boolean).join('\n\n'));
}
