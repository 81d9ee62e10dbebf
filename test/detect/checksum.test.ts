// The checksum helpers agree with independently known values, and a token whose checksum
// was altered by one character is rejected.
import { describe, expect, it } from 'vitest';
import {
  base36,
  base62,
  crc32,
  hasBase36Crc32Suffix,
  hasBase62Crc32Suffix,
  withBase36Crc32,
  withBase62Crc32,
} from '../../src/detect/rules/checksum.js';
import { synth } from '../../src/detect/synthetic.js';

describe('crc32', () => {
  it.each([
    ['', 0x00000000],
    ['hello', 0x3610a686],
    ['123456789', 0xcbf43926], // the standard CRC-32/ISO-HDLC check value
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('crc32(%j) = %i', (input, expected) => {
    expect(crc32(input)).toBe(expected);
  });

  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    // 'é' is C3 A9 in UTF-8; value from zlib.crc32(Buffer.from('é'))
    expect(crc32('\u00e9')).toBe(0x0e048d3e);
  });
});

describe('base62 and base36', () => {
  it('encodes with 0-9A-Za-z and pads on the left', () => {
    expect(base62(0, 6)).toBe('000000');
    expect(base62(61, 2)).toBe('0z');
    expect(base62(62, 2)).toBe('10');
    expect(base62(0xffffffff, 6)).toBe('4gfFC3');
  });
  it('encodes lower-case base 36 like Number#toString(36)', () => {
    expect(base36(0x3610a686, 7)).toBe(0x3610a686.toString(36).padStart(7, '0'));
    expect(base36(35, 2)).toBe('0z');
  });
});

describe('hasBase62Crc32Suffix', () => {
  const random = synth('base62', 30, 'checksum-test');
  const body = withBase62Crc32(random);

  it('accepts 30 random characters followed by their checksum', () => {
    expect(body).toHaveLength(36);
    expect(hasBase62Crc32Suffix(body, 30)).toBe(true);
  });
  it('rejects a body whose last character was changed', () => {
    const last = body[35] === 'A' ? 'B' : 'A';
    expect(hasBase62Crc32Suffix(body.slice(0, 35) + last, 30)).toBe(false);
  });
  it('rejects a body whose random part was changed', () => {
    const first = body[0] === 'A' ? 'B' : 'A';
    expect(hasBase62Crc32Suffix(first + body.slice(1), 30)).toBe(false);
  });
  it('rejects the wrong length', () => {
    expect(hasBase62Crc32Suffix(body + 'x', 30)).toBe(false);
    expect(hasBase62Crc32Suffix(body.slice(1), 30)).toBe(false);
  });
  it('agrees with a hand-computed vector', () => {
    // crc32('hello') = 0x3610a686, converted to base 62 by long division here
    let n = 0x3610a686;
    let s = '';
    const d = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    while (n > 0) {
      s = d[n % 62] + s;
      n = Math.floor(n / 62);
    }
    expect(hasBase62Crc32Suffix('hello' + s.padStart(6, '0'), 5)).toBe(true);
  });
});

describe('hasBase36Crc32Suffix (GitLab routable tokens)', () => {
  it('accepts a token whose last 7 characters are the base-36 CRC-32 of the rest', () => {
    const head = `glpat-${synth('base64url', 31, 'gl')}.01.0v`;
    const token = withBase36Crc32(head);
    expect(token.slice(-7)).toBe(crc32(head).toString(36).padStart(7, '0'));
    expect(hasBase36Crc32Suffix(token)).toBe(true);
  });
  it('rejects an altered checksum', () => {
    const token = withBase36Crc32(`glpat-${synth('base64url', 31, 'gl2')}.0v`);
    const last = token.endsWith('a') ? 'b' : 'a';
    expect(hasBase36Crc32Suffix(token.slice(0, -1) + last)).toBe(false);
  });
});
