// A scanned repository is untrusted: its config must not make the scan run a program or reach
// the network, and values the user passes on to git must never become git options. Real
// repositories, the built CLI, every mode.

import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synth } from '../../src/detect/synthetic.js';
import { CLI, commitAll, makeTempDir, reposPerTest, run, type Repo } from '../helpers/git-repo.js';

const awsKey = (seed: string): string => `AKIA${synth('upperAlnum', 16, seed)}`;
const awsLine = (seed: string): string => `aws_access_key_id = ${awsKey(seed)}\n`;

const repo = reposPerTest();


/** A script that leaves a marker file when anything runs it (and fails, as a hostile hook might not). */
function markerScript(): { script: string; marker: string } {
  const dir = makeTempDir('secret-scan-marker-');
  const marker = join(dir, 'RAN');
  const script = join(dir, 'hostile.sh');
  writeFileSync(script, `#!/bin/sh\necho "$0 $*" >> '${marker}'\nexit 1\n`);
  chmodSync(script, 0o755);
  return { script, marker };
}

const scanIn = (cwd: string, args: string[], env: Record<string, string> = {}) => run(process.execPath, [CLI, ...args], cwd, env);

describe('hostile repository config', () => {
  it('never runs core.fsmonitor, hooks or an external diff/pager from the scanned repository, in any mode', () => {
    const r = repo();
    const { script, marker } = markerScript();
    r.write('app.env', awsLine('fsmonitor-1'));
    commitAll(r);
    r.write('app.env', awsLine('fsmonitor-1') + awsLine('fsmonitor-2'));
    r.write('new.env', awsLine('fsmonitor-3'));
    r.git('add', '-A');
    for (const [k, v] of [
      ['core.fsmonitor', script],
      ['core.hooksPath', join(script, '..')],
      ['diff.external', script],
      ['core.pager', script],
      ['pager.diff', script],
      ['pager.log', script],
      ['diff.env.textconv', script],
      ['gpg.program', script],
      ['log.showSignature', 'true'],
    ]) r.git('config', k!, v!);
    writeFileSync(join(r.dir, '.gitattributes'), '*.env diff=env\n');
    for (const args of [[], ['--staged'], ['--history'], ['baseline', '--output', join(makeTempDir(), 'b.json')]]) {
      const res = r.scan(...args, ...(args[0] === 'baseline' ? [] : ['--quiet']));
      expect(res.code, `${args.join(' ')}: ${res.stderr}`).toBe(args[0] === 'baseline' ? 0 : 1);
      expect(existsSync(marker), `${args.join(' ')} ran ${existsSync(marker) ? readFileSync(marker, 'utf8') : ''}`).toBe(false);
    }
  });

  it("never lets a partial clone's lazy fetch run core.sshCommand: a clear exit 2 instead", () => {
    const origin = repo();
    origin.git('config', 'uploadpack.allowFilter', 'true');
    origin.write('app.env', awsLine('lazy-1'));
    commitAll(origin);
    origin.write('app.env', awsLine('lazy-1') + awsLine('lazy-2'));
    commitAll(origin);
    const dir = join(makeTempDir(), 'clone');
    expect(run('git', ['clone', '-q', '--filter=blob:none', '--no-checkout', `file://${origin.dir}`, dir], origin.dir).code).toBe(0);
    const { script, marker } = markerScript();
    run('git', ['config', 'remote.origin.url', 'ssh://example.invalid/repo.git'], dir);
    run('git', ['config', 'core.sshCommand', script], dir);
    for (const args of [['--history'], ['--staged'], []]) {
      const res = scanIn(dir, [...args, '--quiet']);
      expect(existsSync(marker), `${args.join(' ')} ran ${existsSync(marker) ? readFileSync(marker, 'utf8') : ''}`).toBe(false);
      if (args[0] === '--history') {
        expect(res.code).toBe(2);
        expect(res.stderr.trim()).toBe('secret-scan: git log failed: objects are missing from this partial clone, and secret-scan does not fetch them (run git fetch or scan a full clone)');
      }
    }
  });

  it('reads staged and history diffs the same whatever diff.relative, noprefix, mnemonicPrefix and color.ui say, from a subdirectory', () => {
    const r = repo();
    r.write('sub/readme.txt', 'hello\n');
    commitAll(r);
    r.write('root.env', awsLine('relative-root'));
    r.git('add', '-A');
    for (const [k, v] of [
      ['diff.relative', 'true'],
      ['diff.noprefix', 'true'],
      ['diff.mnemonicPrefix', 'true'],
      ['color.ui', 'always'],
      ['color.diff', 'always'],
      ['diff.interHunkContext', '5'],
      ['diff.suppressBlankEmpty', 'true'],
    ]) r.git('config', k!, v!);
    const staged = scanIn(join(r.dir, 'sub'), ['--staged', '--format', 'json']);
    expect(staged.code, staged.stderr).toBe(1);
    expect(JSON.parse(staged.stdout).findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual(['root.env:1']);
    r.git('commit', '-q', '--no-verify', '-m', 'leak');
    const history = scanIn(join(r.dir, 'sub'), ['--history', '--format', 'json', '--quiet']);
    expect(history.code, history.stderr).toBe(1);
    expect(JSON.parse(history.stdout).findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual(['root.env:1']);
  });
});

describe('user values passed to git', () => {
  function leakyHistory(): Repo {
    const r = repo();
    r.write('a.env', awsLine('values-1'));
    commitAll(r);
    return r;
  }

  it('--range=--output=out.txt is a usage error (exit 2, one line) and git writes no file', () => {
    const r = leakyHistory();
    for (const range of ['--output=out.txt', '--all', '-p', 'no-such-ref..HEAD']) {
      const res = r.scan('--history', `--range=${range}`, '--quiet');
      expect(res.code, range).toBe(2);
      expect(res.stderr.trim().split('\n'), range).toHaveLength(1);
      expect(res.stderr).toMatch(/^secret-scan: --range is not a revision range/);
    }
    expect(existsSync(join(r.dir, 'out.txt'))).toBe(false);
    // A real range still works.
    expect(r.scan('--history', '--range=HEAD', '--quiet').code).toBe(1);
  });

  it('--since takes only what git reads as a date: garbage is exit 2, not "now" with 0 commits', () => {
    const r = leakyHistory();
    for (const since of ['garbage', '--output=x', 'yesterdayish']) {
      const res = r.scan('--history', `--since=${since}`, '--quiet');
      expect(res.code, since).toBe(2);
      expect(res.stderr.trim()).toBe(`secret-scan: --since is not a date git understands: "${since}"`);
    }
    expect(r.scan('--history', '--since=2000-01-01', '--quiet').code).toBe(1);
    expect(r.scan('--history', '--since=2 weeks ago', '--quiet').code).toBe(1);
  });

  it('an empty shard scans nothing: a one-commit history is reported by exactly one of 4 shards', () => {
    const r = leakyHistory();
    const counts = [1, 2, 3, 4].map((k) => {
      const res = r.scan('--history', '--shard', `${k}/4`, '--format', 'json', '--quiet');
      expect(res.code, res.stderr).toBeLessThan(2);
      const report = JSON.parse(res.stdout) as { findings: unknown[]; stats: { commits: number } };
      return [report.findings.length, report.stats.commits];
    });
    expect(counts.map(([f]) => f).sort()).toEqual([0, 0, 0, 1]);
    expect(counts.map(([, c]) => c).sort()).toEqual([0, 0, 0, 1]);
  });

  it('git missing from PATH: one line, exit 2, in every mode', () => {
    const r = leakyHistory();
    for (const args of [[], ['--staged'], ['--history']]) {
      const res = scanIn(r.dir, [...args, '--quiet'], { PATH: join(r.dir, 'no-such-dir') });
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr).toBe('secret-scan: git is not installed or not on PATH\n');
    }
  });
});
