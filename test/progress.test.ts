// The progress line: shown only to a person at a terminal, and what it says.

import { describe, expect, it } from 'vitest';
import { createProgress, formatProgress, progressWanted } from '../src/progress.js';

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
    expect(formatProgress('commits', 250, 1000, 20 * 1048576, 3, 10)).toBe('secret-scan: 250/1000 commits, 2.0 MB/s, 3 findings, ETA 30s');
    expect(formatProgress('files', 10, 4000, 1048576, 1, 2)).toBe('secret-scan: 10/4000 files, 0.5 MB/s, 1 finding, ETA 13m18s');
    expect(formatProgress('commits', 7, undefined, 0, 0, 0)).toBe('secret-scan: 7 commits, 0.0 MB/s, 0 findings');
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
