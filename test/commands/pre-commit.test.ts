// The pre-commit framework (pre-commit.com), for real: the `pre-commit` program installs our hook
// from this checkout (repo: its path, rev: HEAD, as a user's config names a tag) into a throw-away
// repository, then a clean commit passes and a staged secret is blocked. pre-commit builds the
// hook the way it does for any node hook: `npm install` in its clone (our `prepare` builds dist/),
// `npm pack` (it reads the tarball name from stdout), `npm install -g` of that tarball.
// .ci/run installs pre-commit (Debian 12's 3.0.4, the oldest version we support) when missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { synth } from '../../src/detect/synthetic.js';
import { makeRepo, makeTempDir, PROJECT_ROOT, run, type Repo, type RunResult } from '../helpers/git-repo.js';

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'pre-commit-a');

let r: Repo;
let home: string;
let env: Record<string, string>;
let installed: RunResult;

beforeAll(() => {
  home = makeTempDir('secret-scan-pre-commit-home-');
  // Its own cache of hook environments; npm prefers what `npm ci` already downloaded.
  env = { PRE_COMMIT_HOME: home, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  r = makeRepo();
  const head = run('git', ['rev-parse', 'HEAD'], PROJECT_ROOT).stdout.trim();
  r.write('.pre-commit-config.yaml', `repos:\n  - repo: ${PROJECT_ROOT}\n    rev: ${head}\n    hooks:\n      - id: secret-scan\n`);
  r.git('add', '-A');
  const install = run('pre-commit', ['install'], r.dir, env);
  expect(install.code, install.stderr).toBe(0);
  installed = run('pre-commit', ['install-hooks'], r.dir, env);
}, 400_000);

afterAll(() => {
  r.cleanup();
  run('rm', ['-rf', home], '/');
});

describe('pre-commit framework', () => {
  it('the installed program is at least the minimum version the hook declares', () => {
    const version = /(\d+)\.(\d+)\.(\d+)/.exec(run('pre-commit', ['--version'], r.dir, env).stdout)!.slice(1).map(Number);
    const hooks = parse(readFileSync(join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { minimum_pre_commit_version: string; stages?: unknown }[];
    const minimum = hooks[0]!.minimum_pre_commit_version.split('.').map(Number);
    const cmp = version.reduce((c, v, i) => c || v - minimum[i]!, 0);
    expect(cmp).toBeGreaterThanOrEqual(0);
    // Stage names changed in 3.2 (and 4.0 warns about the old ones): the hook names none.
    expect(hooks[0]!.stages).toBeUndefined();
  });

  it('installs the hook from this checkout without error or warning', () => {
    expect(installed.code, installed.stdout + installed.stderr).toBe(0);
    expect(installed.stdout + installed.stderr).not.toMatch(/\[WARNING\]|error/i);
  });

  it('lets a clean commit through', () => {
    r.write('app.py', 'import os\nKEY = os.environ["KEY"]\n');
    r.git('add', '-A');
    const commit = run('git', ['commit', '-m', 'clean'], r.dir, env);
    expect(commit.code, commit.stdout + commit.stderr).toBe(0);
    expect(commit.stdout + commit.stderr).toMatch(/secret-scan\.+Passed/);
  });

  it('blocks a commit that adds a secret, naming file and line', () => {
    r.write('leak.py', `KEY = "${KEY}"\n`);
    r.git('add', '-A');
    const commit = run('git', ['commit', '-m', 'leak'], r.dir, env);
    const out = commit.stdout + commit.stderr;
    expect(commit.code).toBe(1);
    expect(out).toMatch(/secret-scan\.+Failed/);
    expect(out).toContain('leak.py:1:');
    expect(out).not.toContain(KEY);
    expect(r.git('log', '--format=%s').stdout.trim()).toBe('clean');
  });
});
