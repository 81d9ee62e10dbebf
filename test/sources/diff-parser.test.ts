// The diff parser's edges: malformed hunk headers, windows of a big file's lines, renames and
// binaries named, and the batcher that cuts git's output for it always closing the last commit.

import { describe, expect, it } from 'vitest';
import { parseDiff, WINDOW_BYTES, WINDOW_LINES } from '../../src/sources/diff-parser.js';
import { createBatcher } from '../../src/parallel/batcher.js';

const numbers = (text: string): number[] => parseDiff(text).flatMap((f) => f.lines.map((l) => l.number));

describe('diff parser edges', () => {
  it('skips hunks whose header gives a line number git never writes (0 with lines, past 2^31)', () => {
    const file = (hunk: string) => `diff --git a/x b/x\n--- a/x\n+++ b/x\n${hunk}\n+one\n+two\n`;
    expect(numbers(file('@@ -1 +0,2 @@'))).toEqual([]);
    expect(numbers(file('@@ -1 +100000000000000000000,2 @@'))).toEqual([]);
    expect(numbers(file('@@ -1 +2147483647,2 @@'))).toEqual([]);
    expect(numbers(file('@@ -1 +2147483646,2 @@'))).toEqual([2147483646, 2147483647]);
    expect(numbers(file('@@ -1 +1,2 @@'))).toEqual([1, 2]);
    // More '+' lines than the header announced: the rest is not part of the hunk.
    expect(numbers(file('@@ -1 +5 @@'))).toEqual([5]);
  });

  it(`hands a big file on in windows of at most ${WINDOW_LINES} lines, every line once, the last window never tiny`, () => {
    const n = WINDOW_LINES * 2 + 2;
    const body = Array.from({ length: n }, (_, i) => `+row ${i + 1}`).join('\n');
    const files = parseDiff(`diff --git a/big.csv b/big.csv\nnew file mode 100644\n--- /dev/null\n+++ b/big.csv\n@@ -0,0 +1,${n} @@\n${body}\n`);
    expect(files.length).toBe(3);
    expect(files.map((f) => f.continued ?? false)).toEqual([false, true, true]);
    expect(files.every((f) => f.path === 'big.csv' && f.lines.length <= WINDOW_LINES)).toBe(true);
    expect(files[2]!.lines.length).toBeGreaterThan(3);
    const all = files.flatMap((f) => f.lines);
    expect(all.map((l) => l.number)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(all[n - 1]!.text).toBe(`row ${n}`);
  });

  it(`keeps the last 4 lines back at a cut, so that a file of ${WINDOW_LINES} lines ends in a window of 4 (more than a key file's 3)`, () => {
    for (const [n, sizes] of [
      [WINDOW_LINES - 1, [WINDOW_LINES - 1]],
      [WINDOW_LINES, [WINDOW_LINES - 4, 4]],
      [WINDOW_LINES + 1, [WINDOW_LINES - 4, 5]],
    ] as const) {
      const body = Array.from({ length: n }, (_, i) => `+row ${i + 1}`).join('\n');
      const files = parseDiff(`diff --git a/big.csv b/big.csv\nnew file mode 100644\n--- /dev/null\n+++ b/big.csv\n@@ -0,0 +1,${n} @@\n${body}\n`);
      expect(files.map((f) => f.lines.length), `${n} lines`).toEqual(sizes);
    }
  });

  it('gives every later window the last line of the window before it, as context (Fragment.before)', () => {
    const n = WINDOW_LINES * 2 + 2;
    const body = Array.from({ length: n }, (_, i) => `+row ${i + 1}`).join('\n');
    const files = parseDiff(`diff --git a/big.csv b/big.csv\nnew file mode 100644\n--- /dev/null\n+++ b/big.csv\n@@ -0,0 +1,${n} @@\n${body}\n`);
    expect(files[0]!.before).toBeUndefined();
    for (let k = 1; k < files.length; k++) {
      const last = files[k - 1]!.lines.at(-1)!;
      expect(files[k]!.before).toEqual(last);
      expect(files[k]!.lines[0]!.number).toBe(last.number + 1);
    }
  });

  it('cuts windows by size too, but never a line, and not before a few lines are waiting', () => {
    const long = 'x'.repeat(WINDOW_BYTES);
    const files = parseDiff(`diff --git a/l b/l\n--- a/l\n+++ b/l\n@@ -1 +1,7 @@\n+${long}\n+a\n+b\n+c\n+d\n+e\n+f\n`);
    expect(files.flatMap((f) => f.lines.map((l) => l.number))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(files[0]!.lines[0]!.text.length).toBe(WINDOW_BYTES);
    expect(files[0]!.continued).toBeUndefined();
  });

  it('names pure renames, copies and binaries (with the header path when the binary line is ambiguous)', () => {
    const files = parseDiff(
      [
        'diff --git a/fixtures/s.py b/src/settings.py',
        'similarity index 100%',
        'rename from fixtures/s.py',
        'rename to src/settings.py',
        'diff --git "a/x and b/y" "b/x and b/y"',
        'index 1234567..89abcde 100644',
        'Binary files "a/x and b/y" and "b/x and b/y" differ',
        'diff --git a/gone.bin b/gone.bin',
        'deleted file mode 100644',
        'Binary files a/gone.bin and /dev/null differ',
        '',
      ].join('\n'),
    );
    expect(files).toEqual([
      { path: 'src/settings.py', lines: [], from: 'fixtures/s.py' },
      { path: 'x and b/y', lines: [], binary: true, index: 'index 1234567..89abcde 100644' },
    ]);
  });

  it("keeps the `index A..B` line of a binary, renamed or copied file only (whole-file.ts reads those by id)", () => {
    const files = parseDiff(
      [
        'diff --git a/app.py b/app.py',
        'index 1111111..2222222 100644',
        '--- a/app.py',
        '+++ b/app.py',
        '@@ -1 +1 @@',
        '+x = 1',
        'diff --git a/old.py b/new.py',
        'similarity index 90%',
        'rename from old.py',
        'rename to new.py',
        'index 3333333..4444444',
        '--- a/old.py',
        '+++ b/new.py',
        '@@ -2 +2 @@',
        '+y = 2',
        'diff --git a/img.png b/img.png',
        'new file mode 100644',
        'index 0000000..5555555',
        'Binary files /dev/null and b/img.png differ',
        '',
      ].join('\n'),
    );
    expect(files.map((f) => [f.path, f.index])).toEqual([
      ['app.py', undefined],
      ['new.py', 'index 3333333..4444444'],
      ['img.png', 'index 0000000..5555555'],
    ]);
  });
});

describe('history batcher', () => {
  it('always closes the last commit, also when the last cut was inside it at the very end', () => {
    const sent: { text: string; continues: boolean }[] = [];
    const b = createBatcher((data, continues) => sent.push({ text: Buffer.from(data).toString('latin1'), continues }), { minBytes: 8, maxBytes: 32 });
    b.push(Buffer.from('\u0000\u0001c1\ndiff --git a/x b/x\n+'));
    b.push(Buffer.from(`${'y'.repeat(40)}\n`));
    b.end();
    expect(sent.map((s) => s.continues)).toEqual([true, false]);
    expect(sent[1]!.text).toBe('');
    expect(sent.map((s) => s.text).join('')).toBe(`\u0000\u0001c1\ndiff --git a/x b/x\n+${'y'.repeat(40)}\n`);
  });

  it('cuts a huge commit at line ends without waiting for a commit mark, and sends every byte once', () => {
    const sent: Buffer[] = [];
    const b = createBatcher((data) => sent.push(Buffer.from(data)), { minBytes: 16, maxBytes: 64 });
    const text = `\u0000\u0001c\n${Array.from({ length: 200 }, (_, i) => `+line ${i}`).join('\n')}\n`;
    for (let i = 0; i < text.length; i += 7) b.push(Buffer.from(text.slice(i, i + 7), 'latin1'));
    b.end();
    expect(Buffer.concat(sent).toString('latin1')).toBe(text);
    expect(sent.length).toBeGreaterThan(10);
    expect(sent.every((s) => s.length === 0 || s[s.length - 1] === 10)).toBe(true);
  });
});
