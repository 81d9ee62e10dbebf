// hasLiveMarker scans a line once with one pattern of every marker: the same answer as a scan for
// the anywhere markers, one for `user` at the end of a name and one for the word markers.
import { describe, expect, it } from 'vitest';
import { hasLiveMarker, SECRET_NAME_MARKERS } from '../../src/detect/filters/names.js';
import { prng } from '../../src/detect/synthetic.js';

const WORD = ['pat', 'sign', 'key', 'auth', 'pass', 'cred'];

describe('hasLiveMarker in one scan', () => {
  it('no marker is a prefix of another, so no two can match at one position', () => {
    for (const a of SECRET_NAME_MARKERS) for (const b of SECRET_NAME_MARKERS) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
  });

  it('`user` and `userinfo` count where no letter, digit or `_` follows them, in any case', () => {
    for (const line of ['user', 'USER = 1', 'proxy_user:', 'userinfo', 'USERINFO.x', 'x-user', 'user\u00e9']) expect(hasLiveMarker(line), line).toBe(true);
    for (const line of ['users', 'user_', 'user9', 'userinfos', 'userinfo_', 'UserName', 'u ser']) expect(hasLiveMarker(line), line).toBe(false);
  });

  it('an anywhere marker counts inside any word, in any ASCII case, and only in ASCII', () => {
    for (const line of ['xsecretx', 'TOKENS', 'basalt', 'Pwd', 'BEARER', 'peppermint', 'ajwt', 'HMAC', 'cookies', 'BUNDLE_X', 'a-----b']) expect(hasLiveMarker(line), line).toBe(true);
    // Non-ASCII letters whose upper or lower case is ASCII (long s, Kelvin sign) are not folded; `\r` is no `-`.
    for (const line of ['\u017fecret', 'coo\u212aie', '--\r--', 'bundle-', 'jw t']) expect(hasLiveMarker(line), line).toBe(false);
  });

  it('a word marker the name rules do not read does not hide a live one later on the line, nor an anywhere marker at the next position', () => {
    expect(hasLiveMarker('assign(x); api_key = 1')).toBe(true);
    expect(hasLiveMarker('compat patch design apikeys')).toBe(false);
    expect(hasLiveMarker('passed passwd')).toBe(true);
    expect(hasLiveMarker('patsecret')).toBe(true);
    expect(hasLiveMarker('keyuser')).toBe(true); // `key` inside a word, then `user` at the end
  });

  it('is true wherever an anywhere marker or `user` at a name end occurs, and false with no marker at all (100,000 generated lines)', () => {
    const anywhere = new RegExp(SECRET_NAME_MARKERS.filter((m) => !WORD.includes(m) && m !== 'user').map((m) => m.replace(/-/g, '\\-')).join('|'), 'i');
    const userAtEnd = /user(?:info)?(?![A-Za-z0-9_])/i;
    const next = prng(29);
    const pieces = [...SECRET_NAME_MARKERS, 'info', 'api', 'er', 'ing', 's', 'w', 'phrase', 'ential', 'or', 'ed', 'x', 'X', '_', '-', ' ', '.', '9', '\u017f', '\u212a'];
    let sure = 0;
    for (let i = 0; i < 100_000; i++) {
      let line = '';
      const n = 1 + Math.floor(next() * 5);
      for (let j = 0; j < n; j++) line += [...pieces[Math.floor(next() * pieces.length)]!].map((c) => (next() < 0.3 ? c.toUpperCase() : c)).join('');
      const lower = line.replace(/[A-Z]/g, (c) => c.toLowerCase());
      if (anywhere.test(line) || userAtEnd.test(line)) {
        sure++;
        expect(hasLiveMarker(line), line).toBe(true);
      } else if (!SECRET_NAME_MARKERS.some((m) => lower.includes(m))) expect(hasLiveMarker(line), line).toBe(false);
    }
    expect(sure).toBeGreaterThan(25_000);
  });
});
