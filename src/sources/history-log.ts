// The `git log -p` a history scan reads: its arguments, and its start with the output held until
// the scan is ready to read it (scan.ts starts git log before it knows where the repository is).

import type { ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { DIFF_OPTIONS, failureText, spawnFailure, spawnGit } from '../git.js';
import { UsageError } from '../types.js';
import { topLevel } from './staged-git.js';
import { handOff, takeHandOff } from '../startup/handoff.js';

export interface HistoryOptions {
  /** A revision range such as `origin/main..HEAD`; default HEAD. */
  readonly range?: string;
  /** Every ref instead of HEAD. */
  readonly all?: boolean;
  readonly since?: string;
  /** 1-based shard K of N. */
  readonly shard?: { readonly index: number; readonly count: number };
}

/** Each commit's header line: COMMIT_MARK (history.ts), then its fields split by SOH. */
const FORMAT = '--format=%x00%x01%H%x01%ct%x01%aI%x01%an <%ae>';

/**
 * The git options of a history scan; fixed so the user's git config cannot change the output.
 * `--irreversible-delete`: a deleted file's header without its removed lines, which the scan
 * never reads (a removed line is no finding): 5% less text on flask's and the synthetic history,
 * and no blob git inflates to print them (git log alone, interleaved: -29 and -75 ms).
 */
export function logArgs(): string[] {
  return [
    '-c', 'log.showRoot=true',
    '-c', 'log.showSignature=false',
    '-c', 'core.quotePath=false',
    'log', '-p', ...DIFF_OPTIONS, '-M', '--irreversible-delete', '--date-order', '--diff-merges=off', FORMAT,
  ];
}

/** The user's values go after --end-of-options, so none can be read as an option (`--range=--output=x`). */
export function revisionArgs(o: HistoryOptions): string[] {
  const since = o.since !== undefined ? [`--since=${o.since}`] : [];
  return o.all ? [...since, '--all'] : [...since, '--end-of-options', o.range ?? 'HEAD'];
}

/**
 * git flushes its output after every commit when it writes to a pipe: on a history of small
 * commits that is a write, and a chunk for the main thread to handle, per commit (3,500-7,600 on
 * pallets/flask). Unflushed, git writes whole 4 KB buffers: fewer than half as many.
 */
export const LOG_ENV = { GIT_FLUSH: '0' };

/** A stream read later than it starts (holdOutput). */
export interface HeldOutput {
  /** Hands what was kept to `read`, then the stream, still paused (the caller resumes it); resolves at its end. */
  release(read: (chunk: Buffer) => void): Promise<void>;
}

/**
 * Keeps a stream paused until its reader is ready. Should git exit first (a small history),
 * node drains a child's output into whatever listens (child_process flushStdio): into `chunks`,
 * for the reader.
 */
export function holdOutput(out: Readable): HeldOutput {
  const chunks: Buffer[] = [];
  let end: 'open' | 'ended' | Error = 'open';
  const hold = (chunk: Buffer): void => void chunks.push(chunk);
  const onEnd = (): void => void (end = 'ended');
  const onError = (e: Error): void => void (end = e);
  out.on('data', hold).on('end', onEnd).on('error', onError).pause();
  return {
    release(read) {
      out.off('data', hold).off('end', onEnd).off('error', onError);
      for (const c of chunks.splice(0)) read(c);
      if (end === 'ended') return Promise.resolve();
      if (end instanceof Error) return Promise.reject(end);
      const done = new Promise<void>((resolve, reject) => {
        out.on('end', resolve);
        out.on('error', reject);
      });
      out.on('data', read);
      return done;
    },
  };
}

/** Settles when `child` ends: rejected with a usage error unless it exited 0 (or on SIGPIPE). */
export function waitFor(child: ChildProcess, what: string): Promise<void> {
  const err: Buffer[] = [];
  child.stderr?.on('data', (b: Buffer) => err.push(b));
  return new Promise((resolve, reject) => {
    child.on('error', (e) => reject(spawnFailure(e)));
    child.on('close', (code, signal) => {
      if (code === 0 || signal === 'SIGPIPE') return resolve();
      reject(new UsageError(failureText(what, Buffer.concat(err).toString('utf8'), code)));
    });
  });
}

export interface StartedLog {
  readonly child: ChildProcess;
  readonly output: HeldOutput;
  /**
   * Settles when git log ends (waitFor), listening from the spawn on: a log started before the
   * scan is ready for it (startLogEarly) may end, or fail to start, before anyone asks.
   */
  readonly running: Promise<void>;
  /** The commits it was asked for (revisionArgs): whether it is the log other options want. */
  readonly revisions: readonly string[];
}

/** `git log -p` of the commits the options name (no shard), at `root`, its output held. */
export function spawnLog(root: string, o: HistoryOptions): StartedLog {
  const revisions = revisionArgs(o);
  const child = spawnGit([...logArgs(), ...revisions, '--'], root, undefined, LOG_ENV);
  const running = waitFor(child, 'git log');
  // Awaited by the scan that takes it; until then (or if none does) not an unhandled rejection.
  running.catch(() => {});
  return { child, output: holdOutput(child.stdout!), running, revisions };
}

/** Whether `log` is the one spawnLog would start for `o` (a shard's log is another process). */
export function isLogFor(log: StartedLog, o: HistoryOptions): boolean {
  const want = revisionArgs(o);
  return !o.shard && want.length === log.revisions.length && want.every((w, i) => w === log.revisions[i]);
}

/** Stops a log nobody reads: git, and the pipes that would keep the process alive. */
export function discardLog(log: StartedLog): void {
  log.child.kill();
  log.child.stdout?.destroy();
  log.child.stderr?.destroy();
}

/**
 * Words that change what git log is asked for, or make the run something other than a whole
 * history's scan (another command, help): with any of them the loader starts no log.
 */
const NOT_A_PLAIN_LOG = ['--range', '--since', '--all', '--shard', '--staged', '--help', '--version', '-h'];
const COMMANDS = new Set(['baseline', 'init', 'help', 'completion']);

/**
 * Whether the command line (without node and the script) asks for a scan of the whole history
 * whose git log is known before the CLI is loaded: `--history`, none of NOT_A_PLAIN_LOG, no
 * command. The scan takes the log only if its parsed options agree (takeEarlyLog); otherwise,
 * and on any error, it is stopped (dropEarlyLog).
 */
export function wantsEarlyLog(words: readonly string[]): boolean {
  if (!words.includes('--history') || COMMANDS.has(words[0]!)) return false;
  return !words.some((w) => NOT_A_PLAIN_LOG.some((b) => w === b || w.startsWith(`${b}=`)));
}

interface EarlyLog {
  readonly cwd: string;
  readonly root: string;
  readonly log: StartedLog;
}

/**
 * Starts the whole history's git log now, at the top level found from `cwd` without asking git
 * (staged-git.ts topLevel): the loader calls this before it loads the CLI, so that git's run,
 * the scan's long pole, starts 20-40 ms sooner. Nothing is started where git must be asked.
 */
export function startLogEarly(cwd: string): void {
  dropEarlyLog();
  const root = topLevel(cwd);
  if (root === null) return;
  handOff('early-log', { cwd, root, log: spawnLog(root, {}) } satisfies EarlyLog);
}

/**
 * The log startLogEarly started for this directory and top level, once; null when none. A log
 * for another (or for no known top level, `root` null) is stopped.
 */
export function takeEarlyLog(cwd: string, root: string | null): StartedLog | null {
  const early = takeHandOff<EarlyLog>('early-log');
  if (early === undefined) return null;
  if (early.cwd === cwd && early.root === root) return early.log;
  discardLog(early.log);
  return null;
}

/** Stops a log started early that no scan took (a usage error, another command): the process must not wait for it. */
export function dropEarlyLog(): void {
  const early = takeHandOff<EarlyLog>('early-log');
  if (early !== undefined) discardLog(early.log);
}
