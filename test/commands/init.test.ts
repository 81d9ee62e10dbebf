// `secret-scan init` on real repositories: without husky, with husky and an existing hook,
// twice in a row (nothing changes), and with --baseline on a repository that has old secrets.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/config/baseline.js';
import { parseConfig } from '../../src/config/config.js';
import { synth } from '../../src/detect/synthetic.js';
import { makeRepo, makeTempDir, run, CLI, PROJECT_ROOT, type Repo } from '../helpers/git-repo.js';

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'init-a');

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function repo(files: Record<string, string> = {}): Repo {
  const r = makeRepo();
  repos.push(r);
  r.write('package.json', JSON.stringify({ name: 'app', version: '1.0.0', private: true }, null, 2) + '\n');
  for (const [f, c] of Object.entries(files)) r.write(f, c);
  return r;
}

/** Every file of the work tree (outside .git) with its content and mode, to prove "nothing changed". */
function snapshot(r: Repo): string {
  const files = run('git', ['ls-files', '-co', '--exclude-standard'], r.dir).stdout.trim().split('\n').filter(Boolean).sort();
  return files.map((f) => `${f} ${statSync(join(r.dir, f)).mode.toString(8)}\n${readFileSync(join(r.dir, f), 'utf8')}`).join('\n---\n');
}

describe('secret-scan init', () => {
  it('without husky: writes the starter config, adds no hook, and says how to install husky', () => {
    const r = repo();
    const res = r.scan('init');
    expect(res.code, res.stderr).toBe(0);
    expect(existsSync(join(r.dir, '.husky'))).toBe(false);
    const config = readFileSync(join(r.dir, '.secret-scan.json'), 'utf8');
    expect(JSON.parse(config)).toMatchObject({ $schema: './node_modules/secret-scan/schema/secret-scan.schema.json' });
    expect(() => parseConfig(config, '.secret-scan.json')).not.toThrow();
    expect(res.stdout).toContain('npm install --save-dev husky && npx husky init');
    expect(res.stdout).toContain('npm install --save-dev secret-scan');
    // The schema the starter points at ships with the package.
    expect(existsSync(join(PROJECT_ROOT, 'schema/secret-scan.schema.json'))).toBe(true);
  });

  it('with husky installed but not initialised: says to run npx husky init', () => {
    const r = repo({ 'package.json': JSON.stringify({ name: 'app', devDependencies: { husky: '^9.0.0', 'secret-scan': '^0.1.0' } }) });
    const res = r.scan('init');
    expect(res.stdout).toContain('run `npx husky init`');
    expect(res.stdout).not.toContain('npm install --save-dev');
  });

  it('with husky set up and no pre-commit hook: creates an executable hook', () => {
    const r = repo();
    r.write('.husky/_/.gitignore', '*\n');
    r.git('config', 'core.hooksPath', '.husky/_');
    expect(r.scan('init').code).toBe(0);
    const hook = join(r.dir, '.husky/pre-commit');
    expect(readFileSync(hook, 'utf8')).toBe('secret-scan --staged\n');
    expect(statSync(hook).mode & 0o111).not.toBe(0);
  });

  it('with an existing hook: appends the scan and keeps every line that was there', () => {
    const r = repo();
    r.write('.husky/pre-commit', 'npm test\nnpx lint-staged'); // no final newline
    const res = r.scan('init');
    expect(res.code).toBe(0);
    expect(readFileSync(join(r.dir, '.husky/pre-commit'), 'utf8')).toBe('npm test\nnpx lint-staged\nsecret-scan --staged\n');
    expect(res.stdout).toContain('added `secret-scan --staged`');
  });

  it('with a husky 8 hook: appends through npx, since husky 8 does not put node_modules/.bin on PATH', () => {
    const r = repo();
    r.write('.husky/pre-commit', '#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/husky.sh"\n\nnpm test\n');
    r.scan('init');
    expect(readFileSync(join(r.dir, '.husky/pre-commit'), 'utf8')).toMatch(/npm test\nnpx --no-install secret-scan --staged\n$/);
  });

  it('leaves an existing config alone', () => {
    const mine = JSON.stringify({ allowPaths: ['fixtures/**'] });
    const r = repo({ '.secret-scan.json': mine });
    r.scan('init');
    expect(readFileSync(join(r.dir, '.secret-scan.json'), 'utf8')).toBe(mine);
  });

  it('run twice in a row changes nothing the second time', () => {
    const r = repo({ 'app.py': `AWS = "${KEY}"\n` });
    r.write('.husky/pre-commit', 'npm test\n');
    expect(r.scan('init', '--baseline').code).toBe(0);
    const first = snapshot(r);
    expect(first).toContain('secret-scan --staged');
    const again = r.scan('init', '--baseline');
    expect(again.code).toBe(0);
    expect(snapshot(r)).toBe(first);
    expect(again.stdout).toContain('already runs secret-scan');
    const third = r.scan('init');
    expect(third.code).toBe(0);
    expect(snapshot(r)).toBe(first);
  });

  it('--baseline records existing findings and points the config at them, so old secrets stop blocking and new ones do not', () => {
    const r = repo({ 'app.py': `AWS = "${KEY}"\n` });
    expect(r.scan().code).toBe(1);
    const res = r.scan('init', '--baseline');
    expect(res.stdout, res.stderr).toContain('recorded 1 existing finding');
    expect(parseBaseline(readFileSync(join(r.dir, '.secret-scan-baseline.json'), 'utf8'), 'b')).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(r.dir, '.secret-scan.json'), 'utf8'))).toMatchObject({ baseline: '.secret-scan-baseline.json' });
    expect(r.scan().code).toBe(0);
    r.write('new.py', `AWS = "${'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'init-b')}"\n`);
    expect(r.scan().code).toBe(1);
  });

  it('without --baseline and without a terminal: records nothing and says how to', () => {
    const r = repo({ 'app.py': `AWS = "${KEY}"\n` });
    const res = r.scan('init');
    expect(existsSync(join(r.dir, '.secret-scan-baseline.json'))).toBe(false);
    expect(res.stdout).toContain('1 existing finding');
    expect(res.stdout).toContain('secret-scan init --baseline');
  });

  it('the hook it creates blocks a real commit that adds a secret, and lets a clean one through', () => {
    const r = repo();
    // What `npm install --save-dev husky secret-scan && npx husky init` leaves, without the network:
    // husky's runner in .husky/_ as core.hooksPath, and secret-scan on node_modules/.bin.
    mkdirSync(join(r.dir, '.husky/_'), { recursive: true });
    copyFileSync(join(PROJECT_ROOT, 'node_modules/husky/husky'), join(r.dir, '.husky/_/h'));
    r.write('.husky/_/pre-commit', '#!/usr/bin/env sh\n. "$(dirname "$0")/h"');
    chmodSync(join(r.dir, '.husky/_/pre-commit'), 0o755);
    r.git('config', 'core.hooksPath', '.husky/_');
    mkdirSync(join(r.dir, 'node_modules/.bin'), { recursive: true });
    symlinkSync(CLI, join(r.dir, 'node_modules/.bin/secret-scan'));
    chmodSync(CLI, 0o755);
    r.write('.gitignore', 'node_modules/\n');
    expect(r.scan('init').code).toBe(0);
    r.git('add', '-A');
    const clean = r.git('commit', '-qm', 'setup');
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    r.write('app.py', `AWS = "${KEY}"\n`);
    r.git('add', 'app.py');
    const leak = r.git('commit', '-qm', 'leak');
    expect(leak.code).not.toBe(0);
    expect(leak.stdout + leak.stderr).toContain('app.py:1');
    expect(r.git('log', '--oneline').stdout.trim().split('\n')).toHaveLength(1);
  });

  it('--baseline with an edited config: adds "baseline" (and allows the file) instead of leaving the hook without it', () => {
    const r = repo({ 'app.py': `AWS = "${KEY}"\n`, '.secret-scan.json': JSON.stringify({ allowPaths: ['docs/**'] }) });
    const res = r.scan('init', '--baseline');
    expect(res.stdout).toContain('pointed .secret-scan.json at .secret-scan-baseline.json');
    expect(res.stdout).not.toContain('make sure');
    expect(JSON.parse(readFileSync(join(r.dir, '.secret-scan.json'), 'utf8'))).toEqual({ allowPaths: ['docs/**', '.secret-scan-baseline.json'], baseline: '.secret-scan-baseline.json' });
  });

  it('says when the hook still runs the `npm test` sample line of `npx husky init`', () => {
    const r = repo();
    r.write('.husky/pre-commit', 'npm test\n');
    expect(r.scan('init').stdout).toContain('also runs `npm test`');
    const mine = repo();
    mine.write('.husky/pre-commit', 'npx lint-staged\n');
    expect(mine.scan('init').stdout).not.toContain('npm test');
  });

  it('--baseline end to end with real husky and git: the next commit (old secrets, baseline and all) passes, the next new secret is blocked', () => {
    const r = repo();
    r.copy('flask-leaky');
    r.write('.gitignore', 'node_modules/\n');
    const husky = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules/husky/package.json'), 'utf8')) as { version: string }).version;
    const env = { npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    const install = run('npm', ['install', '--save-dev', `husky@${husky}`], r.dir, env);
    expect(install.code, install.stderr).toBe(0);
    // secret-scan as an installed package puts it (test/commands/install.test.ts installs it for real).
    symlinkSync(CLI, join(r.dir, 'node_modules/.bin/secret-scan'));
    expect(run('npx', ['--no-install', 'husky', 'init'], r.dir, env).code).toBe(0);
    r.write('.husky/pre-commit', 'secret-scan --staged\n'); // the README's hook line
    const init = r.scan('init', '--baseline');
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('existing findings in .secret-scan-baseline.json');
    r.git('add', '-A');
    const adopt = r.git('commit', '-m', 'adopt secret-scan');
    expect(adopt.code, adopt.stdout + adopt.stderr).toBe(0);
    expect(r.git('show', '--name-only', '--format=', 'HEAD').stdout).toContain('.secret-scan-baseline.json');
    r.write('config/prod.py', `AWS = "${'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'init-c')}"\n`);
    r.git('add', '-A');
    const leak = r.git('commit', '-m', 'prod config');
    expect(leak.code).toBe(1);
    expect(leak.stdout + leak.stderr).toContain('config/prod.py:1:');
    expect(r.git('log', '--format=%s').stdout.trim()).toBe('adopt secret-scan');
  }, 180_000);

  it.each([
    ['y', true],
    ['n', false],
  ])('on a terminal, asks before recording a baseline (answer %s)', (answer, recorded) => {
    const r = repo({ 'app.py': `AWS = "${KEY}"\n` });
    // util-linux `script` gives the CLI a pseudo-terminal, so stdin.isTTY is true as for a person.
    const res = run('sh', ['-c', `(sleep 1; printf '${answer}\\n') | script -qec "'${process.execPath}' '${CLI}' init" /dev/null`], r.dir);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('1 existing finding. Record them in .secret-scan-baseline.json');
    expect(existsSync(join(r.dir, '.secret-scan-baseline.json'))).toBe(recorded);
    expect(r.scan().code).toBe(recorded ? 0 : 1);
  });

  it('runs git as every scan mode does: a core.fsmonitor in the repository config never runs, with or without --baseline', () => {
    const r = repo({ 'app.py': `aws_access_key_id = ${KEY}\n` });
    r.write('.husky/_/.gitignore', '*\n');
    r.git('config', 'core.hooksPath', '.husky/_');
    const marker = join(makeTempDir(), 'ran');
    const monitor = join(makeTempDir(), 'fsmonitor.sh');
    writeFileSync(monitor, `#!/bin/sh\necho "$@" >> '${marker}'\n`, { mode: 0o755 });
    r.git('config', 'core.fsmonitor', monitor);
    r.git('add', '-A');
    // The monitor is live: git itself runs it when it refreshes the index.
    r.git('status', '--porcelain');
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);
    expect(r.scan('init').code).toBe(0);
    expect(readFileSync(join(r.dir, '.husky/pre-commit'), 'utf8')).toBe('secret-scan --staged\n');
    rmSync(join(r.dir, '.secret-scan.json'));
    expect(r.scan('init', '--baseline').code).toBe(0);
    expect(existsSync(join(r.dir, '.secret-scan-baseline.json'))).toBe(true);
    expect(existsSync(marker)).toBe(false);
  });

  it('outside a repository: exit 2 with one line', () => {
    const dir = makeTempDir();
    const res = run(process.execPath, [CLI, 'init'], dir);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^secret-scan: init needs a git repository/);
  });
});
