// Runs one scan: picks the source for the mode, runs the engine over its fragments and the
// filter over the findings. Returns plain data; printing and exit codes are the CLI's job.
// Modes load their modules lazily so the pre-commit path (--staged) imports only what it needs.

import { type Finding, type Fragment } from './types.js';
import { customRules, loadConfig, type Config } from './config/config.js';
import { filterFindings, pathAllower } from './config/filter.js';
import { loadHashing } from './config/fingerprint.js';
import { createEngine, prepareByteGate, prepareEngine } from './detect/engine.js';
import type { SkippedFile } from './sources/worktree.js';
import type { JobResult } from './parallel/jobs.js';
import type { OrderedFinding } from './sources/history.js';
import type { DiffFile } from './sources/diff-parser.js';
import type { HeadReader } from './sources/head-search.js';
import type { TreeReader } from './parallel/tree-reader.js';
import type { YoungGenerationCap } from './parallel/heap.js';
import { takeEarlyLog } from './sources/history-log.js';

export type ScanMode = 'staged' | 'paths' | 'history';

export interface ScanOptions {
  readonly mode: ScanMode;
  readonly paths: readonly string[];
  readonly cwd: string;
  /** --config FILE, or false for --no-config, or undefined for the default. */
  readonly config?: string | false;
  readonly maxFileSize?: number;
  /** History mode: a revision range (`A..B`), every ref (`--all`), a start date, a shard `K/N`. */
  readonly range?: string;
  readonly all?: boolean;
  readonly since?: string;
  readonly shard?: { readonly index: number; readonly count: number };
  /** No progress line even on a terminal. */
  readonly quiet?: boolean;
  /** Detection worker threads (default: measured best for the machine; 0 = main thread only). */
  readonly workers?: number;
  /**
   * History mode: once git runs, lower this process's CPU priority so git keeps its core
   * (parallel/priority.ts). The CLI sets it; a library caller keeps its priority unless it asks.
   */
  readonly yieldToGit?: boolean;
}

export interface ScanStats {
  files: number;
  lines: number;
  bytes: number;
  durationMs: number;
  skipped: SkippedFile[];
  /** History mode: commits scanned. */
  commits?: number;
  /** History mode: the repository is a shallow clone, so older commits were not scanned. */
  shallow?: boolean;
}

export interface ScanResult {
  readonly findings: Finding[];
  readonly stats: ScanStats;
  readonly config: Config;
  /** Repository root in git modes, else the directory paths are relative to. */
  readonly root: string;
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/**
 * A pull request's range (`--range`, `--since`): its worker starts once this much patch text has
 * come, and a range of at most RANGE_MAIN_UP_TO that is all in before the worker is ready is
 * scanned on the main thread instead (the worker is stopped). Measured on flask and fastapi
 * ranges, against the main thread for the first 1 MB and a worker for the rest (bench/README.md,
 * twenty-second pass).
 */
export const RANGE_WORKER_AFTER = 512 * 1024;
export const RANGE_MAIN_UP_TO = 1024 * 1024;
/**
 * History batches: big enough that messaging costs nothing, small enough to spread over lanes
 * and to leave little for the lane once git is done (the last batch is scanned after git exits:
 * flask's history took 53-67 ms from git's end to the lane's with 1 MB batches, 30-35 ms with
 * 256 KB); a huge commit goes in 2 MB batches (8 MB: a 200 MB file's history peaked at
 * 196-205 MB, 2 MB: 158-160).
 */
const BATCH = { minBytes: 256 * 1024, maxBytes: 2 * 1024 * 1024 };
/** Files per job in a tree scan. */
const FILES_PER_JOB = 64;

/** Scans fragments one at a time on this thread (the staged scan): findings and counts. */
function fragmentScanner(config: Config, stats: ScanStats): { scan(fragment: Fragment): void; readonly findings: Finding[] } {
  const engine = createEngine({ disable: new Set(config.disable), extraRules: customRules(config) });
  const allowed = pathAllower(config);
  const findings: Finding[] = [];
  const scan = (fragment: Fragment): void => {
    if (allowed(fragment.file)) return;
    if (!fragment.continued) stats.files++;
    for (const l of fragment.lines) {
      // A long line comes in overlapping pieces (SourceLine.next): one line, its bytes once.
      if (l.next === undefined) {
        stats.lines++;
        stats.bytes += l.text.length + 1;
      } else stats.bytes += l.next;
    }
    const found = engine.detect(fragment);
    if (found.length === 0) return;
    const byNumber = new Map(fragment.lines.map((l) => [l.number, l.text]));
    if (fragment.before) byNumber.set(fragment.before.number, fragment.before.text);
    // A loop, not push(...): one fragment may hold more findings than a call takes arguments.
    for (const f of filterFindings(found, config, (n) => byNumber.get(n))) findings.push(f);
  };
  return { scan, findings };
}

function addCounts(stats: ScanStats, r: JobResult): void {
  stats.files += r.files;
  stats.lines += r.lines;
  stats.bytes += r.bytes;
  for (const s of r.skipped) stats.skipped.push(s);
  if (stats.commits !== undefined) stats.commits += r.commits;
}

/** `busy`: cores kept busy by something else for the whole scan (git log in history mode). */
async function workerCount(options: ScanOptions, busy = 0): Promise<number> {
  if (options.workers !== undefined) return options.workers;
  const [{ defaultWorkers }, { availableParallelism }] = await Promise.all([import('./parallel/pool.js'), import('node:os')]);
  return defaultWorkers(availableParallelism() - busy);
}

/** Workers beside the main thread for a tree scan (pool.ts defaultTreeWorkers). */
async function treeWorkerCount(options: ScanOptions): Promise<number> {
  if (options.workers !== undefined) return options.workers;
  const [{ defaultTreeWorkers }, { availableParallelism }] = await Promise.all([import('./parallel/pool.js'), import('node:os')]);
  return defaultTreeWorkers(availableParallelism());
}

async function scanTree(options: ScanOptions, stats: ScanStats): Promise<{ findings: Finding[]; config: Config; base: string }> {
  const [{ listFiles, expectsManyFiles, indexEntries }, { createPool, treeWorkersFor, workerEntry, READER_YOUNG_GEN_MB }, { scanWithReader, startReader, stopReader }, { createProgress }, { DETECT_V8_FLAGS, READER_MAIN_V8_FLAGS, SHARED_CORES_V8_FLAGS }, { setFlagsFromString }, { lowerOtherThreads }, { capYoungGeneration }] = await Promise.all([
    import('./sources/worktree.js'),
    import('./parallel/pool.js'),
    import('./parallel/tree-reader.js'),
    import('./progress.js'),
    import('./parallel/jobs.js'),
    import('node:v8'),
    import('./parallel/priority.js'),
    import('./parallel/heap.js'),
  ]);
  const listed = listFiles(options.paths, options.cwd);
  const workerCount = await treeWorkerCount(options);
  // A tree scan with a reader beside the main thread (two cores: tree-reader.ts) starts it now
  // when the index already counts files enough for one, so that it boots while git lists them;
  // otherwise once they are listed, if they are enough.
  const readerEntry = workerCount === 1 ? workerEntry() : null;
  const withReader = (): TreeReader => {
    const started = startReader(readerEntry!, READER_YOUNG_GEN_MB);
    // Every other thread (V8's helpers, and the reader's, which now exists, as it boots) leaves
    // the main thread its core (priority.ts HELPER_NICE). Unasked, unlike yieldToGit: a reader
    // runs only from the built bundle (pool.ts workerEntry), which is the CLI's process.
    lowerOtherThreads();
    return started;
  };
  let reader = readerEntry !== null && treeWorkersFor(indexEntries(options.paths, options.cwd), workerCount) === 1 ? withReader() : null;
  // git is listing the files: meanwhile, for a repository of more than a few dozen files, the
  // main thread builds the byte gate its engine would build after the first 256 KB of text. A
  // few files (a path or two on the command line) keep the JavaScript pass: the gate's ~30-40 ms
  // build was a sixth of a one-file scan.
  if (expectsManyFiles(options.paths, options.cwd)) prepareByteGate();
  let listing: Awaited<typeof listed>;
  let config: Config;
  try {
    listing = await listed;
    config = loadConfig(options.config, listing.base);
  } catch (e) {
    if (reader !== null) stopReader(reader);
    throw e;
  }
  const maxBytes = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const progress = createProgress({ unit: 'files', total: listing.files.length, quiet: options.quiet });
  const findings: Finding[] = [];
  let done = 0;
  const workers = treeWorkersFor(listing.files.length, workerCount);
  const shared = workers > 0;
  // The main thread is a lane of the tree scan: the same inlining budget as history workers,
  // before the detectors get hot (rails tree 2.55 -> 2.38 s, prometheus 1.62 -> 1.47 s, with the
  // main thread alone; interleaved runs, 2026-12-02), and with workers beside it the later
  // optimization (jobs.ts SHARED_CORES_V8_FLAGS). V8 flags are per process: set here, they hold
  // for the workers too. Set after the built-in modules the scan loads: node's code cache for
  // them is stamped with V8's flags, and a module loaded after a change is compiled from source.
  loadHashing();
  // The detecting main thread's young generation, bounded once it has grown (heap.ts).
  let cap: YoungGenerationCap | null = null;
  const onResult = (r: JobResult): void => {
    cap?.check();
    addCounts(stats, r);
    for (const f of r.findings) findings.push(f);
    done += r.files + r.skipped.length;
    progress.update(done, stats.bytes, findings.length);
  };
  // One worker beside the main thread (two cores): it reads, the main thread detects (tree-reader.ts).
  if (workers === 1 && readerEntry !== null) {
    reader ??= withReader();
    setFlagsFromString(READER_MAIN_V8_FLAGS);
    cap = capYoungGeneration();
    try {
      await scanWithReader(reader, { config, files: listing.files, base: listing.base, maxBytes, onResult });
    } finally {
      cap.release();
    }
  } else {
    // Started for a tree the index said was big enough, that turned out not to be.
    if (reader !== null) stopReader(reader);
    setFlagsFromString(shared ? SHARED_CORES_V8_FLAGS : DETECT_V8_FLAGS);
    // The main thread alone (heap.ts); beside detecting workers, whose young generations the
    // process-wide bound would hold too, it is not measured.
    cap = shared ? null : capYoungGeneration();
    const pool = createPool({
      config,
      // The main thread is a lane too: one worker fewer.
      workers,
      mainLane: true,
      // Started at once: treeWorkersFor left them out of a tree too small for them.
      warmupBytes: 0,
      onResult,
    });
    try {
      for (let i = 0; i < listing.files.length; i += FILES_PER_JOB) {
        const files = listing.files.slice(i, i + FILES_PER_JOB);
        pool.submit({ kind: 'files', files, base: listing.base, maxBytes }, files.length);
      }
      await pool.close();
    } finally {
      cap?.release();
    }
  }
  progress.end();
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  stats.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { findings, config, base: listing.base };
}

async function scanHistory(options: ScanOptions, stats: ScanStats): Promise<{ findings: Finding[]; config: Config; base: string }> {
  const [history, { topLevel }, { createPool }, { createBatcher, createBatchBuffers }, { createProgress, distinctCount }, { yieldToChildren }] = await Promise.all([
    import('./sources/history.js'),
    import('./sources/staged-git.js'),
    import('./parallel/pool.js'),
    import('./parallel/batcher.js'),
    import('./progress.js'),
    import('./parallel/priority.js'),
  ]);
  // git log starts first, at the nearest directory up from here holding a `.git` (found without
  // a process start), while one git call says where the repository is, whether HEAD has a commit
  // and whether the clone is shallow. Where that `.git` is not a repository git looks further up,
  // from there as from here: either the same repository's log, whole (DIFF_OPTIONS has
  // --no-relative), or none. flask: git log started ~50 ms sooner, two process starts fewer.
  // For a whole history the loader started it already, before it loaded the CLI
  // (history-log.ts startLogEarly): taken here when it is the one these options ask for.
  const guess = topLevel(options.cwd);
  const started = takeEarlyLog(options.cwd, guess);
  const early = guess !== null ? history.startHistory(guess, options, started) : null;
  // Awaited below when kept; until then (or if stopped) a failing git is not an unhandled rejection.
  early?.done.catch(() => {});
  let config: Config;
  let repo: Awaited<ReturnType<typeof history.findRepository>>;
  try {
    // From the directory given (git finds the repository upwards).
    repo = await history.findRepository(options.cwd, '--history');
    config = loadConfig(options.config, repo.root);
  } catch (e) {
    early?.stop();
    throw e;
  }
  const { root, headExists } = repo;
  stats.commits = 0;
  if (repo.shallow) stats.shallow = true;
  if (!headExists && !options.all) {
    early?.stop();
    return { findings: [], config, base: root };
  }
  const progress = createProgress({
    unit: 'commits',
    ...(options.quiet || !process.stderr.isTTY ? {} : { total: await history.countCommits(root, options) }),
    quiet: options.quiet,
  });
  const found: OrderedFinding[] = [];
  const distinct = distinctCount(); // the progress line counts findings as the report will
  // Renames out of allow-listed paths and UTF-16/32 files: their whole content (whole-file.ts),
  // asked of git as the lanes find them, while the log runs.
  const whole = (await import('./sources/whole-file.js')).historyWholeFiles(root, config, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  /** A pull request's commits, not the whole history. */
  const partial = options.range !== undefined || options.since !== undefined;
  // "Still in HEAD?" (below): the lanes' findings are offered to it as they come.
  let head: HeadReader | null = null;
  const buffers = createBatchBuffers();
  const pool = createPool({
    config,
    recycle: buffers.recycle,
    // git log keeps a core busy producing the diff.
    workers: await workerCount(options, 1),
    // A whole history goes to the workers from the first byte, so the main thread's V8 does not
    // spend CPU compiling the detectors a second time (measured ~0.3 s on the bench repository).
    // A pull request's range starts its worker once past RANGE_WORKER_AFTER and waits for it,
    // unless the whole range is in before the worker is ready and is at most RANGE_MAIN_UP_TO:
    // then the main thread scans it (pool.ts mainUpTo).
    warmupBytes: partial ? RANGE_WORKER_AFTER : 0,
    mainUpTo: partial ? RANGE_MAIN_UP_TO : 0,
    onResult(r) {
      addCounts(stats, r);
      for (let i = 0; i < r.findings.length; i++) {
        found.push({ finding: r.findings[i]!, order: r.orders[i]!, literal: r.literals[i]! });
        // Whether it is still in HEAD, answered now where that is cheap (head-search.ts offer).
        head?.offer(r.literals[i]!, r.findings[i]!.file);
      }
      for (const w of r.wholeFiles) whole.add(w);
      progress.update(stats.commits ?? 0, stats.bytes, distinct.add(r.findings));
    },
  });
  // The workers change V8's flags, for the whole process: node:crypto (the report's
  // fingerprints) is loaded first, as a tree scan does.
  loadHashing();
  const stream = early ?? history.startHistory(root, options);
  // Once git log runs (it keeps its priority). Threads and processes started later from this
  // thread (ls-tree and cat-file reading HEAD, the files read whole, the workers) take ours.
  if (options.yieldToGit) yieldToChildren();
  // "Still in HEAD?" needs every blob of HEAD. For a whole history (findings are all but certain)
  // git reads them while the log is scanned, so the check at the end only searches what is
  // already here, and what the findings that came meanwhile left (head-search.ts offer); a pull
  // request's range reads them only if something was found.
  head = headExists && !partial ? history.openHead(root) : null;
  // A whole history's files read whole: their git processes start now, while this process is small.
  if (!partial) whole.start();
  // A whole history goes to the workers from its first byte: start them (their V8 start-up and
  // the byte gate's table) while git starts up and computes the first batch. After the git
  // processes above: a process start waits for the child to exec, and with a worker booting on
  // the other core each start blocked this thread (git log's reader) 13-27 ms instead of 3-6
  // (flask; bench/README.md, sixteenth pass).
  if (!partial) pool.start();
  // Awaited below; until then a failing git must not count as an unhandled rejection.
  stream.done.catch(() => {});
  const out = stream.stdout;
  let seq = 0;
  const batcher = createBatcher((data, continues) => pool.submit({ kind: 'history', seq: seq++, data, continues }, data.byteLength, continues), BATCH, buffers);
  // Backpressure: when the lanes fall behind, stop reading git (it then blocks on the pipe).
  pool.onDrain(() => out.resume());
  const read = (chunk: Buffer): void => {
    batcher.push(chunk);
    if (pool.saturated) {
      out.pause();
      pool.onDrain(() => out.resume());
    }
  };
  // git's output waited in the pipe (history-log.ts holdOutput) until now.
  const ended = stream.output.release(read);
  if (!pool.saturated) out.resume();
  try {
    try {
      await ended;
      batcher.end();
      // git is done and its core free while the worker finishes: get HEAD's blobs ready.
      head?.prepare();
      await stream.done;
    } finally {
      await pool.close();
      progress.end();
    }
    const read = await whole.finish();
    addCounts(stats, read);
    for (let i = 0; i < read.findings.length; i++) found.push({ finding: read.findings[i]!, order: read.orders[i]!, literal: read.literals[i]! });
  } catch (e) {
    // A failed scan never waits for git to finish reading HEAD or the files read whole.
    head?.close();
    whole.close();
    throw e;
  }
  const kept = history.dedupeHistory(found);
  const reader = head ?? (headExists && kept.length > 0 ? history.openHead(root) : null);
  if (reader) await history.markInHead(reader, kept);
  return { findings: kept.map((k) => k.finding), config, base: root };
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const stats: ScanStats = { files: 0, lines: 0, bytes: 0, durationMs: 0, skipped: [] };
  let result: { findings: Finding[]; config: Config; base: string };
  if (options.mode === 'history') {
    result = await scanHistory(options, stats);
  } else if (options.mode === 'staged') {
    const [{ stagedFragments, fragmentOf }, { needsWholeFile }] = await Promise.all([import('./sources/staged.js'), import('./sources/diff-parser.js')]);
    const staged = stagedFragments(options.cwd); // git starts here
    prepareEngine();
    const source = await staged;
    const { root, forEach } = source;
    try {
      const config = loadConfig(options.config, root);
      const scanner = fragmentScanner(config, stats);
      const allowed = pathAllower(config);
      // Renames out of allow-listed paths and UTF-16/32 files are read whole at the end
      // (whole-file.ts); their diff lines wait, for when the whole file cannot be read.
      const entries: DiffFile[] = [];
      const held = new Map<string, Fragment[]>();
      await forEach((f) => {
        if (!f.continued && (f.from !== undefined || f.binary) && needsWholeFile(f, allowed)) {
          entries.push(f);
          held.set(f.path, []);
        }
        if (f.lines.length === 0) return;
        const h = held.get(f.path);
        if (h) h.push(fragmentOf(f));
        else scanner.scan(fragmentOf(f));
      });
      if (entries.length > 0) {
        const whole = await (await import('./sources/whole-file.js')).completeStaged(root, [...held.values()].flat(), entries, config, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, scanner.scan);
        for (const s of whole.skipped) stats.skipped.push(s);
      }
      result = { findings: scanner.findings, config, base: root };
    } finally {
      // A scan that failed before reading the whole diff (a bad config) must not leave git waiting.
      source.close();
    }
  } else {
    result = await scanTree(options, stats);
  }
  stats.durationMs = Math.round(performance.now() - started);
  return { findings: result.findings, stats, config: result.config, root: result.base };
}
