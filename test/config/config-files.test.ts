// The config and baseline files a repository names are untrusted: they must be regular files
// inside the repository (not symlinks when found there), at most 1 MB (config) / 16 MB
// (baseline), and an error about them never prints their content. A file named on the command
// line may be anywhere, but still must be a regular file. Real repositories, the built CLI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BASELINE_BYTES, MAX_CONFIG_BYTES } from '../../src/config/small-file.js';
import { synth } from '../../src/detect/synthetic.js';
import { makeRepo, makeTempDir, type Repo, type RunResult } from '../helpers/git-repo.js';

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'config-files');
/** Content of a private file elsewhere on the machine, which no error may print. */
const PRIVATE = 'PRIVATE-NOTES machine-local content 7f3a';

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function repo(): Repo {
  const r = makeRepo();
  repos.push(r);
  r.write('app.py', `AWS = "${KEY}"\n`);
  return r;
}

function privateFile(content = PRIVATE): string {
  const path = join(makeTempDir(), 'notes.txt');
  writeFileSync(path, content);
  return path;
}

function expectUsageError(res: RunResult, message: RegExp): void {
  expect(res.code, res.stdout + res.stderr).toBe(2);
  expect(res.stdout).toBe('');
  expect(res.stderr.trim().split('\n')).toHaveLength(1);
  expect(res.stderr).toMatch(message);
  expect(res.stderr).not.toContain('PRIVATE');
}

describe('the config found in the repository', () => {
  it('is refused when it is a committed symlink to a file outside, and its content is not printed', () => {
    const r = repo();
    symlinkSync(privateFile(), join(r.dir, '.secret-scan.json'));
    r.git('add', '-A');
    r.git('commit', '-qm', 'symlinked config');
    expectUsageError(r.scan(), /config .*\.secret-scan\.json is a symbolic link/);
    expectUsageError(r.scan('--staged'), /is a symbolic link/);
    expectUsageError(r.scan('--history'), /is a symbolic link/);
  });

  it('is refused when it is a symlink even to a config inside the repository; named with --config it is used', () => {
    const r = repo();
    r.write('configs/real.json', JSON.stringify({ allowPaths: ['app.py'] }));
    symlinkSync('configs/real.json', join(r.dir, '.secret-scan.json'));
    expectUsageError(r.scan(), /is a symbolic link/);
    const named = r.scan('--config', '.secret-scan.json');
    expect(named.code, named.stderr).toBe(0);
  });

  it('is refused when it is a directory or a FIFO, without waiting for a writer', () => {
    const r = repo();
    mkdirSync(join(r.dir, '.secret-scan.json'));
    expectUsageError(r.scan(), /config .*\.secret-scan\.json is not a regular file/);
    const f = repo();
    expect(spawnSync('mkfifo', [join(f.dir, '.secret-scan.json')]).status).toBe(0);
    expectUsageError(f.scan(), /is not a regular file/);
    expectUsageError(f.scan('--config', '.secret-scan.json'), /is not a regular file/);
  });

  it('is read up to 1 MB: a config of exactly 1 MB is used, one byte more is refused', () => {
    const r = repo();
    const config = JSON.stringify({ allowPaths: ['app.py'] });
    r.write('.secret-scan.json', config + ' '.repeat(MAX_CONFIG_BYTES - config.length));
    expect(MAX_CONFIG_BYTES).toBe(1024 * 1024);
    expect(r.scan().code).toBe(0);
    r.write('.secret-scan.json', config + ' '.repeat(MAX_CONFIG_BYTES - config.length + 1));
    expectUsageError(r.scan(), /config .*\.secret-scan\.json is larger than 1 MB/);
  });

  it('does not print its content when it is not JSON, nor the values it holds', () => {
    const r = repo();
    r.write('.secret-scan.json', PRIVATE);
    expectUsageError(r.scan(), /\.secret-scan\.json: not valid JSON/);
    r.write('.secret-scan.json', `{\n  "allowPaths": ["x"],\n  "disable": ["PRIVATE-rule"]\n}`);
    expectUsageError(r.scan(), /"disable\[0\]" is not a known rule id/);
    r.write('.secret-scan.json', JSON.stringify({ rules: [{ id: 'acme', pattern: 'PRIVATE(' }] }));
    expectUsageError(r.scan(), /"rules\[0\]\.pattern" is not a valid regular expression \(Unterminated group\)/);
    r.write('.secret-scan.json', '{ "allowPaths": [] ,, "PRIVATE": 1 }');
    expectUsageError(r.scan(), /not valid JSON/);
  });

  it('refuses a pattern that parses but is nested too deeply for V8 to compile (one line, exit 2)', () => {
    const r = repo();
    r.write('a.txt', 'acme_x\n');
    // 20,000 groups: V8 takes it as valid and fails on its first run with "Stack overflow".
    r.write('.secret-scan.json', JSON.stringify({ rules: [{ id: 'acme', pattern: `${'('.repeat(20_000)}PRIVATE${')'.repeat(20_000)}` }] }));
    expectUsageError(r.scan('a.txt'), /"rules\[0\]\.pattern" is not a valid regular expression \(Stack overflow\)/);
    r.write('.secret-scan.json', JSON.stringify({ rules: [{ id: 'acme', pattern: `${'('.repeat(2_000)}acme_x${')'.repeat(2_000)}` }] }));
    expect(r.scan('a.txt').code).toBe(1);
  });

  it('names an unknown key on one line, however the key is written', () => {
    const r = repo();
    r.write('.secret-scan.json', JSON.stringify({ 'allow\nPaths': [] }));
    expectUsageError(r.scan(), /unknown key "allow\\nPaths"/);
  });
});

describe('the baseline a config names', () => {
  it('is refused when it is a device (/dev/zero would be read without end) or outside the repository', () => {
    const r = repo();
    r.write('.secret-scan.json', JSON.stringify({ baseline: '/dev/zero' }));
    expectUsageError(r.scan(), /baseline \/dev\/zero is (not a regular file|outside the repository)/);
    r.write('.secret-scan.json', JSON.stringify({ baseline: '../elsewhere.json' }));
    writeFileSync(join(r.dir, '../elsewhere.json'), '{ "version": 1, "entries": [] }');
    expectUsageError(r.scan(), /is outside the repository/);
  });

  it('is refused when it is a symlink out of the repository, and its content is not printed', () => {
    const r = repo();
    symlinkSync(privateFile(), join(r.dir, 'baseline.json'));
    r.write('.secret-scan.json', JSON.stringify({ baseline: 'baseline.json' }));
    expectUsageError(r.scan(), /baseline .*baseline\.json is a symbolic link/);
  });

  it('is read up to 16 MB: exactly 16 MB is used, one byte more is refused', () => {
    const r = repo();
    const empty = '{ "version": 1, "entries": [] }';
    r.write('.secret-scan.json', JSON.stringify({ baseline: 'baseline.json' }));
    r.write('baseline.json', empty + ' '.repeat(MAX_BASELINE_BYTES - empty.length));
    expect(MAX_BASELINE_BYTES).toBe(16 * 1024 * 1024);
    expect(r.scan().code).toBe(1); // read, and it suppresses nothing
    r.write('baseline.json', empty + ' '.repeat(MAX_BASELINE_BYTES - empty.length + 1));
    expectUsageError(r.scan(), /baseline .*baseline\.json is larger than 16 MB/);
  });
});

describe('files named on the command line', () => {
  it('may be anywhere and may be symlinks, but must be regular files', () => {
    const r = repo();
    const outside = join(makeTempDir(), 'shared.json');
    writeFileSync(outside, JSON.stringify({ allowPaths: ['app.py'] }));
    expect(r.scan('--config', outside).code).toBe(0);
    symlinkSync(outside, join(r.dir, 'link.json'));
    expect(r.scan('--config', 'link.json').code).toBe(0);
    expectUsageError(r.scan('--baseline', '/dev/zero'), /baseline \/dev\/zero is not a regular file/);
    expectUsageError(r.scan('--config', '/dev/null'), /config \/dev\/null is not a regular file/);
    const fifo = join(makeTempDir(), 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expectUsageError(r.scan('--baseline', fifo), /is not a regular file/);
  });

  it('a missing --config is an error, never "no config" (exit 2 naming the file)', () => {
    const r = repo();
    expectUsageError(r.scan('--config', 'nope.json'), /cannot read config nope\.json: ENOENT/);
    expectUsageError(r.scan('--staged', '--config', 'nope.json'), /cannot read config nope\.json: ENOENT/);
    expectUsageError(r.scan('baseline', '--config', 'nope.json'), /cannot read config nope\.json: ENOENT/);
  });

  it('a baseline that is not JSON is refused without printing it', () => {
    const r = repo();
    r.write('b.json', PRIVATE);
    expectUsageError(r.scan('--baseline', 'b.json'), /baseline b\.json: not valid JSON/);
  });
});
