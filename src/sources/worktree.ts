// Working-tree source: files named on the command line, or every file of the repository
// (tracked plus untracked-but-not-ignored), or every file under a plain directory outside git.

import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Fragment, SourceLine } from '../types.js';
import { UsageError } from '../types.js';
import { repoRoot, runGit, gitFailure } from '../git.js';

export interface SkippedFile {
  readonly file: string;
  readonly reason: 'binary' | 'too-large' | 'unreadable';
}

export interface FileListing {
  /** Repository root, or null outside git. */
  readonly root: string | null;
  /** Directory that reported paths are relative to. */
  readonly base: string;
  /** Absolute paths of files to read. */
  readonly files: string[];
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name === '.git') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile()) out.push(p);
  }
}

/** Which files a path scan covers. Inside git, .gitignore is honoured. */
export async function listFiles(paths: readonly string[], cwd: string): Promise<FileListing> {
  const root = await repoRoot(cwd);
  const targets = paths.length > 0 ? paths : ['.'];
  const files: string[] = [];
  for (const t of targets) {
    const abs = isAbsolute(t) ? t : resolve(cwd, t);
    let st;
    try {
      st = await stat(abs);
    } catch {
      throw new UsageError(`no such file or directory: ${t}`);
    }
    if (st.isFile()) {
      files.push(abs);
      continue;
    }
    if (!st.isDirectory()) continue;
    const inRepo = root !== null && !relative(root, abs).startsWith('..');
    if (inRepo) {
      const r = await runGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], abs);
      if (r.code !== 0) throw gitFailure('git ls-files', r);
      const seen = new Set<string>();
      for (const rel of r.stdout.toString('utf8').split('\0')) {
        if (rel === '' || seen.has(rel)) continue;
        seen.add(rel);
        files.push(join(abs, rel));
      }
    } else {
      await walk(abs, files);
    }
  }
  return { root, base: root ?? cwd, files: [...new Set(files)] };
}

/** `gates`: a verdict per line (detect/byte-gate.ts scanLines of the same bytes), put on each line. */
export function splitLines(text: string, gates?: Uint8Array): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let n = 1;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (nl === -1 && start >= text.length) break;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    lines.push(gates ? { number: n, text: line, gate: gates[n - 1] } : { number: n, text: line });
    n++;
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

export function isBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8000);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

export interface FileRead {
  readonly fragment: Fragment | null;
  readonly bytes: number;
  readonly skipped?: SkippedFile;
}

const NOTHING: FileRead = { fragment: null, bytes: 0 };

/**
 * Reads one file into a Fragment, or says why it was skipped. Synchronous because it runs in
 * detection workers, one file after another. `gate`: verdicts over the bytes for the lines. Files that vanished, directories (submodules)
 * and symlinks (git stores only their target) are silently not content.
 */
export function readFragmentSync(abs: string, base: string, maxBytes: number, gate?: (data: Uint8Array) => Uint8Array): FileRead {
  const file = toPosix(relative(base, abs));
  let fd: number;
  try {
    if (lstatSync(abs).isSymbolicLink()) return NOTHING;
    fd = openSync(abs, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? NOTHING : { fragment: null, bytes: 0, skipped: { file, reason: 'unreadable' } };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return NOTHING;
    if (st.size > maxBytes) return { fragment: null, bytes: 0, skipped: { file, reason: 'too-large' } };
    const buf = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, buf, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    const data = got === st.size ? buf : buf.subarray(0, got);
    if (isBinary(data)) return { fragment: null, bytes: 0, skipped: { file, reason: 'binary' } };
    // Invalid UTF-8 decodes to U+FFFD: a Latin-1 file still scans, it cannot crash the scan.
    return { fragment: { file, lines: splitLines(data.toString('utf8'), gate?.(data)) }, bytes: data.length };
  } catch {
    return { fragment: null, bytes: 0, skipped: { file, reason: 'unreadable' } };
  } finally {
    closeSync(fd);
  }
}

/** Async form for callers on the main thread. */
export async function readFragment(abs: string, base: string, maxBytes: number): Promise<FileRead> {
  return readFragmentSync(abs, base, maxBytes);
}
