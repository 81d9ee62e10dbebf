// Worker thread entry: runs detection jobs posted by the pool (src/parallel/pool.ts) and posts
// back each result; the config arrives once, as workerData.

import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config/config.js';
import { createDetector, type Job } from './jobs.js';

const detect = createDetector((workerData as { config: Config }).config);
parentPort!.on('message', (job: Job) => {
  try {
    parentPort!.postMessage({ result: detect(job) });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
