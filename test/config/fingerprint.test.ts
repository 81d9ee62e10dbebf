// Fingerprints in baselines, JSON and SARIF are keyed per repository: HMAC-SHA256 with the
// baseline's random salt, over file, rule and secret. A shared baseline is then no unsalted
// oracle (a dictionary of hashed passwords finds nothing, the same secret in two repositories
// looks unrelated); old baselines (unsalted SHA-256) keep working and are rewritten with a salt.
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBaselineFile } from '../../src/config/baseline.js';
import { makeRepo, type Repo } from '../helpers/git-repo.js';

/**
 * Weak on purpose: a password every cracking dictionary holds, which the scanner still reports as an
 * error (word-and-digits passwords such as 'Summer2024!' are weak-password warnings, another rule).
 */
const PASSWORD = 'Tr0ub4dor&3';
const DICTIONARY = ['password', '123456', 'Winter2023!', 'Tr0ub4dor&2', PASSWORD, 'Summer2025!', 'letmein'];

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function repo(): Repo {
  const r = makeRepo();
  repos.push(r);
  r.write('settings.py', `DB_PASSWORD = "${PASSWORD}"\n`);
  r.git('add', '-A');
  r.git('commit', '-qm', 'settings');
  return r;
}

function baselineOf(r: Repo, name = '.secret-scan-baseline.json'): { text: string; salt?: string; entries: { fingerprint: string; reason?: string; line: number }[] } {
  const text = readFileSync(join(r.dir, name), 'utf8');
  return { text, ...parseBaselineFile(text, name) };
}

const sha16 = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);

describe('salted fingerprints', () => {
  it('a committed baseline is no unsalted oracle: hashing a dictionary finds nothing', () => {
    const r = repo();
    expect(r.scan('baseline').code).toBe(0);
    const b = baselineOf(r);
    expect(b.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(b.entries).toHaveLength(1);
    const hash = b.entries[0]!.fingerprint.split(':').pop()!;
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    // The attack of issue 10: hash each guess, look for it in the file.
    for (const guess of DICTIONARY) {
      expect(b.text).not.toContain(sha16(guess));
      expect(b.text).not.toContain(createHash('sha256').update(guess).digest('hex').slice(0, 12));
    }
    // The committed baseline passes our own hook: its salt line carries an allow comment.
    r.git('add', '-A');
    expect(r.scan('--staged').code).toBe(0);
  });

  it('the same secret at the same path in two repositories gets unrelated fingerprints', () => {
    const a = repo();
    const b = repo();
    a.scan('baseline');
    b.scan('baseline');
    expect(baselineOf(a).salt).not.toBe(baselineOf(b).salt);
    expect(baselineOf(a).entries[0]!.fingerprint).not.toBe(baselineOf(b).entries[0]!.fingerprint);
  });

  it('is HMAC-SHA256 keyed by the salt (the limit: with the public salt, a targeted guess still works)', () => {
    const r = repo();
    r.scan('baseline');
    const { salt, entries } = baselineOf(r);
    const guess = (g: string): string =>
      createHmac('sha256', `secret-scan fingerprint v2\u0000${salt}`).update(`settings.py\u0000hardcoded-password\u0000${g}`).digest('hex').slice(0, 16);
    expect(DICTIONARY.filter((g) => entries[0]!.fingerprint === `settings.py:hardcoded-password:${guess(g)}`)).toEqual([PASSWORD]);
  });

  it('JSON and SARIF show the fingerprints of the baseline in effect, so they can be compared with its entries', () => {
    const r = repo();
    r.scan('baseline');
    r.write('settings.py', `DB_PASSWORD = "${PASSWORD}"\nAPI_PASSWORD = "Autumn2024!"\n`);
    const json = JSON.parse(r.scan('--baseline', '.secret-scan-baseline.json', '--format', 'json').stdout) as { findings: { line: number; fingerprint: string }[] };
    expect(json.findings.map((f) => f.line)).toEqual([2]);
    r.write('.secret-scan.json', JSON.stringify({ baseline: '.secret-scan-baseline.json' }));
    const sarif = JSON.parse(r.scan('--format', 'sarif').stdout) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
    expect(sarif.runs[0]!.results.map((x) => x.partialFingerprints['secretScanFingerprint/v2'])).toEqual([json.findings[0]!.fingerprint]);
    // Recording it gives the entry the same fingerprint the reports showed.
    r.scan('baseline');
    expect(baselineOf(r).entries.map((e) => e.fingerprint)).toContain(json.findings[0]!.fingerprint);
  });
});

describe('baselines written before salts (version 1)', () => {
  function oldBaseline(r: Repo): void {
    // As the previous release wrote it: unsalted SHA-256 of the secret, 16 hex digits.
    r.write(
      '.secret-scan-baseline.json',
      `{\n  "version": 1,\n  "entries": [\n    {"fingerprint":"settings.py:hardcoded-password:${sha16(PASSWORD)}","rule":"hardcoded-password","file":"settings.py","line":1,"reason":"test database"}\n  ]\n}\n`,
    );
  }

  it('still suppress what they record', () => {
    const r = repo();
    oldBaseline(r);
    expect(r.scan().code).toBe(1);
    expect(r.scan('--baseline', '.secret-scan-baseline.json').code).toBe(0);
    r.write('.secret-scan.json', JSON.stringify({ baseline: '.secret-scan-baseline.json' }));
    expect(r.scan().code).toBe(0);
    expect(r.scan('--history').code).toBe(0);
  });

  it('are rewritten with a salt by `baseline`, keeping reasons, and keep suppressing', () => {
    const r = repo();
    oldBaseline(r);
    expect(r.scan('baseline').code).toBe(0);
    const b = baselineOf(r);
    expect(b.text).toContain('"version": 2');
    expect(b.text).not.toContain(sha16(PASSWORD));
    expect(b.entries).toEqual([{ fingerprint: expect.stringMatching(/^settings\.py:hardcoded-password:[0-9a-f]{16}$/), rule: 'hardcoded-password', file: 'settings.py', line: 1, reason: 'test database' }]);
    expect(r.scan('--baseline', '.secret-scan-baseline.json').code).toBe(0);
    // Regenerating again changes no byte: the salt stays.
    expect(r.scan('baseline').stderr).toContain('unchanged');
    expect(baselineOf(r).text).toBe(b.text);
  });

  it('are rewritten with a salt by `baseline --prune --write`', () => {
    const r = repo();
    oldBaseline(r);
    expect(r.scan('baseline', '--prune', '--write').code).toBe(0);
    const b = baselineOf(r);
    expect(b.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(b.text).not.toContain(sha16(PASSWORD));
    expect(b.entries.map((e) => e.reason)).toEqual(['test database']);
    expect(r.scan('--baseline', '.secret-scan-baseline.json').code).toBe(0);
  });
});
