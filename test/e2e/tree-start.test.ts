// A whole-repository tree scan from the command line, with options in every spelling and from a
// subdirectory: the files scanned are the ones git lists (worktree.ts listFiles lists them at the
// top level it finds itself). Real repositories, the built CLI.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { synth } from '../../src/detect/synthetic.js';
import { CLI, commitAll, makeRepo, type Repo } from '../helpers/git-repo.js';

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'tree-start');

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

interface Report {
  findings: { file: string; line: number }[];
  stats: { files: number };
}

function cli(cwd: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function repo(): Repo {
  const r = makeRepo();
  repos.push(r);
  r.write('.gitignore', 'build/\n');
  r.write('app/settings.py', `AWS_ACCESS_KEY_ID = "${KEY}"\n`);
  r.write('lib/util.py', 'def f():\n    return 1\n');
  commitAll(r, 'files');
  r.write('notes/new.env', `AWS_ACCESS_KEY_ID=${KEY}\n`); // untracked, not ignored
  r.write('build/out.env', `AWS_ACCESS_KEY_ID=${KEY}\n`); // ignored
  return r;
}

const files = (rep: Report): string[] => rep.findings.map((f) => `${f.file}:${f.line}`);

describe('a whole-repository tree scan from the command line', () => {
  it('scans what git lists (tracked, untracked not ignored), from the top and from a subdirectory, whatever the options', () => {
    const r = repo();
    const want = ['app/settings.py:1', 'notes/new.env:1'];
    for (const [cwd, args] of [
      [r.dir, ['--format', 'json']],
      [r.dir, ['--format=json', '--quiet', '--no-redact', '--fail-on', 'never']],
      [join(r.dir, 'lib'), ['--max-file-size', '1000000', '--format', 'json', '--no-config']],
    ] as const) {
      const res = cli(cwd, ...args);
      const rep = JSON.parse(res.stdout) as Report;
      expect(files(rep), args.join(' ')).toEqual(want);
      // .gitignore, app/settings.py, lib/util.py and notes/new.env; build/out.env is ignored.
      expect(rep.stats.files, args.join(' ')).toBe(4);
    }
  });

  it('a path on the command line limits the scan to it, before and after the options', () => {
    const r = repo();
    expect(files(JSON.parse(cli(r.dir, 'notes', '--format', 'json').stdout) as Report)).toEqual(['notes/new.env:1']);
    expect(files(JSON.parse(cli(r.dir, '--format', 'json', 'app').stdout) as Report)).toEqual(['app/settings.py:1']);
  });
});
