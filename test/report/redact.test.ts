// Redaction boundaries, pinned: what is shown of a secret of each length around the thresholds
// (6 and 12 characters), so that showing one character more (11 of a 12-character secret) fails.
// Unit table for the function, and the same values through the built CLI's text and JSON reports.
import { afterEach, describe, expect, it } from 'vitest';
import { redact } from '../../src/report/redact.js';
import { makeRepo, type Repo } from '../helpers/git-repo.js';

const ALPHABET = 'ZABCDEFGHIJKLMNOPQRSTUVWXY';
const secretOf = (n: number): string => ALPHABET.slice(0, n);

// [length, shown]: checked by hand against the rule "up to 6: first character; up to 12: first
// two; longer: first four and last three".
const SHOWN: [number, string][] = [
  [1, 'Z…'],
  [5, 'Z…'],
  [6, 'Z…'],
  [7, 'ZA…'],
  [8, 'ZA…'],
  [9, 'ZA…'],
  [10, 'ZA…'],
  [11, 'ZA…'],
  [12, 'ZA…'],
  [13, 'ZABC…JKL'],
  [14, 'ZABC…KLM'],
  [20, 'ZABC…QRS'],
];

describe('redact', () => {
  it.each(SHOWN)('a %i-character secret shows as %s', (n, shown) => {
    expect(redact(secretOf(n))).toBe(shown);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(redact('🔑🔑🔑🔑🔑🔑🔑')).toBe('🔑🔑…');
  });
});

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

describe('redaction in the reports of the built CLI', () => {
  it('shows the pinned prefix for secrets of 6 to 14 characters', () => {
    const r = makeRepo();
    repos.push(r);
    // A custom rule whose whole match is the secret: Z followed by capitals.
    r.write('.secret-scan.json', JSON.stringify({ rules: [{ id: 'demo-token', pattern: '\\bZ[A-Y]{0,19}\\b' }] }));
    const lengths = [6, 7, 8, 9, 10, 11, 12, 13, 14];
    r.write('tokens.txt', lengths.map((n) => `token ${secretOf(n)}\n`).join(''));
    const text = r.scan('tokens.txt');
    expect(text.code).toBe(1);
    for (const [i, n] of lengths.entries()) {
      const shown = SHOWN.find(([len]) => len === n)![1];
      expect(text.stdout).toContain(`tokens.txt:${i + 1}:7  error  demo-token  Custom rule demo-token: ${shown}\n`);
    }
    const json = JSON.parse(r.scan('tokens.txt', '--format', 'json').stdout) as { findings: { secret: string }[] };
    expect(json.findings.map((f) => f.secret)).toEqual(lengths.map((n) => SHOWN.find(([len]) => len === n)![1]));
  });
});
