// Working-tree source: files named on the command line, or every file of the repository
// (tracked plus untracked-but-not-ignored), or every file under a plain directory outside git.

import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Fragment, SourceLine } from '../types.js';
import { UsageError } from '../types.js';
import { repoRoot, runGit, gitFailure } from '../git.js';
import { WINDOW_BYTES, WINDOW_KEEP, WINDOW_LINES } from './diff-parser.js';
import { createDecoder, hasNul, sniffEncoding } from './text-decoding.js';
import { createLineSplitter, PIECE, PIECE_OVERLAP, type LineSplitter } from './line-pieces.js';
import { topLevel } from './staged-git.js';

export interface SkippedFile {
  readonly file: string;
  /** `special-file`: a FIFO, socket or device at the path (reading one could block forever). */
  readonly reason: 'binary' | 'too-large' | 'unreadable' | 'special-file';
}

export interface FileListing {
  /** Repository root, or null outside git. */
  readonly root: string | null;
  /** Directory that reported paths are relative to. */
  readonly base: string;
  /** Absolute paths of files to read. */
  readonly files: string[];
}

function stripCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/**
 * Whether `p` is a relative path that path.normalize leaves as it is: segments between '/' that
 * are neither empty nor `.` nor `..` (what `git ls-files` prints). Such a path joins a normalized
 * directory by concatenation, and comes back by slicing, without path.join or path.relative (their
 * normalizing was ~80 ms of a rails scan). POSIX only: Windows keeps the path module throughout.
 */
function isPlainRelative(p: string, from = 0): boolean {
  if (sep !== '/' || from >= p.length) return false;
  let start = from;
  for (;;) {
    const slash = p.indexOf('/', start);
    const end = slash === -1 ? p.length : slash;
    if (end === start) return false;
    if (p.charCodeAt(start) === 46 /* . */ && (end - start === 1 || (end - start === 2 && p.charCodeAt(start + 1) === 46))) return false;
    if (slash === -1) return true;
    start = slash + 1;
  }
}

/** The last base found normalized (`/` and a plain relative path): a scan reads every file against one base. */
let plainBase = '';

/** What path.relative(base, abs) gives, with '/' separators: by slicing when `abs` is `base/<plain relative path>`. */
export function relativeName(base: string, abs: string): string {
  if (abs.length > base.length + 1 && abs.charCodeAt(base.length) === 47 && abs.startsWith(base) && isPlainRelative(abs, base.length + 1)) {
    if (base !== plainBase && base.charCodeAt(0) === 47 && isPlainRelative(base, 1)) plainBase = base;
    if (base === plainBase) return abs.slice(base.length + 1);
  }
  return toPosix(relative(base, abs));
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

/** `git ls-files` of every file git does not ignore, under the directory it runs in. */
function lsFilesArgs(): string[] {
  return ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'];
}

/** The paths `git ls-files -z` printed, run in `abs`, onto `files` (absolute, each once). */
function listed(stdout: Buffer, abs: string, files: string[]): void {
  const seen = new Set<string>();
  // join(dir, rel) is `dir/rel` for the plain paths git prints (isPlainRelative).
  const dir = resolve(abs);
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  for (const rel of stdout.toString('utf8').split('\0')) {
    if (rel === '' || seen.has(rel)) continue;
    seen.add(rel);
    files.push(isPlainRelative(rel) ? prefix + rel : join(abs, rel));
  }
}

/**
 * The top level of the repository holding `cwd`, when it can be found without asking git: the
 * nearest directory up with a `.git` file (a worktree or submodule: git stops there, and fails if
 * it points nowhere) or a `.git` directory holding what git looks for in one (HEAD, objects/,
 * refs/). Null when git must say: environment variables that move the repository (staged-git.ts
 * topLevel), or a `.git` directory that is not a repository, past which git looks further up
 * (listing there would list a subdirectory of the repository as if it were all of it).
 */
function plainTopLevel(cwd: string): string | null {
  const top = topLevel(cwd);
  if (top === null) return null;
  try {
    const git = join(top, '.git');
    if (lstatSync(git).isFile()) return top;
    return lstatSync(join(git, 'HEAD')).isFile() && lstatSync(join(git, 'objects')).isDirectory() && lstatSync(join(git, 'refs')).isDirectory() ? top : null;
  } catch {
    return null;
  }
}

/**
 * An index of this many bytes lists a few dozen files or more (an entry is ~70 bytes and its
 * path): enough text, in a tree of code, that the byte gate pays for its ~30-40 ms build.
 */
export const MANY_FILES_INDEX_BYTES = 4096;

/**
 * The index of the repository a scan of the whole repository (no paths) lists, found without
 * git: null with paths, outside a repository plain to see (plainTopLevel), and for a worktree
 * (its index is elsewhere).
 */
function plainIndex(paths: readonly string[], cwd: string): string | null {
  const top = paths.length === 0 ? plainTopLevel(cwd) : null;
  return top === null ? null : join(top, '.git', 'index');
}

/**
 * Whether a scan of the whole repository (no paths) can expect more than a few dozen files,
 * judged without git from the size of the repository's index (MANY_FILES_INDEX_BYTES). False
 * where plainIndex finds none: then the engine builds the byte gate itself, after 256 KB of text.
 */
export function expectsManyFiles(paths: readonly string[], cwd: string): boolean {
  const index = plainIndex(paths, cwd);
  if (index === null) return false;
  try {
    return statSync(index).size >= MANY_FILES_INDEX_BYTES;
  } catch {
    return false;
  }
}

/**
 * The entries of the index plainIndex finds, as its header counts them (the tracked files a scan
 * of the whole repository lists, before the untracked ones); 0 where it finds none, or a header
 * git does not write (a split index counts only its own entries: fewer).
 */
export function indexEntries(paths: readonly string[], cwd: string): number {
  const index = plainIndex(paths, cwd);
  if (index === null) return 0;
  let fd = -1;
  try {
    fd = openSync(index, 'r');
    const header = Buffer.alloc(12);
    if (readSync(fd, header, 0, 12, 0) !== 12 || header.toString('latin1', 0, 4) !== 'DIRC') return 0;
    return header.readUInt32BE(8);
  } catch {
    return 0;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

/**
 * Which files a path scan covers. Inside git, .gitignore is honoured. With no paths (the whole
 * repository), git lists them straight away where the repository is plain to see (plainTopLevel):
 * one process start fewer before the first file is read. Where that listing fails, git is asked
 * where the repository is, as for paths.
 */
export async function listFiles(paths: readonly string[], cwd: string): Promise<FileListing> {
  const top = paths.length === 0 ? plainTopLevel(cwd) : null;
  if (top !== null) {
    const r = await runGit(lsFilesArgs(), top);
    if (r.code === 0) {
      const files: string[] = [];
      listed(r.stdout, top, files);
      return { root: top, base: top, files };
    }
  }
  const root = await repoRoot(cwd);
  // No paths: the whole repository, from any subdirectory (or the current directory outside git).
  const targets = paths.length > 0 ? paths : [root ?? '.'];
  const files: string[] = [];
  for (const t of targets) {
    const abs = isAbsolute(t) ? t : resolve(cwd, t);
    let st;
    try {
      st = await stat(abs);
    } catch {
      throw new UsageError(`no such file or directory: ${t}`);
    }
    if (!st.isDirectory()) {
      // A file, or a special file the reader will skip with a note.
      files.push(abs);
      continue;
    }
    const inRepo = root !== null && !relative(root, abs).startsWith('..');
    if (inRepo) {
      const r = await runGit(lsFilesArgs(), abs);
      if (r.code !== 0) throw gitFailure('git ls-files', r);
      listed(r.stdout, abs, files);
    } else {
      await walk(abs, files);
    }
  }
  return { root, base: root ?? cwd, files: [...new Set(files)] };
}

/** `gates`: a verdict per line (detect/gate/byte-gate.ts scanLines of the same bytes), put on each line. */
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
  return hasNul(buf);
}

export interface FileRead {
  readonly fragment: Fragment | null;
  readonly bytes: number;
  /** Lines handed on (a long line's pieces count once); 0 when skipped. */
  readonly lines?: number;
  readonly skipped?: SkippedFile;
}

const NOTHING: FileRead = { fragment: null, bytes: 0 };
/**
 * Bytes read at a time: with the windows of lines, what bounds the memory a file takes. Small
 * enough that the text decoded from it, and a long line's pieces, are ordinary young objects
 * that a scavenge frees (1 MiB reads made large-object strings: a 50 MB line peaked at ~220 MB).
 */
const READ_BYTES = 64 * 1024;

/**
 * A file up to this size is read in one piece, decoded at once and split without the streaming
 * decoder and line splitter (most files of a tree); a bigger one streams in READ_BYTES reads.
 */
export const WHOLE_FILE_BYTES = 1024 * 1024;
/** A line this long goes on in pieces (line-pieces.ts): a file holding one takes the streaming path. */
const PIECE_LINE = PIECE + PIECE_OVERLAP;
/** One read buffer for the files read whole, one after another: their text and verdicts are copies. */
let scratch = Buffer.allocUnsafe(READ_BYTES);
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Whether some line of `data` (lines end at '\n') is PIECE_LINE bytes or longer: never fewer bytes than characters. */
function hasLongLine(data: Buffer): boolean {
  if (data.length < PIECE_LINE) return false;
  let start = 0;
  for (;;) {
    const nl = data.indexOf(10, start);
    if ((nl === -1 ? data.length : nl) - start >= PIECE_LINE) return true;
    if (nl === -1) return false;
    start = nl + 1;
  }
}

/**
 * Node's Buffer#latin1Slice, which toString('latin1', start, end) calls after checking its
 * arguments (not in node's documentation: without it, ASCII files are cut from their text too).
 */
type Latin1Slices = Buffer & { latin1Slice?(start: number, end: number): string };
const HAS_LATIN1_SLICE = typeof (Buffer.prototype as Latin1Slices).latin1Slice === 'function';

/**
 * Where the line of a file read whole that starts at `start` ends: at its '\n', or at the end.
 * `text` is the file decoded, or null for a file of ASCII bytes, whose lines are cut from `bytes`
 * (decodeWhole): wholeLines, lineTexts and scanWhole's windows cut lines with these two alone.
 */
function lineEnd(text: string | null, bytes: Buffer, start: number): number {
  const nl = text === null ? bytes.indexOf(10, start) : text.indexOf('\n', start);
  return nl !== -1 ? nl : text === null ? bytes.length : text.length;
}

/** Where the line [start, end) ends once a '\r' before its '\n' is dropped. */
function withoutCr(text: string | null, bytes: Buffer, start: number, end: number): number {
  return end > start && (text === null ? bytes[end - 1] : text.charCodeAt(end - 1)) === 13 ? end - 1 : end;
}

/** The line [start, end) of a file read whole (lineEnd), a '\r' before its '\n' dropped. */
function lineText(text: string | null, bytes: Buffer, start: number, end: number): string {
  const cut = withoutCr(text, bytes, start, end);
  return text === null ? (bytes as Latin1Slices).latin1Slice!(start, cut) : text.slice(start, cut);
}

/**
 * The lines of a file read whole (without '\n', a '\r' before it dropped), numbered from 1, with
 * their verdicts when there are some; null when the file has WINDOW_LINES lines or more (fileWindows
 * then cuts windows). Fewer lines fit one window: 1 MiB is under WINDOW_BYTES. A function of its
 * own, so that the loop every line of a tree goes through is compiled apart from the reader's rare paths.
 *
 * `text`: the file decoded, whose slices the lines are; null for a file of ASCII bytes, whose
 * lines are cut from `bytes`, each its own copy: every line's string then has one representation
 * (V8's sequential one-byte string). A slice of a file's text is of one kind or another (a short
 * slice is copied, a longer one points into the file's string), and with the strings a scan makes
 * itself, the detectors' calls on a line's text met so many kinds that V8 compiled them as
 * generic lookups (bench/README.md, eleventh pass).
 */
function wholeLines(text: string | null, bytes: Buffer, verdicts: Uint8Array | undefined): SourceLine[] | null {
  const lines: SourceLine[] = [];
  const length = text === null ? bytes.length : text.length;
  for (let start = 0; start < length; ) {
    const end = lineEnd(text, bytes, start);
    const t = lineText(text, bytes, start, end);
    const number = lines.length + 1;
    if (number === WINDOW_LINES) return null;
    lines.push(verdicts === undefined ? { number, text: t } : { number, text: t, gate: verdicts[number - 1]! });
    start = end + 1;
  }
  return lines;
}

/**
 * Verdicts of the byte gate (detect/gate/byte-gate.ts scanLines) over a file's bytes, one per
 * line, or undefined when the caller has none to give yet.
 */
export type FileGate = (data: Uint8Array) => Uint8Array | undefined;

/**
 * Opens a file of the tree for reading, or says what it is instead: NOTHING for one that vanished,
 * a directory (a submodule) or a symbolic link, a skip for a FIFO, socket or device, or an
 * unreadable one. Non-blocking: a FIFO must not hang the open. Not following a symbolic link at
 * the path spares an lstat per file; a failed open is classified by one.
 */
function openFile(abs: string, file: string): number | FileRead {
  const special: FileRead = { fragment: null, bytes: 0, skipped: { file, reason: 'special-file' } };
  try {
    if (constants.O_NOFOLLOW === undefined) {
      const lst = lstatSync(abs);
      if (lst.isSymbolicLink() || lst.isDirectory()) return NOTHING;
      if (!lst.isFile()) return special;
    }
    return openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return NOTHING;
    try {
      const lst = lstatSync(abs);
      if (lst.isSymbolicLink() || lst.isDirectory()) return NOTHING;
      if (!lst.isFile()) return special;
    } catch (e2) {
      const code2 = (e2 as NodeJS.ErrnoException).code;
      if (code2 === 'ENOENT' || code2 === 'ENOTDIR') return NOTHING;
    }
    return { fragment: null, bytes: 0, skipped: { file, reason: 'unreadable' } };
  }
}

/**
 * A small file (most of a tree) read whole, into the shared scratch buffer (valid until the next
 * call); the size of a regular file too big to read whole (it streams); or what the path is instead
 * (a directory, a special file, one over maxBytes). One read first, of more than the file may
 * hold: fewer bytes than asked for, and more than none, is a whole small file, and no fstat is
 * made for it (the system call and the four Date objects node builds for it were ~30 ms of a
 * rails scan). Only a FIFO or device with data waiting could answer so too, and then its bytes
 * are read as content. An empty read, a full one or a failed one (a directory) asks fstat what
 * the path is. Throws when a read fails.
 */
function readHead(fd: number, file: string, maxBytes: number): Buffer | FileRead | number {
  const ask = Math.min(scratch.length, WHOLE_FILE_BYTES + 1, maxBytes + 1);
  let first: number;
  try {
    first = readSync(fd, scratch, 0, ask, 0);
  } catch {
    first = -1;
  }
  if (first > 0 && first < ask) return scratch.subarray(0, first);
  const st = fstatSync(fd);
  if (st.isDirectory()) return NOTHING;
  if (!st.isFile()) return { fragment: null, bytes: 0, skipped: { file, reason: 'special-file' } };
  if (st.size > maxBytes) return { fragment: null, bytes: 0, skipped: { file, reason: 'too-large' } };
  const size = st.size;
  if (size > WHOLE_FILE_BYTES) return size;
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, 2 * scratch.length));
  let got = 0;
  while (got < size) {
    const n = readSync(fd, scratch, got, size - got, got);
    if (n === 0) break;
    got += n;
  }
  return scratch.subarray(0, got);
}

/**
 * The text of a UTF-8 file read whole, as its lines are cut from it: null for an ASCII file, whose
 * lines are cut from its bytes (wholeLines); valid UTF-8 has one decoding; otherwise the
 * decoder's replacement characters, as streamed.
 */
function decodeWhole(whole: Buffer): string | null {
  return HAS_LATIN1_SLICE && isAscii(whole) ? null : decodeUtf8(whole);
}

/** UTF-8 bytes as text, each invalid sequence as U+FFFD (node's own decoder when they are valid: quicker). */
function decodeUtf8(bytes: Buffer): string {
  return isUtf8(bytes) ? bytes.toString('utf8') : utf8Decoder.decode(bytes);
}

/**
 * The lines of a file read whole as scanWhole makes them, by number from 0, for calls in
 * increasing order (a thread that looks at some lines of a file for another's scan: tree-reader.ts).
 */
export function lineTexts(whole: Buffer): (i: number) => string {
  // Only the lines asked for are decoded, each from its own bytes: the reader asks for a few
  // lines of a file, and decoding a file with a character outside ASCII whole made a string of
  // all of it (a large object, in fresh memory, past 64K two-byte characters). A line's bytes
  // decode to what its slice of the whole text is: '\n' and '\r' are single bytes in UTF-8,
  // never inside a character, and an incomplete character before either decodes to U+FFFD both ways.
  const ascii = HAS_LATIN1_SLICE && isAscii(whole);
  // Line `at` is [start, end): each line's end is found once.
  let at = 0;
  let start = 0;
  let end = lineEnd(null, whole, 0);
  return (i: number): string => {
    for (; at < i; at++) {
      start = Math.min(whole.length, end + 1);
      end = lineEnd(null, whole, start);
    }
    if (ascii) return lineText(null, whole, start, end);
    return decodeUtf8(whole.subarray(start, withoutCr(null, whole, start, end)));
  };
}

/**
 * What readFileWindows does with a file read whole: `text`, a UTF-8 file it hands to scanWhole;
 * `binary`, one it skips (a NUL in its first 8000 bytes); `stream`, one it streams (a byte order
 * mark of UTF-16 or UTF-32, or a line of PIECE_LINE bytes or more, which goes on in pieces).
 */
function wholeKind(whole: Buffer): 'text' | 'binary' | 'stream' {
  if (sniffEncoding(whole).encoding !== 'utf8') return 'stream';
  if (hasNul(whole)) return 'binary';
  return hasLongLine(whole) ? 'stream' : 'text';
}

/**
 * The lines of a UTF-8 file read whole, with no NUL in its first 8000 bytes and no line of
 * PIECE_LINE bytes or more, to `each`: one Fragment (wholeLines), or windows of lines as
 * fileWindows cuts them, from the file's bytes or text (decodeWhole).
 */
export function scanWhole(file: string, whole: Buffer, verdicts: Uint8Array | undefined, each: (fragment: Fragment) => void): FileRead {
  const decoded = decodeWhole(whole);
  const lines = wholeLines(decoded, whole, verdicts);
  if (lines !== null) {
    each({ file, lines });
    return { fragment: null, bytes: whole.length, lines: lines.length };
  }
  // Many short lines: windows of lines, as fileWindows cuts them.
  const out = fileWindows(file, each);
  const length = decoded === null ? whole.length : decoded.length;
  for (let start = 0, n = 0; start < length; n++) {
    const end = lineEnd(decoded, whole, start);
    out.line(lineText(decoded, whole, start, end), verdicts?.[n]);
    start = end + 1;
  }
  out.end();
  return { fragment: null, bytes: whole.length, lines: out.lines };
}

/**
 * A tree reader's side of readFileWindows (parallel/tree-reader.ts): the bytes of the file at
 * `abs` (in the shared scratch buffer, valid until the next read) when readFileWindows would hand them to scanWhole (a regular file read whole,
 * UTF-8 without a NUL in its first 8000 bytes or a line of PIECE_LINE bytes); null for any other
 * file, or a failure, which readFileWindows then reads and classifies itself.
 */
export function readWholeText(abs: string, maxBytes: number): Buffer | null {
  const fd = openFile(abs, '');
  if (typeof fd !== 'number') return null;
  try {
    const whole = readHead(fd, '', maxBytes);
    return Buffer.isBuffer(whole) && wholeKind(whole) === 'text' ? whole : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads one file and hands its lines to `each` in windows of bounded size (see
 * diff-parser.ts WINDOW_LINES), or says why it was skipped. Synchronous because it runs in
 * detection workers, one file after another. Files that vanished, directories (submodules) and
 * symlinks (git stores only their target) are silently not content; FIFOs, sockets and devices
 * are skipped with a note (opening a FIFO waits for a writer), unless one has data waiting when
 * it is first read (then that is its content: see the first read below). UTF-16/UTF-32 with a byte order
 * mark are decoded; other text is UTF-8 (invalid bytes decode to U+FFFD, they cannot crash the scan).
 * `gate`: verdicts for a UTF-8 file read whole, put on its lines (SourceLine.gate), so that the
 * engine need not encode the decoded lines again to judge them.
 */
export function readFileWindows(abs: string, base: string, maxBytes: number, each: (fragment: Fragment) => void, gate?: FileGate): FileRead {
  const file = relativeName(base, abs);
  const fd = openFile(abs, file);
  if (typeof fd !== 'number') return fd;
  try {
    const head = readHead(fd, file, maxBytes);
    if (typeof head !== 'number' && !Buffer.isBuffer(head)) return head;
    const whole = typeof head === 'number' ? null : head;
    const size = typeof head === 'number' ? head : head.length;
    if (whole !== null) {
      const kind = wholeKind(whole);
      if (kind === 'binary') return { fragment: null, bytes: 0, skipped: { file, reason: 'binary' } };
      if (kind === 'text') return scanWhole(file, whole, gate?.(whole), each);
    }

    // Otherwise the bytes go through the streaming decoder and line splitter in READ_BYTES
    // pieces (from the whole read, or from the file), so that a long line is cut into pieces.
    const buf = whole ? null : Buffer.allocUnsafe(Math.min(READ_BYTES, Math.max(1, size)));
    let pos = 0;
    let decoder: ReturnType<typeof createDecoder> | null = null;
    let checked = false;
    // Made here, not for every file: the windows and their line splitter are a dozen closures.
    const out = fileWindows(file, each);
    const split = out.splitter;
    for (;;) {
      let chunk: Buffer;
      if (whole) chunk = whole.subarray(pos, Math.min(whole.length, pos + READ_BYTES));
      else chunk = buf!.subarray(0, pos < size ? readSync(fd, buf!, 0, buf!.length, pos) : 0);
      const n = chunk.length;
      if (decoder === null) {
        const { encoding, bom } = sniffEncoding(chunk);
        // UTF-8 (no mark): git's rule, a NUL in the first 8000 bytes means binary.
        if (encoding === 'utf8' && hasNul(chunk)) return { fragment: null, bytes: 0, skipped: { file, reason: 'binary' } };
        decoder = createDecoder(encoding);
        checked = encoding === 'utf8';
        const text = decoder.write(chunk.subarray(bom));
        if (!checked && text.slice(0, 8000).includes('\u0000')) return { fragment: null, bytes: 0, skipped: { file, reason: 'binary' } };
        split.push(text);
      } else if (n > 0) split.push(decoder.write(chunk));
      pos += n;
      if (n === 0) break;
    }
    split.push(decoder!.end());
    split.end();
    out.end();
    return { fragment: null, bytes: pos, lines: out.lines };
  } catch {
    return { fragment: null, bytes: 0, skipped: { file, reason: 'unreadable' } };
  } finally {
    closeSync(fd);
  }
}

/**
 * A file's lines to `each` as Fragments, in windows of bounded size (diff-parser.ts WINDOW_LINES)
 * that overlap by WINDOW_KEEP lines, each later window carrying the line before it
 * (Fragment.before). Lines come whole (`line`, numbered here) or as streamed text (`splitter`,
 * a long line in pieces, line-pieces.ts); `end` hands on the rest, an empty file as one empty
 * Fragment. The tree read and --staged's whole files (whole-file.ts) share it.
 */
export function fileWindows(file: string, each: (fragment: Fragment) => void): { line(text: string, gate?: number): void; readonly splitter: LineSplitter; end(): void; readonly lines: number } {
  let lines: SourceLine[] = [];
  let lineBytes = 0;
  let number = 1;
  /** Lines handed on so far, a long line's pieces once. */
  let count = 0;
  let emitted = false;
  /** The last line of the window handed on before (Fragment.before). */
  let before: SourceLine | undefined;
  const send = (batch: SourceLine[]): void => {
    each(emitted ? { file, lines: batch, continued: true, ...(before ? { before } : {}) } : { file, lines: batch });
    emitted = true;
    before = batch[batch.length - 1];
  };
  const push = (line: SourceLine): void => {
    lines.push(line);
    if (line.next === undefined) count++;
    lineBytes += line.text.length;
    if ((lines.length >= WINDOW_LINES || lineBytes >= WINDOW_BYTES) && lines.length > WINDOW_KEEP) {
      const keep = lines.splice(lines.length - WINDOW_KEEP, WINDOW_KEEP);
      send(lines);
      lines = keep;
      lineBytes = 0;
      for (const l of keep) lineBytes += l.text.length;
    }
  };
  const splitter = createLineSplitter({
    line: (text) => push({ number: number++, text: stripCr(text) }),
    piece: (text, offset, next) => push(next === undefined ? { number: number++, text: stripCr(text), offset } : { number, text, offset, next }),
  });
  return {
    line(text: string, gate?: number): void {
      push(gate === undefined ? { number: number++, text } : { number: number++, text, gate });
    },
    splitter,
    end(): void {
      // An empty file is still a file scanned.
      if (lines.length > 0 || !emitted) send(lines);
    },
    get lines(): number {
      return count;
    },
  };
}

/** Reads one file into one Fragment (all its lines at once), or says why it was skipped. */
export function readFragmentSync(abs: string, base: string, maxBytes: number): FileRead {
  const lines: SourceLine[] = [];
  let file = '';
  const r = readFileWindows(abs, base, maxBytes, (f) => {
    file = f.file;
    for (const l of f.lines) lines.push(l);
  });
  if (r.skipped || file === '') return r;
  return { fragment: { file, lines }, bytes: r.bytes };
}

/** Async form for callers on the main thread. */
export async function readFragment(abs: string, base: string, maxBytes: number): Promise<FileRead> {
  return readFragmentSync(abs, base, maxBytes);
}
