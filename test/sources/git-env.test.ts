// Every git the CLI starts gets glibc's tunable for a heap in transparent huge pages (git.ts
// hugePageTunables), added to the user's own tunables and never over a choice of theirs, except
// the staged scan's short diff (staged-git.ts), which gets the user's tunables as they are. Seen
// from the git processes themselves: a `git` first on PATH writes down its subcommand and the
// GLIBC_TUNABLES it was given, then runs the real git.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUGE_PAGE_TUNABLE } from '../../src/git.js';
import { STREAM_ABOVE } from '../../src/sources/staged-git.js';
import { CLI, commitAll, gitOnPath, makeRepo, makeTempDir, type Repo } from '../helpers/git-repo.js';

describe.runIf(process.platform === 'linux')("git's heap in huge pages", () => {
  let repo: Repo;
  let bin: string;
  let seen: string;

  beforeAll(() => {
    repo = makeRepo();
    repo.write('app.py', 'print("hello")\n');
    commitAll(repo, 'one');
    // Staged for --staged.
    repo.write('config.py', 'DEBUG = True\n');
    repo.git('add', 'config.py');
    seen = join(makeTempDir(), 'seen.txt');
    // The subcommand is the first word after the `-c name=value` pairs the scanner puts first.
    bin = gitOnPath(
      `sub=""\nskip=0\nfor a in "$@"; do if [ $skip = 1 ]; then skip=0; elif [ "$a" = -c ]; then skip=1; elif [ -z "$sub" ]; then case "$a" in -*) ;; *) sub="$a";; esac; fi; done\n` +
        `printf '%s %s\\n' "$sub" "\${GLIBC_TUNABLES-(unset)}" >> '${seen}'`,
    );
  });
  afterAll(() => repo.cleanup());

  /** The subcommands the CLI ran, each with the tunables its git saw. */
  function gitCalls(args: string[], tunables: string | undefined, quiet = true): { sub: string; tunables: string }[] {
    writeFileSync(seen, '');
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
    delete env.GLIBC_TUNABLES;
    if (tunables !== undefined) env.GLIBC_TUNABLES = tunables;
    const r = spawnSync(process.execPath, [CLI, ...args, ...(quiet ? ['--quiet'] : [])], { cwd: repo.dir, env, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return readFileSync(seen, 'utf8')
      .trim()
      .split('\n')
      .map((l) => ({ sub: l.slice(0, l.indexOf(' ')), tunables: l.slice(l.indexOf(' ') + 1) }));
  }

  it.each([
    ['--history', 'log'],
    ['.', 'ls-files'],
  ])('%s: git %s and every other git get the tunable when the user set none', (mode, sub) => {
    const calls = gitCalls([mode], undefined);
    expect(calls.map((c) => c.sub)).toContain(sub);
    for (const c of calls) expect(c).toEqual({ sub: c.sub, tunables: 'glibc.malloc.hugetlb=1' });
    expect(HUGE_PAGE_TUNABLE).toBe('glibc.malloc.hugetlb=1');
  });

  // The hook's exact command line (the loader runs the diff) and the CLI's own staged path.
  it.each([
    [['--staged'], false],
    [['--staged'], true],
  ])('%j (quiet: %s): the short staged diff gets the user\'s tunables as they are', (args, quiet) => {
    for (const user of [undefined, 'glibc.malloc.arena_max=2']) {
      const calls = gitCalls(args, user, quiet);
      expect(calls.map((c) => c.sub)).toEqual(['diff']);
      expect(calls[0]!.tunables).toBe(user ?? '(unset)');
    }
  });

  it(`a staged diff over ${STREAM_ABOVE} bytes: git is run again, streamed, with the tunable`, () => {
    const big = makeRepo();
    try {
      big.write('app.py', 'print("hello")\n');
      commitAll(big, 'one');
      big.write('big.txt', 'x\n'.repeat(STREAM_ABOVE / 2 + 1024));
      big.git('add', 'big.txt');
      writeFileSync(seen, '');
      const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
      delete env.GLIBC_TUNABLES;
      const r = spawnSync(process.execPath, [CLI, '--staged'], { cwd: big.dir, env, encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(0);
      const calls = readFileSync(seen, 'utf8').trim().split('\n');
      expect(calls).toEqual(['diff (unset)', 'diff glibc.malloc.hugetlb=1']);
    } finally {
      big.cleanup();
    }
  });

  it("adds it after the user's own tunables", () => {
    const calls = gitCalls(['--history'], 'glibc.malloc.arena_max=2');
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) expect(c.tunables).toBe('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1');
  });

  it.each(['glibc.malloc.hugetlb=0', 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2'])('keeps a hugetlb the user chose (%s)', (tunables) => {
    const calls = gitCalls(['--history'], tunables);
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) expect(c.tunables).toBe(tunables);
  });

  it('an empty GLIBC_TUNABLES is as none', () => {
    for (const c of gitCalls(['--history'], '')) expect(c.tunables).toBe('glibc.malloc.hugetlb=1');
  });

  it('a tunable whose name only ends like it is not the user choosing', () => {
    for (const c of gitCalls(['--history'], 'x.glibc.malloc.hugetlb=0')) expect(c.tunables).toBe('x.glibc.malloc.hugetlb=0:glibc.malloc.hugetlb=1');
  });
});
