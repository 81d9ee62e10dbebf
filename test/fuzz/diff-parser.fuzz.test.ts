// Property-based fuzzing of the unified-diff parser (sources/diff-parser.ts), fixed seed so every
// run checks the same inputs: whatever the text, it never throws and reports line numbers in
// range only; on diffs shaped as git writes them, every added line comes out once, with its
// number in the new file and its text.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDiffParser, parseDiff, type DiffFile } from '../../src/sources/diff-parser.js';

const SEED = 20261202;
const RUNS = Number(process.env.DIFF_FUZZ_RUNS ?? 10_000);
const MAX_LINE = 2 ** 31;

/** Line content as git could print it: anything but a newline (a CR would be stripped: none). */
const content = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.constantFrom('', '+', '-', ' ', '\\ No newline at end of file', '@@ -1 +1 @@', 'diff --git a/x b/x', '+++ b/evil', '--- a/x', 'Binary files a/x and b/x differ', 'rename from x', '\u0000\u0001'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
).map((s) => s.replace(/[\r\n]/g, '_'));

const pathPart = fc.stringMatching(/^[a-z0-9 ._\-é中"\\\t]{1,8}$/).filter((s) => s.trim() === s && s !== '.' && s !== '..');
const path = fc.array(pathPart, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));

/** git's quoting of a diff path (core.quotePath=false: only '"', '\' and control characters). */
function quote(prefix: string, p: string): string {
  if (!/["\\\x00-\x1f]/.test(p)) return `${prefix}${p}`;
  const esc: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\t': '\\t', '\n': '\\n' };
  return `"${prefix}${p.replace(/["\\\x00-\x1f]/g, (c) => esc[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)}"`;
}

interface HunkModel {
  readonly gap: number; // unchanged lines before the hunk
  readonly removed: readonly string[];
  readonly added: readonly string[];
}

interface FileModel {
  readonly path: string;
  readonly kind: 'new' | 'modified' | 'deleted' | 'binary' | 'renamed';
  readonly hunks: readonly HunkModel[];
}

const hunk = fc.record({
  gap: fc.nat({ max: 5 }),
  removed: fc.array(content, { maxLength: 4 }),
  added: fc.array(content, { maxLength: 6 }),
});

const fileModel = fc.record({
  path,
  kind: fc.constantFrom('new', 'modified', 'modified', 'deleted', 'binary', 'renamed'),
  hunks: fc.array(hunk, { maxLength: 4 }),
}) as fc.Arbitrary<FileModel>;

/** Renders files as `git diff -U0` would, and the added lines the parser must report. */
function render(files: readonly FileModel[], commitHeaders: boolean): { text: string; want: Map<string, [number, string][]> } {
  const out: string[] = [];
  const want = new Map<string, [number, string][]>();
  files.forEach((f, i) => {
    if (commitHeaders) out.push(`\u0000\u0001${'ab'.repeat(20)}\u00011700000000\u00012024-01-01T00:00:00+00:00\u0001A <a@b>`, '');
    const a = quote('a/', f.kind === 'renamed' ? `old${i}/${f.path}` : f.path);
    const b = quote('b/', f.path);
    out.push(`diff --git ${a} ${b}`);
    if (f.kind === 'new') out.push('new file mode 100644');
    if (f.kind === 'deleted') out.push('deleted file mode 100644');
    if (f.kind === 'renamed') out.push('similarity index 90%', `rename from ${quote('', `old${i}/${f.path}`)}`, `rename to ${quote('', f.path)}`);
    out.push(`index 1234567..89abcde${f.kind === 'new' || f.kind === 'deleted' ? '' : ' 100644'}`);
    if (f.kind === 'binary') {
      out.push(`Binary files ${a} and ${b} differ`);
      return;
    }
    out.push(f.kind === 'new' ? '--- /dev/null' : `--- ${a}`, f.kind === 'deleted' ? '+++ /dev/null' : `+++ ${b}`);
    let oldLine = 1;
    let newLine = 1;
    const got: [number, string][] = [];
    for (const h of f.hunks) {
      const removed = f.kind === 'new' ? [] : h.removed;
      const added = f.kind === 'deleted' ? [] : h.added;
      if (removed.length === 0 && added.length === 0) continue;
      oldLine += h.gap;
      newLine += h.gap;
      const oldStart = removed.length === 0 ? oldLine - 1 : oldLine;
      const newStart = added.length === 0 ? newLine - 1 : newLine;
      out.push(`@@ -${oldStart}${removed.length === 1 ? '' : `,${removed.length}`} +${newStart}${added.length === 1 ? '' : `,${added.length}`} @@ context`);
      for (const r of removed) out.push(`-${r}`);
      for (const [k, t] of added.entries()) {
        out.push(`+${t}`);
        got.push([newLine + k, t]);
      }
      oldLine += removed.length;
      newLine += added.length;
    }
    if (got.length > 0) want.set(f.path, [...(want.get(f.path) ?? []), ...got]);
  });
  return { text: out.join('\n') + '\n', want };
}

function collect(files: readonly DiffFile[]): Map<string, [number, string][]> {
  const got = new Map<string, [number, string][]>();
  for (const f of files) {
    if (f.lines.length === 0) continue;
    got.set(f.path, [...(got.get(f.path) ?? []), ...f.lines.map((l): [number, string] => [l.number, l.text])]);
  }
  return got;
}

describe('diff parser (fuzz)', () => {
  it(`reports every added line of a git-shaped diff once, with its new number and text (${RUNS} inputs)`, () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fileModel, { maxLength: 4, selector: (f) => f.path }),
        fc.boolean(),
        (files, commitHeaders) => {
          const { text, want } = render(files, commitHeaders);
          const parsed = parseDiff(text);
          expect(collect(parsed)).toEqual(want);
          for (const f of parsed) {
            const model = files.find((m) => m.path === f.path);
            expect(model, f.path).toBeDefined();
            if (model!.kind === 'renamed') expect(f.from).toBe(`old${files.indexOf(model!)}/${f.path}`);
            if (model!.kind === 'binary') expect(f.binary).toBe(true);
          }
          // Nothing of a deleted file, and every binary or renamed file is named.
          for (const m of files) {
            if (m.kind === 'deleted') expect(parsed.some((f) => f.path === m.path)).toBe(false);
            if (m.kind === 'binary' || m.kind === 'renamed') expect(parsed.some((f) => f.path === m.path)).toBe(true);
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`never throws on any text and reports only line numbers in 1..2^31, each added line at most once (${RUNS} inputs)`, () => {
    const header = fc.oneof(
      fc.tuple(fc.oneof(fc.nat(), fc.constantFrom(0, 1, 2 ** 31, 2 ** 53, 1e20)), fc.option(fc.oneof(fc.nat({ max: 10 }), fc.constantFrom(2 ** 31, 1e20))), fc.oneof(fc.nat(), fc.constantFrom(0, 2 ** 31 - 1, 2 ** 31, 1e20, 99999999999999999999)), fc.option(fc.oneof(fc.nat({ max: 10 }), fc.constantFrom(0, 2 ** 32, 1e20))))
        .map(([a, b, c, d]) => `@@ -${a}${b === null ? '' : `,${b}`} +${c}${d === null ? '' : `,${d}`} @@`),
      fc.constantFrom('diff --git a/x b/x', 'diff --cc x', '+++ b/y', '+++ /dev/null', '+++ "b/\\303', 'rename to "q', 'Binary files a/x and b/x differ', 'deleted file mode 100644', 'new file mode 160000', '\\', ''),
    );
    const line = fc.oneof(header, content.map((c) => `+${c}`), content.map((c) => `-${c}`), content.map((c) => ` ${c}`), content);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const reported: number[] = [];
        const p = createDiffParser((f) => {
          for (const l of f.lines) reported.push(l.number);
        });
        for (const l of lines) p.line(l);
        p.end();
        for (const n of reported) expect(n >= 1 && n <= MAX_LINE && Number.isInteger(n), String(n)).toBe(true);
        expect(reported.length).toBeLessThanOrEqual(lines.filter((l) => l.startsWith('+')).length);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });
});
