// Nothing slips past a scan without a word: the last file of a history, a rename out of an
// allow-listed path, UTF-16/UTF-32 text, a shallow clone's cut history, a FIFO in the tree, the
// whole tree from a subdirectory. Real repositories and the built CLI.

import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import { awsKey, awsLine, createTestRepo, type TestRepo } from '../helpers/history-repo.js';
import { CLI, commitAll, makeTempDir, reposPerTest, run, type Repo } from '../helpers/git-repo.js';


const repo = reposPerTest();
let testRepo: TestRepo | null = null;
afterEach(() => {
  testRepo?.cleanup();
  testRepo = null;
});


interface JsonReport {
  findings: { file: string; line: number; column: number; secret: string; commit?: string; inHead?: boolean }[];
  stats: { files: number; shallow?: boolean; skipped?: { file: string; reason: string }[] };
}

function json(r: Repo, ...args: string[]): JsonReport & { code: number; stderr: string } {
  const res = r.scan(...args, '--format', 'json', '--no-redact', ...(args[0] === '--staged' ? [] : ['--quiet']));
  expect(res.code, res.stderr).toBeLessThan(2);
  return { ...(JSON.parse(res.stdout) as JsonReport), code: res.code, stderr: res.stderr };
}

const at = (rep: JsonReport): string[] => rep.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.secret}`);

describe('history always closes its last file', () => {
  it('finds a secret in the last file of the last commit when that file ends with a line over 8 MB', async () => {
    testRepo = createTestRepo();
    // The first commit comes last in git log's output; its 9 MB line ends the output, and the
    // batcher cuts right after it.
    testRepo.write('z-data.txt', `${awsLine('last-file')}\n${'lorem ipsum dolor sit amet '.repeat(340_000)}\n`);
    const first = testRepo.commit('big file');
    testRepo.write('a.txt', 'later\n');
    testRepo.commit('later');
    const { findings, stats } = await scan({ mode: 'history', paths: [], cwd: testRepo.dir, config: false, quiet: true, workers: 0 });
    expect(findings.map((f) => `${f.commit} ${f.file}:${f.line} ${f.secret}`)).toEqual([`${first} z-data.txt:1 ${awsKey('last-file')}`]);
    expect(stats.files).toBe(2);
    expect(stats.commits).toBe(2);
  });
});

describe('a rename or copy out of an allow-listed path is scanned as a new file', () => {
  function allowFixtures(r: Repo): void {
    r.write('.secret-scan.json', JSON.stringify({ allowPaths: ['fixtures/**'] }));
    r.write('fixtures/s.py', `import os\n\n${awsLine('moved-out')}\nDEBUG = True\n`);
    commitAll(r, 'fixtures');
    mkdirSync(join(r.dir, 'src'));
  }

  function mv(r: Repo, from: string, to: string): void {
    const res = r.git('mv', from, to);
    if (res.code !== 0) throw new Error(res.stderr);
  }

  it('--staged: `git mv fixtures/s.py src/settings.py` blocks, at the line in the new file', () => {
    const r = repo();
    allowFixtures(r);
    mv(r, 'fixtures/s.py', 'src/settings.py');
    const rep = json(r, '--staged');
    expect(at(rep)).toEqual([`src/settings.py:3:21 ${awsKey('moved-out')}`]);
    expect(rep.code).toBe(1);
  });

  it('--staged: a copy with an edit is scanned whole, each secret once', () => {
    const r = repo();
    allowFixtures(r);
    r.write('src/settings.py', `import os\n\n${awsLine('moved-out')}\nDEBUG = True\n${awsLine('edited-in')}\n`);
    r.git('add', '-A');
    expect(at(json(r, '--staged'))).toEqual([`src/settings.py:3:21 ${awsKey('moved-out')}`, `src/settings.py:5:21 ${awsKey('edited-in')}`]);
  });

  it('--staged: a rename between allowed paths, or from a scanned path, still adds only its edits', () => {
    const r = repo();
    allowFixtures(r);
    r.write('src/a.py', `x = 1\n${awsLine('already-scanned')}\n`);
    commitAll(r);
    mv(r, 'fixtures/s.py', 'fixtures/t.py');
    mv(r, 'src/a.py', 'src/b.py');
    expect(at(json(r, '--staged'))).toEqual([]);
  });

  it('--history: reported at the renaming commit, in the new path', () => {
    const r = repo();
    allowFixtures(r);
    mv(r, 'fixtures/s.py', 'src/settings.py');
    r.git('commit', '-q', '--no-verify', '-m', 'move');
    const sha = r.git('rev-parse', 'HEAD').stdout.trim();
    const rep = json(r, '--history');
    expect(rep.findings.map((f) => `${f.commit} ${f.file}:${f.line}`)).toEqual([`${sha} src/settings.py:3`]);
  });
});

describe('UTF-16 and UTF-32 text with a byte order mark is decoded and scanned', () => {
  const body = ['# settings', '', awsLine('wide-text'), 'port = 80', ''].join('\r\n');
  const encodings: [string, (s: string) => Buffer][] = [
    ['utf-16le', (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['utf-16be', (s) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
    ['utf-32le', (s) => Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(Uint32Array.from([...s].map((c) => c.codePointAt(0)!)).buffer)])],
    ['utf-32be', (s) => Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), Buffer.from(Uint32Array.from([...s].map((c) => c.codePointAt(0)!)).buffer).swap32()])],
  ];

  it.each(encodings)('%s: tree, --staged and --history find it at line 3, column 21', (_name, encode) => {
    const r = repo();
    r.write('readme.txt', 'plain\n');
    commitAll(r);
    r.write('conf/settings.ps1.txt', encode(body));
    const want = [`conf/settings.ps1.txt:3:21 ${awsKey('wide-text')}`];
    expect(at(json(r))).toEqual(want);
    r.git('add', '-A');
    expect(at(json(r, '--staged'))).toEqual(want);
    r.git('commit', '-q', '--no-verify', '-m', 'wide');
    const history = json(r, '--history');
    expect(at(history)).toEqual(want);
    // Still in HEAD: HEAD's UTF-16/32 blob is searched decoded.
    expect(history.findings.map((f) => f.inHead)).toEqual([true]);
  });

  it('still skips real binaries (a NUL without a byte order mark) in every mode', () => {
    const r = repo();
    r.write('readme.txt', 'plain\n');
    commitAll(r);
    r.write('blob.bin', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), Buffer.from(awsLine('in-binary'))]));
    expect(at(json(r))).toEqual([]);
    r.git('add', '-A');
    expect(at(json(r, '--staged'))).toEqual([]);
    r.git('commit', '-q', '--no-verify', '-m', 'bin');
    expect(at(json(r, '--history'))).toEqual([]);
  });
});

describe('a shallow clone says its history is cut', () => {
  it('--history warns on stderr and marks stats.shallow in JSON; a full clone does not', () => {
    const origin = repo();
    origin.write('a.env', `${awsLine('before-the-cut')}\n`);
    commitAll(origin, 'old');
    origin.write('b.txt', 'later\n');
    commitAll(origin, 'new');
    const dir = join(makeTempDir(), 'shallow');
    expect(run('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, dir], origin.dir).code).toBe(0);
    const res = run(process.execPath, [CLI, '--history', '--format', 'json', '--quiet'], dir);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^secret-scan: warning: shallow clone: commits before the shallow boundary were not scanned/);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect((JSON.parse(res.stdout) as JsonReport).stats.shallow).toBe(true);
    const full = json(origin, '--history');
    expect(full.stats.shallow).toBeUndefined();
    expect(full.stderr).toBe('');
  });
});

describe('the tree scan', () => {
  it('skips a FIFO at a tracked path with a note instead of hanging', () => {
    const r = repo();
    r.write('pipe', 'was a file\n');
    r.write('app.env', `${awsLine('next-to-fifo')}\n`);
    commitAll(r);
    spawnSync('rm', ['pipe'], { cwd: r.dir });
    expect(spawnSync('mkfifo', ['pipe'], { cwd: r.dir }).status).toBe(0);
    const res = spawnSync(process.execPath, [CLI, '--format', 'json', '--quiet'], { cwd: r.dir, encoding: 'utf8', timeout: 60_000 });
    expect(res.signal).toBeNull();
    expect(res.status).toBe(1);
    const rep = JSON.parse(res.stdout) as JsonReport;
    expect(rep.stats.skipped).toEqual([{ file: 'pipe', reason: 'special-file' }]);
    expect(rep.findings.map((f) => f.file)).toEqual(['app.env']);
    // Named on the command line too.
    const named = spawnSync(process.execPath, [CLI, 'pipe', '--quiet'], { cwd: r.dir, encoding: 'utf8', timeout: 60_000 });
    expect(named.status).toBe(0);
    expect(named.stdout).toContain('skipped pipe (special-file)');
  });

  it('with no paths, covers the whole repository from a subdirectory', () => {
    const r = repo();
    r.write('root.env', `${awsLine('at-the-root')}\n`);
    r.write('deep/er/x.txt', 'nothing\n');
    commitAll(r);
    mkdirSync(join(r.dir, 'deep', 'er'), { recursive: true });
    const res = run(process.execPath, [CLI, '--format', 'json', '--quiet'], join(r.dir, 'deep', 'er'));
    expect(res.code).toBe(1);
    const rep = JSON.parse(res.stdout) as JsonReport;
    expect(rep.findings.map((f) => f.file)).toEqual(['root.env']);
    expect(rep.stats.files).toBe(2);
  });
});
