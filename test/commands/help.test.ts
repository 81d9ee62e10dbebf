// --help as a person reads it: lines wrapped at word boundaries within the width (80 columns when
// stdout is not a terminal), never inside a word ("reposi tory").
import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../src/help-layout.js';
import { CLI, PROJECT_ROOT, run } from '../helpers/git-repo.js';

const help = (...args: string[]): string => run(process.execPath, [CLI, ...args, '--help'], PROJECT_ROOT).stdout;
const flat = (s: string): string => s.replace(/\s+/g, ' ');

describe('--help', () => {
  it.each([
    [[], ['scan files or directories (default: the repository working tree), the staged lines (--staged) or the history (--history)', 'config file (default: .secret-scan.json at the repository root); --no-config for none', 'hide secrets in the report (--no-redact prints them in full)']],
    [['baseline'], ['record the current findings so only new secrets block', 'baseline file (default: the config\'s "baseline", else .secret-scan-baseline.json at the repository root)']],
    [['init'], ['add secret-scan to this repository: husky pre-commit hook and a starter config', 'record a baseline of existing findings']],
  ])('secret-scan %j --help keeps every description whole, within 80 columns', (args, phrases) => {
    const out = help(...args);
    expect(out.length).toBeGreaterThan(200);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    for (const p of phrases) expect(flat(out)).toContain(p);
  });
});

describe('wrapWords', () => {
  it('keeps a line of exactly the width, and breaks one character more at the last space', () => {
    expect(wrapWords('abcd efgh', 9)).toBe('abcd efgh');
    expect(wrapWords('abcd efghi', 9)).toBe('abcd\nefghi');
  });

  it('cuts only a word longer than the width, and keeps existing line breaks', () => {
    expect(wrapWords('a abcdefghijkl b', 5)).toBe('a\nabcde\nfghij\nkl b');
    expect(wrapWords('one\ntwo three', 20)).toBe('one\ntwo three');
  });
});
