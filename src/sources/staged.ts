// Staged source (pre-commit): the lines the index adds relative to HEAD, or to the empty
// tree before the first commit. Reads what is staged, never the working tree.

import { setFlagsFromString } from 'node:v8';
import type { Fragment } from '../types.js';
import { gitFailure, type GitResult, type GitStream } from '../git.js';
import { ownUsageError, UsageError } from '../types.js';
import { createDiffParser, parseDiffText, type DiffFile } from './diff-parser.js';
import { startStagedGit, takeStagedGit } from './staged-git.js';
import { createLineSplitter } from './line-pieces.js';
import { createDecoder } from './text-decoding.js';

export interface StagedScan {
  readonly root: string;
  /**
   * Hands every file of the staged diff to `each`, in diff order: its added lines (a big file in
   * windows, see diff-parser.ts), and renamed/copied and binary entries, which whole-file.ts may
   * read whole. Resolves once git's output is read. Call it once: a big diff is parsed as git
   * writes it and never held whole, so at most one window of its lines is alive at a time.
   */
  forEach(each: (file: DiffFile) => void): Promise<void>;
  /** Ends git's diff if forEach was never called (the scan failed before it). */
  close(): void;
}

/** The fragment a diff file's added lines make. */
export function fragmentOf(f: DiffFile): Fragment {
  return { file: f.path, lines: f.lines, ...(f.continued ? { continued: true } : {}), ...(f.before !== undefined ? { before: f.before } : {}) };
}

export async function stagedFragments(cwd: string): Promise<StagedScan> {
  // Both git calls at once (the hook's time is mostly process start-up), or taken over from
  // the loader, which started them before the CLI was even compiled.
  const git = takeStagedGit(cwd) ?? startStagedGit(cwd);
  const [top, r] = await Promise.all([git.root, git.diff]).catch((e: unknown) => {
    throw ownUsageError(e);
  });
  if (top.code !== 0) {
    if ('head' in r) r.kill();
    throw new UsageError(`--staged needs a git repository, and ${cwd} is not inside one`);
  }
  const root = top.stdout.toString('utf8').trim();
  if ('head' in r) return { root, forEach: (each) => forEachStreamed(r, each), close: () => r.kill() };
  if (r.code !== 0) throw gitFailure('git diff --cached', r);
  return { root, forEach: async (each) => forEachLine(r, each), close: () => {} };
}

/** How much V8 may grow the heap past its live size while a big staged diff streams (forEachStreamed). */
const STREAMED_HEAP_GROWING_PERCENT = 20;

/**
 * Caps V8's heap growth for the rest of the run (see forEachStreamed): for a staged scan that
 * streams a big diff, or reads a file whole from the index (whole-file.ts completeStaged).
 */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${STREAMED_HEAP_GROWING_PERCENT}`);
}

/** The common case: a diff small enough to have been read whole. */
function forEachLine(r: GitResult, each: (file: DiffFile) => void): void {
  parseDiffText(r.stdout.toString('utf8'), each);
}

/**
 * A big diff, parsed as git writes it: each chunk is split into lines and handed to the parser,
 * whose windows `each` scans before the next chunk is read (git waits on the pipe meanwhile).
 */
function forEachStreamed(s: GitStream, each: (file: DiffFile) => void): Promise<void> {
  // Every added line is an object until its window is scanned: a 12 MB file of newlines makes
  // 12 M of them, a few MB alive at any time. V8 promotes some and, collecting often, lets the
  // old generation grow by up to 4x its live size between collections: the node process peaked
  // at 186-288 MB in 1 run of 4-8 (15 runs against ~120 MB in the others, test/e2e/large-input).
  // Growth by 20% at most keeps it near its live size (12 runs: at most 166 MB). Set only here:
  // a V8 flag changed makes node compile the built-ins it loads later from source, which a diff of
  // over STREAM_ABOVE bytes does not notice.
  boundHeapGrowth();
  return new Promise((resolve, reject) => {
    const p = createDiffParser(each);
    const decoder = createDecoder('utf8');
    // A long added line goes on in pieces (line-pieces.ts): never held whole.
    const split = createLineSplitter({ line: (text) => p.line(text), piece: (text, offset, next) => p.piece(text, offset, next) });
    let failed = false;
    const fail = (e: unknown): void => {
      if (failed) return;
      failed = true;
      s.kill();
      reject(e);
    };
    s.hold();
    try {
      for (const b of s.head) split.push(decoder.write(b));
    } catch (e) {
      fail(e);
      return;
    }
    s.head.length = 0;
    s.stdout.on('data', (b: Buffer) => {
      try {
        split.push(decoder.write(b));
      } catch (e) {
        fail(e);
      }
    });
    s.stdout.on('error', fail);
    s.stdout.on('end', () => {
      if (failed) return;
      try {
        split.push(decoder.end());
        split.end();
        p.end();
      } catch (e) {
        fail(e);
        return;
      }
      s.done.then(({ code, stderr }) => (code === 0 ? resolve() : reject(gitFailure('git diff --cached', { code, stdout: Buffer.alloc(0), stderr }))), reject);
    });
    s.stdout.resume();
  });
}
