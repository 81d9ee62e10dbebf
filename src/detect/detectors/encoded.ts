// Encoded secrets: base64 blobs (Kubernetes Secret `data:` values, `Authorization: Basic …`,
// base64 inside JSON) are decoded and scanned again; findings keep the blob's location.

import { base64Runs } from '../randomness/token-runs.js';

export interface EncodedBlob {
  readonly start: number;
  readonly end: number;
  readonly decoded: string;
}

/** Each base64 and base64url character's 6-bit value (-1: not one); `+`/`-` and `/`/`_` alike. */
const SEXTET = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) SEXTET['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;
SEXTET[45] = 62; // -
SEXTET[95] = 63; // _

/**
 * Whether the bytes `token` encodes certainly decode to under 97% printable text, read from the
 * bytes alone (no Buffer, no UTF-8 decoding): most base64-looking runs in code are identifiers
 * (`Markdown`, `ActionController`) whose bytes are binary. Each of these bytes gives the decoded
 * text its own character that decodeBase64Text does not count as printable: an ASCII control
 * (UTF-8 never folds an ASCII byte into another character), a continuation byte (0x80-0xBF)
 * right after an ASCII byte or first (a lone one decodes to U+FFFD), and 0xC0, 0xC1, 0xF5-0xFF
 * (never in UTF-8: U+FFFD each). The text has at most one character per byte, so with k such
 * bytes of B the printable share is at most (B - k) / B: under 97% when k / B is over 4%.
 * Only whole groups of four characters are read; a token holding anything but base64
 * characters and trailing `=` is not judged here (false).
 */
function surelyBinary(token: string): boolean {
  let n = token.length;
  while (n > 0 && token.charCodeAt(n - 1) === 61) n--;
  const bytes = Math.floor((n * 3) / 4);
  let k = 0;
  let prev = 0;
  for (let i = 0; i + 4 <= n; i += 4) {
    let v = 0;
    for (let j = i; j < i + 4; j++) {
      const c = token.charCodeAt(j);
      const x = c < 128 ? SEXTET[c]! : -1;
      if (x < 0) return false;
      v = (v << 6) | x;
    }
    for (let shift = 16; shift >= 0; shift -= 8) {
      const b = (v >> shift) & 255;
      if (b < 128 ? (b < 32 && b !== 9 && b !== 10 && b !== 13) || b === 127 : (b < 0xc0 && prev < 128) || b === 0xc0 || b === 0xc1 || b >= 0xf5) k++;
      prev = b;
    }
  }
  for (let j = n - (n & 3); j < n; j++) {
    const c = token.charCodeAt(j);
    if (c >= 128 || SEXTET[c]! < 0) return false;
  }
  return k * 25 > bytes;
}

/** Decodes a base64 (or base64url) token whose content is text; null for binary or invalid. */
export function decodeBase64Text(token: string): string | null {
  if (surelyBinary(token)) return null;
  const url = /[-_]/.test(token);
  if (url && /[+/]/.test(token)) return null;
  const body = token.replace(/=+$/, '');
  if (body.length % 4 === 1) return null;
  const buf = Buffer.from(body, url ? 'base64url' : 'base64');
  if (buf.length < 4) return null;
  // Round trip: only a real encoding of these bytes counts.
  if (buf.toString(url ? 'base64url' : 'base64').replace(/=+$/, '') !== body) return null;
  const text = buf.toString('utf8');
  let printable = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13 || (c >= 160 && c !== 0xfffd)) printable++;
  }
  return printable / text.length >= 0.97 ? text : null;
}

/**
 * Base64 blobs on a line that decode to text; with `within`, only those inside that span (the
 * engine's rescan of decoded text decodes nothing it has decoded before).
 */
export function findEncodedBlobs(text: string, within?: { readonly start: number; readonly end: number }): EncodedBlob[] {
  if (text.length < 8) return [];
  const out: EncodedBlob[] = [];
  for (const [start, end] of base64Runs(text, 8)) {
    if (within && (start < within.start || end > within.end)) continue;
    // Encoders pad to a multiple of 4 and mix cases; identifiers and words rarely do both.
    if ((end - start) % 4 !== 0) continue;
    const decoded = decodeBase64Text(text.slice(start, end));
    if (decoded !== null) out.push({ start, end, decoded });
  }
  return out;
}
