// The work a detection lane (worker thread or the main thread) does on one job: parse a batch
// of history text or read a batch of files, run the engine and the filter, return findings.

import type { Finding, Fragment } from '../types.js';
import type { Config } from '../config/config.js';
import { customRules } from '../config/config.js';
import { filterFindings, pathAllower } from '../config/filter.js';
import { createEngine } from '../detect/engine.js';
import type { ByteGate } from '../detect/gate/byte-gate.js';
import { createHistoryParser, type WholeFileCandidate } from '../sources/history.js';
import { readFileWindows, relativeName, scanWhole, type FileRead, type SkippedFile } from '../sources/worktree.js';

/** Commits of one batch are numbered from `seq * ORDER_STRIDE`, so orders grow along the log. */
export const ORDER_STRIDE = 2 ** 24;

export type Job =
  | {
      readonly kind: 'history';
      readonly seq: number;
      /**
       * `git log` output; may end inside a commit (then the next job goes to the same lane), and
       * then also inside a line too long for one batch (it does not end with '\n').
       */
      readonly data: Uint8Array;
      /** True when the batch ends inside a commit. */
      readonly continues: boolean;
    }
  | { readonly kind: 'files'; readonly files: readonly string[]; readonly base: string; readonly maxBytes: number }
  /** Files a tree reader read (tree-reader.ts): `files` is the whole list, `batch` says which and holds their bytes. */
  | { readonly kind: 'read'; readonly files: readonly string[]; readonly base: string; readonly maxBytes: number; readonly batch: ReadBatch };

/** Files of a tree scan read by the tree reader (tree-reader.ts), with their bytes and the byte gate's verdicts. */
export interface ReadBatch {
  /** Indices in the scan's list of files. */
  readonly index: Int32Array;
  /**
   * Four per file: where its bytes start and end in `bytes`, and its verdicts in `verdicts`. A
   * start of -1: the reader did not read it (not a small UTF-8 file read whole, or it failed);
   * the lane reads it itself, as any other.
   */
  readonly spans: Int32Array;
  /**
   * The files' bytes and (below) their lines' verdicts: usually a slot of the reader's shared
   * memory, which it writes the next batch into once this one is said to be scanned, so nothing
   * may keep a view of either after the scan (lines and findings are copies).
   */
  readonly bytes: Uint8Array;
  /** Null when the reader has no byte gate (a rule's keyword is not ASCII). */
  readonly verdicts: Uint8Array | null;
}

export interface JobResult {
  findings: Finding[];
  /** History jobs: the log order of each finding's commit (parallel to `findings`). */
  orders: number[];
  /** The text each finding spans on its line (parallel to `findings`): what to look for in HEAD, even when the secret was decoded from it. */
  literals: string[];
  commits: number;
  files: number;
  lines: number;
  bytes: number;
  skipped: SkippedFile[];
  /** History jobs: renamed/copied and binary files, which the scan may read whole (sources/whole-file.ts). */
  wholeFiles: WholeFileCandidate[];
  /** History jobs: the batch's buffer, which nothing here holds on to, handed back for the next batches (batcher.ts). */
  buffer?: ArrayBuffer;
}

/**
 * A lane runs the detectors over 100,000s of lines, and V8's optimizing compiler kept
 * recompiling them with everything inlined: on pallets/flask's history it executed 3.5 G of the
 * 8.4 G instructions of detection (valgrind), growing with the history as functions deoptimize
 * and are compiled again. A smaller inlining budget cuts that to 2.5 G (7.3 G in all) while the
 * compiled code runs as fast (1.54 G vs 1.53 G). V8 flags are per process: history workers and a
 * tree scan's main thread set it before the detectors are compiled (bench/README.md).
 */
export const DETECT_V8_FLAGS = '--max-inlined-bytecode-size-cumulative=300';
/**
 * Lanes that share the cores (a history worker beside git log, a tree scan's main thread beside
 * a worker) also wait longer before they optimize a function: a 7.5x larger budget than V8's
 * (132 KB of bytecode run), so the compiler works on the code that runs all along rather than on
 * every function that warms up. TurboFan's background threads took ~600 ms CPU of a ~2 s flask
 * history scan, and ~1.5 s per isolate of a rails tree scan (`--trace-opt`: 183 compilations;
 * 67 with this budget, 0.4 s), CPU that on two cores the other lane needs. History: CPU -9 to
 * -15%. Tree, the main thread alone with V8's budget against main thread + one worker with
 * this one: rails 1.78 -> 1.56 s, prometheus 1.55 -> 1.33 s, fastapi 1.84 -> 1.53 s (with V8's
 * budget the worker made it slower: rails 2.05 s; bench/README.md). Not for a tree scan's main
 * thread alone: its compiler threads use the core it leaves idle, and rails took 1.90 s with it.
 */
export const SHARED_CORES_V8_FLAGS = `${DETECT_V8_FLAGS} --interrupt-budget=1000000`;
/**
 * A tree scan's main thread beside a reader (tree-reader.ts), the one thread that detects: its
 * compiler threads share the other core with the reader, so a budget between V8's and the one
 * above. rails, 2 cores, interleaved medians (2026-12-04): 1042 ms against 1119 ms with V8's
 * (15 runs), 1027 against 1112 ms (9 runs); 200 K, 300 K and 500 K alike (13 runs). Its
 * scavenges without V8's helper threads: the main thread copies the few survivors alone, and the
 * helpers' tasks no longer take the reader's core (both cores are busy to the end). rails, five
 * interleaved sets of 11-17 runs, pairs -12 to -38 ms (median -19); flask's history (a worker
 * beside git log) +29 ms, so not there. A flag read as each scavenge starts: set between two,
 * it holds from the next (the marking flags, read while marking runs, abort V8 when changed).
 */
export const READER_MAIN_V8_FLAGS = `${DETECT_V8_FLAGS} --interrupt-budget=300000 --no-parallel-scavenge`;

export type Detector = (job: Job) => JobResult;

/**
 * Bytes of history a detector not made for a history worker scans with the JavaScript keyword
 * pass before it builds the byte gate (engine.ts TEXT_GATE_AFTER is the same for text).
 */
export const HISTORY_GATE_AFTER = 256 * 1024;

/**
 * Bytes of a batch decoded at a time, cut after a '\n' (a long line is decoded whole, up to its
 * end or the batch's). Each text stays a young-generation string the parser slices and the
 * collector frees: one string for a whole 1-2 MB batch went to the large-object space, and
 * allocating and flattening those cost ~0.5 s over pallets/flask's 13 MB log (bench/README.md).
 */
export const DECODE_BYTES = 64 * 1024;

/** Where the text decoded from `at` ends: after the last '\n' within DECODE_BYTES, or the next one, or the batch's end. */
export function pieceEnd(data: Buffer, at: number): number {
  if (data.length - at <= DECODE_BYTES) return data.length;
  const nl = data.lastIndexOf(10, at + DECODE_BYTES - 1);
  if (nl >= at) return nl + 1;
  const next = data.indexOf(10, at + DECODE_BYTES);
  return next === -1 ? data.length : next + 1;
}

/**
 * A detector keeps the history parser's state between jobs, so a commit may span two jobs of one lane.
 * `historyLane`: build the byte gate now (a history worker, started before git's first batch arrives).
 */
export function createDetector(config: Config, historyLane = false): Detector {
  const engine = createEngine({ disable: new Set(config.disable), extraRules: customRules(config) });
  const allowed = pathAllower(config);
  let out: JobResult;
  const fresh = (): JobResult => ({ findings: [], orders: [], literals: [], commits: 0, files: 0, lines: 0, bytes: 0, skipped: [], wholeFiles: [] });

  /** `countLines`: false when the caller counts the lines itself (the files job: the reader's count). Whether the file is scanned (not allow-listed). */
  const scanFragment = (fragment: Fragment, order: number, countLines = true): boolean => {
    if (allowed(fragment.file)) return false;
    if (!fragment.continued) out.files++;
    if (countLines) for (const l of fragment.lines) if (l.next === undefined) out.lines++; // a long line's pieces count once
    const found = engine.detect(fragment);
    if (found.length === 0) return true;
    const byNumber = new Map(fragment.lines.map((l) => [l.number, l.text]));
    if (fragment.before) byNumber.set(fragment.before.number, fragment.before.text); // an allow-next-line comment just before a window
    for (const f of filterFindings(found, config, (n) => byNumber.get(n))) {
      out.findings.push(f);
      out.orders.push(order);
      // A private key's header is the same for every key: whether the key is still in HEAD is
      // whether its first line of material is (engine.ts keyMaterialAfter).
      out.literals.push(f.identity ?? (byNumber.get(f.line)?.slice(f.column - 1, f.endColumn - 1) || f.secret));
    }
    return true;
  };
  // The files job: the reader counts a file's lines as it makes them (one pass fewer over them).
  let fileScanned = false;
  const scanFileFragment = (fragment: Fragment): void => {
    if (scanFragment(fragment, 0, false)) fileScanned = true;
  };
  /** A file's counts, once it is read and scanned (fileScanned says whether it was). */
  const tally = (r: FileRead): void => {
    if (r.skipped) out.skipped.push(r.skipped);
    // An allow-listed file's lines are not counted (scanFragment), its bytes are.
    if (fileScanned) out.lines += r.lines ?? 0;
    out.bytes += r.bytes;
  };
  const history = createHistoryParser(scanFragment, (c) => out.wholeFiles.push(c));
  // Built at once for a history worker; elsewhere (a pull request's first commits on the main
  // thread, the files read whole at the end) once HISTORY_GATE_AFTER bytes of history came
  // through: the gate's automaton took 36 ms to build, more than the JavaScript pass costs a few
  // commits. A tree scan never needs it.
  let gate: ByteGate | null | undefined = historyLane ? engine.byteGate() : undefined;
  let historyBytes = 0;
  // A streaming TextDecoder, as the tree scan reads files (text-decoding.ts): on Node 20 it decodes
  // pallets/flask's 13 MB log about 7x faster than Buffer#toString or a TextDecoder used without
  // `stream` (both V8's own UTF-8 decoder), into the same strings. ignoreBOM: a U+FEFF starting a
  // batch is content. A batch never ends inside a character (batcher.ts), but could carry one over.
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

  return (job: Job): JobResult => {
    out = fresh();
    if (job.kind === 'history') {
      const before = history.commits;
      history.batch(job.seq * ORDER_STRIDE);
      if (gate === undefined && (historyBytes += job.data.byteLength) > HISTORY_GATE_AFTER) gate = engine.byteGate();
      const gates = gate ? gate.scan(job.data) : undefined;
      const data = Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
      // Cut inside a long line (batcher.ts): the line goes on in this lane's next job.
      const open = job.continues && data.length > 0 && data[data.length - 1] !== 10;
      let k = 0;
      for (let at = 0; at < data.length; ) {
        const end = pieceEnd(data, at);
        let text = utf8.decode(data.subarray(at, end), { stream: true });
        if (end === data.length && !job.continues) text += utf8.decode(); // the end of the text: nothing is carried over
        k = history.text(text, gates, open && end === data.length, k);
        at = end;
      }
      // A commit cut across jobs continues in this lane's next job: keep the parser's state.
      if (!job.continues) history.end();
      out.commits = history.commits - before;
      out.bytes = job.data.byteLength;
      // The text was decoded into strings of its own and the gate copies what it reads.
      out.buffer = job.data.buffer as ArrayBuffer;
      return out;
    }
    if (job.kind === 'read') {
      const { index, spans, verdicts } = job.batch;
      const bytes = Buffer.from(job.batch.bytes.buffer, job.batch.bytes.byteOffset, job.batch.bytes.byteLength);
      for (let k = 0; k < index.length; k++) {
        const abs = job.files[index[k]!]!;
        const start = spans[4 * k]!;
        fileScanned = false;
        if (start < 0) tally(readFileWindows(abs, job.base, job.maxBytes, scanFileFragment, engine.fileVerdicts));
        else {
          const whole = bytes.subarray(start, spans[4 * k + 1]!);
          tally(scanWhole(relativeName(job.base, abs), whole, verdicts ? verdicts.subarray(spans[4 * k + 2]!, spans[4 * k + 3]!) : engine.fileVerdicts(whole), scanFileFragment));
        }
      }
      return out;
    }
    for (const abs of job.files) {
      fileScanned = false;
      tally(readFileWindows(abs, job.base, job.maxBytes, scanFileFragment, engine.fileVerdicts));
    }
    return out;
  };
}
