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
