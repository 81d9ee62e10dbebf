// Builds small real git repositories in temp directories for history and tree tests: each
// commit gets its own fixed date, so the log order is the order the test wrote it in.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { synth } from '../../src/detect/synthetic.js';
import type { Detector } from '../../src/parallel/jobs.js';
import type { Finding } from '../../src/types.js';

export interface TestRepo {
  readonly dir: string;
  git(...args: string[]): string;
  write(file: string, content: string | Buffer): void;
  remove(file: string): void;
  /** Stages everything and commits; returns the new commit's full sha. */
  commit(message: string): string;
  cleanup(): void;
}

export function createTestRepo(prefix = 'secret-scan-history-'): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let clock = Date.UTC(2024, 0, 1) / 1000;
  const git = (...args: string[]): string => {
    const date = `${clock} +0000`;
    return execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Ada Tester',
        GIT_AUTHOR_EMAIL: 'ada@example.test',
        GIT_COMMITTER_NAME: 'Ada Tester',
        GIT_COMMITTER_EMAIL: 'ada@example.test',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  };
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  return {
    dir,
    git,
    write(file, content) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), content);
    },
    remove(file) {
      unlinkSync(join(dir, file));
    },
    commit(message) {
      clock += 60;
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A synthetic AWS access key id (AKIA and 16 generated characters), the same for the same seed. */
export const awsKey = (seed: string): string => `AKIA${synth('upperAlnum', 16, seed)}`;
/** An assignment line holding awsKey(seed), as a config file would. */
export const awsLine = (seed: string): string => `aws_access_key_id = ${awsKey(seed)}`;

/** A history batch as the batcher cuts it (src/parallel/batcher.ts). */
export type Batch = { data: Uint8Array; continues: boolean };

/**
 * Runs history batches on lanes as the pool routes them (round robin; a batch that continues a
 * commit keeps its lane) and gives one row per finding, as `row` writes it.
 */
export function runLanes(batches: Batch[], lanes: Detector[], row: (f: Finding, order: number) => string): { rows: string[]; commits: number; lines: number } {
  const rows: string[] = [];
  let commits = 0;
  let lines = 0;
  let sticky: Detector | null = null;
  let turn = 0;
  batches.forEach((b, seq) => {
    const lane = sticky ?? lanes[turn++ % lanes.length]!;
    sticky = b.continues ? lane : null;
    const r = lane({ kind: 'history', seq, data: b.data, continues: b.continues });
    commits += r.commits;
    lines += r.lines;
    r.findings.forEach((f, i) => rows.push(row(f, r.orders[i]!)));
  });
  return { rows, commits, lines };
}
