// The pipeline's cutting and routing: however git's output is cut into batches and spread over
// lanes, the findings (and their log order) are the same as one pass over the whole text.

import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createBatchBuffers, createBatcher } from '../src/parallel/batcher.js';
import { createDetector, HISTORY_GATE_AFTER, type Detector } from '../src/parallel/jobs.js';
import { EMPTY_CONFIG } from '../src/config/config.js';
import { logArgs } from '../src/sources/history.js';
import { synth } from '../src/detect/synthetic.js';
import { createTestRepo, runLanes, type Batch, type TestRepo } from './helpers/history-repo.js';

const awsLine = (seed: string): string => `aws_access_key_id = AKIA${synth('upperAlnum', 16, seed)}`;

let repo: TestRepo | null = null;
afterEach(() => {
  repo?.cleanup();
  repo = null;
});

function buildHistory(): Buffer {
  repo = createTestRepo('secret-scan-parallel-');
  for (let c = 0; c < 8; c++) {
    for (let f = 0; f < 3; f++) {
      const lines: string[] = [];
      // One long file per commit, so batches must be cut inside a commit and inside a hunk.
      const n = f === 0 ? 120 : 6;
      for (let i = 0; i < n; i++) lines.push(i % 37 === 5 ? awsLine(`c${c}f${f}l${i}`) : `value_${c}_${f}_${i} = ${i * 7}`);
      repo.write(`pkg${f}/mod${c}.py`, lines.join('\n') + '\n');
    }
    repo.commit(`commit ${c}`);
  }
  return execFileSync('git', [...logArgs(), 'HEAD'], { cwd: repo.dir, maxBuffer: 64 << 20 });
}

type Row = string;
function rows(detect: Detector, batches: Batch[], lanes: Detector[] = [detect]): { rows: Row[]; commits: number } {
  const { rows: out, commits } = runLanes(batches, lanes, (f, order) => `${f.commit} ${f.file}:${f.line} ${f.secret} order=${order}`);
  return { rows: out, commits };
}

describe('history pipeline', () => {
  it('finds the same secrets in the same commits however the stream is cut and routed', () => {
    const text = buildHistory();
    const whole = rows(createDetector(EMPTY_CONFIG), [{ data: new Uint8Array(text), continues: false }]);
    expect(whole.commits).toBe(8);
    expect(whole.rows.length).toBe(8 * 6);

    const batches: { data: Uint8Array; continues: boolean }[] = [];
    const batcher = createBatcher((data, continues) => batches.push({ data, continues }), { minBytes: 300, maxBytes: 700 });
    // Feed in odd-sized chunks, as a pipe would.
    for (let i = 0; i < text.length; i += 97) batcher.push(text.subarray(i, Math.min(text.length, i + 97)));
    batcher.end();
    expect(batches.some((b) => b.continues)).toBe(true);
    expect(Buffer.concat(batches.map((b) => b.data)).equals(text)).toBe(true);
    for (const b of batches.slice(0, -1)) expect(b.data[b.data.length - 1]).toBe(10);

    // History workers' detectors (the byte gate from the first batch) against one pass without it.
    const lanes = [createDetector(EMPTY_CONFIG, true), createDetector(EMPTY_CONFIG, true), createDetector(EMPTY_CONFIG, true)];
    const split = rows(lanes[0]!, batches, lanes);
    expect(split.commits).toBe(8);
    const strip = (rs: Row[]) => rs.map((r) => r.replace(/ order=\d+$/, '')).sort();
    expect(strip(split.rows)).toEqual(strip(whole.rows));
    // Orders still say which commit is older: sorting by them gives the log order.
    const byOrder = (rs: Row[]) =>
      [...new Set(rs.map((r) => [Number(r.split('order=')[1]), r.split(' ')[0]!] as const).sort((a, b) => a[0] - b[0]).map((x) => x[1]))];
    expect(byOrder(split.rows)).toEqual(byOrder(whole.rows));
  });

  it('cuts batches into the buffers lanes hand back, and finds the same as with fresh buffers', () => {
    const text = buildHistory();
    const lane = createDetector(EMPTY_CONFIG, true);
    const run = (buffers?: ReturnType<typeof createBatchBuffers>) => {
      const out: { rows: Row[]; data: Buffer[]; seen: Set<ArrayBuffer> } = { rows: [], data: [], seen: new Set() };
      let seq = 0;
      const batcher = createBatcher(
        (data, continues) => {
          out.data.push(Buffer.from(data)); // a copy: the buffer is written again once handed back
          out.seen.add(data.buffer as ArrayBuffer);
          const r = lane({ kind: 'history', seq: seq++, data, continues });
          for (const f of r.findings) out.rows.push(`${f.commit} ${f.file}:${f.line} ${f.secret}`);
          expect(r.buffer).toBe(data.buffer);
          if (buffers) buffers.recycle(r.buffer!);
        },
        { minBytes: 300, maxBytes: 700 },
        buffers,
      );
      for (let i = 0; i < text.length; i += 97) batcher.push(text.subarray(i, Math.min(text.length, i + 97)));
      batcher.end();
      return out;
    };
    const fresh = run();
    const reused = run(createBatchBuffers());
    expect(Buffer.concat(reused.data).equals(text)).toBe(true);
    expect(reused.data.map((d) => d.length)).toEqual(fresh.data.map((d) => d.length));
    expect(reused.rows).toEqual(fresh.rows);
    expect(reused.rows.length).toBe(8 * 6);
    // Each batch got its own new buffer before; now one buffer, bigger than any batch here, serves them all.
    expect(fresh.seen.size).toBe(fresh.data.length);
    expect(reused.seen.size).toBe(1);
  });

  it('finds the same with the byte gate built after HISTORY_GATE_AFTER bytes as with it from the first batch, a commit going on across the switch', () => {
    repo = createTestRepo('secret-scan-parallel-');
    // One file per commit of ~60 KB: keys on lines spread through it, so the commit that holds
    // byte HISTORY_GATE_AFTER has keys before and after the batch where the gate starts.
    for (let c = 0; c < 8; c++) {
      const lines: string[] = [];
      for (let i = 0; i < 1500; i++) lines.push(i % 101 === 50 ? awsLine(`gate-${c}-${i}`) : `setting_${c}_${i} = "value number ${i} of commit ${c}"`);
      repo.write(`conf/c${c}.py`, lines.join('\n') + '\n');
      repo.commit(`commit ${c}`);
    }
    const text = execFileSync('git', [...logArgs(), 'HEAD'], { cwd: repo.dir, maxBuffer: 64 << 20 });
    expect(HISTORY_GATE_AFTER).toBe(256 * 1024);
    expect(text.length).toBeGreaterThan(HISTORY_GATE_AFTER + 100_000);
    for (const minBytes of [HISTORY_GATE_AFTER - 1, HISTORY_GATE_AFTER, HISTORY_GATE_AFTER + 1, 20_000]) {
      const batches: Batch[] = [];
      const batcher = createBatcher((data, continues) => batches.push({ data, continues }), { minBytes, maxBytes: minBytes });
      for (let i = 0; i < text.length; i += 4096) batcher.push(text.subarray(i, Math.min(text.length, i + 4096)));
      batcher.end();
      // Batches of 20,000 bytes cut the commits: the gate starts inside one.
      if (minBytes === 20_000) expect(batches.some((b) => b.continues)).toBe(true);
      const later = rows(createDetector(EMPTY_CONFIG), batches);
      const first = rows(createDetector(EMPTY_CONFIG, true), batches);
      expect(later.commits).toBe(8);
      expect(later.rows.length, `minBytes ${minBytes}`).toBe(8 * 15);
      expect(later.rows, `minBytes ${minBytes}`).toEqual(first.rows);
    }
  });

  it('passes every byte on, in order, whatever the chunk sizes (cuts before headers or at line ends)', () => {
    const text = buildHistory();
    for (const step of [1, 2, 3, 5, 64, 97, 299, 300, 301, 700, 701, text.length]) {
      const batches: { data: Uint8Array; continues: boolean }[] = [];
      const batcher = createBatcher((data, continues) => batches.push({ data, continues }), { minBytes: 300, maxBytes: 700 });
      for (let i = 0; i < text.length; i += step) batcher.push(text.subarray(i, Math.min(text.length, i + step)));
      batcher.end();
      expect(Buffer.concat(batches.map((b) => b.data)).equals(text), `step ${step}`).toBe(true);
      for (const b of batches.slice(1)) {
        // A batch that does not continue the previous one starts at a commit header.
        const prev = batches[batches.indexOf(b) - 1]!;
        if (!prev.continues) expect([b.data[0], b.data[1]], `step ${step}`).toEqual([0, 1]);
      }
    }
  });

  it('cuts only before a commit header when one is within reach', () => {
    const sent: string[] = [];
    const b = createBatcher((d) => sent.push(Buffer.from(d).toString('latin1')), { minBytes: 10, maxBytes: 1000 });
    b.push(Buffer.from('\u0000\u0001aaa\n+x\n\u0000', 'latin1'));
    b.push(Buffer.from('\u0001bbb\n+y\n', 'latin1'));
    b.end();
    expect(sent).toEqual(['\u0000\u0001aaa\n+x\n', '\u0000\u0001bbb\n+y\n']);
  });
});
