// The two git calls of a staged scan, startable before anything else is loaded: the shipped
// entry (startup/loader.ts) starts them for the hook's exact command line (`--staged`), and the
// staged source takes the results over.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DIFF_OPTIONS, gitEnv, runGitUpTo, SAFE_CONFIG, spawnFailure, type GitResult, type GitStream } from '../git.js';
import { handOff, takeHandOff } from '../startup/handoff.js';

export interface StagedGit {
  readonly cwd: string;
  /** `git rev-parse --show-toplevel`. */
  readonly root: Promise<GitResult>;
  /**
   * The staged diff, collected whole when it is up to STREAM_ABOVE bytes (every ordinary
   * commit), else streamed. Paths are relative to the top level whatever the working directory.
   */
  readonly diff: Promise<GitResult | GitStream>;
  /**
   * The top level and the whole diff, when both calls succeeded before startStagedGit returned
   * (the diff up to STREAM_ABOVE bytes): what the loader's hook gate reads (startup/hook-gate.ts).
   */
  readonly settled?: { readonly root: string; readonly diff: Buffer };
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

/** Environment variables that change where git looks for the repository. */
const MOVERS = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM'];

/**
 * The work tree's top level found as git finds it by default: the nearest directory, from
 * `cwd` up, holding a `.git` directory or file (a worktree or submodule). Spares the hook a
 * process start (~1.5 ms of blocking fork and exec); a history scan starts git log there
 * before git has confirmed it (scan.ts), and a tree scan lists the files there when the `.git`
 * looks like a repository (worktree.ts plainTopLevel). Null, so git is asked, when environment
 * variables change the search (MOVERS) and on Windows (git spells paths its own way there).
 */
export function topLevel(cwd: string): string | null {
  if (process.platform === 'win32' || MOVERS.some((v) => process.env[v] !== undefined)) return null;
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/**
 * Runs git to the end and returns its output, or null when the output passed `limit` bytes
 * (git is stopped there). Synchronous on purpose: an asynchronous child's pipes are stream
 * sockets, whose set-up, reads and teardown cost the hook ~15 M instructions (node compiles
 * the stream code they run on first use; tearing them down even creates process.stderr),
 * more than git's own run that the process would otherwise overlap with its loading. Without the
 * huge-page tunable: these are short gits (git.ts hugePageTunables).
 */
function gitSync(args: readonly string[], cwd: string, limit: number): GitResult | null {
  const r = spawnSync('git', [...SAFE_CONFIG, ...args], { cwd, env: gitEnv(false), stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: limit });
  if (r.error) {
    if ((r.error as NodeJS.ErrnoException).code === 'ENOBUFS') return null;
    throw spawnFailure(r.error);
  }
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr.toString('utf8').trim() };
}

/**
 * The staged diff: read whole when it is up to STREAM_ABOVE bytes (every ordinary commit);
 * past that, git is run again and its output streamed. A huge diff pays for git's first
 * STREAM_ABOVE bytes twice; every other commit pays for one synchronous run.
 */
function stagedDiff(cwd: string): GitResult | Promise<GitStream | GitResult> {
  return gitSync(STAGED_DIFF_ARGS, cwd, STREAM_ABOVE) ?? runGitUpTo(STAGED_DIFF_ARGS, cwd, STREAM_ABOVE);
}

export function startStagedGit(cwd: string): StagedGit {
  try {
    const top = topLevel(cwd);
    const root = top !== null ? { code: 0, stdout: Buffer.from(top), stderr: '' } : gitSync(['rev-parse', '--show-toplevel'], cwd, 1 << 20);
    if (root === null) throw new Error('git rev-parse --show-toplevel printed over 1 MB');
    // Outside a repository the diff is not run: the staged source reports the missing repository.
    if (root.code !== 0) return { cwd, root: Promise.resolve(root), diff: Promise.resolve(root) };
    const diff = stagedDiff(cwd);
    if (diff instanceof Promise) return { cwd, root: Promise.resolve(root), diff };
    const settled = diff.code === 0 ? { root: root.stdout.toString('utf8').trim(), diff: diff.stdout } : undefined;
    return { cwd, root: Promise.resolve(root), diff: Promise.resolve(diff), ...(settled ? { settled } : {}) };
  } catch (e) {
    const failed = Promise.reject(e);
    return { cwd, root: failed, diff: failed };
  }
}

/** Starts the calls now and leaves them for takeStagedGit (the loader, before loading the CLI). */
export function startStagedGitEarly(cwd: string): StagedGit {
  const early = startStagedGit(cwd);
  // Until the staged source awaits them, a failure must not count as an unhandled rejection.
  early.root.catch(() => {});
  early.diff.catch(() => {});
  handOff('staged-git', early);
  return early;
}

/** The calls the loader started for this directory, once; null when there are none. */
export function takeStagedGit(cwd: string): StagedGit | null {
  const early = takeHandOff<StagedGit>('staged-git');
  return early && early.cwd === cwd ? early : null;
}
