// A tree scan spreads files over the main thread and worker threads, each taking the next job
// when it finishes one (src/parallel/pool.ts, mainLane), or with one worker has it read files
// for the main thread (src/parallel/tree-reader.ts): whatever the number of workers, the report
// is the one the main thread alone gives, and every file is counted once.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synth } from '../../src/detect/synthetic.js';
import { defaultTreeWorkers, TREE_WORKERS_AFTER_FILES, treeWorkersFor } from '../../src/parallel/pool.js';
import { indexEntries } from '../../src/sources/worktree.js';
import { CLI, GIT_ENV, makeRepo, makeTempDir, run, type Repo } from '../helpers/git-repo.js';

let r: Repo;
// More files than a tree scan takes on the main thread alone (TREE_WORKERS_AFTER_FILES, 1,024).
const FILES = 1100;

beforeAll(() => {
  r = makeRepo();
  // Some files with a secret, some binary, in several kinds.
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
    // 26 settings files and 20 .env files, one secret each (counted off the loop above), and one
    // tracked-dotenv warning for each .env file.
    expect(reports[0]!.findings.length).toBe(26 + 20 + 20);
    expect(reports[0]!.findings.filter((f) => f.ruleId === 'tracked-dotenv')).toHaveLength(20);
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[2]).toEqual(reports[0]);
  }, 120_000);

  // With one worker the reader starts before git lists the files, when the index counts more than
  // 1,024 entries (scan.ts): a listing that turns out smaller, or a scan that fails before it
  // starts, stops it and goes on without it (with a minute's limit: the process must exit).
  it('stops a reader started early when the listing is smaller than the index or the scan fails first', () => {
    const cli = (cwd: string, args: string[], workers: string): { code: number; stdout: string; stderr: string } => {
      const p = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...GIT_ENV, SECRET_SCAN_WORKERS: workers } });
      expect(p.error, 'the scan did not exit').toBeUndefined();
      return { code: p.status ?? -1, stdout: p.stdout, stderr: p.stderr };
    };
    // A merge stopped on 400 conflicted files: the index holds three entries for each (1,200),
    // git lists each file once (400).
    const m = makeRepo();
    const commit = (message: string): void => {
      expect(m.git('add', '-A').code).toBe(0);
      expect(m.git('commit', '-qm', message).code).toBe(0);
    };
    try {
      for (let i = 0; i < 400; i++) m.write(`f${i}.txt`, `base ${i}\n`);
      m.write('settings.py', `AWS_ACCESS_KEY_ID = "AKIA${synth('upperAlnum', 16, 'early-reader')}"\n`);
      commit('base');
      m.git('checkout', '-qb', 'other');
      for (let i = 0; i < 400; i++) m.write(`f${i}.txt`, `other ${i}\n`);
      commit('other');
      m.git('checkout', '-q', 'main');
      for (let i = 0; i < 400; i++) m.write(`f${i}.txt`, `main ${i}\n`);
      commit('main');
      expect(m.git('merge', '-q', 'other').code).not.toBe(0);
      expect(indexEntries([], m.dir)).toBe(1201);
      const alone = cli(m.dir, ['--format', 'json', '--quiet'], '0');
      const early = cli(m.dir, ['--format', 'json', '--quiet'], '1');
      expect(alone.code, alone.stderr).toBe(1);
      expect(early.code, early.stderr).toBe(1);
      const report = (out: string): unknown => {
        const j = JSON.parse(out) as { findings: unknown[]; stats: { files: number; lines: number; skipped: unknown[] } };
        return { findings: j.findings, files: j.stats.files, lines: j.stats.lines, skipped: j.stats.skipped };
      };
      expect(report(early.stdout)).toEqual(report(alone.stdout));
      expect(report(early.stdout)).toMatchObject({ files: 401 });
    } finally {
      m.cleanup();
    }
    // A config that does not load: the usage error, exit 2, after the reader was started.
    const config = join(makeTempDir(), 'broken.json');
    writeFileSync(config, '{ "allow": [\n');
    const broken = cli(r.dir, ['--config', config, '--quiet'], '1');
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
  }, 120_000);

  it('takes no worker on one core, one per further core (up to 4) beyond, unless SECRET_SCAN_WORKERS says', () => {
    const saved = process.env.SECRET_SCAN_WORKERS;
    delete process.env.SECRET_SCAN_WORKERS;
    try {
      expect([1, 2, 3, 4, 5, 8, 16].map(defaultTreeWorkers)).toEqual([0, 1, 2, 3, 4, 4, 4]);
      process.env.SECRET_SCAN_WORKERS = '1';
      expect([1, 2, 3].map(defaultTreeWorkers)).toEqual([1, 1, 1]);
      process.env.SECRET_SCAN_WORKERS = '0';
      expect(defaultTreeWorkers(8)).toBe(0);
      // Not a count: ignored, as by every other scan.
      process.env.SECRET_SCAN_WORKERS = 'abc';
      expect([1, 2, 3].map(defaultTreeWorkers)).toEqual([0, 1, 2]);
    } finally {
      if (saved === undefined) delete process.env.SECRET_SCAN_WORKERS;
      else process.env.SECRET_SCAN_WORKERS = saved;
    }
  });

  it('starts workers only for a tree of more than 1,024 files', () => {
    expect(TREE_WORKERS_AFTER_FILES).toBe(1024);
    expect([0, 1, 1023, 1024].map((n) => treeWorkersFor(n, 1))).toEqual([0, 0, 0, 0]);
    expect([1025, 5000].map((n) => treeWorkersFor(n, 1))).toEqual([1, 1]);
    expect(treeWorkersFor(1025, 3)).toBe(3);
    expect(treeWorkersFor(5000, 0)).toBe(0);
  });
});
