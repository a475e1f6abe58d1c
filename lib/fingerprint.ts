/**
 * A fingerprint of an ad's text: the same ad at two addresses (a job board and the
 * organisation's own site, a URL with another session id) gets the same one. Case, white space,
 * punctuation and digits-only lines (dates of page chrome, counters) do not count; the first
 * 4,000 letters of the text do. Returns null for texts too short to tell ads apart.
 */
export function fingerprint(text: string): string | null {
  const words = text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 4000);
  if (words.replace(/\s/g, '').length < 200) return null;
  // Two 32-bit FNV-1a hashes with different seeds: 64 bits, collisions negligible for a personal list.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < words.length; i++) {
    const c = words.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
