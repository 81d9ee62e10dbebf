// Worker thread entry: runs detection jobs posted by the pool (src/parallel/pool.ts) and posts
// back each result; the config arrives once, as workerData. Or a tree scan's reader (tree-reader.ts).

import { setFlagsFromString } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config/config.js';
import { prepareByteGate } from '../detect/engine.js';
import { createDetector, SHARED_CORES_V8_FLAGS, type Job } from './jobs.js';
import { startReading, type ReaderData } from './tree-reader.js';

const data = workerData as { config: Config; history?: boolean; reader?: undefined } | { reader: ReaderData };
// A tree scan's reader runs no detector: it reads until the files are all taken.
if (data.reader) startReading(data.reader);
else startDetector(data);

function startDetector(data: { config: Config; history?: boolean }): void {
  // Set before the detectors are compiled (jobs.ts DETECT_V8_FLAGS and SHARED_CORES_V8_FLAGS say why),
  // and after the built-ins the bundle loads (scripts/build.mjs: none lazily here).
  if (data.history) setFlagsFromString(SHARED_CORES_V8_FLAGS);
  // A tree lane's byte gate, built before its first file as the main thread's is (scan.ts).
  else prepareByteGate();
  const detect = createDetector(data.config, data.history === true);
  // A tree scan's lanes pull jobs: this one takes them from now on (pool.ts).
  parentPort!.postMessage({ ready: true });
  parentPort!.on('message', (job: Job) => {
    try {
      const result = detect(job);
      // A history batch's buffer goes back to the main thread for reuse (batcher.ts BatchBuffers).
      parentPort!.postMessage({ result }, result.buffer ? [result.buffer] : []);
    } catch (e) {
      parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
    }
  });
}
