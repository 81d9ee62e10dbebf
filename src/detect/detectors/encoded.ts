// Encoded secrets: base64 blobs (Kubernetes Secret `data:` values, `Authorization: Basic …`,
// base64 inside JSON) are decoded and scanned again; findings keep the blob's location.

import { base64Runs } from '../randomness/token-runs.js';

export interface EncodedBlob {
  readonly start: number;
  readonly end: number;
  readonly decoded: string;
}

/** Decodes a base64 (or base64url) token whose content is text; null for binary or invalid. */
export function decodeBase64Text(token: string): string | null {
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
