// The hook's exact command line (`secret-scan --staged`) starts git before the CLI loads and
// finds the top level without asking git. On real repositories: from a subdirectory, in a
// linked worktree (.git is a file there), with GIT_DIR set, and outside any repository, it
// reports what git's own answer gives.

import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { synth } from '../../src/detect/synthetic.js';
import { STAGED_DIFF_ARGS, STREAM_ABOVE, startStagedGit, topLevel } from '../../src/sources/staged-git.js';
import { CLI, makeRepo, makeTempDir, run, type Repo } from '../helpers/git-repo.js';

const repos: Repo[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = makeTempDir();
  dirs.push(d);
  return d;
}

const KEY = synth('hex', 64, 'staged-git');

function leakyRepo(): Repo {
  const repo = makeRepo();
  repos.push(repo);
  repo.write('README.md', 'hello\n');
  repo.git('add', '.');
  repo.git('commit', '-q', '--no-verify', '-m', 'base');
  repo.write('app/web/settings.py', `SECRET_KEY = "${KEY}"\n`);
  repo.git('add', '.');
  return repo;
}

/** The hook's command: exactly `--staged`, so the loader's early start is taken. */
function hook(cwd: string, env: Record<string, string> = {}) {
  return run(process.execPath, [CLI, '--staged'], cwd, env);
}

describe('staged scan started by the loader', () => {
  it('finds the top level as git does, from the top and from a subdirectory', async () => {
    const repo = leakyRepo();
    const sub = join(repo.dir, 'app', 'web');
    const gitTop = run('git', ['rev-parse', '--show-toplevel'], sub).stdout.trim();
    for (const cwd of [repo.dir, sub]) {
      const root = await startStagedGit(cwd).root;
      expect(root.stdout.toString().trim()).toBe(gitTop);
      const r = hook(cwd);
      expect(r.code, r.stderr).toBe(1);
      // Paths are the repository's, whatever the working directory.
      expect(r.stdout).toContain('app/web/settings.py:1');
    }
  });

  it("honours the top level's config from a subdirectory", () => {
    const repo = leakyRepo();
    repo.write('.secret-scan.json', JSON.stringify({ allowPaths: ['app/**'] }));
    const r = hook(join(repo.dir, 'app', 'web'));
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it('works in a linked worktree, whose .git is a file', async () => {
    const repo = leakyRepo();
    repo.git('commit', '-q', '--no-verify', '-m', 'leak');
    const wt = join(tempDir(), 'wt');
    expect(repo.git('worktree', 'add', '-q', wt).code).toBe(0);
    writeFileSync(join(wt, 'wt.py'), `TOKEN_SECRET = "${synth('hex', 64, 'wt')}"\n`);
    expect(run('git', ['add', 'wt.py'], wt).code).toBe(0);
    expect((await startStagedGit(wt).root).stdout.toString().trim()).toBe(run('git', ['rev-parse', '--show-toplevel'], wt).stdout.trim());
    const r = hook(wt);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('wt.py:1');
    expect(r.stdout).not.toContain('settings.py');
  });

  it('asks git when GIT_DIR and GIT_WORK_TREE say where the repository is', () => {
    const repo = leakyRepo();
    const elsewhere = tempDir();
    mkdirSync(join(elsewhere, 'x'));
    const r = hook(join(elsewhere, 'x'), { GIT_DIR: join(repo.dir, '.git'), GIT_WORK_TREE: repo.dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('app/web/settings.py:1');
  });

  it('finds the top level itself only while no variable moves git\'s search: each of the five leaves it to git', () => {
    const repo = leakyRepo();
    const sub = join(repo.dir, 'app', 'web');
    expect(topLevel(sub)).toBe(repo.dir);
    for (const v of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM']) {
      const before = process.env[v];
      process.env[v] = repo.dir;
      try {
        expect(topLevel(sub), v).toBeNull();
      } finally {
        if (before === undefined) delete process.env[v];
        else process.env[v] = before;
      }
    }
    expect(topLevel(sub)).toBe(repo.dir);
  });

  it(`reads a staged diff of ${STREAM_ABOVE} bytes whole, and one a byte longer as git writes it`, async () => {
    const repo = makeRepo();
    repos.push(repo);
    repo.write('README.md', 'hello\n');
    repo.git('add', '.');
    repo.git('commit', '-q', '--no-verify', '-m', 'base');
    // 1024 lines of 4 KB; the last line's length sets the diff's size to the byte.
    const stage = (last: number): number => {
      repo.write('big.txt', `${'x'.repeat(4095)}\n`.repeat(1023) + `${'y'.repeat(last)}\n`);
      repo.git('add', 'big.txt');
      return execFileSync('git', STAGED_DIFF_ARGS, { cwd: repo.dir, maxBuffer: 64 << 20 }).length;
    };
    const last = 4095 + STREAM_ABOVE - stage(4095);
    expect(stage(last)).toBe(STREAM_ABOVE);
    const whole = await startStagedGit(repo.dir).diff;
    expect('stdout' in whole && whole.stdout.length).toBe(STREAM_ABOVE);
    expect(stage(last + 1)).toBe(STREAM_ABOVE + 1);
    const streamed = await startStagedGit(repo.dir).diff;
    expect('head' in streamed).toBe(true);
    if ('head' in streamed) streamed.kill();
  });

  it('outside a repository: one line and exit 2, as before', () => {
    const dir = tempDir();
    const r = hook(dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--staged needs a git repository');
  });
});
