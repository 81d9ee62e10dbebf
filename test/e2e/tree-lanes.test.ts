// A tree scan spreads files over the main thread and worker threads, each taking the next job
// when it finishes one (src/parallel/pool.ts, mainLane): whatever the number of workers, the
// report is the one the main thread alone gives, and every file is counted once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synth } from '../../src/detect/synthetic.js';
import { defaultTreeWorkers } from '../../src/parallel/pool.js';
import { CLI, makeRepo, run, type Repo } from '../helpers/git-repo.js';

let r: Repo;
const FILES = 900;

beforeAll(() => {
  r = makeRepo();
  // More files than the main thread takes before workers start (4 jobs of 64), some with a
  // secret, some binary, some large, in several kinds.
  for (let i = 0; i < FILES; i++) {
    const dir = `pkg${i % 7}`;
    if (i % 97 === 3) r.write(`${dir}/blob${i}.bin`, Buffer.from([0, 1, 2, 3, i % 256]));
    else if (i % 41 === 7) r.write(`${dir}/settings${i}.py`, `DEBUG = False\nAWS_ACCESS_KEY_ID = "AKIA${synth('upperAlnum', 16, `lane-${i}`)}"\n`);
    else if (i % 53 === 11) r.write(`${dir}/.env.${i}`, `API_TOKEN=${synth('base62', 40, `env-${i}`)}\n`);
    else r.write(`${dir}/mod${i}.js`, Array.from({ length: 40 + (i % 30) }, (_, k) => `export const value_${i}_${k} = compute(${k}, 'path/to/${k}');`).join('\n') + '\n');
  }
  expect(r.git('add', '-A').code).toBe(0);
  expect(r.git('commit', '-qm', 'files').code).toBe(0);
}, 120_000);

afterAll(() => r.cleanup());

describe('tree scan lanes', () => {
  it('reports the same findings and counts with 0, 1 and 3 worker threads beside the main thread', () => {
    const reports = ['0', '1', '3'].map((workers) => {
      const out = run(process.execPath, [CLI, '--format', 'json', '--quiet', '--no-redact'], r.dir, { SECRET_SCAN_WORKERS: workers });
      expect(out.code, out.stderr).toBe(1);
      const report = JSON.parse(out.stdout) as { findings: { file: string; line: number; ruleId: string }[]; stats: { files: number; lines: number; bytes: number; skipped: unknown[] } };
      return { findings: report.findings, stats: { files: report.stats.files, lines: report.stats.lines, bytes: report.stats.bytes, skipped: report.stats.skipped } };
    });
    expect(reports[0]!.stats.files + reports[0]!.stats.skipped.length).toBe(FILES);
    // 21 settings files and 16 .env files, one secret each (counted off the loop above), and one
    // tracked-dotenv warning for each .env file.
    expect(reports[0]!.findings.length).toBe(21 + 16 + 16);
    expect(reports[0]!.findings.filter((f) => f.ruleId === 'tracked-dotenv')).toHaveLength(16);
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[2]).toEqual(reports[0]);
  }, 120_000);

  it('takes no worker on two cores or fewer, one per further core (up to 4) beyond, unless SECRET_SCAN_WORKERS says', () => {
    const saved = process.env.SECRET_SCAN_WORKERS;
    delete process.env.SECRET_SCAN_WORKERS;
    try {
      expect([1, 2, 3, 4, 5, 8, 16].map(defaultTreeWorkers)).toEqual([0, 0, 2, 3, 4, 4, 4]);
      process.env.SECRET_SCAN_WORKERS = '1';
      expect([1, 2, 3].map(defaultTreeWorkers)).toEqual([1, 1, 1]);
      process.env.SECRET_SCAN_WORKERS = '0';
      expect(defaultTreeWorkers(8)).toBe(0);
      // Not a count: ignored, as by every other scan.
      process.env.SECRET_SCAN_WORKERS = 'abc';
      expect([2, 3].map(defaultTreeWorkers)).toEqual([0, 2]);
    } finally {
      if (saved === undefined) delete process.env.SECRET_SCAN_WORKERS;
      else process.env.SECRET_SCAN_WORKERS = saved;
    }
  });
});
