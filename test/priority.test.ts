// A history scan from the CLI lowers its own threads' priority once `git log` runs, and only
// then: git keeps normal priority, the scanner's threads (and what it starts later) take nice 19.
// A tree scan with a reader (two cores) lowers every thread but the main one, which detects.
// Observed from outside through /proc while a real scan runs; nice is per thread on Linux only.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TREE_WORKERS_AFTER_FILES } from '../src/parallel/pool.js';
import { scan } from '../src/scan.js';
import { HELPER_NICE, YIELD_NICE } from '../src/parallel/priority.js';
import { CLI, gitOnPath, makeRepo, type Repo } from './helpers/git-repo.js';

/** Field 19 of /proc/<pid>/stat (after the parenthesised command name, which may hold spaces). */
function niceOf(statPath: string): number | null {
  try {
    const stat = readFileSync(statPath, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  } catch {
    return null;
  }
}

function childrenOf(pid: number): { pid: number; cmdline: string }[] {
  const out: { pid: number; cmdline: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push({ pid: Number(entry), cmdline: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ') });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

describe.runIf(existsSync('/proc/self/task'))('history scan yields its core to git', () => {
  let repo: Repo;
  let bin: string;

  beforeAll(() => {
    repo = makeRepo();
    repo.write('app.py', 'print("hello")\n');
    repo.git('add', '.');
    repo.git('commit', '-q', '-m', 'one');
    // A `git` first on PATH that holds `git log` for two seconds before running the real one,
    // so the scan is caught while git log runs, whatever the machine's speed.
    bin = slowGit('log');
  });
  afterAll(() => repo.cleanup());

  it('lowers every thread of the CLI to nice 19 once git log runs, and leaves git log at 0', async () => {
    const cli = spawn(process.execPath, [CLI, '--history', '--format', 'json'], {
      cwd: repo.dir,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => cli.on('close', resolve));
    let seen: { threads: number[]; git: number | null } | null = null;
    const deadline = Date.now() + 1800;
    while (Date.now() < deadline && seen === null) {
      const log = childrenOf(cli.pid!).find((c) => / log /.test(c.cmdline));
      if (log) {
        const threads = readdirSync(`/proc/${cli.pid}/task`).map((t) => niceOf(`/proc/${cli.pid}/task/${t}/stat`) ?? -1);
        // 19, the lowest: at 10 git still lost 10-15% of its run to our threads (priority.ts).
        if (threads.every((n) => n === 19)) seen = { threads, git: niceOf(`/proc/${log.pid}/stat`) };
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await exited).toBe(0);
    expect(seen).not.toBeNull();
    expect(seen!.threads.length).toBeGreaterThan(1);
    expect(seen!.git).toBe(0);
    expect(YIELD_NICE).toBe(19);
  });

  it('keeps a library caller at its priority unless it asks', async () => {
    const before = getPriority();
    const r = await scan({ mode: 'history', paths: [], cwd: repo.dir, quiet: true });
    expect(r.stats.commits).toBe(1);
    expect(getPriority()).toBe(before);
  });
});

/** A `git` first on PATH that holds the subcommand `held` for two seconds before running the real one. */
function slowGit(held: string): string {
  return gitOnPath(`for a in "$@"; do if [ "$a" = ${held} ]; then sleep 2; break; fi; done`);
}

/** The nice value of each thread of process `pid`, by thread id. */
function threadNices(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const t of readdirSync(`/proc/${pid}/task`)) {
    const nice = niceOf(`/proc/${pid}/task/${t}/stat`);
    if (nice !== null) out.set(Number(t), nice);
  }
  return out;
}

describe.runIf(existsSync('/proc/self/task'))('tree scan with a reader leaves the main thread its core', () => {
  let repo: Repo;

  beforeAll(() => {
    repo = makeRepo();
    // More files than the index must count for the reader to start while git lists them.
    for (let i = 0; i <= TREE_WORKERS_AFTER_FILES; i++) repo.write(`src/m${i}.py`, `value_${i} = ${i}\n`);
    repo.git('add', '.');
  });
  afterAll(() => repo.cleanup());

  it('lowers every other thread to HELPER_NICE, the reader to YIELD_NICE, and keeps the main thread at 0', async () => {
    expect(HELPER_NICE).toBe(10);
    const bin = slowGit('ls-files');
    const cli = spawn(process.execPath, [CLI, '--format', 'json'], {
      cwd: repo.dir,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, SECRET_SCAN_WORKERS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    cli.stdout.on('data', (b: Buffer) => out.push(b));
    const exited = new Promise<number | null>((resolve) => cli.on('close', resolve));
    let seen: Map<number, number> | null = null;
    const deadline = Date.now() + 1800;
    while (Date.now() < deadline && seen === null) {
      // While git lists the files (held), once the reader has booted and lowered itself.
      if (childrenOf(cli.pid!).some((c) => / ls-files /.test(c.cmdline))) {
        const nices = threadNices(cli.pid!);
        if ([...nices.values()].includes(YIELD_NICE)) seen = nices;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await exited).toBe(0);
    expect(JSON.parse(Buffer.concat(out).toString('utf8')).stats.files).toBe(TREE_WORKERS_AFTER_FILES + 1);
    expect(seen).not.toBeNull();
    const others = [...seen!].filter(([tid]) => tid !== cli.pid).map(([, nice]) => nice);
    expect(seen!.get(cli.pid!)).toBe(0);
    expect(others.length).toBeGreaterThan(2);
    expect(others.filter((n) => n === YIELD_NICE)).toHaveLength(1);
    expect(others.every((n) => n === HELPER_NICE || n === YIELD_NICE)).toBe(true);
  });
});
