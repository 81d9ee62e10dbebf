// How a history scan starts: git log runs at the top level found by looking for `.git` upwards,
// before one git call has said where the repository is, whether HEAD has a commit and whether
// the clone is shallow (scan.ts scanHistory). Wherever git answers otherwise, the answer is git's.
// Real repositories, the built CLI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { synth } from '../../src/detect/synthetic.js';
import { CLI, commitAll, gitOnPath, makeRepo, makeTempDir, type Repo } from '../helpers/git-repo.js';

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'history-start');

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

interface Report {
  findings: { file: string; line: number; commit: string }[];
  stats: { commits: number };
}

/** The CLI's history scan from `cwd`; a scan that does not end within a minute fails (a hang). */
function history(cwd: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  return historyIn(cwd, {}, ...args);
}

function historyIn(cwd: string, env: Record<string, string>, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, '--history', '--format', 'json', ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function repoWithKey(commits = 1): { r: Repo; sha: string } {
  const r = makeRepo();
  repos.push(r);
  r.write('app/settings.py', `AWS_ACCESS_KEY_ID = "${KEY}"\n`);
  commitAll(r, 'settings');
  for (let i = 1; i < commits; i++) {
    r.write(`notes/${i}.txt`, `note ${i}\n`);
    commitAll(r, `note ${i}`);
  }
  return { r, sha: r.git('log', '--format=%H', '--', 'app/settings.py').stdout.trim() };
}

const rows = (rep: Report): string[] => rep.findings.map((f) => `${f.commit} ${f.file}:${f.line}`);

describe('--history finds its repository as git does', () => {
  it('outside a repository: exit 2 and one line, also where a `.git` that git does not accept is found', () => {
    const plain = makeTempDir();
    const stray = makeTempDir();
    mkdirSync(join(stray, '.git'));
    const broken = makeTempDir();
    writeFileSync(join(broken, '.git'), 'gitdir: /nonexistent/secret-scan-test\n');
    for (const dir of [plain, stray, broken]) {
      const res = history(dir);
      expect(res.code).toBe(2);
      expect(res.stderr).toBe(`secret-scan: --history needs a git repository, and ${dir} is not inside one\n`);
      expect(res.stdout).toBe('');
    }
  });

  it('a history git writes out before the scan reads it (one commit) is read whole', () => {
    const { r, sha } = repoWithKey();
    const rep = JSON.parse(history(r.dir).stdout) as Report;
    expect(rows(rep)).toEqual([`${sha} app/settings.py:1`]);
    expect(rep.stats.commits).toBe(1);
  });

  it('from a subdirectory: the same findings and commits as from the top level', () => {
    const { r, sha } = repoWithKey(3);
    const top = JSON.parse(history(r.dir).stdout) as Report;
    const sub = JSON.parse(history(join(r.dir, 'app')).stdout) as Report;
    expect(rows(top)).toEqual([`${sha} app/settings.py:1`]);
    expect(rows(sub)).toEqual(rows(top));
    expect([top.stats.commits, sub.stats.commits]).toEqual([3, 3]);
  });

  it('below a `.git` git does not accept: the enclosing repository, each commit once', () => {
    // git log starts in app/ (it holds a `.git`), git looks further up from there: the same log.
    const { r, sha } = repoWithKey(4);
    mkdirSync(join(r.dir, 'app', '.git'));
    const res = history(join(r.dir, 'app'));
    expect(res.code).toBe(1);
    const rep = JSON.parse(res.stdout) as Report;
    expect(rows(rep)).toEqual([`${sha} app/settings.py:1`]);
    expect(rep.stats.commits).toBe(4);
  });

  it('with GIT_DIR set, where git finds the repository: only git says (no `.git` is looked for)', () => {
    const { r, sha } = repoWithKey(2);
    const elsewhere = makeTempDir();
    const res = historyIn(elsewhere, { GIT_DIR: join(r.dir, '.git'), GIT_WORK_TREE: r.dir });
    expect(res.code).toBe(1);
    const rep = JSON.parse(res.stdout) as Report;
    expect(rows(rep)).toEqual([`${sha} app/settings.py:1`]);
    expect(rep.stats.commits).toBe(2);
  });

  it('a repository without a commit: nothing to scan, exit 0, with and without --all', () => {
    const r = makeRepo();
    repos.push(r);
    r.write('app/settings.py', `AWS_ACCESS_KEY_ID = "${KEY}"\n`);
    r.git('add', '-A');
    for (const args of [[], ['--all']]) {
      const res = history(r.dir, ...args);
      expect(res.code).toBe(0);
      const rep = JSON.parse(res.stdout) as Report;
      expect(rep.findings).toEqual([]);
      expect(rep.stats.commits).toBe(0);
    }
  });

  it('a bad config stops the scan with exit 2 (git log, already started, does not keep it waiting)', () => {
    const { r } = repoWithKey(2);
    r.write('.secret-scan.json', '{"no-such-key": true}\n');
    const res = history(r.dir);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^secret-scan: \.secret-scan\.json: unknown key "no-such-key"/);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
  });
});

/** A `git` first on the PATH that notes each call's subcommand and process id in `calls`, then runs git. */
function gitSpy(): { env: Record<string, string>; calls: () => { cmd: string; pid: number }[] } {
  const file = join(makeTempDir(), 'calls.txt');
  writeFileSync(file, '');
  const dir = gitOnPath(`w=""\nfor a in "$@"; do case "$a" in log|rev-parse|rev-list|ls-tree|cat-file) w=$a; break;; esac; done\necho "$w $$" >> '${file}'`);
  return {
    env: { PATH: `${dir}:${process.env.PATH}` },
    calls: () =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => ({ cmd: l.split(' ')[0]!, pid: Number(l.split(' ')[1]) })),
  };
}

/** Whether a process is still running (a zombie nobody reaped counts as ended). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('a whole history\'s git log starts before the CLI loads (history-log.ts startLogEarly)', () => {
  it('a plain --history: one git log, taken by the scan', () => {
    const { r, sha } = repoWithKey(3);
    const spy = gitSpy();
    const res = historyIn(r.dir, spy.env, '--output', join(r.dir, 'report.json'));
    expect(res.code).toBe(1);
    const rep = JSON.parse(readFileSync(join(r.dir, 'report.json'), 'utf8')) as Report;
    expect(rows(rep)).toEqual([`${sha} app/settings.py:1`]);
    expect(spy.calls().filter((c) => c.cmd === 'log')).toHaveLength(1);
    // git log comes first: before the one call that says where the repository is.
    expect(spy.calls()[0]!.cmd).toBe('log');
  });

  it('a mistake the CLI finds after the loader started git log: exit 2, one line, and git log stopped', () => {
    const { r } = repoWithKey(2);
    // More than a pipe holds: git log waits for a reader, and would keep the CLI from ending.
    r.write('notes/big.txt', 'a line of notes that fills the log\n'.repeat(60_000));
    commitAll(r, 'big');
    const spy = gitSpy();
    const res = historyIn(r.dir, spy.env, '--fail-on', 'sometimes');
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    // Only the loader could have started it: the CLI stopped before any scan.
    const logs = spy.calls().filter((c) => c.cmd === 'log');
    expect(logs).toHaveLength(1);
    expect(running(logs[0]!.pid)).toBe(false);
  });

  it('a whole history starts the two git processes that read files whole up front, with none needed, and they end with the scan; a range starts them only on need', () => {
    const { r, sha } = repoWithKey(3);
    // Nothing here is read whole (no rename out of an allow-listed path, no UTF-16 file): the
    // whole history still has them started, beside HEAD's reader (whole-file.ts start).
    const whole = gitSpy();
    expect(historyIn(r.dir, whole.env).code).toBe(1);
    const cats = whole.calls().filter((c) => c.cmd === 'cat-file');
    expect(cats).toHaveLength(3);
    expect(cats.filter((c) => running(c.pid))).toEqual([]);
    // A range with nothing found reads neither HEAD nor any file whole: no cat-file at all.
    const range = gitSpy();
    expect(historyIn(r.dir, range.env, '--range', `${sha}~0..HEAD`).code).toBe(0);
    expect(range.calls().filter((c) => c.cmd === 'cat-file')).toEqual([]);
  });

  it('--range, --since and --all: no log before the CLI, the one the options ask for', () => {
    const { r, sha } = repoWithKey(3);
    for (const args of [['--range', `${sha}~0..HEAD`], ['--since', '2000-01-01'], ['--all']]) {
      const spy = gitSpy();
      const res = historyIn(r.dir, spy.env, ...args);
      expect(res.code, args.join(' ')).toBe(args[0] === '--range' ? 0 : 1);
      expect(spy.calls().filter((c) => c.cmd === 'log'), args.join(' ')).toHaveLength(1);
    }
  });
});
