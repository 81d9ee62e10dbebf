// A tree scan on two cores: the main thread detects, a reader thread reads. A second detecting
// isolate (pool.ts) warms up and compiles the detectors a second time, on the core the first
// one's compiler threads use: on two cores main thread + one worker took ~25% more CPU than the
// main thread alone, for a few percent less time (bench/README.md). The reader runs no detector:
// it opens and reads the files, checks what readFileWindows checks before it reads a file whole,
// runs the byte gate over them and settles its verdicts (engine.ts settleVerdicts: most lines
// with a keyword are passed over after a look that needs nothing but the line), and hands the
// main thread the bytes and the verdicts in batches. The main thread takes a file itself whenever
// no batch is waiting (at the start, while the reader's thread starts, and whenever the reader
// falls behind), so it never waits for one.

import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Config } from '../config/config.js';
import { customRules } from '../config/config.js';
import { createEngine, prepareByteGate } from '../detect/engine.js';
import { lineTexts, readWholeText } from '../sources/worktree.js';
import { createDetector, type JobResult, type ReadBatch } from './jobs.js';
import { lowerThisThread } from './priority.js';

/** What the reader's thread gets as workerData.reader: it starts before the files are listed (startReader). */
export interface ReaderData {
  /** CONTROL_SLOTS Int32 slots shared by both threads. */
  readonly control: SharedArrayBuffer;
  /** The reader's end of the channel: its work comes in on it (one ReaderWork), its batches go out. */
  readonly port: MessagePort;
}

/** The reader's work, its first and only message. */
export interface ReaderWork {
  readonly files: readonly string[];
  readonly maxBytes: number;
  readonly config: Config;
}

// The shared slots: the next file index to take (either thread takes one with Atomics.add), the
// batches the reader posted, and those the main thread scanned.
const NEXT = 0;
const POSTED = 1;
const SCANNED = 2;
const CONTROL_SLOTS = 3;

/** A batch is posted once it holds this many bytes or BATCH_FILES files. */
export const BATCH_BYTES = 256 * 1024;
export const BATCH_FILES = 32;
/** Room for a batch's verdicts, one per line, before it grows: BATCH_BYTES of lines of 32 bytes. */
const BATCH_VERDICTS = BATCH_BYTES / 32;
/** A batch's slot: room for BATCH_BYTES and a last file read whole of up to as much again. */
const SLOT_BYTES = 2 * BATCH_BYTES;
/**
 * Batches the reader may have posted that the main thread has not scanned: what the reader runs
 * ahead by (at most MAX_AHEAD x (BATCH_BYTES + one file read whole) bytes).
 */
export const MAX_AHEAD = 8;
/** How long a thread blocks at a time waiting for the other (then the main thread looks at its events: a dead reader). */
const WAIT_MS = 20;
/** The main thread looks at its events (a failed reader, output to flush) at least this often. */
const YIELD_MS = 100;

/**
 * The reader thread (detect-worker.ts): builds the catalog's byte gate while git lists the files,
 * then reads files until every index is taken. At the lowest priority: the main thread's
 * detection (and V8's compiler threads, which serve it) are what the scan waits for; with the
 * reader at the main thread's priority the main thread lost the CPU to it (rails: 1.30 s against
 * 1.16 s, 11 interleaved runs).
 */
export function startReading(r: ReaderData): void {
  lowerThisThread();
  prepareByteGate();
  r.port.once('message', (work: ReaderWork) => read(r, work));
}

/** Reads the files of `work` until every index is taken. */
function read(r: ReaderData, { files, maxBytes, config }: ReaderWork): void {
  const control = new Int32Array(r.control);
  // A config that adds or drops no rule: the engine takes the gate built ahead.
  const engine = createEngine({ disable: new Set(config.disable), extraRules: customRules(config) });
  const gate = engine.byteGate();
  const n = files.length;
  let posted = 0;
  let more = true;
  // MAX_AHEAD slots of shared memory the batches are made in, batch k in slot k % MAX_AHEAD: the
  // reader waits below until the batch that last used the slot was scanned. Touched once, then
  // reused: a fresh buffer per batch cost a page fault per 4 KB written (~10 µs here).
  const ring = new SharedArrayBuffer(MAX_AHEAD * SLOT_BYTES);
  const verdictRing = new SharedArrayBuffer(MAX_AHEAD * BATCH_VERDICTS);
  while (more) {
    for (let scanned = Atomics.load(control, SCANNED); posted - scanned >= MAX_AHEAD; scanned = Atomics.load(control, SCANNED)) {
      Atomics.wait(control, SCANNED, scanned, WAIT_MS);
    }
    const index: number[] = [];
    const spans: number[] = [];
    // The files' bytes, copied once, straight from the read buffer (room for BATCH_BYTES and a
    // last file read whole, up to 1 MiB), and their lines' verdicts, in the batch's slot; copied
    // out to a buffer of their own when one does not fit.
    const slot = posted % MAX_AHEAD;
    let batchBytes = new Uint8Array(ring, slot * SLOT_BYTES, SLOT_BYTES) as Uint8Array<ArrayBufferLike>;
    let batchVerdicts = new Uint8Array(verdictRing, slot * BATCH_VERDICTS, BATCH_VERDICTS) as Uint8Array<ArrayBufferLike>;
    let bytes = 0;
    let lines = 0;
    while (bytes < BATCH_BYTES && index.length < BATCH_FILES) {
      const i = Atomics.add(control, NEXT, 1);
      if (i >= n) {
        more = false;
        break;
      }
      index.push(i);
      const data = readWholeText(files[i]!, maxBytes);
      if (data === null) {
        spans.push(-1, -1, -1, -1);
        continue;
      }
      // readWholeText's buffer is reused by its next read.
      batchBytes = append(batchBytes, bytes, data);
      const v = gate?.scanLines(data);
      if (v) {
        engine.settleVerdicts(v, lineTexts(data));
        batchVerdicts = append(batchVerdicts, lines, v);
      }
      spans.push(bytes, bytes + data.length, lines, lines + (v?.length ?? 0));
      bytes += data.length;
      lines += v?.length ?? 0;
    }
    if (index.length === 0) break;
    const batch: ReadBatch = { index: Int32Array.from(index), spans: Int32Array.from(spans), bytes: batchBytes.subarray(0, bytes), verdicts: gate ? batchVerdicts.subarray(0, lines) : null };
    // The slots are shared, not moved; a batch that outgrew one moves its own buffer.
    const transfer = [batch.index.buffer, batch.spans.buffer, batch.bytes.buffer, ...(batch.verdicts ? [batch.verdicts.buffer] : [])].filter((b) => !(b instanceof SharedArrayBuffer)) as ArrayBuffer[];
    r.port.postMessage(batch, transfer);
    Atomics.store(control, POSTED, ++posted);
    Atomics.notify(control, POSTED);
  }
}

/** `data` copied into `into` at `at`: `into`, or a bigger copy of its first `at` bytes when it does not fit. */
function append(into: Uint8Array<ArrayBufferLike>, at: number, data: Uint8Array): Uint8Array<ArrayBufferLike> {
  let out = into;
  if (at + data.length > into.length) {
    out = new Uint8Array(Math.max(2 * into.length, at + data.length));
    out.set(into.subarray(0, at));
  }
  out.set(data, at);
  return out;
}

/**
 * A reader thread, started before the files are listed: its start (the thread's bootstrap, the
 * bundle, the byte gate's build, ~190 ms on rails) then overlaps git's listing, and the thread
 * boots before the main thread changes V8's flags (scan.ts), which would make node compile the
 * thread's built-in modules from source (~25 ms more).
 */
export interface TreeReader {
  readonly worker: Worker;
  readonly control: Int32Array;
  /** The main thread's end of the channel. */
  readonly port: MessagePort;
  /** The reader's error, once it failed. */
  failure: Error | null;
  exited: boolean;
}

/** Starts a reader thread from the built worker entry (pool.ts workerEntry); `youngGenMb`: its young generation, in MB. */
export function startReader(entry: string, youngGenMb: number): TreeReader {
  const control = new Int32Array(new SharedArrayBuffer(CONTROL_SLOTS * 4));
  const { port1, port2 } = new MessageChannel();
  const data: ReaderData = { control: control.buffer as SharedArrayBuffer, port: port2 };
  const worker = new Worker(entry, { workerData: { reader: data }, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: youngGenMb } });
  const reader: TreeReader = { worker, control, port: port1, failure: null, exited: false };
  worker.on('error', (e) => (reader.failure ??= e));
  worker.on('exit', () => (reader.exited = true));
  // A reader waiting for work that never comes (a path the scan left by, not stopping it) must
  // not keep the process alive; a scan keeps it alive itself while it runs.
  worker.unref();
  return reader;
}

/** Stops a reader: the scan is done or failed, or it was started for a tree that turned out small. */
export function stopReader(reader: TreeReader): void {
  reader.port.close();
  // Told to stop, not waited for (pool.ts close says why).
  reader.worker.terminate().catch(() => {});
}

export interface ReaderScanOptions {
  readonly config: Config;
  readonly files: readonly string[];
  readonly base: string;
  readonly maxBytes: number;
  readonly onResult: (r: JobResult) => void;
}

/**
 * Scans `files` on this thread with the reader thread beside it (the module comment says why),
 * and stops the reader. Every file is scanned once: each index is taken by one thread, and the
 * reader's batches are scanned here. Fails when the reader does (a file it took would go unscanned).
 */
export async function scanWithReader(reader: TreeReader, o: ReaderScanOptions): Promise<void> {
  const { control, port } = reader;
  const work: ReaderWork = { files: o.files, maxBytes: o.maxBytes, config: o.config };
  port.postMessage(work);
  const detect = createDetector(o.config);
  const n = o.files.length;
  let scanned = 0;
  // Files scanned here, taken by this thread or by the reader: every index is taken by one.
  let covered = 0;
  const scanBatch = (batch: ReadBatch): void => {
    o.onResult(detect({ kind: 'read', files: o.files, base: o.base, maxBytes: o.maxBytes, batch }));
    covered += batch.index.length;
    Atomics.store(control, SCANNED, ++scanned);
    Atomics.notify(control, SCANNED);
  };
  try {
    let yielded = performance.now();
    while (covered < n) {
      const m = receiveMessageOnPort(port);
      if (m !== undefined) scanBatch(m.message as ReadBatch);
      else {
        const i = Atomics.add(control, NEXT, 1);
        if (i < n) {
          o.onResult(detect({ kind: 'files', files: [o.files[i]!], base: o.base, maxBytes: o.maxBytes }));
          covered++;
        } else {
          // The reader holds the rest: wait for its next batch.
          if (reader.failure !== null || reader.exited) throw reader.failure ?? new Error('the tree reader thread stopped before it was done');
          const posted = Atomics.load(control, POSTED);
          if (posted === scanned) Atomics.wait(control, POSTED, posted, WAIT_MS);
          yielded = 0; // let the worker's events (a failure, its exit) come in
        }
      }
      if (performance.now() - yielded >= YIELD_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        yielded = performance.now();
      }
    }
  } finally {
    stopReader(reader);
  }
}
