// End to end, as the README tells a user: install secret-scan and husky in a project, point
// the pre-commit hook at `secret-scan --staged`, and run real `git commit`s through it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, PROJECT_ROOT, run, type Repo } from '../helpers/git-repo.js';

let r: Repo;

beforeAll(() => {
  r = makeRepo();
  r.write('package.json', JSON.stringify({ name: 'my-flask-app', version: '1.0.0', private: true }, null, 2));
  // README: `npm install --save-dev secret-scan husky`. Here the two packages come from this
  // checkout (the project itself and the husky it ships with) so the test needs no network.
  const install = run('npm', ['install', '--save-dev', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', PROJECT_ROOT, join(PROJECT_ROOT, 'node_modules/husky')], r.dir);
  expect(install.code, install.stderr).toBe(0);
  // README: `npx husky init`, then `echo "secret-scan --staged" > .husky/pre-commit` (husky puts node_modules/.bin on PATH).
  const init = run('npx', ['husky', 'init'], r.dir);
  expect(init.code, init.stderr).toBe(0);
  writeFileSync(join(r.dir, '.husky/pre-commit'), 'secret-scan --staged\n');
  writeFileSync(join(r.dir, '.gitignore'), 'node_modules/\n');
}, 120_000);

afterAll(() => r.cleanup());

describe('the pre-commit hook installed as the README says', () => {
  it('blocks a commit of the leaky Flask app and names each secret file:line', () => {
    r.copy('flask-leaky');
    r.git('add', '-A');
    const commit = r.git('commit', '-m', 'Add the app');
    expect(commit.code).not.toBe(0);
    const out = commit.stdout + commit.stderr;
    // Read off fixtures/flask-leaky by hand: where each leak form sits.
    for (const where of ['.env:3:', 'app.py:9:', 'app.py:11:', 'instance/config.py:3:', 'settings.py:5:', 'settings.py:11:']) {
      expect(out).toContain(where);
    }
    expect(out).toContain('commit blocked');
    expect(r.git('rev-parse', '--verify', '-q', 'HEAD').code).not.toBe(0); // nothing was committed
  });

  it('lets the same commit through once the literals are environment lookups', () => {
    r.copy('flask-clean');
    rmSync(join(r.dir, '.env'));
    r.git('add', '-A');
    const commit = r.git('commit', '-m', 'Add the app');
    expect(commit.code, commit.stdout + commit.stderr).toBe(0);
    expect(r.git('show', '--stat', 'HEAD').stdout).toContain('app.py');
    expect(readFileSync(join(r.dir, 'app.py'), 'utf8')).toContain("os.environ['SECRET_KEY']");
  });

  it('blocks a later commit that adds a key to an existing file, and only for the added line', () => {
    const settings = readFileSync(join(r.dir, 'settings.py'), 'utf8');
    r.write('settings.py', settings + "\n\nclass ProdConfig(Config):\n    SECRET_KEY = 'c0ffee2b7d1e4f6a0b5c8d2e9f1a3b7c4d5e6f708192a3b4'\n");
    r.git('add', 'settings.py');
    const commit = r.git('commit', '-m', 'prod config');
    expect(commit.code).not.toBe(0);
    const out = commit.stdout + commit.stderr;
    expect(out).toContain('settings.py:16:');
    expect(out.match(/settings\.py:\d+:\d+/g)).toHaveLength(1);
  });
});
