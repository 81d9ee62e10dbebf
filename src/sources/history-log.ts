// The `git log -p` a history scan reads: its arguments, and its start with the output held until
// the scan is ready to read it (scan.ts starts git log before it knows where the repository is).

import type { ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { DIFF_OPTIONS, spawnGit } from '../git.js';

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

/** The git options of a history scan; fixed so the user's git config cannot change the output. */
export function logArgs(): string[] {
  return [
    '-c', 'log.showRoot=true',
    '-c', 'log.showSignature=false',
    '-c', 'core.quotePath=false',
    'log', '-p', ...DIFF_OPTIONS, '-M', '--date-order', '--diff-merges=off', FORMAT,
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

export interface StartedLog {
  readonly child: ChildProcess;
  readonly output: HeldOutput;
}

/** `git log -p` of the commits the options name (no shard), at `root`, its output held. */
export function spawnLog(root: string, o: HistoryOptions): StartedLog {
  const child = spawnGit([...logArgs(), ...revisionArgs(o), '--'], root, undefined, LOG_ENV);
  return { child, output: holdOutput(child.stdout!) };
}
