// Big files stay within a memory bound in every mode: the CLI's own peak RSS (all its threads,
// measured by bench/rss-probe.mjs, not git's) stays under 200 MB, and the secret at the end is
// found at its exact line. Files are generated in a few milliseconds; times are the bench's job
// (bench/large-input.mjs), not asserted here.

import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { synth } from '../../src/detect/synthetic.js';
import { CLI, makeRepo, makeTempDir, PROJECT_ROOT, type Repo } from '../helpers/git-repo.js';

const LIMIT_MB = 200;
const key = `AKIA${synth('upperAlnum', 16, 'large-input')}`;

let repos: Repo[] = [];
afterEach(() => {
  for (const r of repos) r.cleanup();
  repos = [];
});

function cli(r: Repo, args: string[]): { code: number; rssMb: number; lines: number[]; columns: number[] } {
  const rssFile = join(makeTempDir(), 'rss');
  const res = spawnSync(process.execPath, ['--import', join(PROJECT_ROOT, 'bench/rss-probe.mjs'), CLI, ...args, '--format', 'json', '--quiet', '--no-redact'], {
    cwd: r.dir,
    encoding: 'utf8',
    env: { ...process.env, SECRET_SCAN_RSS_FILE: rssFile },
    maxBuffer: 1 << 26,
  });
  expect(res.status, res.stderr).toBe(1);
  const report = JSON.parse(res.stdout) as { findings: { ruleId: string; line: number; column: number; secret: string }[] };
  const found = report.findings.filter((f) => f.secret === key);
  return {
    code: res.status!,
    rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024,
    lines: found.map((f) => f.line),
    columns: found.map((f) => f.column),
  };
}

/**
 * one-line.txt: a first line, then one line of `mb` MB of words ending in the key, then a last
 * line. Returns how many bytes of words come before the key's name on its line.
 */
function writeLongLine(dir: string, mb: number): number {
  const fd = openSync(join(dir, 'one-line.txt'), 'w');
  const words = Buffer.from('lorem ipsum dolor sit amet '.repeat(2400));
  let written = 0;
  writeSync(fd, 'first line\n');
  while (written < mb * 1024 * 1024) written += writeSync(fd, words);
  writeSync(fd, `aws_access_key_id = ${key} tail\nlast line\n`);
  closeSync(fd);
  return written;
}

describe('large inputs, bounded memory', () => {
  it(`tree scan: a 10 MB file of newlines, peak RSS under ${LIMIT_MB} MB`, () => {
    const r = makeRepo();
    repos.push(r);
    writeFileSync(join(r.dir, 'blank.txt'), '\n'.repeat(10_000_000) + `aws_access_key_id = ${key}\n`);
    const out = cli(r, ['--max-file-size', String(16 * 1024 * 1024)]);
    expect(out.lines).toEqual([10_000_001]);
    expect(out.rssMb).toBeLessThan(LIMIT_MB);
  }, 300_000);

  it(`--history: a committed 600,000-line CSV, peak RSS under ${LIMIT_MB} MB`, () => {
    const r = makeRepo();
    repos.push(r);
    const rows = Array.from({ length: 600_000 }, (_, i) => `${i},name${i % 97},${(i * 7) % 1000}`);
    writeFileSync(join(r.dir, 'data.csv'), `${rows.join('\n')}\naws_access_key_id = ${key}\n`);
    r.git('add', '-A');
    r.git('commit', '-q', '--no-verify', '-m', 'csv');
    const out = cli(r, ['--history']);
    expect(out.lines).toEqual([600_001]);
    expect(out.rssMb).toBeLessThan(LIMIT_MB);
  }, 300_000);

  // Held whole before it was parsed, this diff took 265 MB (a 20 MB one 388 MB): now it is
  // parsed and scanned as git writes it (sources/staged.ts).
  it(`--staged: a staged 12 MB file of newlines, peak RSS under ${LIMIT_MB} MB`, () => {
    const r = makeRepo();
    repos.push(r);
    writeFileSync(join(r.dir, 'blank.txt'), '\n'.repeat(12_000_000) + `aws_access_key_id = ${key}\n`);
    r.git('add', '-A');
    const out = cli(r, ['--staged', '--max-file-size', String(16 * 1024 * 1024)]);
    expect(out.lines).toEqual([12_000_001]);
    expect(out.rssMb).toBeLessThan(LIMIT_MB);
  }, 300_000);

  // Held whole, this line took 357 MB: the reader now hands it on in pieces (sources/worktree.ts).
  it(`tree scan: a 50 MB line with a key near its end, peak RSS under ${LIMIT_MB} MB, key at its line and column`, () => {
    const r = makeRepo();
    repos.push(r);
    const written = writeLongLine(r.dir, 50);
    const out = cli(r, ['--max-file-size', String(64 * 1024 * 1024)]);
    expect(out.lines).toEqual([2]);
    expect(out.columns).toEqual([written + 'aws_access_key_id = '.length + 1]);
    expect(out.rssMb).toBeLessThan(LIMIT_MB);
  }, 300_000);

  // Held whole, a 50 MB line took 282 MB in history: the batcher now cuts it inside and the
  // lane's parser reads it in pieces (parallel/batcher.ts, sources/history.ts).
  it(`--history: a committed 40 MB line with a key near its end, peak RSS under ${LIMIT_MB} MB, key at its line and column`, () => {
    const r = makeRepo();
    repos.push(r);
    const written = writeLongLine(r.dir, 40);
    r.git('add', '-A');
    r.git('commit', '-q', '--no-verify', '-m', 'one long line');
    const out = cli(r, ['--history', '--max-file-size', String(64 * 1024 * 1024)]);
    expect(out.lines).toEqual([2]);
    expect(out.columns).toEqual([written + 'aws_access_key_id = '.length + 1]);
    expect(out.rssMb).toBeLessThan(LIMIT_MB);
  }, 300_000);

  // Read whole from the index, this file took 546 MB: it is now read as git streams it, in windows
  // of lines (sources/whole-file.ts).
  it(`--staged: a 25 MB file renamed out of an allow-listed path, peak RSS under ${LIMIT_MB} MB, key at its line`, () => {
    const r = makeRepo();
    repos.push(r);
    writeFileSync(join(r.dir, '.secret-scan.json'), JSON.stringify({ allowPaths: ['fixtures/**'] }));
    const rows = Array.from({ length: 1000 }, (_, i) => `${i},name${i % 97},${(i * 7) % 1000}`).join('\n') + '\n';
    mkdirSync(join(r.dir, 'fixtures'));
    const fd = openSync(join(r.dir, 'fixtures', 'data.csv'), 'w');
    let lines = 0;
    for (let written = 0; written < 25 * 1024 * 1024; lines += 1000) written += writeSync(fd, rows);
    writeSync(fd, `aws_access_key_id = ${key}\n`);
    closeSync(fd);
    r.git('add', '-A');
    r.git('commit', '-q', '--no-verify', '-m', 'data');
    r.git('mv', 'fixtures/data.csv', 'data.csv');
    const out = cli(r, ['--staged', '--max-file-size', String(64 * 1024 * 1024)]);
    expect(out.lines).toEqual([lines + 1]);
    expect(out.rssMb).toBeLessThan(LIMIT_MB);
  }, 300_000);
});
