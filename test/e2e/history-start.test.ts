// How a history scan starts: git log runs at the top level found by looking for `.git` upwards,
// before one git call has said where the repository is, whether HEAD has a commit and whether
// the clone is shallow (scan.ts scanHistory). Wherever git answers otherwise, the answer is git's.
// Real repositories, the built CLI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { synth } from '../../src/detect/synthetic.js';
import { CLI, commitAll, makeRepo, makeTempDir, type Repo } from '../helpers/git-repo.js';

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
  const r = spawnSync(process.execPath, [CLI, '--history', '--format', 'json', ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
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
