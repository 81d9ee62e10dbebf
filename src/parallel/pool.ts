// Detection lanes: worker threads that run jobs while the main thread keeps reading git, with
// the main thread itself as the first lane so small scans never pay for starting a worker.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/config.js';
import { createDetector, type Job, type JobResult } from './jobs.js';

export interface PoolOptions {
  readonly config: Config;
  /** Worker threads to start once the scan is big enough; 0 keeps everything on the main thread. */
  readonly workers: number;
  /** Bytes of jobs submitted before workers start (their start-up costs ~50 ms each). */
  readonly warmupBytes: number;
  /**
   * Jobs routed as they are submitted (no `mainLane`): when above 0, jobs wait for a worker to be
   * ready instead of running on the main thread, unless every job has come (close()) before any
   * worker was ready and they come to at most this many bytes: then the main thread runs them
   * and the workers are stopped. A pull request's range: a small one never waits for a worker,
   * a large one never has the main thread compile the detectors too (bench/README.md).
   */
  readonly mainUpTo?: number;
  readonly onResult: (r: JobResult) => void;
  /**
   * The main thread stays a lane after workers start, and lanes take jobs as they finish the
   * last (a tree scan: the main thread has nothing else to do, and each worker is one more V8
   * isolate compiling the detectors). Without it, jobs go to the least loaded worker as they
   * are submitted and the main thread only routes (a history scan: it reads git).
   */
  readonly mainLane?: boolean;
  /** Takes back a history batch's buffer once its lane is done with it (batcher.ts BatchBuffers). */
  readonly recycle?: (buffer: ArrayBuffer) => void;
  /** The workers' script; by default the built one (workerEntry), null: none, as under a TS runner. */
  readonly entry?: string | null;
}

export interface Pool {
  /** Routes a job. `continues`: the next job carries on this one's commit, so it goes to the same lane. */
  submit(job: Job, size: number, continues?: boolean): void;
  /** True when enough work is queued that the producer should pause; `onDrain` says when to resume. */
  readonly saturated: boolean;
  onDrain(resume: () => void): void;
  /** Starts the workers now rather than on the first job past `warmupBytes`. */
  start(): void;
  /** Waits for every job, then stops the workers (without waiting for their threads to end). */
  close(): Promise<void>;
  /** Jobs answered so far by the main thread's lane and by workers. */
  readonly ran: { readonly main: number; readonly workers: number };
}

interface Lane {
  queued: number;
  /** Jobs posted and not answered yet. */
  inflight: number;
  /**
   * Jobs a lane is given at a time when lanes pull (a worker gets its next while it answers);
   * 0 for a worker until it says it is ready, so that no job waits on a thread still starting.
   */
  depth: number;
  post(job: Job, size: number): void;
  stop(): Promise<void>;
}

/**
 * Bytes queued per lane before the producer pauses. A history scan that yields its core to git
 * (priority.ts) falls behind git while git runs; a queue lets git run on instead of blocking on
 * the pipe (8 MB: the bench history took 0.2 s longer than with 32 MB), and bounds memory
 * whatever the history size. 16 MB: with 32 MB (and HEAD's blobs read ahead) the fastapi history
 * peaked at 216 MB, over the 200 MB budget (bench/README.md).
 */
const HIGH_WATER_PER_LANE = 16 * 1024 * 1024;
/**
 * Worker heaps. Detection churns through short-lived strings; left alone V8 grows each
 * worker's young generation to ~48 MB (peak RSS 280 MB with 2 workers on a 100 MB history).
 * A lone tree-scan worker gets 16 MB: on the bench history that was ~0.2 s less CPU than 8 MB
 * (fewer scavenges) for ~5 MB more peak RSS. A history worker gets 8 MB, like several workers do:
 * on a 200 MB file's history (--max-file-size raised) 16 MB peaked at 213 MB, 12 MB at 198 MB,
 * 8 MB at 188 MB, against a 200 MB budget. The old generation bound is many times the largest batch.
 */
const YOUNG_GEN_MB_ALONE = 16;
const YOUNG_GEN_MB = 8;
/** A tree scan's reader (tree-reader.ts) makes few objects: its batches' buffers are outside the heap. */
export const READER_YOUNG_GEN_MB = 4;
const OLD_GEN_MB = 128;

/** The built worker entry: next to this module (tsc layout) or next to the bundled CLI, one level up from its chunks; null under a TS runner. */
export function workerEntry(): string | null {
  for (const rel of ['./detect-worker.js', '../detect-worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return fileURLToPath(url);
  }
  return null;
}

/**
 * Default number of worker threads: one per free core (the caller leaves out cores something
 * else keeps busy, like git log in a history scan), at least 1, up to 4. Each worker is a V8
 * isolate that compiles and collects on its own, so on a machine whose cores are all busy one
 * more worker costs more CPU than it adds (bench/README.md). SECRET_SCAN_WORKERS overrides it.
 */
export function defaultWorkers(cpus: number): number {
  return workersFromEnv() ?? Math.max(1, Math.min(cpus, 4));
}

/** SECRET_SCAN_WORKERS when it is a count; null otherwise (unset, or not a number). */
function workersFromEnv(): number | null {
  const env = process.env.SECRET_SCAN_WORKERS;
  return env !== undefined && /^\d+$/.test(env) ? Number(env) : null;
}

/**
 * Worker threads beside the main thread for a tree scan, on `cpus` cores: one per core beside
 * the main thread (defaultWorkers), none on one core. On two cores a second detecting isolate
 * once cost more than it gained (the main thread alone was 10-20% quicker on rails, prometheus
 * and fastapi): both isolates' optimizing compilers took the CPU the lanes needed. With the later
 * optimization lanes that share the cores run with (jobs.ts SHARED_CORES_V8_FLAGS) it was 12-17%
 * quicker than the main thread alone; one worker is now a reader instead (scan.ts,
 * parallel/tree-reader.ts), 5-8% quicker again with ~13% less CPU (bench/README.md).
 * SECRET_SCAN_WORKERS overrides it.
 */
export function defaultTreeWorkers(cpus: number): number {
  return workersFromEnv() ?? (cpus <= TREE_SOLO_CORES ? 0 : defaultWorkers(cpus - 1));
}
export const TREE_SOLO_CORES = 1;

/**
 * A tree scan starts its workers only past this many files. A worker takes ~120-200 ms to start
 * on two cores and runs slowly while its code warms up; meanwhile the main thread scans ~500
 * files of code. Main thread + one worker against the main thread alone (5 interleaved runs
 * each, 2026-12-02): 291 files (pallets/werkzeug, sinatra) +5% and +24%, rails/actionview (547
 * files) +8%, rails/actionpack (519) -3%, rails/activerecord (1,352) -7%, fastapi (3,139) -10%,
 * rails (4,983) -12% (bench/README.md).
 */
export const TREE_WORKERS_AFTER_FILES = 1024;

/** Workers a tree scan of `files` files starts beside the main thread, of the `workers` it may. */
export function treeWorkersFor(files: number, workers: number): number {
  return files > TREE_WORKERS_AFTER_FILES ? workers : 0;
}

/** Jobs a ready worker is given at a time when lanes pull: its next one waits while it answers. */
const WORKER_DEPTH = 2;

export function createPool(o: PoolOptions): Pool {
  const workers: Lane[] = [];
  let local: Lane | null = null;
  let started = false;
  let entry: string | null | undefined = o.entry;
  const ran = { main: 0, workers: 0 };
  let pending = 0;
  let queued = 0;
  let submitted = 0;
  let sticky: Lane | null = null;
  let failure: unknown = null;
  let drain: (() => void) | null = null;
  let settle: (() => void) | null = null;

  const highWater = (): number => HIGH_WATER_PER_LANE * Math.max(1, workers.length);

  /** Pull mode: jobs not given to a lane yet. */
  const backlog: { job: Job; size: number }[] = [];
  let backlogHead = 0;
  const feed = (lane: Lane): void => {
    while (lane.inflight < lane.depth && backlogHead < backlog.length) {
      const next = backlog[backlogHead]!;
      backlog[backlogHead++] = undefined as never;
      lane.inflight++;
      lane.queued += next.size;
      lane.post(next.job, next.size);
    }
  };

  /** After jobs were answered (or count as answered): lets a paused producer go on, and ends close()'s wait. */
  const answered = (): void => {
    if (drain && queued <= highWater() / 2) {
      const d = drain;
      drain = null;
      d();
    }
    if (pending === 0 && settle) settle();
  };

  const done = (lane: Lane, size: number, r: JobResult | null, err?: unknown): void => {
    lane.inflight--;
    if (lane === local) ran.main++;
    else ran.workers++;
    if (o.mainLane && failure === null && err === undefined) feed(lane);
    lane.queued -= size;
    queued -= size;
    pending--;
    if (err !== undefined && failure === null) failure = err;
    if (r?.buffer) {
      o.recycle?.(r.buffer);
      r.buffer = undefined;
    }
    if (r && failure === null) o.onResult(r);
    if (failure !== null) {
      // A failed scan gives out no more jobs: those still waiting count as answered.
      for (; backlogHead < backlog.length; backlogHead++) {
        queued -= backlog[backlogHead]!.size;
        pending--;
      }
    }
    answered();
  };

  const localLane = (): Lane => {
    const detect = createDetector(o.config);
    const jobs: { job: Job; size: number }[] = [];
    let running = false;
    const lane: Lane = {
      queued: 0,
      inflight: 0,
      depth: 1,
      post(job: Job, size: number): void {
        jobs.push({ job, size });
        if (!running) {
          running = true;
          setImmediate(step);
        }
      },
      stop: async () => {},
    };
    // One job per macrotask, so git's output keeps flowing in between.
    const step = (): void => {
      const next = jobs.shift();
      if (!next) {
        running = false;
        return;
      }
      let r: JobResult | null = null;
      let err: unknown;
      try {
        r = detect(next.job);
      } catch (e) {
        err = e;
      }
      done(lane, next.size, r, err);
      setImmediate(step);
    };
    return lane;
  };

  const workerLane = (file: string): Lane => {
    const worker = new Worker(file, { workerData: { config: o.config, history: !o.mainLane }, resourceLimits: { maxOldGenerationSizeMb: OLD_GEN_MB, maxYoungGenerationSizeMb: o.workers === 1 && o.mainLane ? YOUNG_GEN_MB_ALONE : YOUNG_GEN_MB } });
    const sizes: number[] = [];
    const lane: Lane = {
      queued: 0,
      inflight: 0,
      // Pull mode: jobs once the worker has built its detector (detect-worker.ts posts `ready`).
      // A worker takes ~120-200 ms to start on two cores; jobs handed to it before then would
      // wait for it while the main thread, with the rest done, had nothing left to do.
      depth: o.mainLane ? 0 : WORKER_DEPTH,
      post(job: Job, size: number): void {
        sizes.push(size);
        if (job.kind === 'history') worker.postMessage(job, [job.data.buffer as ArrayBuffer]);
        else worker.postMessage(job);
      },
      stop: () => worker.terminate().then(() => undefined),
    };
    worker.on('message', (m: { ready?: true; result?: JobResult; error?: string }) => {
      if (m.ready) {
        lane.depth = WORKER_DEPTH;
        if (o.mainLane && failure === null) feed(lane);
        else release();
        return;
      }
      done(lane, sizes.shift() ?? 0, m.result ?? null, m.error !== undefined ? new Error(m.error) : undefined);
    });
    worker.on('error', (e) => {
      // A dead worker answers none of its jobs: fail the scan rather than hang.
      failure ??= e;
      while (sizes.length > 0) done(lane, sizes.shift() ?? 0, null);
      dropHeld();
    });
    return lane;
  };

  const startWorkers = (): void => {
    if (entry === undefined) entry = workerEntry();
    if (entry !== null) {
      for (let i = 0; i < o.workers; i++) workers.push(workerLane(entry));
      started = true;
    }
  };

  const pick = (): Lane => {
    if (!started && o.workers > 0 && submitted >= o.warmupBytes) startWorkers();
    if (!started) return (local ??= localLane());
    // Once workers run, the main thread only parses and routes.
    let best = workers[0]!;
    for (const l of workers) if (l.queued < best.queued) best = l;
    return best;
  };

  /** Push mode: posts a submitted job to `lane`. */
  const give = (lane: Lane, job: Job, size: number): void => {
    lane.queued += size;
    lane.inflight++;
    lane.post(job, size);
  };
  /** Push mode: gives a submitted job to a lane, the same lane as the job before when that one `continues`. */
  const route = (job: Job, size: number, continues: boolean): void => {
    const lane = sticky ?? pick();
    sticky = continues ? lane : null;
    give(lane, job, size);
  };

  /** Push mode with `mainUpTo`: jobs submitted while no lane may take them (see PoolOptions.mainUpTo). */
  let held: { job: Job; size: number; continues: boolean }[] | null = (o.mainUpTo ?? 0) > 0 && !o.mainLane && o.workers > 0 ? [] : null;
  let heldBytes = 0;
  /** Hands the held jobs to the lanes (pick: the workers once started), in order; no more are held. */
  const release = (): void => {
    if (held === null) return;
    const jobs = held;
    held = null;
    for (const h of jobs) route(h.job, h.size, h.continues);
  };
  /** A failed scan: the held jobs count as answered. */
  const dropHeld = (): void => {
    if (held === null) return;
    pending -= held.length;
    queued -= heldBytes;
    held = null;
    answered();
  };

  /** Pull mode: queues the job, starts workers when due, and hands jobs to idle lanes. */
  const submitPulled = (job: Job, size: number): void => {
    queued += size;
    pending++;
    submitted += size;
    backlog.push({ job, size });
    local ??= localLane();
    if (!started && o.workers > 0 && submitted > o.warmupBytes) startWorkers();
    for (const lane of [local, ...workers]) feed(lane);
  };

  return {
    submit(job: Job, size: number, continues = false): void {
      if (failure !== null) return;
      if (o.mainLane) return submitPulled(job, size);
      queued += size;
      pending++;
      submitted += size;
      if (held !== null) {
        if (!started && submitted > o.warmupBytes) startWorkers();
        if (started || submitted <= o.warmupBytes) {
          held.push({ job, size, continues });
          heldBytes += size;
          return;
        }
        // No worker could start (no built entry): the main thread's lane, as without workers.
        release();
      }
      route(job, size, continues);
    },
    start(): void {
      if (!started && o.workers > 0 && !o.mainLane) startWorkers();
    },
    ran,
    get saturated(): boolean {
      return queued > highWater();
    },
    onDrain(resume: () => void): void {
      drain = resume;
    },
    async close(): Promise<void> {
      if (held !== null && (!started || heldBytes <= (o.mainUpTo ?? 0))) {
        // Every job is in and no worker is ready: a small scan runs here rather than wait for one.
        const jobs = held;
        held = null;
        for (const w of workers) w.stop().catch(() => {});
        workers.length = 0;
        const lane = (local ??= localLane());
        for (const h of jobs) give(lane, h.job, h.size);
      }
      if (pending > 0) await new Promise<void>((r) => (settle = r));
      // Every answer is in: the workers are told to stop, not waited for. An isolate's teardown
      // took 6-10 ms at the end of a flask history scan, time the report need not wait; a worker
      // keeps the event loop alive until it is gone, and the CLI's exit does not wait for it.
      for (const l of [...workers, ...(local ? [local] : [])]) l.stop().catch(() => {});
      if (failure !== null) throw failure;
    },
  };
}
