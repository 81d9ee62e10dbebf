// A file holding more findings than a JavaScript call takes arguments (~120,000 here): every
// mode reports them all. The staged scan gathered one window's findings with push(...found), an
// internal error ("Maximum call stack size exceeded", exit 2) on such a file before.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { synth } from '../../src/detect/synthetic.js';
import { CLI, reposPerTest } from '../helpers/git-repo.js';

const repo = reposPerTest();

const LINES = 32_000;
const PER_LINE = 4;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** LINES lines of PER_LINE access key ids each, all in one window (diff-parser.ts WINDOW_LINES 32,768). */
function keyDump(): string {
  const body = synth(BASE32, 16 * LINES * PER_LINE, 'many-findings');
  const lines: string[] = [];
  for (let i = 0; i < LINES; i++) {
    const keys: string[] = [];
    for (let k = 0; k < PER_LINE; k++) {
      const at = 16 * (i * PER_LINE + k);
      keys.push(`AKIA${body.slice(at, at + 16)}`);
    }
    lines.push(keys.join(' '));
  }
  return lines.join('\n') + '\n';
}

function findings(dir: string, args: string[]): { status: number | null; stderr: string; at: string[] } {
  const res = spawnSync(process.execPath, [CLI, ...args, '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const at = res.status === 1 ? (JSON.parse(res.stdout) as { findings: { file: string; line: number; column: number }[] }).findings.map((f) => `${f.file}:${f.line}:${f.column}`) : [];
  return { status: res.status, stderr: res.stderr, at };
}

describe('more findings in one file than a call takes arguments', () => {
  it('--staged reports them all, as the tree scan of the same file does', () => {
    const r = repo();
    r.git('commit', '-q', '--allow-empty', '-m', 'empty');
    r.write('keys.txt', keyDump());
    r.git('add', '-A');
    const staged = findings(r.dir, ['--staged']);
    expect(staged.stderr).not.toContain('internal error');
    expect(staged.status).toBe(1);
    const tree = findings(r.dir, ['keys.txt']);
    expect(tree.status).toBe(1);
    // Nearly every key is reported (a few random ones hold a placeholder word such as FAKE).
    expect(tree.at.length).toBeGreaterThan(0.999 * LINES * PER_LINE);
    expect(staged.at.sort()).toEqual(tree.at.sort());
  });
});
