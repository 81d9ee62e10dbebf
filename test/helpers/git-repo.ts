// One helper builds temporary git repositories for every git test: real `git init`,
// real files, real `git add` / `git commit`, and the built CLI run as a user would.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(PROJECT_ROOT, 'dist/cli.js');

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Repo {
  readonly dir: string;
  write(path: string, content: string | Buffer): void;
  copy(fromFixture: string, to?: string): void;
  git(...args: string[]): RunResult;
  /** Runs the built CLI in the repository. */
  scan(...args: string[]): RunResult;
  cleanup(): void;
}

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function run(cmd: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): RunResult {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, ...env } });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

export function makeTempDir(prefix = 'secret-scan-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A fresh directory holding a `git` that runs the shell lines `before` and then the real git
 * with the same arguments; put it first on PATH to watch or hold the git calls of the CLI.
 */
export function gitOnPath(before: string): string {
  const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
  const dir = makeTempDir();
  writeFileSync(join(dir, 'git'), `#!/bin/sh\n${before}\nexec '${real}' "$@"\n`);
  chmodSync(join(dir, 'git'), 0o755);
  return dir;
}

export function makeRepo(options: { init?: boolean } = {}): Repo {
  const dir = makeTempDir();
  if (options.init !== false) {
    const r = run('git', ['init', '-q', '-b', 'main', dir], dir);
    if (r.code !== 0) throw new Error(r.stderr);
    run('git', ['config', 'user.name', 'Test'], dir);
    run('git', ['config', 'user.email', 'test@example.com'], dir);
    run('git', ['config', 'commit.gpgsign', 'false'], dir);
  }
  return {
    dir,
    write(path, content) {
      const abs = join(dir, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    },
    copy(fromFixture, to = '.') {
      cpSync(join(PROJECT_ROOT, 'fixtures', fromFixture), join(dir, to), { recursive: true });
    },
    git: (...args) => {
      const r = run('git', args, dir);
      return r;
    },
    scan: (...args) => run(process.execPath, [CLI, ...args], dir),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A maker of repositories for one test file, each removed after the test that made it. Call it at
 * the top level of the file: `const repo = reposPerTest();`.
 */
export function reposPerTest(): (options?: { init?: boolean }) => Repo {
  const made: Repo[] = [];
  afterEach(() => {
    for (const r of made.splice(0)) r.cleanup();
  });
  return (options) => {
    const r = makeRepo(options);
    made.push(r);
    return r;
  };
}

/** `git add -A` and a commit that runs no hook; throws with git's message when it fails. */
export function commitAll(r: Repo, message = 'c'): void {
  r.git('add', '-A');
  const c = r.git('commit', '-q', '--no-verify', '-m', message);
  if (c.code !== 0) throw new Error(c.stderr);
}
