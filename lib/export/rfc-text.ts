/** Line folding and text escaping shared by iCalendar (RFC 5545) and vCard (RFC 6350 / 2426). */

const encoder = new TextEncoder();

/** Control characters that RFC 5545 §3.3.11 does not allow in text (everything below U+0020 except tab and line breaks, and DEL). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\v\f\u000E-\u001F\u007F]/g;

/** Escapes a TEXT value: backslash, semicolon and comma get a backslash; every line break becomes "\n". */
export function escapeText(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|[\r\n]/g, '\\n');
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1): a line break and a
 * space are inserted between characters, never inside a UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
      limit = 74; // the leading space of a continuation line counts too
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Content lines joined with CRLF, each folded, with a final CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Undoes folding: a CRLF followed by a space or tab is removed (for tests and readers). */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}
