// `secret-scan baseline` takes effect: it records `baseline` in an existing config so the
// pre-commit hook applies it, says so, and says how when there is no config. Real repositories,
// real `git add`, the built CLI's `--staged` as the hook runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { synth } from '../../src/detect/synthetic.js';
import { makeRepo, type Repo } from '../helpers/git-repo.js';

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'baseline-cmd-a');
const NEW_KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'baseline-cmd-b');

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

/** A repository with one old secret committed, and optionally a config. */
function legacy(config?: object): Repo {
  const r = makeRepo();
  repos.push(r);
  r.write('legacy.py', `AWS = "${KEY}"\n`);
  if (config) r.write('.secret-scan.json', JSON.stringify(config, null, 2) + '\n');
  return r;
}

const config = (r: Repo): Record<string, unknown> => JSON.parse(readFileSync(join(r.dir, '.secret-scan.json'), 'utf8')) as Record<string, unknown>;

describe('secret-scan baseline', () => {
  it('with a config: records "baseline" there, says the hook uses it, and the hook then skips the old finding but blocks a new one', () => {
    const r = legacy({ allowPaths: ['docs/**'], failOn: 'error' });
    const res = r.scan('baseline');
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain('recorded 1 finding in .secret-scan-baseline.json');
    expect(res.stderr).toContain('added "baseline": ".secret-scan-baseline.json" to .secret-scan.json: the pre-commit hook (secret-scan --staged)');
    // Kept what was there; the baseline's own path is allowed (its fingerprints can look random).
    expect(config(r)).toEqual({ allowPaths: ['docs/**', '.secret-scan-baseline.json'], failOn: 'error', baseline: '.secret-scan-baseline.json' });
    r.git('add', '-A');
    const hook = r.scan('--staged');
    expect(hook.code, hook.stdout).toBe(0);
    r.write('new.py', `AWS = "${NEW_KEY}"\n`);
    r.git('add', 'new.py');
    const blocked = r.scan('--staged');
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('new.py:1:');
    expect(blocked.stdout).not.toContain('legacy.py');
  });

  it('run again: says the config names it and changes nothing', () => {
    const r = legacy({ allowPaths: [] });
    r.scan('baseline');
    const before = readFileSync(join(r.dir, '.secret-scan.json'), 'utf8');
    const again = r.scan('baseline');
    expect(again.stderr).toContain('unchanged, 1 finding');
    expect(again.stderr).toContain('.secret-scan.json names this baseline: the pre-commit hook (secret-scan --staged) and every scan skip the recorded findings');
    expect(readFileSync(join(r.dir, '.secret-scan.json'), 'utf8')).toBe(before);
  });

  it('without a config: writes none, and says the hook does not use the baseline yet and how to make it', () => {
    const r = legacy();
    const res = r.scan('baseline');
    expect(res.stderr).toContain('the pre-commit hook does not use this baseline yet: run `secret-scan init`');
    expect(res.stderr).toContain('--baseline .secret-scan-baseline.json');
    r.git('add', '-A');
    expect(r.scan('--staged').code).toBe(1); // true to the message: not applied
  });

  it('a config that names another baseline is left alone, and the message says how to use this one', () => {
    const r = legacy({ baseline: 'old-baseline.json' });
    r.write('old-baseline.json', '{ "version": 1, "entries": [] }\n');
    const res = r.scan('baseline', '--output', 'other.json');
    expect(res.stderr).toContain('.secret-scan.json names another baseline ("old-baseline.json"): scans use other.json only when run with --baseline other.json');
    expect(config(r)).toEqual({ baseline: 'old-baseline.json' });
  });

  it('--no-config: no config is touched', () => {
    const r = legacy({ allowPaths: [] });
    const res = r.scan('baseline', '--no-config');
    expect(res.stderr).toContain('does not use this baseline yet');
    expect(config(r)).toEqual({ allowPaths: [] });
  });
});
