// Worker thread entry: runs detection jobs posted by the pool (src/parallel/pool.ts) and posts
// back each result; the config arrives once, as workerData.

import { setFlagsFromString } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config/config.js';
import { createDetector, type Job } from './jobs.js';

/**
 * A history worker runs the detectors over 100,000s of lines, and V8's optimizing compiler kept
 * recompiling them with everything inlined: on pallets/flask's history it executed 3.5 G of the
 * 8.4 G instructions of detection (valgrind), growing with the history as functions deoptimize
 * and are compiled again. A smaller inlining budget cuts that to 2.5 G (7.3 G in all) while the
 * compiled code runs as fast (1.54 G vs 1.53 G). V8 flags are per process; set before the
 * detectors are compiled, in history scans only (bench/README.md).
 */
const HISTORY_V8_FLAGS = '--max-inlined-bytecode-size-cumulative=300';

const data = workerData as { config: Config; history?: boolean };
if (data.history) setFlagsFromString(HISTORY_V8_FLAGS);
const detect = createDetector(data.config);
parentPort!.on('message', (job: Job) => {
  try {
    parentPort!.postMessage({ result: detect(job) });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
