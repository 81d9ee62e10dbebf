// A pull request's range through the CLI (scan.ts RANGE_WORKER_AFTER, RANGE_MAIN_UP_TO; pool.ts
// mainUpTo): one between the two sizes (its worker may start, the main thread scans it) and one
// past both with a commit cut into several batches (its batches wait for the worker). Either
// way the report is the one the main thread alone gives (SECRET_SCAN_WORKERS=0).
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RANGE_MAIN_UP_TO, RANGE_WORKER_AFTER } from '../../src/scan.js';
import { awsLine } from '../helpers/history-repo.js';
import { commitAll, makeRepo, CLI, GIT_ENV, type Repo } from '../helpers/git-repo.js';

let r: Repo;

/** `bytes` of Python-like lines with `keys` access key lines spread through them. */
function file(tag: string, bytes: number, keys: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `value_${tag}_${i} = compute(${i}, "path/to/${tag}/${i}")`;
    lines.push(line);
    size += line.length + 1;
  }
  const every = Math.floor(lines.length / keys);
  for (let k = 0; k < keys; k++) lines[k * every + 3] = awsLine(`${tag}-${k}`);
  return lines.join('\n') + '\n';
}

beforeAll(() => {
  r = makeRepo();
  r.write('README.md', '# range lanes\n');
  commitAll(r, 'base');
  r.git('tag', 'base');
  // The middle range: a few commits, together between RANGE_WORKER_AFTER and RANGE_MAIN_UP_TO.
  const middle = Math.floor((RANGE_WORKER_AFTER + RANGE_MAIN_UP_TO) / 2);
  for (let c = 0; c < 4; c++) {
    r.write(`mid/part${c}.py`, file(`m${c}`, middle / 4, 2));
    commitAll(r, `middle ${c}`);
  }
  r.git('tag', 'middle');
  // The large range: one commit bigger than a batch (2 MB: it continues), and small ones.
  r.write('big/data.py', file('big', 2.5 * 1024 * 1024, 6));
  commitAll(r, 'big');
  for (let c = 0; c < 3; c++) {
    r.write(`late/part${c}.py`, file(`l${c}`, 64 * 1024, 1));
    commitAll(r, `late ${c}`);
  }
}, 120_000);

afterAll(() => r.cleanup());

function report(range: string, workers?: string): { findings: unknown[]; stats: Record<string, unknown> } {
  // A scan that never ends (a job no lane takes) fails the test instead of holding it.
  const out = spawnSync(process.execPath, [CLI, '--history', '--range', range, '--format', 'json', '--no-redact', '--quiet'], {
    cwd: r.dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...GIT_ENV, ...(workers === undefined ? {} : { SECRET_SCAN_WORKERS: workers }) },
  });
  expect(out.status, out.stderr).toBe(1);
  const parsed = JSON.parse(out.stdout) as { findings: unknown[]; stats: Record<string, unknown> };
  delete parsed.stats.durationMs;
  return parsed;
}

describe('a range through the CLI', () => {
  it('reports a range between the two sizes as the main thread alone does', () => {
    const range = 'base..middle';
    const alone = report(range, '0');
    expect(alone.findings).toHaveLength(8);
    expect(alone.stats.bytes).toBeGreaterThan(RANGE_WORKER_AFTER);
    expect(alone.stats.bytes).toBeLessThanOrEqual(RANGE_MAIN_UP_TO);
    expect(report(range, '1')).toEqual(alone);
  });

  it('reports a range past both sizes, with a commit cut into batches, as the main thread alone does', () => {
    const range = 'middle..main';
    const alone = report(range, '0');
    expect(alone.findings).toHaveLength(9);
    expect(alone.stats.bytes).toBeGreaterThan(RANGE_MAIN_UP_TO);
    expect(report(range, '1')).toEqual(alone);
    // Two workers: the batches of the big commit must stay on one.
    expect(report(range, '2')).toEqual(alone);
    expect(report(range)).toEqual(alone);
  });
});
