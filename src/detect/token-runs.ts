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

/** lineShape flags. */
export const SHAPE_RANDOM_RUN = 1;
export const SHAPE_BASE64_RUN = 2;
export const SHAPE_COLON_FIELDS = 4;

// One table lookup per character: token and base64 membership, and the character's class.
const F_TOKEN = 1;
const F_B64 = 2;
const F_UPPER = 4;
const F_LOWER = 8;
const F_DIGIT = 16;
const SHAPE_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  SHAPE_CHAR[c] = (TOKEN_CHAR[c]! ? F_TOKEN : 0) | (B64_CHAR[c]! ? F_B64 : 0) | (c >= 65 && c <= 90 ? F_UPPER : 0) | (c >= 97 && c <= 122 ? F_LOWER : 0) | (c >= 48 && c <= 57 ? F_DIGIT : 0);
}

/**
 * What a line without any keyword could still hold, in one pass: a run of 32+ token characters
 * mixing upper case, lower case and digits (the only kind high-entropy reports without context);
 * a base64 run that findEncodedBlobs would try to decode (8+ characters with its `=` padding, a
 * multiple of 4, both cases, not followed by another base64 character: base64Runs' rule); four
 * or more colons and no space (a ~/.pgpass line).
 */
export function lineShape(text: string): number {
  const n = text.length;
  if (n < 8) return 0;
  let shape = 0;
  let run = 0;
  let runClasses = 0;
  let b64 = 0; // length of the current base64 run, then of run + padding
  let b64Classes = 0;
  let padding = false;
  let colons = 0;
  let space = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const f = c < 128 ? SHAPE_CHAR[c]! : 0;
    if ((f & F_TOKEN) !== 0) {
      run++;
      runClasses |= f;
      if (run >= 32 && (runClasses & (F_UPPER | F_LOWER | F_DIGIT)) === (F_UPPER | F_LOWER | F_DIGIT)) shape |= SHAPE_RANDOM_RUN;
    } else {
      run = 0;
      runClasses = 0;
    }
    if ((f & F_B64) !== 0 && !padding) {
      b64++;
      b64Classes |= f;
      continue;
    }
    if (c === 61 /* = */ && b64 > 0) {
      padding = true;
      b64++;
      continue;
    }
    if (b64 > 0) {
      // The run ends here; after padding, a base64 character means `abc==def`: not a blob.
      if (!((f & F_B64) !== 0 && padding) && b64 >= 8 && b64 % 4 === 0 && (b64Classes & (F_UPPER | F_LOWER)) === (F_UPPER | F_LOWER)) shape |= SHAPE_BASE64_RUN;
      const restart = (f & F_B64) !== 0;
      b64 = restart ? 1 : 0;
      b64Classes = restart ? f : 0;
      padding = false;
      if (restart) continue;
    }
    if (c === 58) colons++;
    else if (c === 32 && i < n) space = true;
  }
  if (colons >= 4 && !space) shape |= SHAPE_COLON_FIELDS;
  return shape;
}
