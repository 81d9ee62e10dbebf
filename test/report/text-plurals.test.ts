// The text report's counts read as English: "1 commit", "2 commits", never "(1 commits, …)".
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/report/text.js';
import type { ScanStats } from '../../src/scan.js';

const stats = (commits: number | undefined, files: number, lines: number): ScanStats => ({ files, lines, bytes: 0, durationMs: 0, skipped: [], ...(commits !== undefined ? { commits } : {}) });
const opts = { redact: true, staged: false, blocking: false, color: false };

describe('text report counts', () => {
  it.each([
    [1, 1, 1, '(1 commit, 1 file, 1 line)'],
    [0, 0, 0, '(0 commits, 0 files, 0 lines)'],
    [2, 3, 40, '(2 commits, 3 files, 40 lines)'],
    [undefined, 1, 2, '(1 file, 2 lines)'],
  ])('commits %s, files %s, lines %s: %s', (commits, files, lines, expected) => {
    expect(renderText([], stats(commits, files, lines), opts)).toBe(`secret-scan: no secrets found ${expected}\n`);
  });
});
