// File names, authors and messages come from the repository: a reporter must not let them start
// a line of their own (a forged `::warning file=…::` workflow command in a CI log), nor pass raw
// escape sequences to the terminal. Text escapes them as \xNN; the github format applies the
// runner's encoding (%25, %0D, %0A, and in properties %3A, %2C). Real files with such names, committed.
import { afterEach, describe, expect, it } from 'vitest';
import { synth } from '../../src/detect/synthetic.js';
import { makeRepo, type Repo } from '../helpers/git-repo.js';

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'escaping');
const FORGED = 'evil\n::warning file=README.md::forged\nx.py';
const CLEAR = '\u001b[2J\u001b]0;title\u0007clear.py';
const BIDI = 'a\u202egnp.py';

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function repoWith(names: string[]): Repo {
  const r = makeRepo();
  repos.push(r);
  for (const n of names) r.write(n, `AWS = "${KEY}"\n`);
  r.git('add', '-A');
  r.git('commit', '-qm', 'odd names');
  return r;
}

/** Lines a CI runner or a terminal would see. */
function lines(out: string): string[] {
  return out.split(/\r\n|\r|\n/);
}

describe('text format', () => {
  it('escapes control characters in file names: no forged line, no escape sequence', () => {
    const r = repoWith([FORGED, CLEAR, BIDI]);
    for (const args of [[], ['--history']]) {
      const res = r.scan(...args);
      expect(res.code).toBe(1);
      expect(lines(res.stdout).filter((l) => l.startsWith('::'))).toEqual([]);
      expect(res.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
      expect(res.stdout).toContain('evil\\x0a::warning file=README.md::forged\\x0ax.py:1:8');
      expect(res.stdout).toContain('\\x1b[2J\\x1b]0;title\\x07clear.py:1:8');
      expect(res.stdout).toContain('a\\u202egnp.py:1:8');
    }
  });

  it('escapes them in a staged scan too', () => {
    const r = makeRepo();
    repos.push(r);
    r.write(FORGED, `AWS = "${KEY}"\n`);
    r.git('add', '-A');
    const res = r.scan('--staged');
    expect(res.code).toBe(1);
    expect(lines(res.stdout).filter((l) => l.startsWith('::'))).toEqual([]);
    expect(res.stdout).toContain('evil\\x0a::warning file=README.md::forged\\x0ax.py:1:8');
  });

  it('escapes them in the names of skipped files', () => {
    const r = makeRepo();
    repos.push(r);
    r.write(FORGED, 'x'.repeat(100));
    const res = r.scan('--max-file-size', '10');
    expect(lines(res.stdout).filter((l) => l.startsWith('::'))).toEqual([]);
    expect(res.stdout).toContain('skipped evil\\x0a::warning file=README.md::forged\\x0ax.py (larger than --max-file-size)');
  });
});

describe('github format', () => {
  it('encodes file names as properties: %, CR, LF, colon and comma', () => {
    const r = repoWith([FORGED, 'we,ird:100%.py', 'cr\rname.py']);
    const res = r.scan('--format', 'github');
    expect(res.code).toBe(1);
    const out = lines(res.stdout).filter((l) => l !== '');
    // One command per finding and the summary: nothing else reaches the start of a line.
    expect(out).toHaveLength(4);
    for (const l of out.slice(0, 3)) expect(l).toMatch(/^::error file=/);
    expect(out[3]).toBe('secret-scan found 3 errors and 0 warnings');
    const files = out.slice(0, 3).map((l) => /^::error file=([^,]*),line=1,/.exec(l)?.[1]);
    expect(files.sort()).toEqual(['cr%0Dname.py', 'evil%0A%3A%3Awarning file=README.md%3A%3Aforged%0Ax.py', 'we%2Cird%3A100%25.py']);
  });

  it('encodes messages: %, CR and LF (a custom rule description with all three)', () => {
    const r = makeRepo();
    repos.push(r);
    r.write('.secret-scan.json', JSON.stringify({ rules: [{ id: 'acme-token', pattern: 'acme_[a-z0-9]{32}', keywords: ['acme_'], description: '100% Acme\r\n::error::forged' }] }));
    r.write('a.js', `const t = "acme_${synth('abcdefghijklmnopqrstuvwxyz0123456789', 32, 'escaping-acme')}";\n`);
    const res = r.scan('--format', 'github');
    expect(res.code).toBe(1);
    const out = lines(res.stdout).filter((l) => l !== '');
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^::error file=a\.js,line=1,endLine=1,col=12,endColumn=49,title=secret-scan%3A acme-token::100%25 Acme%0D%0A::error::forged: acme…/);
  });
});
