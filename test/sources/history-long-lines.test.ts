// History on very long lines and big commits: a line longer than a batch is cut inside (between
// characters) by the batcher and read in pieces by the lane's parser, never held whole; each key
// on it is found once, at its column, wherever the cuts fall (#10).

import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import { synth } from '../../src/detect/synthetic.js';
import { createBatcher } from '../../src/parallel/batcher.js';
import { createDetector, DECODE_BYTES, type Detector } from '../../src/parallel/jobs.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import { logArgs } from '../../src/sources/history.js';
import { WINDOW_LINES } from '../../src/sources/diff-parser.js';
import { PIECE } from '../../src/sources/line-pieces.js';
import { awsKey, awsLine, createTestRepo, runLanes, type Batch, type TestRepo } from '../helpers/history-repo.js';


let repo: TestRepo | null = null;
afterEach(() => {
  repo?.cleanup();
  repo = null;
});

function history(r: TestRepo) {
  return scan({ mode: 'history', paths: [], cwd: r.dir, config: false, quiet: true });
}

/**
 * A line of at least `length` characters with a key every ~10,000 characters, so keys land
 * before, on and after every cut between pieces. The filler has 2-, 3- and 4-byte UTF-8
 * characters, so byte cuts fall inside characters too (columns count UTF-16 code units).
 */
function longLine(length: number, seed: string): { line: string; keys: string[] } {
  const keys: string[] = [];
  let line = '';
  while (line.length < length) {
    line += 'lorem ipsum café — dolor sit 😀 amet '.repeat(270);
    const k = awsKey(`${seed}-${keys.length}`);
    keys.push(k);
    line += `aws_access_key_id=${k}; `;
  }
  return { line, keys };
}

/** Findings of history batches run on lanes as the pool routes them, with their columns. */
function rows(batches: Batch[], lanes: Detector[]): { rows: string[]; commits: number; lines: number } {
  return runLanes(batches, lanes, (f) => `${f.commit} ${f.file}:${f.line}:${f.column} ${f.secret}`);
}

describe('history: long lines in pieces', () => {
  it('finds every key on a long committed line once, at its line and column, wherever the pieces are cut', async () => {
    repo = createTestRepo();
    const { line, keys } = longLine(PIECE * 6, 'hist-piece');
    repo.write('min.js', `const a = 1;\n${line}\nconst b = 2;\n`);
    repo.commit('minified');
    const { findings, stats } = await history(repo);
    expect(stats.lines).toBe(3); // the pieces of a line count once
    const aws = findings.filter((f) => f.ruleId === 'aws-access-key-id');
    expect(aws.map((f) => f.secret)).toEqual(keys);
    for (const f of aws) {
      expect(f.line).toBe(2);
      expect(line.slice(f.column - 1, f.endColumn - 1)).toBe(f.secret);
    }
  });

  it('cuts a line longer than a batch inside it, between characters, and finds the same keys at the same columns however the stream is cut', () => {
    repo = createTestRepo();
    repo.write('a.py', `${awsLine('before-long')}\n`);
    repo.commit('first');
    const { line, keys } = longLine(300_000, 'hist-batch');
    repo.write('data/min.js', `head\n${line}\ntail ${awsLine('after-long')}\n`);
    repo.commit('long line');
    repo.write('b.py', `${awsLine('after-commit')}\n`);
    repo.commit('third');
    const text = execFileSync('git', [...logArgs(), 'HEAD'], { cwd: repo.dir, maxBuffer: 64 << 20 });

    const whole = rows([{ data: new Uint8Array(text), continues: false }], [createDetector(EMPTY_CONFIG)]);
    expect(whole.commits).toBe(3);
    const onLong = whole.rows.filter((r) => r.includes(' data/min.js:2:'));
    expect(onLong.length).toBe(keys.length);
    keys.forEach((k, i) => expect(onLong[i]).toContain(`data/min.js:2:${line.indexOf(k) + 1} ${k}`));
    expect(whole.rows.length).toBe(keys.length + 3);

    for (const [minBytes, step] of [[40_000, 997], [40_001, 4093], [65_537, 65_536], [12_345, 1]] as const) {
      const batches: Batch[] = [];
      const b = createBatcher((data, continues) => batches.push({ data, continues }), { minBytes, maxBytes: minBytes * 4 });
      for (let i = 0; i < text.length; i += step) b.push(text.subarray(i, Math.min(text.length, i + step)));
      b.end();
      const what = `minBytes ${minBytes}, chunks of ${step}`;
      expect(Buffer.concat(batches.map((x) => x.data)).equals(text), what).toBe(true);
      // The long line is cut inside, and no cut splits a character: each batch decodes alone.
      expect(batches.filter((x) => x.continues && x.data[x.data.length - 1] !== 10).length, what).toBeGreaterThan(1);
      expect(batches.map((x) => Buffer.from(x.data).toString('utf8')).join(''), what).toBe(text.toString('utf8'));
      // Bounded: the open line's part of a batch is about minBytes (give or take two chunks), whatever the line's length.
      for (const x of batches) {
        expect(x.data.length - (Buffer.from(x.data).lastIndexOf(10) + 1), what).toBeLessThan(minBytes + 2 * step);
        expect(x.data.length, what).toBeLessThan(minBytes * 4 + minBytes + step);
      }
      // History workers' detectors: the byte gate from the first batch.
      const cut = rows(batches, [createDetector(EMPTY_CONFIG, true), createDetector(EMPTY_CONFIG, true)]);
      expect(cut, what).toEqual(whole);
    }
  });

  it('reads a value whose name is on the line before, and an allow-next-line comment, across the window cut of a big commit', async () => {
    repo = createTestRepo();
    // The first window of a file's added lines ends at line WINDOW_LINES - 4 (diff-parser.ts).
    const lastOfFirst = WINDOW_LINES - 4;
    const filler = (n: number): string[] => Array.from({ length: n }, (_, i) => `port_${i}: ${i % 1000}`);
    repo.write('deploy.yaml', [...filler(lastOfFirst - 1), '- name: DB_PASSWORD', `  value: ${synth('alnum', 24, 'hist-window-cut')}`, ...filler(40)].join('\n') + '\n');
    repo.write('settings.txt', [...filler(lastOfFirst - 1), '# secret-scan:allow-next-line', awsLine('hist-allowed-at-cut'), ...filler(40)].join('\n') + '\n');
    repo.commit('big');
    const { findings } = await history(repo);
    expect(findings.map((f) => `${f.file}:${f.ruleId}:${f.line}`)).toEqual([`deploy.yaml:hardcoded-password:${lastOfFirst + 1}`]);
  });

  it('decodes a big batch in texts cut after a newline and keeps each line with its own gate verdict', () => {
    repo = createTestRepo();
    // ~3 DECODE_BYTES of short lines with 2- and 4-byte characters, a key every 37th line, and
    // lines one under, at and one over DECODE_BYTES (no newline within a text's bytes), each
    // followed by a key: a verdict handed to the wrong line would hide a key.
    const lines: string[] = [];
    const expected: number[] = [];
    let bytes = 0;
    const push = (line: string): void => {
      lines.push(line);
      bytes += Buffer.byteLength(line) + 1;
    };
    const key = (n: number): void => {
      push(awsLine(`hist-decode-${n}`));
      expected.push(lines.length);
    };
    for (const long of [DECODE_BYTES - 1, DECODE_BYTES, DECODE_BYTES + 1]) {
      for (let i = 0, stop = bytes + DECODE_BYTES + 777; bytes < stop; i++) {
        if (i % 37 === 36) key(lines.length);
        else push(`row_${i} = "café ${i} 😀"`);
      }
      push('x'.repeat(long - 2) + 'é'); // `long` bytes
      key(lines.length);
    }
    repo.write('big.txt', lines.join('\n') + '\n');
    repo.commit('big');
    const text = execFileSync('git', [...logArgs(), 'HEAD'], { cwd: repo.dir, maxBuffer: 64 << 20 });
    expect(text.length).toBeGreaterThan(3 * DECODE_BYTES);
    const found = rows([{ data: new Uint8Array(text), continues: false }], [createDetector(EMPTY_CONFIG, true)]);
    expect(found.rows.map((r) => Number(/big\.txt:(\d+):/.exec(r)?.[1]))).toEqual(expected);
    expect(found.lines).toBe(lines.length);
  });
});
