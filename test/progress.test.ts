// The progress line: shown only to a person at a terminal, and what it says.

import { describe, expect, it } from 'vitest';
import { createProgress, distinctCount, etaSeconds, formatProgress, progressWanted } from '../src/progress.js';

describe('progress line', () => {
  it('is wanted only on a TTY, outside CI, without --quiet', () => {
    expect(progressWanted(false, { isTTY: true }, {})).toBe(true);
    expect(progressWanted(true, { isTTY: true }, {})).toBe(false);
    expect(progressWanted(false, { isTTY: false }, {})).toBe(false);
    expect(progressWanted(false, {}, {})).toBe(false);
    expect(progressWanted(false, { isTTY: true }, { CI: 'true' })).toBe(false);
    expect(progressWanted(false, { isTTY: true }, { CI: '1' })).toBe(false);
    expect(progressWanted(false, { isTTY: true }, { CI: 'false' })).toBe(true);
  });

  it('says done of total, speed, findings and time left', () => {
    expect(formatProgress('commits', 250, 1000, 20 * 1048576, 3, 10, 30)).toBe('secret-scan: 250/1000 commits, 2.0 MB/s, 3 findings, ETA 30s');
    expect(formatProgress('files', 10, 4000, 1048576, 1, 2, 798)).toBe('secret-scan: 10/4000 files, 0.5 MB/s, 1 finding, ETA 13m18s');
    expect(formatProgress('files', 10, 4000, 1048576, 1, 2, 59.4)).toBe('secret-scan: 10/4000 files, 0.5 MB/s, 1 finding, ETA 59s');
    expect(formatProgress('files', 10, 4000, 1048576, 1, 2, 59.5)).toBe('secret-scan: 10/4000 files, 0.5 MB/s, 1 finding, ETA 1m00s');
    expect(formatProgress('commits', 7, undefined, 0, 0, 0)).toBe('secret-scan: 7 commits, 0.0 MB/s, 0 findings');
  });

  it('times the pace from the first result, so a slow start does not inflate the ETA', () => {
    // A 7-second scan of 4,900 files: workers start for 0.9 s, then 700 files a second.
    const first = { at: 900, done: 64 };
    const eta = etaSeconds(first, 2000, 64 + 770, 4900)!;
    expect(eta).toBeGreaterThan(5);
    expect(eta).toBeLessThan(6.5); // (4900 - 834) / 700 = 5.8 s left; timed from the start it said 9.7 s
    // Not before a second of pace is measured, nor without a total, nor when done.
    expect(etaSeconds(first, 1899, 500, 4900)).toBeUndefined();
    expect(etaSeconds(first, 1900, 500, 4900)).toBeCloseTo((1 / 436) * 4400, 5);
    expect(etaSeconds(first, 5000, 900, undefined)).toBeUndefined();
    expect(etaSeconds(first, 5000, 4900, 4900)).toBeUndefined();
    expect(etaSeconds(null, 5000, 900, 4900)).toBeUndefined();
  });

  it('on a terminal, the first ETA shown for a 7-second scan is seconds, not minutes', () => {
    const written: string[] = [];
    const stream = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    let now = 0;
    const saved = process.env.CI;
    delete process.env.CI;
    try {
      const p = createProgress({ unit: 'files', total: 4900 }, stream, () => now);
      for (let t = 900; t <= 7000; t += 100) {
        now = t;
        p.update(Math.min(4900, 64 + Math.round(((t - 900) / 1000) * 790)), 0, 0);
      }
    } finally {
      if (saved !== undefined) process.env.CI = saved;
    }
    const etas = written.map((w) => /ETA (\d+m\d+s|\d+s)/.exec(w)?.[1]).filter((e): e is string => e !== undefined);
    expect(etas.length).toBeGreaterThan(5);
    expect(etas[0]).toMatch(/^[1-6]s$/);
    expect(etas.every((e) => !e.includes('m'))).toBe(true);
  });

  it('counts a history secret added again later once, as the report does', () => {
    const c = distinctCount();
    const f = (fingerprint: string, secret: string) => ({ fingerprint, secret });
    expect(c.add([f('a.py:r:1', 's1'), f('a.py:r:1', 's1')])).toBe(1);
    expect(c.add([f('a.py:r:1', 's1'), f('b.py:r:1', 's1'), f('a.py:r:2', 's2')])).toBe(3);
    expect(c.add([])).toBe(3);
  });

  it('writes nothing to a stream that is not a terminal', () => {
    const written: string[] = [];
    const stream = { isTTY: false, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const p = createProgress({ unit: 'files', total: 3 }, stream);
    p.update(1, 100, 0);
    p.end();
    expect(written).toEqual([]);
  });

  it('repaints one line on a terminal and erases it at the end', () => {
    const written: string[] = [];
    const stream = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const saved = process.env.CI;
    delete process.env.CI;
    try {
      const p = createProgress({ unit: 'files', total: 3 }, stream);
      p.update(1, 100, 0);
      p.update(2, 200, 0); // throttled: within 200 ms of the last paint
      p.end();
    } finally {
      if (saved !== undefined) process.env.CI = saved;
    }
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/^\rsecret-scan: 1\/3 files, .* MB\/s, 0 findings\u001b\[K$/);
    expect(written[1]).toBe('\r\u001b[K');
  });
});
