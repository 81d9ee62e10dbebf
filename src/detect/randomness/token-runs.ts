// Character-class scans that gate the costlier detectors: one pass over a line in plain code is
// several times cheaper than a regular expression that retries its class at every position.

/** Token characters of keys in any common alphabet: A-Z a-z 0-9 + / _ - . ~ */
const TOKEN_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-.~') TOKEN_CHAR[c.charCodeAt(0)] = 1;

/** True when the line has a run of at least `min` token characters. */
export function hasTokenRun(text: string, min: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && TOKEN_CHAR[c] === 1) {
      if (++run >= min) return true;
    } else run = 0;
  }
  return false;
}

const B64_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') B64_CHAR[c.charCodeAt(0)] = 1;

/**
 * Maximal runs of base64/base64url characters (plus trailing `=` padding) of at least `min`
 * characters that mix upper and lower case, as [start, end) pairs.
 */
export function base64Runs(text: string, min: number): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!(c < 128 && B64_CHAR[c] === 1)) {
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    let lower = false;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (!(d < 128 && B64_CHAR[d] === 1)) break;
      if (d >= 65 && d <= 90) upper = true;
      else if (d >= 97 && d <= 122) lower = true;
      i++;
    }
    while (i < text.length && text.charCodeAt(i) === 61 /* = padding */) i++;
    // Padding in the middle of a run (`abc==def`) is not base64.
    const next = i < text.length ? text.charCodeAt(i) : 0;
    if (i - start >= min && upper && lower && !(next < 128 && B64_CHAR[next] === 1)) out.push([start, i]);
  }
  return out;
}

/**
 * A line's shape: what a line without any keyword could still hold. Measured by the keyword
 * pass (prefilter.ts), which looks at every character anyway; shapeOf() there measures it alone.
 * - SHAPE_RANDOM_RUN: a run of 32+ token characters mixing upper case, lower case and digits
 *   (the only kind high-entropy reports without context);
 * - SHAPE_BASE64_RUN: a run findEncodedBlobs would try to decode (8+ base64 characters with
 *   their `=` padding, a multiple of 4, both cases, not followed by another base64 character,
 *   as base64Runs cuts them);
 * - SHAPE_COLON_FIELDS: four or more colons and no space (a ~/.pgpass line).
 */
export const SHAPE_RANDOM_RUN = 1;
export const SHAPE_BASE64_RUN = 2;
export const SHAPE_COLON_FIELDS = 4;

// One table lookup per character: token and base64 membership, and the character's class.
export const F_TOKEN = 1;
export const F_B64 = 2;
export const F_UPPER = 4;
export const F_LOWER = 8;
export const F_DIGIT = 16;
export const SHAPE_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  SHAPE_CHAR[c] = (TOKEN_CHAR[c]! ? F_TOKEN : 0) | (B64_CHAR[c]! ? F_B64 : 0) | (c >= 65 && c <= 90 ? F_UPPER : 0) | (c >= 97 && c <= 122 ? F_LOWER : 0) | (c >= 48 && c <= 57 ? F_DIGIT : 0);
}
