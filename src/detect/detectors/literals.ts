// Finds quoted string literals on a line and decodes them the way the language would, so
// that `b'\x8f\x1a…'` (what os.urandom prints) is judged by its bytes, not its escapes.

export interface Literal {
  /** Index of the opening quote (or of the prefix, e.g. the b of b'…'). */
  readonly start: number;
  /** Index just past the closing quote. */
  readonly end: number;
  /** Index of the first and just past the last character of the raw body. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** Raw text between the quotes. */
  readonly raw: string;
  /** Decoded value (escapes resolved). */
  readonly value: string;
  /** Python bytes literal (b'…'). */
  readonly bytes: boolean;
  /** Decoded value contains bytes that are not printable text (binary key material). */
  readonly binary: boolean;
  /** f-string / template literal with interpolation: not a constant. */
  readonly interpolated: boolean;
}

const PREFIX = /[bBrRuUfF]/;

/** All quoted literals on the line, left to right. Unterminated quotes end the scan. */
export function findLiterals(text: string): Literal[] {
  const out: Literal[] = [];
  let i = 0;
  while (i < text.length) {
    const q = text[i];
    if (q !== '"' && q !== "'" && q !== '`') {
      i++;
      continue;
    }
    // An apostrophe inside a word (don't, it's) is prose, not a quote.
    if (q === "'" && i > 0 && /[A-Za-z]/.test(text[i - 1]!) && !PREFIX.test(text[i - 1]!)) {
      i++;
      continue;
    }
    let prefix = '';
    let p = i - 1;
    while (p >= 0 && PREFIX.test(text[p]!) && prefix.length < 2) {
      prefix = text[p] + prefix;
      p--;
    }
    if (p >= 0 && /[A-Za-z0-9_]/.test(text[p]!)) prefix = ''; // part of an identifier, not a prefix
    const lower = prefix.toLowerCase();
    const rawString = lower.includes('r');
    let j = i + 1;
    while (j < text.length && text[j] !== q) {
      if (text[j] === '\\' && !rawString) j++;
      j++;
    }
    if (j >= text.length) break;
    const raw = text.slice(i + 1, j);
    const isBytes = lower.includes('b');
    const value = rawString ? raw : decodeEscapes(raw);
    out.push({
      start: i - prefix.length,
      end: j + 1,
      bodyStart: i + 1,
      bodyEnd: j,
      raw,
      value,
      bytes: isBytes,
      binary: hasBinary(value),
      interpolated: (lower.includes('f') && /\{[^}]*\}/.test(raw)) || (q === '`' && raw.includes('${')),
    });
    i = j + 1;
  }
  return out;
}

/** C-family escapes: \xHH, \uHHHH, \u{…}, \ooo, \n and friends. Unknown escapes keep the char. */
export function decodeEscapes(raw: string): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch !== '\\' || i === raw.length - 1) {
      out += ch;
      continue;
    }
    const n = raw[++i]!;
    switch (n) {
      case 'x': {
        const h = raw.slice(i + 1, i + 3);
        if (/^[0-9a-fA-F]{2}$/.test(h)) {
          out += String.fromCharCode(parseInt(h, 16));
          i += 2;
        } else out += '\\x';
        break;
      }
      case 'u': {
        const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(raw.slice(i + 1));
        const h = raw.slice(i + 1, i + 5);
        if (braced) {
          out += String.fromCodePoint(parseInt(braced[1]!, 16));
          i += braced[0].length;
        } else if (/^[0-9a-fA-F]{4}$/.test(h)) {
          out += String.fromCharCode(parseInt(h, 16));
          i += 4;
        } else out += '\\u';
        break;
      }
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        const o = /^[0-7]{1,3}/.exec(raw.slice(i))![0];
        out += String.fromCharCode(parseInt(o, 8) & 0xff);
        i += o.length - 1;
        break;
      }
      default:
        out += n;
    }
  }
  return out;
}

function hasBinary(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 127 && c < 160)) return true;
  }
  return false;
}

/** Byte length of a decoded literal: bytes literals count one per char, text counts UTF-8 bytes. */
export function byteLength(lit: Pick<Literal, 'value' | 'bytes'>): number {
  return lit.bytes ? lit.value.length : Buffer.byteLength(lit.value, 'utf8');
}
