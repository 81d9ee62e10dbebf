// A pull request's range in the pool (pool.ts mainUpTo): jobs wait for a worker instead of
// running on the main thread, unless every job is in before a worker is ready and they come to
// at most mainUpTo bytes. The jobs are a real git log, cut as the scan cuts it; the workers are
// the built ones (dist/, which `npm test` builds first).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBatcher } from '../../src/parallel/batcher.js';
import { createDetector, type JobResult } from '../../src/parallel/jobs.js';
import { createPool, type PoolOptions } from '../../src/parallel/pool.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import { logArgs } from '../../src/sources/history.js';
import { createTestRepo, awsLine, runLanes, type Batch, type TestRepo } from '../helpers/history-repo.js';
import { PROJECT_ROOT } from '../helpers/git-repo.js';

const BUILT_WORKER = join(PROJECT_ROOT, 'dist/detect-worker.js');

let repo: TestRepo | null = null;
const scratch: string[] = [];
afterEach(() => {
  repo?.cleanup();
  repo = null;
  for (const d of scratch.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Six commits, each with one file long enough to be cut into several batches (`continues`). */
function batches(): Batch[] {
  repo = createTestRepo('secret-scan-pool-range-');
  for (let c = 0; c < 6; c++) {
    const lines: string[] = [];
    for (let i = 0; i < 90; i++) lines.push(i % 29 === 7 ? awsLine(`r${c}l${i}`) : `setting_${c}_${i} = ${i * 3}`);
    repo.write(`conf/part${c}.py`, lines.join('\n') + '\n');
    repo.write(`notes${c}.txt`, `note ${c}\n`);
    repo.commit(`commit ${c}`);
  }
  const text = execFileSync('git', [...logArgs(), 'HEAD'], { cwd: repo.dir, maxBuffer: 64 << 20 });
  const out: Batch[] = [];
  const batcher = createBatcher((data, continues) => out.push({ data, continues }), { minBytes: 300, maxBytes: 700 });
  for (let i = 0; i < text.length; i += 211) batcher.push(text.subarray(i, Math.min(text.length, i + 211)));
  batcher.end();
  return out;
}

const row = (f: { commit?: string; file: string; line: number; secret: string }) => `${f.commit} ${f.file}:${f.line} ${f.secret}`;

/** What one lane finds over all the batches: the answer every routing must give. */
function expected(bs: Batch[]): string[] {
  return runLanes(bs, [createDetector(EMPTY_CONFIG)], (f) => row(f)).rows.sort();
}

/** Submits every batch (each with a buffer of its own: a worker's is transferred), then closes the pool. */
async function run(bs: Batch[], options: Partial<PoolOptions>): Promise<{ rows: string[]; ran: { main: number; workers: number } }> {
  const results: JobResult[] = [];
  const pool = createPool({ config: EMPTY_CONFIG, workers: 1, warmupBytes: 0, entry: BUILT_WORKER, onResult: (r) => results.push(r), ...options });
  bs.forEach((b, seq) => pool.submit({ kind: 'history', seq, data: new Uint8Array(b.data), continues: b.continues }, b.data.byteLength, b.continues));
  await pool.close();
  return { rows: results.flatMap((r) => r.findings.map(row)).sort(), ran: { ...pool.ran } };
}

describe('a range in the pool (mainUpTo)', () => {
  it('needs the built worker', () => {
    expect(existsSync(BUILT_WORKER)).toBe(true);
  });

  it('runs a range on the main thread when it is all in before the worker is ready and at most mainUpTo bytes; one byte more waits for the worker', async () => {
    const bs = batches();
    const total = bs.reduce((n, b) => n + b.data.byteLength, 0);
    const want = expected(bs);
    expect(want.length).toBe(6 * 3);
    expect(bs.some((b) => b.continues)).toBe(true);

    const small = await run(bs, { warmupBytes: 100, mainUpTo: total });
    expect(small.ran).toEqual({ main: bs.length, workers: 0 });
    expect(small.rows).toEqual(want);

    const large = await run(bs, { warmupBytes: 100, mainUpTo: total - 1 });
    expect(large.ran).toEqual({ main: 0, workers: bs.length });
    expect(large.rows).toEqual(want);
  });

  it('starts workers only past warmupBytes: at exactly that many bytes the main thread runs the range', async () => {
    const bs = batches();
    const total = bs.reduce((n, b) => n + b.data.byteLength, 0);
    const want = expected(bs);
    const none = await run(bs, { warmupBytes: total, mainUpTo: 1 });
    expect(none.ran).toEqual({ main: bs.length, workers: 0 });
    expect(none.rows).toEqual(want);
    const one = await run(bs, { warmupBytes: total - 1, mainUpTo: 1 });
    expect(one.ran).toEqual({ main: 0, workers: bs.length });
    expect(one.rows).toEqual(want);
  });

  it('keeps the batches of one commit on one worker when held jobs are handed out', async () => {
    const bs = batches();
    const r = await run(bs, { workers: 2, warmupBytes: 0, mainUpTo: 1 });
    expect(r.ran).toEqual({ main: 0, workers: bs.length });
    expect(r.rows).toEqual(expected(bs));
  });

  it('runs on the main thread when no worker can start (no built entry), past warmupBytes too, as jobs come', async () => {
    const bs = batches();
    const r = await run(bs, { warmupBytes: 100, mainUpTo: 1, entry: null });
    expect(r.ran).toEqual({ main: bs.length, workers: 0 });
    expect(r.rows).toEqual(expected(bs));
    // Not held until the end: a history's producer pauses while too much waits (saturated), so
    // jobs nobody will take would stop the scan before it could close the pool.
    const pool = createPool({ config: EMPTY_CONFIG, workers: 1, warmupBytes: 100, mainUpTo: 1, entry: null, onResult: () => {} });
    bs.forEach((b, seq) => pool.submit({ kind: 'history', seq, data: new Uint8Array(b.data), continues: b.continues }, b.data.byteLength, b.continues));
    for (let waited = 0; pool.ran.main === 0 && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    expect(pool.ran.main).toBeGreaterThan(0);
    await pool.close();
    expect(pool.ran.main).toBe(bs.length);
  });

  it('fails the scan, not hangs, when the worker dies while jobs wait for it', async () => {
    const bs = batches();
    const dir = mkdtempSync(join(tmpdir(), 'secret-scan-bad-worker-'));
    scratch.push(dir);
    const bad = join(dir, 'worker.js');
    writeFileSync(bad, "throw new Error('worker failed to start');\n");
    await expect(run(bs, { warmupBytes: 0, mainUpTo: 1, entry: bad })).rejects.toThrow('worker failed to start');
  });
});
