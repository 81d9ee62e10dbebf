// Installing secret-scan the ways the README gives, with the real npm, husky and git: the packed
// tarball (what `npm publish` uploads and the registry will serve) and a git URL (npm builds
// dist/ in its own clone). npm prefers its cache (filled by `npm ci`); what is missing there
// comes from the registry.
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synth } from '../../src/detect/synthetic.js';
import { makeRepo, makeTempDir, PROJECT_ROOT, run, type Repo, type RunResult } from '../helpers/git-repo.js';

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'install-a');
const OFFLINE = { npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
const VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const npm = (args: string[], cwd: string): RunResult => run('npm', args, cwd, OFFLINE);
const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((c) => c()));

/** This checkout's files (tracked and untracked, not ignored) in a scratch directory, sharing node_modules. */
function copyOfCheckout(): string {
  const dir = makeTempDir('secret-scan-pack-');
  const files = run('git', ['ls-files', '-z', '-co', '--exclude-standard'], PROJECT_ROOT).stdout.split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(PROJECT_ROOT, f))) continue; // deleted, not yet staged
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(PROJECT_ROOT, f), join(dir, f));
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** A new project as a newcomer has it: git and a package.json. */
function newProject(): Repo {
  const r = makeRepo();
  cleanup.push(() => r.cleanup());
  r.write('package.json', JSON.stringify({ name: 'my-app', version: '1.0.0', private: true }, null, 2) + '\n');
  return r;
}

/** The README's hook steps ("Use it in your project"), each line run as written; every one must succeed. */
function followReadme(r: Repo): void {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use it in your project'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  const steps = block.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean);
  expect(steps).toContain('echo "secret-scan --staged" > .husky/pre-commit');
  for (const step of steps) {
    const res = run('sh', ['-c', step], r.dir, OFFLINE);
    expect(res.code, `${step}\n${res.stdout}${res.stderr}`).toBe(0);
  }
  expect(readFileSync(join(r.dir, '.husky/pre-commit'), 'utf8')).toBe('secret-scan --staged\n');
  expect(existsSync(join(r.dir, '.secret-scan.json'))).toBe(true);
}

/** A clean commit passes the hook; a staged AWS key is blocked with file:line, and not committed. */
function expectBlockingHook(r: Repo): void {
  r.write('app.py', 'import os\nKEY = os.environ["KEY"]\n');
  r.git('add', '-A');
  const clean = r.git('commit', '-m', 'clean');
  expect(clean.code, clean.stdout + clean.stderr).toBe(0);
  expect(r.git('ls-files').stdout).not.toContain('node_modules/');
  r.write('leak.py', `KEY = "${KEY}"\n`);
  r.git('add', '-A');
  const leak = r.git('commit', '-m', 'leak');
  expect(leak.code).toBe(1);
  expect(leak.stdout + leak.stderr).toContain('leak.py:1:');
  expect(leak.stdout + leak.stderr).not.toContain(KEY);
  expect(r.git('log', '--format=%s').stdout.trim().split('\n')).toEqual(['clean', 'Add secret-scan']);
}

describe('the packed tarball (npm pack, what npm publish uploads)', () => {
  let copy: string;
  let dest: string;
  let pack: RunResult;
  let manifestBefore: string;

  beforeAll(() => {
    copy = copyOfCheckout();
    dest = makeTempDir('secret-scan-tgz-');
    cleanup.push(() => run('rm', ['-rf', copy, dest], '/'));
    manifestBefore = readFileSync(join(copy, 'package.json'), 'utf8');
    pack = npm(['pack', '--pack-destination', dest], copy);
  }, 240_000);

  it('prints only the tarball name on stdout (pre-commit reads it from there)', () => {
    expect(pack.code, pack.stderr).toBe(0);
    expect(pack.stdout).toBe(`secret-scan-${VERSION}.tgz\n`);
  });

  it('ships dist/ and a package.json without `prepare`, and leaves the checkout as it was', () => {
    const tgz = join(dest, `secret-scan-${VERSION}.tgz`);
    const listing = run('tar', ['tzf', tgz], dest).stdout.split('\n');
    for (const f of ['dist/cli.js', 'dist/secret-scan.cjs', 'dist/detect-worker.js', 'dist/hook-gate.js', 'dist/hook-patterns.txt', 'dist/hook-markers.js', 'schema/secret-scan.schema.json']) expect(listing).toContain(`package/${f}`);
    const packed = JSON.parse(run('tar', ['xzf', tgz, '-O', 'package/package.json'], dest).stdout) as { scripts: Record<string, string>; bin: Record<string, string> };
    expect(packed.scripts.prepare).toBeUndefined();
    expect(packed.bin['secret-scan']).toBe('dist/cli.js');
    expect(readFileSync(join(copy, 'package.json'), 'utf8')).toBe(manifestBefore);
    expect(existsSync(join(copy, '.cache/package.json.before-pack'))).toBe(false);
  });

  it('installs with no install-script warning; then the README\'s hook steps give a hook that blocks a secret', () => {
    const r = newProject();
    const install = npm(['install', '--save-dev', join(dest, `secret-scan-${VERSION}.tgz`)], r.dir);
    expect(install.code, install.stderr).toBe(0);
    expect(install.stdout + install.stderr).not.toMatch(/install-scripts|install script|prepare/i);
    const version = run(join(r.dir, 'node_modules/.bin/secret-scan'), ['--version'], r.dir);
    expect(version.stdout.trim()).toBe(VERSION);
    followReadme(r);
    expectBlockingHook(r);
  }, 240_000);
});

describe('a git URL (npm clones the repository and builds dist/ with `prepare`)', () => {
  it('installs a working CLI from git+file://; then the README\'s hook steps give a hook that blocks a secret', () => {
    // npm installs what is committed: HEAD of this checkout.
    const head = run('git', ['rev-parse', 'HEAD'], PROJECT_ROOT).stdout.trim();
    const r = newProject();
    const install = npm(['install', '--save-dev', `git+file://${PROJECT_ROOT}#${head}`], r.dir);
    expect(install.code, install.stderr).toBe(0);
    expect(existsSync(join(r.dir, 'node_modules/secret-scan/dist/cli.js'))).toBe(true);
    followReadme(r);
    expectBlockingHook(r);
  }, 400_000);
});
