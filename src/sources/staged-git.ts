// The two git calls of a staged scan, startable before anything else is loaded: the shipped
// entry (startup/loader.ts) starts them for the hook's exact command line (`--staged`), so git
// works while node compiles the CLI, and the staged source takes the running calls over.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DIFF_OPTIONS, runGit, runGitUpTo, type GitResult, type GitStream } from '../git.js';

export interface StagedGit {
  readonly cwd: string;
  /** `git rev-parse --show-toplevel`. */
  readonly root: Promise<GitResult>;
  /**
   * The staged diff, collected whole when it is up to STREAM_ABOVE bytes (every ordinary
   * commit), else streamed. Paths are relative to the top level whatever the working directory.
   */
  readonly diff: Promise<GitResult | GitStream>;
}

/**
 * -M/-C so a renamed or copied file only contributes its edited lines; without HEAD,
 * `diff --cached` compares against the empty tree; submodule pointers are not content.
 */
export const STAGED_DIFF_ARGS: readonly string[] = ['-c', 'core.quotePath=false', 'diff', '--cached', ...DIFF_OPTIONS, '-M', '-C', '--diff-filter=ACMR', '--ignore-submodules=all'];

/**
 * A staged diff bigger than this is parsed and scanned as git writes it (a staged 20 MB file of
 * newlines, held whole, took 388 MB); smaller ones are read whole, the hook's quickest path.
 */
export const STREAM_ABOVE = 4 * 1024 * 1024;

const EARLY = Symbol.for('secret-scan.staged-git');

/** Environment variables that change where git looks for the repository. */
const MOVERS = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM'];

/**
 * The work tree's top level found as git finds it by default: the nearest directory, from
 * `cwd` up, holding a `.git` directory or file (a worktree or submodule). Spares the hook a
 * process start (~1.5 ms of blocking fork and exec). Null, so git is asked, when environment
 * variables change the search (MOVERS) and on Windows (git spells paths its own way there).
 */
function topLevel(cwd: string): string | null {
  if (process.platform === 'win32' || MOVERS.some((v) => process.env[v] !== undefined)) return null;
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

export function startStagedGit(cwd: string): StagedGit {
  const diff = runGitUpTo(STAGED_DIFF_ARGS, cwd, STREAM_ABOVE);
  const top = topLevel(cwd);
  const root = top !== null ? Promise.resolve({ code: 0, stdout: Buffer.from(top), stderr: '' }) : runGit(['rev-parse', '--show-toplevel'], cwd);
  return { cwd, root, diff };
}

/** Starts the calls now and leaves them for takeStagedGit (the loader, before loading the CLI). */
export function startStagedGitEarly(cwd: string): void {
  const early = startStagedGit(cwd);
  // Until the staged source awaits them, a failure must not count as an unhandled rejection.
  early.root.catch(() => {});
  early.diff.catch(() => {});
  (globalThis as { [EARLY]?: StagedGit })[EARLY] = early;
}

/** The calls the loader started for this directory, once; null when there are none. */
export function takeStagedGit(cwd: string): StagedGit | null {
  const g = globalThis as { [EARLY]?: StagedGit };
  const early = g[EARLY];
  delete g[EARLY];
  return early && early.cwd === cwd ? early : null;
}
