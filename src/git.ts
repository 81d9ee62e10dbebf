// The one place that talks to git. Small queries run git directly (spawning git is cheaper
// than loading simple-git on the pre-commit hot path); large outputs are streamed by callers.

import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { UsageError } from './types.js';

export interface GitResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/**
 * The scanned repository is untrusted: its config must not make git run a program (fsmonitor,
 * ssh for a partial clone's lazy fetch, hooks, external diff, pager, gpg, credential helpers)
 * nor reach the network. Command-line `-c` wins over every config file.
 */
export const SAFE_CONFIG: readonly string[] = [
  '--no-pager',
  '-c', 'core.fsmonitor=false',
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'core.pager=cat',
  '-c', 'core.sshCommand=false',
  '-c', 'core.askPass=',
  '-c', 'credential.helper=',
  '-c', 'diff.external=',
  '-c', 'gpg.program=false',
  '-c', 'protocol.allow=never',
  '-c', 'i18n.logOutputEncoding=UTF-8',
];

/** Environment variables that would override SAFE_CONFIG or run something. */
const UNSAFE_ENV = ['GIT_EXTERNAL_DIFF', 'GIT_ALLOW_PROTOCOL', 'GIT_SSH', 'GIT_PROXY_COMMAND', 'GIT_ASKPASS', 'SSH_ASKPASS', 'GIT_EDITOR', 'GIT_SEQUENCE_EDITOR', 'GIT_TRACE'];

let safeEnv: NodeJS.ProcessEnv | undefined;
let shortEnv: NodeJS.ProcessEnv | undefined;

/** The glibc tunable that puts malloc's heap in transparent huge pages (glibc >= 2.35). */
export const HUGE_PAGE_TUNABLE = 'glibc.malloc.hugetlb=1';

/**
 * `GLIBC_TUNABLES` for git: the user's, with git's heap in transparent huge pages unless they
 * chose otherwise. git log -p keeps every commit and tree it parsed, so its heap only grows, and
 * each 4 KB page is a page fault when first touched (flask's history: 21.8k faults, ~10% of
 * git's time; on a virtual machine a fault costs thousands of instructions); in 2 MB pages, 1.4-1.9k.
 * The kernel gives them where transparent huge pages are `always` or `madvise` (the usual
 * default), else the tunable does nothing; a glibc before 2.35 and other C libraries ignore it.
 * The output is the same. A short git gains nothing, and may lose: the hook's `git diff --cached`
 * of three files took 323 page faults and 8.4 ms with it against 194 and 7.1 ms without (medians
 * of 200 interleaved runs; rails' `git ls-files` and `git rev-parse` the same either way), so the
 * hook's diff runs without it (gitEnv).
 */
export function hugePageTunables(user: string | undefined): string {
  if (!user) return HUGE_PAGE_TUNABLE;
  return /(^|:)glibc\.malloc\.hugetlb=/.test(user) ? user : `${user}:${HUGE_PAGE_TUNABLE}`;
}

/**
 * The environment git runs in: no lazy fetch of missing objects (git >= 2.44), no prompt, no
 * pager. `hugePages` false for a git that reads little (the hook's staged diff, staged-git.ts):
 * the user's GLIBC_TUNABLES are left as they are (hugePageTunables says why).
 */
export function gitEnv(hugePages = true): NodeJS.ProcessEnv {
  const made = hugePages ? safeEnv : shortEnv;
  if (made) return made;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of UNSAFE_ENV) delete env[k];
  env.GIT_NO_LAZY_FETCH = '1';
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_PAGER = 'cat';
  env.GIT_SSH_COMMAND = 'false';
  env.GIT_PROTOCOL_FROM_USER = '0';
  if (!hugePages) return (shortEnv = env);
  if (process.platform === 'linux') env.GLIBC_TUNABLES = hugePageTunables(process.env.GLIBC_TUNABLES);
  return (safeEnv = env);
}

/** What a failed spawn means to the user: git missing is a one-line usage error. */
export function spawnFailure(e: NodeJS.ErrnoException): UsageError {
  if (e.code === 'ENOENT') return new UsageError('git is not installed or not on PATH');
  return new UsageError(`cannot run git: ${e.message}`);
}

/** Spawns git with SAFE_CONFIG and the safe environment. Callers must handle the 'error' event (spawnFailure). */
export function spawnGit(args: readonly string[], cwd: string, stdio: StdioOptions = ['ignore', 'pipe', 'pipe'], env?: NodeJS.ProcessEnv): ChildProcess {
  return spawn('git', [...SAFE_CONFIG, ...args], { cwd, stdio, env: env ? { ...gitEnv(), ...env } : gitEnv() });
}

/** Runs git with fixed, user-config-proof output options and collects its output. */
export function runGit(args: readonly string[], cwd: string, input?: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(args, cwd, [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    if (input !== undefined) {
      child.stdin!.on('error', () => {});
      child.stdin!.end(input);
    }
    child.on('error', (e) => reject(spawnFailure(e)));
    child.on('close', (code) =>
      resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() }),
    );
  });
}

/** git's output once it outgrew what runGitUpTo collects: the rest is read as it comes. */
export interface GitStream {
  /** The output read so far (more than the limit), in order. */
  readonly head: Buffer[];
  /** The rest of the output, paused until the reader resumes it. */
  readonly stdout: Readable;
  /** git's exit code and standard error, once it has ended. */
  readonly done: Promise<{ code: number; stderr: string }>;
  /** Keeps the process alive for git again, once a reader takes the output over. */
  hold(): void;
  /** Ends git early (the reader failed, or never came). */
  kill(): void;
}

/**
 * runGit for an output that is small nearly always and huge sometimes (the staged diff): up to
 * `limit` bytes it is collected as runGit does; past that, git's output is handed over as a
 * GitStream, so that a huge output is parsed as it comes instead of held whole.
 */
export function runGitUpTo(args: readonly string[], cwd: string, limit: number): Promise<GitResult | GitStream> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(args, cwd);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let streamed = false;
    const closed = new Promise<{ code: number; stderr: string }>((done) => {
      child.on('close', (code) => done({ code: code ?? 1, stderr: Buffer.concat(err).toString('utf8').trim() }));
    });
    const collect = (b: Buffer): void => {
      out.push(b);
      size += b.length;
      if (size <= limit) return;
      streamed = true;
      child.stdout!.pause();
      child.stdout!.off('data', collect);
      // git now waits on the full pipe until a reader comes: should none come (the scan failed
      // first), that wait must not keep this process alive.
      const handles = [child, child.stdout as Socket, child.stderr as Socket];
      for (const h of handles) h.unref();
      resolve({
        head: out,
        stdout: child.stdout!,
        done: closed,
        hold: () => handles.forEach((h) => h.ref()),
        kill: () => {
          child.kill();
          child.stdout!.destroy();
        },
      });
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(spawnFailure(e)));
    void closed.then(({ code, stderr }) => {
      if (!streamed) resolve({ code, stdout: Buffer.concat(out), stderr });
    });
  });
}

/** The repository's top-level directory, or null when `cwd` is not inside a work tree. */
export async function repoRoot(cwd: string): Promise<string | null> {
  const r = await runGit(['rev-parse', '--show-toplevel'], cwd);
  if (r.code !== 0) return null;
  return r.stdout.toString('utf8').trim();
}

/** A mode that needs a repository, run outside one: a usage error (exit 2). */
export function notARepository(cwd: string, mode: string): UsageError {
  return new UsageError(`${mode} needs a git repository, and ${cwd} is not inside one`);
}

/**
 * Options that make diff output independent of the user's git config: colour, prefixes
 * (diff.noprefix, diff.mnemonicPrefix), paths relative to the top level whatever diff.relative
 * says, no context lines between hunks, no external diff or textconv program.
 */
export const DIFF_OPTIONS: readonly string[] = [
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--unified=0',
  '--inter-hunk-context=0',
  '--submodule=short',
];

/** Turns git's first line of an error into our one-line message. */
export function gitFailure(what: string, r: GitResult): UsageError {
  return new UsageError(failureText(what, r.stderr, r.code));
}

/** The one line for a failed git command, from its standard error. */
export function failureText(what: string, stderr: string, code: number | null): string {
  // A partial clone missing objects: git wanted to fetch them (which we never allow).
  if (stderr.includes('lazy fetching disabled')) return `${what} failed: objects are missing from this partial clone, and secret-scan does not fetch them (run git fetch or scan a full clone)`;
  const first = stderr.split('\n').find((l) => l.trim() !== '') ?? `exit code ${code}`;
  return `${what} failed: ${first.trim().replace(/^fatal:\s*/, '')}`;
}

/**
 * A user-given revision range (`--range`) checked by git itself, after `--end-of-options` so a
 * value starting with '-' is never an option: a usage error when git cannot resolve it.
 */
export async function checkRevisions(root: string, range: string, what: string): Promise<void> {
  if (range.trim() === '' || /[\0\n]/.test(range)) throw new UsageError(`${what} is not a revision range: "${range.replace(/[\0-\x1f]/g, '?')}"`);
  const r = await runGit(['rev-parse', '--end-of-options', range, '--'], root);
  if (r.code !== 0) throw new UsageError(`${what} is not a revision range git knows: "${range.replace(/[\0-\x1f]/g, '?')}"`);
}

/** A user-given date (`--since`) checked by git's own date parser (which otherwise reads garbage as "now"). */
export async function checkDate(root: string, date: string, what: string): Promise<void> {
  const r = date.trim() === '' || /[\0\n]/.test(date) ? null : await runGit(['-c', `secret-scan.date=${date}`, 'config', '--type=expiry-date', 'secret-scan.date'], root);
  if (r === null || r.code !== 0) throw new UsageError(`${what} is not a date git understands: "${date.replace(/[\0-\x1f]/g, '?')}"`);
}
