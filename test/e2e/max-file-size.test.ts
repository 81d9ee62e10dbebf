// The default file-size limit is 10 MB (10 × 1024 × 1024 bytes): a file of exactly that size is
// scanned, one byte more is skipped and named in the report. Real files, the built CLI.
import { afterEach, describe, expect, it } from 'vitest';
import { synth } from '../../src/detect/synthetic.js';
import { makeRepo, type Repo } from '../helpers/git-repo.js';

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'max-file-size');
const LIMIT = 10 * 1024 * 1024;

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

/** A file of exactly `size` bytes: the key on line 1, then short comment lines. */
function fileOf(size: number): string {
  const head = `AWS = "${KEY}"\n`;
  const line = '# filler line of a generated file\n';
  const body = line.repeat(Math.floor((size - head.length) / line.length));
  const text = head + body + '#'.repeat(size - head.length - body.length);
  expect(Buffer.byteLength(text)).toBe(size);
  return text;
}

describe('the default --max-file-size', () => {
  it('scans a file of exactly 10 MB and skips one of 10 MB and a byte', () => {
    const r = makeRepo();
    repos.push(r);
    r.write('exact.py', fileOf(LIMIT));
    r.write('over.py', fileOf(LIMIT + 1));
    const res = r.scan('--format', 'json');
    const out = JSON.parse(res.stdout) as { findings: { file: string; line: number }[]; stats: { skipped?: { file: string; reason: string }[] } };
    expect(out.findings.map((f) => [f.file, f.line])).toEqual([['exact.py', 1]]);
    expect(out.stats.skipped).toEqual([{ file: 'over.py', reason: 'too-large' }]);
    expect(r.scan().stdout).toContain('skipped over.py (larger than --max-file-size)\n');
  });
});
