// The one place that talks to git. Small queries run git directly (spawning git is cheaper
// than loading simple-git on the pre-commit hot path); large outputs are streamed by callers.

import { spawn } from 'node:child_process';
import { UsageError } from './types.js';

export interface GitResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs git with fixed, user-config-proof output options and collects its output. */
export function runGit(args: readonly string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(new UsageError(`cannot run git: ${e.message}`)));
    child.on('close', (code) =>
      resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() }),
    );
  });
}

/** The repository's top-level directory, or null when `cwd` is not inside a work tree. */
export async function repoRoot(cwd: string): Promise<string | null> {
  const r = await runGit(['rev-parse', '--show-toplevel'], cwd);
  if (r.code !== 0) return null;
  return r.stdout.toString('utf8').trim();
}

/** Like repoRoot, but a missing repository is a usage error (exit 2). */
export async function requireRepoRoot(cwd: string, mode: string): Promise<string> {
  const root = await repoRoot(cwd);
  if (root === null) throw new UsageError(`${mode} needs a git repository, and ${cwd} is not inside one`);
  return root;
}

/** Options that make diff output independent of the user's git config. */
export const DIFF_OPTIONS: readonly string[] = [
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--unified=0',
];

/** Turns git's first line of an error into our one-line message. */
export function gitFailure(what: string, r: GitResult): UsageError {
  const first = r.stderr.split('\n').find((l) => l.trim() !== '') ?? `exit code ${r.code}`;
  return new UsageError(`${what} failed: ${first.replace(/^fatal:\s*/, '')}`);
}
