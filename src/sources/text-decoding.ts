// Which bytes are text, and how to read them: UTF-8 (invalid bytes become U+FFFD), or UTF-16 /
// UTF-32 when a byte order mark says so (what Windows PowerShell redirection writes). git calls
// such files binary (they are full of NUL bytes); every source decodes them here instead.

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be';

/** The encoding a byte order mark announces, and the mark's length; utf8 without a mark. */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncoding; bom: number } {
  const [a, b, c, d] = [head[0], head[1], head[2], head[3]];
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf32le', bom: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf32be', bom: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf16le', bom: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf16be', bom: 2 };
  return { encoding: 'utf8', bom: 0 };
}

/** git's rule (and ours for UTF-8): a NUL byte in the first 8000 bytes makes a file binary. */
export function hasNul(buf: Uint8Array, limit = 8000): boolean {
  // TypedArray#indexOf searches in native code (a loop here cost a tree scan every file's first 8000 bytes in JavaScript).
  return (buf.length > limit ? buf.subarray(0, limit) : buf).indexOf(0) !== -1;
}

export interface StreamDecoder {
  /** Decodes the next bytes; a character cut at the end is kept for the next call. */
  write(bytes: Uint8Array): string;
  end(): string;
}

function utf32Decoder(littleEndian: boolean): StreamDecoder {
  let rest = new Uint8Array(0);
  const decode = (bytes: Uint8Array, final: boolean): string => {
    const buf = rest.length > 0 ? Buffer.concat([rest, bytes]) : bytes;
    const whole = buf.length - (buf.length % 4);
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const parts: string[] = [];
    let codes: number[] = [];
    for (let i = 0; i < whole; i += 4) {
      const cp = view.getUint32(i, littleEndian);
      codes.push(cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? cp : 0xfffd);
      if (codes.length === 8192) {
        parts.push(String.fromCodePoint(...codes));
        codes = [];
      }
    }
    if (codes.length > 0) parts.push(String.fromCodePoint(...codes));
    rest = final ? new Uint8Array(0) : Uint8Array.from(buf.subarray(whole));
    if (final && buf.length > whole) parts.push('\ufffd');
    return parts.join('');
  };
  return { write: (b) => decode(b, false), end: () => decode(new Uint8Array(0), true) };
}

/** A streaming decoder for the encoding (its byte order mark already removed by the caller). */
export function createDecoder(encoding: TextEncoding): StreamDecoder {
  if (encoding === 'utf32le' || encoding === 'utf32be') return utf32Decoder(encoding === 'utf32le');
  const label = encoding === 'utf8' ? 'utf-8' : encoding === 'utf16le' ? 'utf-16le' : 'utf-16be';
  // ignoreBOM: a mark is removed by the caller only at the very start; any later U+FEFF is content.
  const d = new TextDecoder(label, { ignoreBOM: true });
  return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
}

/**
 * The text of a whole file or blob, or null when it is binary: a NUL byte in the first 8000
 * bytes of UTF-8, or a NUL character in the first 8000 characters of decoded UTF-16/32.
 */
export function decodeText(buf: Uint8Array): string | null {
  const { encoding, bom } = sniffEncoding(buf);
  if (encoding === 'utf8') return hasNul(buf) ? null : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8');
  const d = createDecoder(encoding);
  const text = d.write(buf.subarray(bom)) + d.end();
  return text.slice(0, 8000).includes('\u0000') ? null : text;
}
