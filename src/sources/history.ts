// History source: streams `git log -p -U0` (never buffered whole) and turns it into the added
// lines of every commit, plus the history-only steps: sharding, dedup, and "still in HEAD?".

import { type ChildProcess } from 'node:child_process';
import { PassThrough, type Readable } from 'node:stream';
import type { Finding, Fragment, SourceLine } from '../types.js';
import { checkDate, checkRevisions, failureText, notARepository, runGit, spawnFailure, spawnGit } from '../git.js';
import { ownUsageError, UsageError } from '../types.js';
import { createDiffParser, type DiffFile } from './diff-parser.js';
import { createLineSplitter, PIECE, PIECE_OVERLAP } from './line-pieces.js';
import { type HeadReader } from './head-search.js';
import { discardLog, holdOutput, isLogFor, logArgs, LOG_ENV, revisionArgs, spawnLog, waitFor, type HeldOutput, type HistoryOptions, type StartedLog } from './history-log.js';
export { openHead } from './head-search.js';
export { logArgs, type HistoryOptions } from './history-log.js';

/**
 * Every commit starts with this line. NUL then SOH cannot begin a line inside a diff
 * (hunk lines start with '+', '-', ' ' or '\'), so a batch can be cut just before one.
 */
export const COMMIT_MARK = '\u0000\u0001';
/** Usage errors for a range or date git cannot read (a bad date otherwise means "now": 0 commits). */
export async function checkHistoryOptions(root: string, o: HistoryOptions): Promise<void> {
  await Promise.all([
    o.range !== undefined && !o.all ? checkRevisions(root, o.range, '--range') : undefined,
    o.since !== undefined ? checkDate(root, o.since, '--since') : undefined,
  ]);
}

/** Which shard (1-based) a commit belongs to: its first 32 bits modulo N, stable across runs and machines. */
export function shardOf(sha: string, count: number): number {
  return (parseInt(sha.slice(0, 8), 16) % count) + 1;
}

export interface CommitInfo {
  readonly sha: string;
  /** Committer time, seconds since the epoch. */
  readonly time: number;
  /** Author date, ISO 8601. */
  readonly date: string;
  readonly author: string;
}

export function parseCommitHeader(line: string): CommitInfo {
  const [sha = '', time = '0', date = '', author = ''] = line.slice(COMMIT_MARK.length).split('\u0001');
  return { sha, time: Number(time), date, author };
}

/** A Fragment of history with its commit's position in the log (higher = older). */
export type OrderedEmit = (fragment: Fragment, order: number) => void;

/**
 * A file of a commit whose added lines the log does not show in full: renamed or copied (only
 * the edits show; the rest may come from an allow-listed path and was never scanned), or
 * binary to git (it may be UTF-16/32 text). The scan reads the blob when it must (whole-file.ts).
 */
export interface WholeFileCandidate {
  readonly commit: CommitInfo;
  readonly order: number;
  readonly path: string;
  readonly from?: string;
  readonly binary?: boolean;
  /**
   * The objects the log's `index A..B` line named, the parent's version and this commit's, as
   * git abbreviated them (all zeros for a side that does not exist): whole-file.ts reads them by
   * id instead of by `commit:path`, which made git read the commit's trees again for every file.
   */
  readonly blobs?: readonly [string, string];
}

const INDEX_LINE = /^index ([0-9a-f]{4,64})\.\.([0-9a-f]{4,64})(?: |$)/;

/** The two object ids of a diff's `index A..B` line, or undefined when it has none git could have printed. */
export function indexBlobs(index: string | undefined): readonly [string, string] | undefined {
  const m = index === undefined ? null : INDEX_LINE.exec(index);
  return m ? [m[1]!, m[2]!] : undefined;
}

/**
 * The hunks of a synthetic `-U0` diff that adds `after`'s lines, or with `before` (the parent's
 * version of a file git shows no lines for: UTF-16/32 text) only those the parent lacks: each of
 * the parent's lines pairs off with one new line of the same text, as unchanged. So a secret on a
 * line a commit did not touch is not counted as added again.
 */
export function addedHunks(after: readonly SourceLine[], before?: readonly SourceLine[]): string[] {
  let added: readonly SourceLine[] = after;
  if (before) {
    const left = new Map<string, number>();
    for (const l of before) left.set(l.text, (left.get(l.text) ?? 0) + 1);
    added = after.filter((l) => {
      const n = left.get(l.text) ?? 0;
      if (n > 0) left.set(l.text, n - 1);
      return n === 0;
    });
  }
  const out: string[] = [];
  for (let i = 0; i < added.length; ) {
    let j = i + 1;
    while (j < added.length && added[j]!.number === added[j - 1]!.number + 1) j++;
    out.push(`@@ -0,0 +${added[i]!.number},${j - i} @@`);
    for (let k = i; k < j; k++) out.push(`+${added[k]!.text}`);
    i = j;
  }
  return out;
}

/** A line at least this long is handed on in pieces (line-pieces.ts), as the tree scan does. */
const LONG_LINE = PIECE + PIECE_OVERLAP;

export interface HistoryParser {
  batch(firstOrder: number): void;
  /** One line of history text (no '\n'), with the byte gate's verdict on it. */
  line(text: string, gate?: number): void;
  /**
   * A batch of history text, with the byte gate's verdicts per line (ByteGate.scan of the same
   * bytes). `open`: the batch was cut inside its last line (batcher.ts), which the next batch
   * goes on with. A long line, and one cut across batches, goes on in pieces: never whole.
   * A batch may come as several texts cut after a '\n': `first` is the index in `gates` of the
   * text's first line; returns the index after its last.
   */
  text(text: string, gates: Uint8Array | undefined, open: boolean, first?: number): number;
  end(): void;
  readonly commits: number;
}

/**
 * Parses history text. Each commit header sets the commit; the caller tells the order of the
 * first commit of each batch so findings can be ordered across batches.
 */
export function createHistoryParser(emit: OrderedEmit, whole?: (c: WholeFileCandidate) => void): HistoryParser {
  let commit: CommitInfo | null = null;
  let order = -1;
  let nextOrder = 0;
  let commits = 0;
  const diff = createDiffParser((f: DiffFile) => {
    if (!commit) return;
    if (whole && (f.from !== undefined || f.binary)) {
      const blobs = indexBlobs(f.index);
      whole({ commit, order, path: f.path, ...(f.from !== undefined ? { from: f.from } : {}), ...(f.binary ? { binary: true } : {}), ...(blobs ? { blobs } : {}) });
    }
    if (f.lines.length === 0) return;
    emit({ file: f.path, lines: f.lines, commit: commit.sha, author: commit.author, date: commit.date, ...(f.continued ? { continued: true } : {}), ...(f.before !== undefined ? { before: f.before } : {}) }, order);
  });
  const line = (text: string, gate?: number): void => {
    if (text.charCodeAt(0) === 0 && text.charCodeAt(1) === 1) {
      diff.end();
      commit = parseCommitHeader(text);
      order = nextOrder++;
      commits++;
      return;
    }
    diff.line(text, gate);
  };
  /** In the pieces of a commit header (a long author): only its first piece is read. */
  let headerPieces = false;
  const pieces = createLineSplitter({
    line: (text) => line(text),
    piece(text, offset, next): void {
      if (offset === 0) headerPieces = text.charCodeAt(0) === 0 && text.charCodeAt(1) === 1;
      if (headerPieces) {
        if (offset === 0) line(text);
      } else diff.piece(text, offset, next);
      if (next === undefined) headerPieces = false;
    },
  });
  /** The last batch was cut inside a line: this batch's first line goes on with it. */
  let inLine = false;
  return {
    batch(firstOrder: number): void {
      nextOrder = firstOrder;
    },
    line,
    text(text: string, gates: Uint8Array | undefined, open: boolean, first = 0): number {
      let start = 0;
      let k = first;
      const n = text.length;
      while (start < n) {
        let nl = text.indexOf('\n', start);
        const cut = nl === -1 && open;
        if (nl === -1) nl = n;
        const gate = gates ? gates[k++] : undefined;
        if (nl - start < LONG_LINE && !inLine && !cut) line(text.slice(start, nl), gate);
        else {
          // Pieces are cut as the text arrives; the '\n' ends the line (its last piece).
          pieces.push(text.slice(start, nl));
          inLine = cut;
          if (!cut) pieces.push('\n');
        }
        start = nl + 1;
      }
      return k;
    },
    end(): void {
      if (inLine) pieces.end(); // a batch cut inside its last line, and nothing after it
      inLine = false;
      diff.end();
    },
    get commits(): number {
      return commits;
    },
  };
}

/**
 * Calls `line` for every line of `text` (a batch always ends at a line boundary), with the
 * line's verdict from `gates` (ByteGate.scan of the same batch's bytes, a verdict per line).
 */
export function forEachLine(text: string, line: (l: string, gate?: number) => void, gates?: Uint8Array): void {
  let start = 0;
  let k = 0;
  const n = text.length;
  while (start < n) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = n;
    line(text.slice(start, nl), gates ? gates[k++] : undefined);
    start = nl + 1;
  }
}

export interface HistoryStream {
  /** The history text (git log's output), paused (backpressure pauses and resumes it). */
  readonly stdout: Readable;
  /** Its chunks, for the reader once it is ready (HeldOutput.release). */
  readonly output: HeldOutput;
  /** Resolves when git is done; rejects with a UsageError when git failed or an option is bad. */
  readonly done: Promise<void>;
  /** Stops git (a scan that will not read the stream); `done` then rejects. */
  stop(): void;
}

export interface Repository {
  /** The work tree's top level. */
  readonly root: string;
  /** The clone is shallow: commits before its boundary are not there to scan. */
  readonly shallow: boolean;
  /** HEAD names a commit (a fresh `git init` has none). */
  readonly headExists: boolean;
}

/**
 * Where the repository of `cwd` is, whether it is shallow and whether it has a commit, from one
 * git call (a process start costs the main thread 15-20 ms here): git prints the top level and
 * `true`/`false`, then HEAD's id and exits 0, or exits 1 when HEAD names no commit. Any other
 * answer is no repository (or no work tree): a usage error naming `mode`.
 */
export async function findRepository(cwd: string, mode: string): Promise<Repository> {
  const r = await runGit(['rev-parse', '--show-toplevel', '--is-shallow-repository', '--verify', '--quiet', 'HEAD^{commit}'], cwd);
  const [root = '', shallow = ''] = r.stdout.toString('utf8').split('\n');
  if ((r.code !== 0 && r.code !== 1) || root === '' || (shallow !== 'true' && shallow !== 'false')) throw notARepository(cwd, mode);
  return { root, shallow: shallow === 'true', headExists: r.code === 0 };
}

/**
 * Starts `git log -p` for the options. With a shard, `git rev-list` lists the commits and only
 * this shard's are fed to `git log --stdin --no-walk`, so git computes 1/N of the diffs; an empty
 * shard stops that log before it reads its (empty) input, on which git would show HEAD. git
 * starts right away (the caller then lowers its own priority, not git's); the user's range and
 * date are checked meanwhile, and a bad one stops git and rejects `done` with a usage error.
 */
export function startHistory(root: string, o: HistoryOptions, started?: StartedLog | null): HistoryStream {
  // A log the loader started (history-log.ts startLogEarly), at `root`: kept if it is this one.
  const early = started && isLogFor(started, o) ? started : null;
  if (started && !early) discardLog(started);
  const stops: ChildProcess[] = [];
  const checked = checkHistoryOptions(root, o).catch((e: unknown) => {
    for (const c of stops) c.kill();
    throw e;
  });
  let running: Promise<void>;
  let out: Readable;
  let output: HeldOutput;
  if (!o.shard) {
    // Read straight from git's pipe: a stream in between cost the main thread a pass per chunk.
    const log = early ?? spawnLog(root, o);
    stops.push(log.child);
    out = log.child.stdout!;
    output = log.output;
    // A log the loader started fails with the loader's UsageError class: made this one's.
    running = early ? log.running.catch((e: unknown) => Promise.reject(ownUsageError(e))) : log.running;
  } else {
    const { index, count } = o.shard;
    const pass = new PassThrough({ highWaterMark: 1024 * 1024 });
    out = pass;
    output = holdOutput(pass);
    const list = spawnGit(['rev-list', '--date-order', ...revisionArgs(o), '--'], root);
    const log = spawnGit([...logArgs(), '--no-walk=unsorted', '--stdin'], root, ['pipe', 'pipe', 'pipe'], LOG_ENV);
    stops.push(list, log);
    log.stdin!.on('error', () => {});
    log.stdout!.pipe(pass);
    let picked = 0;
    let rest = '';
    const feed = (shas: string[]): void => {
      if (shas.length === 0) return;
      picked += shas.length;
      if (!log.stdin!.write(shas.join('\n') + '\n')) {
        list.stdout!.pause();
        log.stdin!.once('drain', () => list.stdout!.resume());
      }
    };
    list.stdout!.setEncoding('utf8');
    list.stdout!.on('data', (s: string) => {
      const lines = (rest + s).split('\n');
      rest = lines.pop() ?? '';
      feed(lines.filter((sha) => sha !== '' && shardOf(sha, count) === index));
    });
    let empty = false;
    list.stdout!.on('end', () => {
      if (rest !== '' && shardOf(rest, count) === index) feed([rest]);
      if (picked > 0) return log.stdin!.end();
      // git log reads all of its input before it shows anything: stopped now, it shows nothing.
      empty = true;
      log.kill();
    });
    const logged = waitFor(log, 'git log').catch((e: unknown) => {
      if (!empty) throw e;
    });
    running = Promise.all([waitFor(list, 'git rev-list'), logged]).then(() => undefined);
  }
  const done = Promise.allSettled([checked, running]).then(([c, r]) => {
    if (c.status === 'rejected') throw c.reason;
    if (r.status === 'rejected') throw r.reason;
  });
  // The caller awaits `done` after reading `stdout`; until then a failure is not unhandled.
  done.catch((e: unknown) => (out instanceof PassThrough ? out.end() : out.destroy(e as Error)));
  return { stdout: out, output, done, stop: () => stops.forEach((c) => c.kill()) };
}

/** How many commits the scan will cover (for the progress line only; costs one history walk). */
export async function countCommits(root: string, o: HistoryOptions): Promise<number | undefined> {
  if (o.shard) return undefined;
  const r = await runGit(['rev-list', '--count', ...revisionArgs(o), '--'], root);
  return r.code === 0 ? Number(r.stdout.toString('utf8').trim()) : undefined;
}

/** A finding of history with its commit's position in the log (higher = older). */
export interface OrderedFinding {
  readonly finding: Finding;
  readonly order: number;
  /** The text the finding spans on its line (the secret itself unless it was decoded from it). */
  readonly literal: string;
}

/**
 * One finding per file and secret: the one at the oldest commit (the one that introduced it),
 * with the number of later times it was added again. The log lists children before parents,
 * so the highest order is the oldest.
 */
export function dedupeHistory(found: readonly OrderedFinding[]): OrderedFinding[] {
  const best = new Map<string, { of: OrderedFinding; count: number }>();
  for (const of of found) {
    const key = `${of.finding.fingerprint}\u0000${of.finding.secret}`;
    const cur = best.get(key);
    if (!cur) {
      best.set(key, { of, count: 1 });
      continue;
    }
    cur.count++;
    if (of.order > cur.of.order || (of.order === cur.of.order && of.finding.line < cur.of.finding.line)) cur.of = of;
  }
  // Oldest first, so a report reads in the order the secrets were committed.
  const kept = [...best.values()].sort(
    (a, b) => b.of.order - a.of.order || cmp(a.of.finding.file, b.of.finding.file) || a.of.finding.line - b.of.finding.line || a.of.finding.column - b.of.finding.column,
  );
  return kept.map(({ of, count }) => (count > 1 ? { ...of, finding: { ...of.finding, occurrences: count - 1 } } : of));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Marks each finding with whether its text still occurs anywhere in HEAD (so a moved secret
 * still counts): a lookup in HEAD's version of the files each was found in settles most of them,
 * then one pass over HEAD's blobs for all the others at once (sources/head-search.ts).
 */
export async function markInHead(head: HeadReader, found: readonly OrderedFinding[]): Promise<void> {
  const filesOf = new Map<string, string[]>();
  for (const f of found) {
    if (f.literal === '' || f.literal.includes('\n')) continue;
    const files = filesOf.get(f.literal);
    if (!files) filesOf.set(f.literal, [f.finding.file]);
    else if (!files.includes(f.finding.file)) files.push(f.finding.file);
  }
  const present = await head.find([...filesOf.keys()], filesOf);
  for (const f of found) f.finding.inHead = present.has(f.literal);
}
