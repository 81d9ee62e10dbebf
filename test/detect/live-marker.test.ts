// hasLiveMarker scans a line once with one pattern of every marker: the same answer as a scan for
// the anywhere markers, one for `user` at the end of a name and one for the word markers.
import { describe, expect, it } from 'vitest';
import { hasLiveMarker, isLiveMarkerAt, SECRET_NAME_MARKERS } from '../../src/detect/filters/names.js';
import { buildKeywordIndex, MARKER_OCCURRENCES } from '../../src/detect/gate/prefilter.js';
import { providerRules } from '../../src/detect/rules/index.js';
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

describe('the keyword pass notes where marker words are (someMarker), for the same answer without a second scan', () => {
  const liveIn = (line: string) => (at: number, marker: string) => isLiveMarkerAt(line, at, marker);

  it('answers as hasLiveMarker on 100,000 generated lines, from both passes of the automaton', () => {
    const kw = buildKeywordIndex(providerRules, SECRET_NAME_MARKERS, { automatonAfter: 0 });
    const next = prng(31);
    // Marker words, what isMarkerWord reads around them, provider keywords, and case and word changes.
    const pieces = [...SECRET_NAME_MARKERS, 'info', 'api', 'er', 'ing', 's', 'w', 'phrase', 'ential', 'or', 'ed', 'ghp_', 'sk-', 'xoxb', 'x', 'X', 'A', '_', '-', ' ', '.', '9', '=', '"', '\u017f', '\u212a'];
    let compared = 0;
    let live = 0;
    for (let i = 0; i < 100_000; i++) {
      let line = '';
      const n = 1 + Math.floor(next() * 6);
      for (let j = 0; j < n; j++) line += [...pieces[Math.floor(next() * pieces.length)]!].map((c) => (next() < 0.3 ? c.toUpperCase() : c)).join('');
      const want = hasLiveMarker(line);
      for (const pass of [() => kw.keywordCandidates(line), () => kw.candidates(line)]) {
        pass();
        if (!kw.markerHit) continue;
        expect(kw.someMarker(line, liveIn(line)), line).toBe(want);
        compared++;
        if (want) live++;
      }
    }
    expect(compared).toBeGreaterThan(100_000);
    expect(live).toBeGreaterThan(30_000);
    expect(compared - live).toBeGreaterThan(10_000);
  });

  it('tells where each marker word starts and which it is', () => {
    const kw = buildKeywordIndex(providerRules, SECRET_NAME_MARKERS, { automatonAfter: 0 });
    const line = 'x.apiKey, Users, CREDENTIALS, token';
    kw.keywordCandidates(line);
    const seen: string[] = [];
    expect(kw.someMarker(line, (at, marker) => (seen.push(`${at}:${marker}`), false))).toBe(false);
    expect(seen).toEqual(['5:key', '10:user', '17:cred', '30:token']);
  });

  it(`notes up to ${MARKER_OCCURRENCES} marker words on a line; with more, the caller scans it`, () => {
    const kw = buildKeywordIndex(providerRules, SECRET_NAME_MARKERS, { automatonAfter: 0 });
    // `pat` inside `compat` is no name's word: the answer is false either way.
    for (const [count, answer] of [[MARKER_OCCURRENCES - 1, false], [MARKER_OCCURRENCES, false], [MARKER_OCCURRENCES + 1, undefined]] as const) {
      const line = 'compat '.repeat(count);
      kw.keywordCandidates(line);
      expect(kw.markerHit).toBe(true);
      expect(kw.someMarker(line, liveIn(line)), `${count}`).toBe(answer);
      expect(hasLiveMarker(line)).toBe(false);
    }
    const last = `${'compat '.repeat(MARKER_OCCURRENCES - 1)}api_key`;
    kw.keywordCandidates(last);
    expect(kw.someMarker(last, liveIn(last))).toBe(true);
  });

  it('notes nothing on the pair table\'s pass (a few staged lines) nor for another text', () => {
    const kw = buildKeywordIndex(providerRules, SECRET_NAME_MARKERS);
    kw.candidates('api_key = 1');
    expect(kw.markerHit).toBe(true);
    expect(kw.someMarker('api_key = 1', liveIn('api_key = 1'))).toBeUndefined();
    const automaton = buildKeywordIndex(providerRules, SECRET_NAME_MARKERS, { automatonAfter: 0 });
    automaton.candidates('api_key = 1');
    expect(automaton.someMarker('api_key = 1', liveIn('api_key = 1'))).toBe(true);
    expect(automaton.someMarker('user_key = 1', liveIn('user_key = 1'))).toBeUndefined();
  });
});
