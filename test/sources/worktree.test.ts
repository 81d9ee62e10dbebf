// Tree scans against real directories: what is listed inside and outside git, what is skipped and counted.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan, type ScanOptions } from '../../src/scan.js';
import { synth } from '../../src/detect/synthetic.js';
import { awsKey, awsLine, createTestRepo, type TestRepo } from '../helpers/history-repo.js';
import { CLI } from '../helpers/git-repo.js';
import { renderText } from '../../src/report/text.js';
import { WINDOW_LINES } from '../../src/sources/diff-parser.js';
import { STREAM_ABOVE } from '../../src/sources/staged-git.js';
import { expectsManyFiles, fileWindows, indexEntries, MANY_FILES_INDEX_BYTES, readFileWindows, relativeName, WHOLE_FILE_BYTES } from '../../src/sources/worktree.js';
import { prng } from '../../src/detect/synthetic.js';
import { PIECE, PIECE_OVERLAP } from '../../src/sources/line-pieces.js';
import type { Fragment, SourceLine } from '../../src/types.js';


const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

function repoWith(): TestRepo {
  const r = createTestRepo('secret-scan-tree-');
  cleanups.push(r.cleanup);
  return r;
}

function tree(cwd: string, extra: Partial<ScanOptions> = {}) {
  return scan({ mode: 'paths', paths: [], cwd, config: false, quiet: true, ...extra });
}

describe('working tree scan', () => {
  it('scans tracked and untracked files but not ignored ones, with real line numbers', async () => {
    const r = repoWith();
    r.write('.gitignore', 'build/\n');
    r.write('src/config.py', ['import os', '', '', '', awsLine('tracked'), ''].join('\n'));
    r.commit('tracked');
    r.write('notes/new.env', `${awsLine('untracked')}\n`);
    r.write('build/out.env', `${awsLine('ignored')}\n`);

    const { findings, stats } = await tree(r.dir);
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['notes/new.env:1', 'src/config.py:5']);
    expect(stats.files).toBe(3);
    expect(stats.skipped).toEqual([]);
  });

  it('skips binary files and files over --max-file-size, and counts them', async () => {
    const r = repoWith();
    r.write('logo.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(awsLine('binary'))]));
    r.write('big.sql', `${awsLine('big')}\n${'x'.repeat(5000)}\n`);
    r.write('small.env', `${awsLine('small')}\n`);
    r.commit('mixed');

    const { findings, stats } = await tree(r.dir, { maxFileSize: 1000 });
    expect(findings.map((f) => f.file)).toEqual(['small.env']);
    expect(stats.skipped).toEqual([
      { file: 'big.sql', reason: 'too-large' },
      { file: 'logo.png', reason: 'binary' },
    ]);
    // People see the oversized file by name (it may hide a secret) and binaries as a count.
    const text = renderText([], stats, { redact: true, staged: false, blocking: false, color: false });
    expect(text).toContain('skipped big.sql (larger than --max-file-size)\n');
    expect(text).toContain('skipped 1 binary file\n');
  });

  it('reads a small file in one read where it can, with the same answers at every boundary: --max-file-size N-1/N/N+1 (0 too), empty files, the whole-file limit, a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'secret-scan-first-read-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const read = (name: string, maxBytes: number): { lines: string[]; bytes: number; skipped?: string } => {
      const lines: string[] = [];
      const r = readFileWindows(join(dir, name), dir, maxBytes, (f) => lines.push(...f.lines.map((l) => l.text)));
      return { lines, bytes: r.bytes, ...(r.skipped ? { skipped: r.skipped.reason } : {}) };
    };
    const body = (n: number): string => Array.from({ length: n }, (_, i) => (i % 40 === 39 ? '\n' : String.fromCharCode(97 + (i % 26)))).join('');
    for (const n of [1, 100, 4095, 65536, 65537, WHOLE_FILE_BYTES, WHOLE_FILE_BYTES + 1]) {
      writeFileSync(join(dir, `f${n}`), body(n));
      const lines = body(n).split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      for (const [max, fits] of [[n - 1, false], [n, true], [n + 1, true]] as const) {
        expect(read(`f${n}`, max), `${n} bytes, limit ${max}`).toEqual(fits ? { lines, bytes: n } : { lines: [], bytes: 0, skipped: 'too-large' });
      }
    }
    writeFileSync(join(dir, 'empty'), '');
    expect(read('empty', 0)).toEqual({ lines: [], bytes: 0 });
    expect(read('empty', 10)).toEqual({ lines: [], bytes: 0 });
    expect(read('f1', 0)).toEqual({ lines: [], bytes: 0, skipped: 'too-large' });
    mkdirSync(join(dir, 'sub'));
    expect(read('sub', 1 << 20)).toEqual({ lines: [], bytes: 0 });
  });

  it('takes a NUL in the first 8000 bytes as binary (git\'s rule), one at byte 8001 as content, whole and streamed', async () => {
    const r = repoWith();
    // Byte index 7999 is the 8000th byte; index 8000 is past git's window.
    const withNul = (at: number, pad: number): Buffer => Buffer.concat([Buffer.alloc(at, 'x'), Buffer.from([0]), Buffer.from(`\n${awsLine(`nul-${at}-${pad}`)}\n`), Buffer.alloc(pad, 'y')]);
    for (const pad of [0, WHOLE_FILE_BYTES]) {
      r.write(`in-${pad}.txt`, withNul(7999, pad));
      r.write(`out-${pad}.txt`, withNul(8000, pad));
    }
    const { findings, stats } = await tree(r.dir);
    expect(findings.map((f) => f.file).sort()).toEqual([`out-0.txt`, `out-${WHOLE_FILE_BYTES}.txt`]);
    expect(stats.skipped.map((x) => `${x.file} ${x.reason}`).sort()).toEqual([`in-0.txt binary`, `in-${WHOLE_FILE_BYTES}.txt binary`]);
  });

  it('does not crash on files that are not UTF-8 and still finds their secrets', async () => {
    const r = repoWith();
    const latin1 = Buffer.concat([Buffer.from('# caf\xe9 cr\xe8me \xff\xfe\n', 'latin1'), Buffer.from(`${awsLine('latin')}\n`)]);
    r.write('legacy.cfg', latin1);
    r.write('broken.txt', Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0x0a, 0xe2, 0x82]));
    const { findings, stats } = await tree(r.dir);
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['legacy.cfg:2']);
    expect(findings[0]!.secret).toBe(awsKey('latin'));
    expect(stats.files).toBe(2);
  });

  it('walks every file of a plain directory outside git, except .git/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secret-scan-plain-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'deep/er'), { recursive: true });
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, 'deep/er/creds.txt'), `\n${awsLine('plain')}\n`);
    writeFileSync(join(dir, '.git/config.env'), `${awsLine('dotgit')}\n`);
    const { findings, root } = await tree(dir);
    expect(root).toBe(dir);
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['deep/er/creds.txt:2']);
  });

  it('lists the repository git finds where the nearest `.git` is not one (empty, no objects/) or points nowhere, and where GIT_DIR says', async () => {
    const r = repoWith();
    r.write('.gitignore', 'build/\n');
    r.write('a/one.env', `${awsLine('one')}\n`);
    r.write('sub/two.env', `${awsLine('two')}\n`);
    r.commit('files');
    r.write('build/out.env', `${awsLine('ignored')}\n`);
    const whole = ['a/one.env', 'sub/two.env'];
    // An empty .git directory: git looks further up, and so does the listing.
    mkdirSync(join(r.dir, 'sub/.git'));
    const empty = await tree(join(r.dir, 'sub'));
    expect([empty.root, empty.findings.map((f) => f.file)]).toEqual([r.dir, whole]);
    // A .git holding HEAD and refs/ but no objects/: git does not take it either.
    writeFileSync(join(r.dir, 'sub/.git/HEAD'), 'ref: refs/heads/main\n');
    mkdirSync(join(r.dir, 'sub/.git/refs'));
    const lone = await tree(join(r.dir, 'sub'));
    expect([lone.root, lone.findings.map((f) => f.file)]).toEqual([r.dir, whole]);
    // A .git file pointing nowhere: git stops there and fails; the directory is walked as a plain one.
    rmSync(join(r.dir, 'sub/.git'), { recursive: true });
    writeFileSync(join(r.dir, 'sub/.git'), 'gitdir: /nonexistent/secret-scan-test\n');
    const broken = await tree(join(r.dir, 'sub'));
    expect([broken.root, broken.findings.map((f) => f.file)]).toEqual([join(r.dir, 'sub'), ['two.env']]);
    // GIT_DIR and GIT_WORK_TREE: git says where, from any directory (the built CLI: git's
    // environment is set once per process).
    const outside = mkdtempSync(join(tmpdir(), 'secret-scan-gitdir-'));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    const res = spawnSync(process.execPath, [CLI, '--format', 'json', '--no-config'], { cwd: outside, encoding: 'utf8', env: { ...process.env, GIT_DIR: join(r.dir, '.git'), GIT_WORK_TREE: r.dir } });
    expect((JSON.parse(res.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file)).toEqual(whole);
  });

  it('expects many files (and builds the byte gate while git lists them) from an index of 4 KB or more, for the whole repository only', () => {
    expect(MANY_FILES_INDEX_BYTES).toBe(4096);
    const r = repoWith();
    const index = (): number => statSync(join(r.dir, '.git/index')).size;
    // Files are added until the index crosses 4 KB: each answer is the size's.
    for (let i = 0; ; i++) {
      r.write(`pkg/module_${String(i).padStart(3, '0')}.py`, `value = ${i}\n`);
      r.commit(`file ${i}`);
      const size = index();
      expect(expectsManyFiles([], r.dir), `index of ${size} bytes`).toBe(size >= 4096);
      if (size >= 4096) break;
      expect(i).toBeLessThan(200);
    }
    expect(expectsManyFiles([], join(r.dir, 'pkg'))).toBe(true); // from a subdirectory: the repository's index
    expect(expectsManyFiles(['pkg'], r.dir)).toBe(false); // paths: as many files as they name
    // Outside a repository, and a .git file (a worktree's index is elsewhere).
    const plain = mkdtempSync(join(tmpdir(), 'secret-scan-plain-'));
    cleanups.push(() => rmSync(plain, { recursive: true, force: true }));
    expect(expectsManyFiles([], plain)).toBe(false);
    writeFileSync(join(plain, '.git'), `gitdir: ${join(r.dir, '.git')}\n`);
    expect(expectsManyFiles([], plain)).toBe(false);
  });

  it('counts the index entries from its header, for the whole repository only (the reader starts early for more than 1,024)', () => {
    const r = repoWith();
    expect(indexEntries([], r.dir)).toBe(0); // no index yet
    for (let i = 0; i < 37; i++) r.write(`pkg/m${i}.py`, `value = ${i}\n`);
    r.commit('files');
    r.write('untracked.py', 'x = 1\n'); // listed, not in the index
    expect(indexEntries([], r.dir)).toBe(37);
    expect(indexEntries([], join(r.dir, 'pkg'))).toBe(37); // from a subdirectory: the repository's index
    expect(indexEntries(['pkg'], r.dir)).toBe(0);
    // Not an index git writes: no count.
    const index = join(r.dir, '.git/index');
    const bytes = readFileSync(index);
    writeFileSync(index, Buffer.concat([Buffer.from('DIRX'), bytes.subarray(4)]));
    expect(indexEntries([], r.dir)).toBe(0);
    writeFileSync(index, bytes.subarray(0, 11));
    expect(indexEntries([], r.dir)).toBe(0);
  });

  it('scans the paths it is given, relative to the repository root', async () => {
    const r = repoWith();
    r.write('a/one.env', `${awsLine('one')}\n`);
    r.write('b/two.env', `${awsLine('two')}\n`);
    r.commit('two dirs');
    const { findings } = await tree(r.dir, { paths: ['b'] });
    expect(findings.map((f) => f.file)).toEqual(['b/two.env']);
  });

  it('names files listed by git under a subdirectory, and paths given on the command line in any spelling, relative to the repository root', async () => {
    const r = repoWith();
    for (const f of ['a/one.env', 'sub/deep/two.env', 'sub/.hidden/three.env', '.github/four.env', 'sub/five.env']) r.write(f, `${awsLine(f)}\n`);
    r.commit('files');
    const outside = mkdtempSync(join(tmpdir(), 'secret-scan-outside-'));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    writeFileSync(join(outside, 'six.env'), `${awsLine('six')}\n`);
    const sub = join(r.dir, 'sub');
    // From a subdirectory: git lists paths relative to it; the report names them from the root.
    const listed = await tree(sub, { paths: ['.'] });
    expect(listed.findings.map((f) => f.file)).toEqual(['sub/.hidden/three.env', 'sub/deep/two.env', 'sub/five.env']);
    const whole = await tree(sub);
    expect(whole.findings.map((f) => f.file)).toEqual(['.github/four.env', 'a/one.env', 'sub/.hidden/three.env', 'sub/deep/two.env', 'sub/five.env']);
    // Paths as people type them: `..`, `./`, doubled and trailing slashes, absolute, outside the repository.
    const given = await tree(sub, { paths: ['../a/one.env', './deep/', `${r.dir}//.github/./four.env`, 'deep/../five.env', join(outside, 'six.env')] });
    expect(given.findings.map((f) => f.file).sort()).toEqual(['.github/four.env', 'a/one.env', 'sub/deep/two.env', 'sub/five.env', relative(r.dir, join(outside, 'six.env'))].sort());
    expect(relative(r.dir, join(outside, 'six.env')).startsWith('../')).toBe(true);
  });

  it('relativeName is path.relative with / separators, on 20,000 generated paths (dot segments, doubled and trailing slashes, dotfiles, other bases)', () => {
    const rand = prng(7);
    const segs = ['a', 'src', '.git', '.env', '..', '.', '', 'b.c', '...', '..x', 'x..', 'd e', 'é'];
    const pick = (): string => segs[Math.floor(rand() * segs.length)]!;
    const bases = ['/repo', '/repo/', '/', '/re/./po', '/re/../repo', '/repo/sub', '/tmp/x y'];
    let sliced = 0;
    for (let i = 0; i < 20_000; i++) {
      const base = bases[Math.floor(rand() * bases.length)]!;
      const parts = Array.from({ length: 1 + Math.floor(rand() * 4) }, pick);
      const abs = (rand() < 0.8 ? base + '/' : pick() === '' ? '/elsewhere/' : '/') + parts.join('/');
      expect(relativeName(base, abs), `${base} ${abs}`).toBe(relative(base, abs));
      if (abs.startsWith(`${base}/`) && !parts.some((p) => p === '' || p === '.' || p === '..')) sliced++;
    }
    // Most generated paths are plain ones under a plain base: the sliced case is well covered.
    expect(sliced).toBeGreaterThan(2_000);
  });
});

describe('big files: windows of lines and pieces of long lines', () => {
  // A window is cut once it holds WINDOW_LINES lines, all but the last 4 handed on: the first
  // window ends at line WINDOW_LINES - 4 and the next starts at the line after it.
  const lastOfFirst = WINDOW_LINES - 4;
  const value = synth('alnum', 24, 'window-cut');
  const filler = (n: number): string[] => Array.from({ length: n }, (_, i) => `port_${i}: ${i % 1000}`);
  const pairs: [string, string][] = [
    ['- name: DB_PASSWORD', `  value: ${value}`],
    ['<password>', `  ${value}`],
  ];

  for (const [name, val] of pairs) {
    const lines = [...filler(lastOfFirst - 1), name, val, ...filler(40)];
    it(`tree scan: reads a value whose name is on the line before, across the window cut (${name.trim()})`, async () => {
      const r = repoWith();
      r.write('deploy.yaml', lines.join('\n') + '\n');
      r.commit('big');
      const { findings } = await tree(r.dir);
      expect(findings.map((f) => `${f.ruleId}:${f.line}`)).toEqual([`hardcoded-password:${lastOfFirst + 1}`]);
    });

    it(`--staged: the same across the diff parser's window cut (${name.trim()})`, async () => {
      const r = repoWith();
      r.write('deploy.yaml', lines.join('\n') + '\n');
      r.git('add', '-A');
      const { findings } = await scan({ mode: 'staged', paths: [], cwd: r.dir, config: false, quiet: true });
      expect(findings.map((f) => `${f.ruleId}:${f.line}`)).toEqual([`hardcoded-password:${lastOfFirst + 1}`]);
    });
  }

  it('honours a secret-scan:allow-next-line comment on the last line of the window before', async () => {
    const r = repoWith();
    const lines = [...filler(lastOfFirst - 1), '# secret-scan:allow-next-line', awsLine('allowed-at-cut'), ...filler(40)];
    r.write('settings.txt', lines.join('\n') + '\n');
    r.commit('big');
    expect((await tree(r.dir)).findings).toEqual([]);
    r.write('staged.txt', lines.join('\n') + '\n');
    r.git('add', '-A');
    expect((await scan({ mode: 'staged', paths: [], cwd: r.dir, config: false, quiet: true })).findings).toEqual([]);
  });

  it('hands a long line on in overlapping pieces, never held whole, each with its offset in the line', () => {
    const r = repoWith();
    const long = 'lorem ipsum dolor sit amet, '.repeat(Math.ceil((PIECE * 5) / 28));
    r.write('min.js', `first\n${long}\nlast\n`);
    const got: SourceLine[] = [];
    readFileWindows(join(r.dir, 'min.js'), r.dir, 1 << 30, (f) => got.push(...f.lines));
    const pieces = got.filter((l) => l.number === 2);
    expect(got.map((l) => l.number)).toEqual([1, ...pieces.map(() => 2), 3]);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) expect(p.text.length).toBeLessThanOrEqual(PIECE + PIECE_OVERLAP);
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k]!;
      expect(long.slice(p.offset, p.offset! + p.text.length)).toBe(p.text);
      if (k + 1 < pieces.length) {
        // The next piece starts inside this one, at least PIECE_OVERLAP / 2 before its end.
        expect(pieces[k + 1]!.offset).toBe(p.offset! + p.next!);
        expect(p.text.length - p.next!).toBeGreaterThanOrEqual(PIECE_OVERLAP / 2);
      } else expect(p.next).toBeUndefined();
    }
    expect(pieces[0]!.offset).toBe(0);
    expect(pieces.at(-1)!.offset! + pieces.at(-1)!.text.length).toBe(long.length);
  });

  it(`reads a file of up to ${WHOLE_FILE_BYTES} bytes whole to the same lines as a bigger file is streamed`, () => {
    const r = repoWith();
    // CRLF, a lone CR, invalid UTF-8 (a stray continuation byte, a cut sequence), a BOM inside,
    // characters of 2-4 bytes, empty lines, and a last line without its newline.
    const head = Buffer.concat([
      Buffer.from(`key = "${synth('base62', 32, 'whole')}"\r\nplain\rline\n\n`),
      Buffer.from([0x61, 0x80, 0x62, 0x0a, 0xe2, 0x82, 0x0a, 0xef, 0xbb, 0xbf, 0x63, 0x0a]),
      Buffer.from('é ✓ 😀 token: x\n'),
    ]);
    // The second form holds a line of 40,000 two-byte characters: over PIECE + PIECE_OVERLAP
    // bytes, under it in characters, so one whole line still (a line is cut by its characters).
    // The third is ASCII (cut into lines from its bytes: worktree.ts wholeLines without a
    // text): CRLF, a lone CR, a CR alone on a line and one that ends the file.
    const ascii = Buffer.from(`key = "${synth('base62', 32, 'ascii')}"\r\nplain\rline\n\n\r\n\rx\r\n a \nlast\r`);
    for (const body of [Buffer.concat([head, Buffer.from('last')]), Buffer.concat([head, Buffer.from(`${'ü'.repeat(40000)}\nlast`)]), ascii]) {
      const filler = Buffer.from('filler line of ordinary text\n'.repeat(Math.ceil(WHOLE_FILE_BYTES / 29) + 1));
      r.write('small.txt', body);
      r.write('big.txt', Buffer.concat([filler, body]));
      const read = (name: string): SourceLine[] => {
        const got: SourceLine[] = [];
        readFileWindows(join(r.dir, name), r.dir, 1 << 30, (f) => got.push(...f.lines));
        return got;
      };
      const small = read('small.txt');
      const big = read('big.txt');
      const skip = big.length - small.length;
      expect(big[skip - 1]!.text).toBe('filler line of ordinary text');
      expect(small.map((l) => [l.number, l.text])).toEqual(big.slice(skip).map((l) => [l.number - skip, l.text]));
      expect(small.map((l) => l.text)).toEqual(new TextDecoder().decode(body).split('\n').map((t) => t.replace(/\r$/, '')));
      expect(small.every((l) => l.offset === undefined)).toBe(true);
    }
  });

  it(`a file read whole goes on in the windows fileWindows cuts (${WINDOW_LINES} lines), and the reader counts its lines`, () => {
    const r = repoWith();
    const gate = (data: Uint8Array): Uint8Array => Uint8Array.from(data.toString().split('\n'), (_, i) => i % 7);
    for (const n of [0, 1, 5, WINDOW_LINES - 1, WINDOW_LINES, WINDOW_LINES + 1, 3 * WINDOW_LINES + 5]) {
      const texts = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? '' : `${i % 10}`));
      const body = texts.map((t) => `${t}\n`).join('');
      expect(body.length).toBeLessThanOrEqual(WHOLE_FILE_BYTES);
      r.write('many.txt', body);
      for (const g of [undefined, gate]) {
        const got: Fragment[] = [];
        const read = readFileWindows(join(r.dir, 'many.txt'), r.dir, 1 << 30, (f) => got.push(f), g);
        // The reference: the same lines handed to fileWindows one by one.
        const want: Fragment[] = [];
        const out = fileWindows('many.txt', (f) => want.push(f));
        const verdicts = g?.(Buffer.from(body));
        texts.forEach((t, i) => out.line(t, verdicts?.[i]));
        out.end();
        expect(got, `${n} lines`).toEqual(want);
        expect(read.lines, `${n} lines`).toBe(n);
        expect(out.lines).toBe(n);
      }
    }
  });

  it(`fileWindows keeps the last 4 lines back at a cut: a file of ${WINDOW_LINES} lines ends in a window of 4 (more than a key file's 3)`, () => {
    for (const [n, sizes] of [
      [WINDOW_LINES - 1, [WINDOW_LINES - 1]],
      [WINDOW_LINES, [WINDOW_LINES - 4, 4]],
      [WINDOW_LINES + 1, [WINDOW_LINES - 4, 5]],
    ] as const) {
      const got: Fragment[] = [];
      const out = fileWindows('certs/big.key', (f) => got.push(f));
      for (let i = 0; i < n; i++) out.line(`row ${i + 1}`);
      out.end();
      expect(got.map((f) => f.lines.length), `${n} lines`).toEqual(sizes);
    }
  });

  it('reads no content through a symbolic link, a directory or a socket, and notes the socket', async () => {
    const r = repoWith();
    r.write('real.env', `${awsLine('link-target')}\n`);
    symlinkSync(join(r.dir, 'real.env'), join(r.dir, 'link.env'));
    mkdirSync(join(r.dir, 'sub'));
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(r.dir, 'sock'), done));
    try {
      const read = (name: string) => {
        const lines: SourceLine[] = [];
        return { ...readFileWindows(join(r.dir, name), r.dir, 1 << 30, (f) => lines.push(...f.lines)), lines };
      };
      expect(read('real.env').lines).toHaveLength(1);
      expect(read('link.env')).toEqual({ fragment: null, bytes: 0, lines: [] });
      expect(read('sub')).toEqual({ fragment: null, bytes: 0, lines: [] });
      expect(read('gone.env')).toEqual({ fragment: null, bytes: 0, lines: [] });
      expect(read('sock')).toEqual({ fragment: null, bytes: 0, skipped: { file: 'sock', reason: 'special-file' }, lines: [] });
    } finally {
      server.close();
    }
  });

  it('puts the verdicts of the gate it is given on the lines of a file read whole, one per line', () => {
    const r = repoWith();
    r.write('a.rb', 'one\r\ntwo\n\nthree');
    const got: SourceLine[] = [];
    readFileWindows(join(r.dir, 'a.rb'), r.dir, 1 << 30, (f) => got.push(...f.lines), (data) => Uint8Array.from(data.toString().split('\n'), (_, i) => 10 + i));
    expect(got.map((l) => [l.text, l.gate])).toEqual([['one', 10], ['two', 11], ['', 12], ['three', 13]]);
  });

  it('finds every key on a long line once, at its column, wherever the pieces are cut', async () => {
    const r = repoWith();
    // Keys every ~9,973 characters land on, before and after every cut between pieces.
    const keys: string[] = [];
    let line = '';
    while (line.length < PIECE * 6) {
      line += 'lorem ipsum dolor sit amet '.repeat(369);
      const k = awsKey(`piece-${keys.length}`);
      keys.push(k);
      line += `aws_access_key_id=${k}; `;
    }
    r.write('one-line.js', `const a = 1;\n${line}\nconst b = 2;\n`);
    const { findings, stats } = await tree(r.dir);
    expect(stats.lines).toBe(3); // the pieces of a line count once
    const aws = findings.filter((f) => f.ruleId === 'aws-access-key-id');
    expect(aws.map((f) => f.secret)).toEqual(keys);
    expect(aws.every((f) => f.line === 2 && line.slice(f.column - 1, f.endColumn - 1) === f.secret)).toBe(true);
  });

  it(`--staged: the same on a long added line of a diff over ${STREAM_ABOVE} bytes (read as git writes it, in pieces)`, async () => {
    const r = repoWith();
    const keys: string[] = [];
    let line = '';
    while (line.length < STREAM_ABOVE + PIECE) {
      line += 'lorem ipsum dolor sit amet '.repeat(369);
      const k = awsKey(`staged-piece-${keys.length}`);
      keys.push(k);
      line += `aws_access_key_id=${k}; `;
    }
    r.write('one-line.js', `const a = 1;\n${line}\nconst b = 2;\n`);
    r.git('add', '-A');
    const { findings, stats } = await scan({ mode: 'staged', paths: [], cwd: r.dir, config: false, quiet: true });
    expect([stats.lines, stats.bytes]).toEqual([3, Buffer.byteLength(`const a = 1;\n${line}\nconst b = 2;\n`)]);
    const aws = findings.filter((f) => f.ruleId === 'aws-access-key-id');
    expect(aws.length).toBe(keys.length);
    expect(aws.map((f) => f.secret)).toEqual(keys);
    expect(aws.every((f) => f.line === 2 && line.slice(f.column - 1, f.endColumn - 1) === f.secret)).toBe(true);
  });
});
