// A history scan from the CLI lowers its own threads' priority once `git log` runs, and only
// then: git keeps normal priority, the scanner's threads (and what it starts later) take nice 19.
// Observed from outside through /proc while a real scan runs; nice is per thread on Linux only.

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { YIELD_NICE } from '../src/parallel/priority.js';
import { CLI, makeRepo, makeTempDir, type Repo } from './helpers/git-repo.js';

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
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    bin = join(makeTempDir(), 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nfor a in "$@"; do if [ "$a" = log ]; then sleep 2; break; fi; done\nexec ${real} "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
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
