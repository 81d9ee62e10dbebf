// Offline checksum validators for token formats that carry their own checksum, so a
// provider rule can drop a look-alike string without asking the provider.

let crcTable: Uint32Array | undefined;

function table(): Uint32Array {
  if (crcTable) return crcTable;
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  crcTable = t;
  return t;
}

const utf8 = new TextEncoder();

/** CRC-32 (IEEE 802.3, the zlib/PNG one) of the UTF-8 bytes of `str`, as an unsigned 32-bit number. */
export function crc32(str: string): number {
  const t = table();
  let c = 0xffffffff;
  // Tokens are ASCII; only fall back to encoding when they are not.
  let ascii = true;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code > 0x7f) {
      ascii = false;
      break;
    }
    c = t[(c ^ code) & 0xff] ^ (c >>> 8);
  }
  if (!ascii) {
    c = 0xffffffff;
    for (const b of utf8.encode(str)) c = t[(c ^ b) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function encode(n: number, width: number, digits: string): string {
  const radix = digits.length;
  let v = Math.floor(n);
  let out = '';
  while (v > 0) {
    out = digits[v % radix] + out;
    v = Math.floor(v / radix);
  }
  return out.padStart(width, '0');
}

/** `n` in base 62 (digits 0-9, A-Z, a-z, as GitHub and npm use), left-padded with '0' to `width`. */
export function base62(n: number, width: number): string {
  return encode(n, width, BASE62);
}

/** `n` in lower-case base 36, left-padded with '0' to `width` (GitLab's routable tokens). */
export function base36(n: number, width: number): string {
  return encode(n, width, '0123456789abcdefghijklmnopqrstuvwxyz');
}

/**
 * True when `body` is `randomLen` characters followed by the 6-character base62 CRC-32 of
 * those characters: the scheme of GitHub's ghp_/gho_/ghu_/ghs_/ghr_ tokens and npm's npm_
 * tokens (the prefix is not part of the checksummed text).
 */
export function hasBase62Crc32Suffix(body: string, randomLen: number): boolean {
  if (body.length !== randomLen + 6) return false;
  return base62(crc32(body.slice(0, randomLen)), 6) === body.slice(randomLen);
}

/** `random` followed by its base62 CRC-32: builds checksum-valid synthetic samples. */
export function withBase62Crc32(random: string): string {
  return random + base62(crc32(random), 6);
}

/**
 * GitLab routable tokens end in 7 base-36 characters: the CRC-32 of everything before them
 * (prefix, payload, '.', optional version and '.', 2-character payload length).
 */
export function hasBase36Crc32Suffix(token: string): boolean {
  if (token.length < 8) return false;
  const head = token.slice(0, -7);
  return base36(crc32(head), 7) === token.slice(-7).toLowerCase();
}

/** `head` followed by its base-36 CRC-32 (synthetic GitLab routable tokens). */
export function withBase36Crc32(head: string): string {
  return head + base36(crc32(head), 7);
}
