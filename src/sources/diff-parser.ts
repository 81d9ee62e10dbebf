// Unified-diff parser shared by the staged and history sources: turns `git diff -U0` /
// `git log -p -U0` text into the added lines of each file, numbered as in the new file.

import type { SourceLine } from '../types.js';

export interface DiffFile {
  /** New path, relative to the repository root. */
  readonly path: string;
  readonly lines: SourceLine[];
  /** Renamed or copied from this path: `lines` are only the edits, the rest was scanned (or allowed) there. */
  readonly from?: string;
  /** git found the new version binary and showed no lines (it may still be UTF-16/32 text with a BOM). */
  readonly binary?: boolean;
  /** A later window of the same file's added lines (see WINDOW_LINES): not another file. */
  readonly continued?: boolean;
  /** In a later window, the last line of the window before (Fragment.before). */
  readonly before?: SourceLine;
  /**
   * A renamed, copied or binary file's `index A..B` line as git printed it, when it did (a pure
   * rename has none): the objects before and after, for whole-file.ts to read by id.
   */
  readonly index?: string;
}

/**
 * Whether a rename/copy or binary entry must be read whole (whole-file.ts): a rename out of an
 * allow-listed path (its content was never scanned), or a binary that may be UTF-16/32 text;
 * not when its new path is allowed anyway.
 */
export function needsWholeFile(c: { path: string; from?: string; binary?: boolean }, allowed: (p: string) => boolean): boolean {
  if (allowed(c.path)) return false;
  return c.binary === true || (c.from !== undefined && allowed(c.from));
}

/**
 * A file's added lines are handed on in windows of at most this many lines or WINDOW_BYTES
 * (a 10 MB CSV is 600,000 lines: held whole, its line objects exceeded a worker's heap).
 */
export const WINDOW_LINES = 32768;
export const WINDOW_BYTES = 4 * 1024 * 1024;
/**
 * Lines kept back when a window is cut, so the last window of a big file is never a "tiny
 * file" (the engine reads a file of 3 lines or fewer as a possible key file).
 */
export const WINDOW_KEEP = 4;
/** Line numbers past this are not real (a malformed hunk header): the hunk is skipped. */
const MAX_LINE = 2 ** 31;

interface FileState {
  path: string | null;
  /** The path from `diff --git a/P b/P` when both halves agree (the header alone is ambiguous otherwise). */
  header: string | null;
  from: string | undefined;
  skip: boolean;
  binary: boolean;
  deleted: boolean;
  lines: SourceLine[];
  bytes: number;
  emitted: boolean;
  /** The last line handed on in the window before, once a window was cut. */
  before: SourceLine | undefined;
  /** The `index A..B` header line, when there was one. */
  index: string | undefined;
}

/**
 * An incremental parser: feed it one line at a time (without the line terminator) and it
 * calls `emit` for every file that has added lines, was renamed or copied, or is binary. Lines
 * outside a file's diff (for example commit headers in `git log -p`) are ignored, so history
 * can interleave them. Whatever the input, it never throws and only reports line numbers in
 * 1..2^31 (a malformed hunk header skips its hunk).
 */
export interface DiffParser {
  line(text: string, gate?: number): void;
  /**
   * A piece of a line too long to hold whole (line-pieces.ts), `offset` and `next` as there: an
   * added line's pieces become pieces of the new file's line (SourceLine.offset); of any other
   * line, the first piece stands for the line.
   */
  piece(text: string, offset: number, next: number | undefined): void;
  end(): void;
}

export function createDiffParser(emit: (file: DiffFile) => void): DiffParser {
  // `gate`: the byte gate's verdict on the line (detect/gate/byte-gate.ts), kept on an added line.
  let file: FileState | null = null;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  /** In a hunk whose lines are not reported (malformed header, or a file being skipped). */
  let drop = false;

  const send = (f: FileState, lines: SourceLine[]): void => {
    const first = !f.emitted;
    f.emitted = true;
    emit({
      path: f.path!,
      lines,
      ...(first && f.from !== undefined ? { from: f.from } : {}),
      ...(first && f.binary ? { binary: true } : {}),
      ...(first && (f.binary || f.from !== undefined) && f.index !== undefined ? { index: f.index } : {}),
      ...(first ? {} : { continued: true }),
      ...(f.before !== undefined ? { before: f.before } : {}),
    });
  };

  const flush = (): void => {
    const f = file;
    if (f && !f.skip && !f.deleted && f.path !== null && (f.lines.length > 0 || (!f.emitted && (f.from !== undefined || f.binary)))) send(f, f.lines);
    file = null;
    oldLeft = newLeft = 0;
    drop = false;
  };

  /** Hands on all but the last few lines once a window is full, so memory stays bounded. */
  const cut = (f: FileState): void => {
    const keep = f.lines.splice(f.lines.length - WINDOW_KEEP, WINDOW_KEEP);
    send(f, f.lines);
    // The next window's first line keeps its context (the engine reads the previous line).
    f.before = f.lines[f.lines.length - 1];
    f.lines = keep;
    f.bytes = 0;
    for (const l of keep) f.bytes += l.text.length;
  };

  const add = (f: FileState, l: SourceLine): void => {
    f.lines.push(l);
    f.bytes += l.text.length;
    if ((f.lines.length >= WINDOW_LINES || f.bytes >= WINDOW_BYTES) && f.lines.length > WINDOW_KEEP) cut(f);
  };

  /** In the pieces of a long added line. */
  let inPieces = false;

  // The lines of a hunk are nearly all of a history's lines: line() handles them and leaves the
  // rest to header(), so the hot function stays small for V8 to compile and keep compiled
  // (bench/README.md: -6% of a history lane's instructions).
  const line = (text: string, gate?: number): void => {
    if (oldLeft > 0 || newLeft > 0) {
      const c = text.charCodeAt(0);
      if (c === 43 /* + */ && newLeft > 0) {
        newLeft--;
        if (file !== null && !file.skip && !drop) {
          const end = text.charCodeAt(text.length - 1) === 13 /* \r */ ? text.length - 1 : text.length;
          add(file, { number: newLine, text: text.slice(1, end), gate });
        }
        newLine++;
        return;
      }
      if (c === 45 /* - */ && oldLeft > 0) {
        oldLeft--;
        return;
      }
      if (c === 32 /* space */ && oldLeft > 0 && newLeft > 0) {
        oldLeft--;
        newLeft--;
        newLine++;
        return;
      }
      if (c === 92 /* \ No newline at end of file */) return;
      // Anything else ends the hunk early (a truncated diff); fall through to headers.
      oldLeft = newLeft = 0;
    }
    header(text);
  };

  /** Any line outside a hunk: file headers, hunk headers, and what is not a diff at all. */
  const header = (text: string): void => {
    if (text.startsWith('\\')) return;
    if (text.startsWith('diff --git ') || text.startsWith('diff --cc ') || text.startsWith('diff --combined ')) {
      flush();
      const combined = !text.startsWith('diff --git ');
      file = { path: null, header: combined ? null : headerPath(text.slice(11)), from: undefined, skip: combined, binary: false, deleted: false, lines: [], bytes: 0, emitted: false, before: undefined, index: undefined };
      return;
    }
    if (!file) return;
    // A file's '--- a/…' line says nothing the other headers do not (a new file's is /dev/null).
    if (text.startsWith('--- ')) return;
    if (text.startsWith('@@')) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(text);
      if (!m) return;
      const oldCount = m[2] === undefined ? 1 : Number(m[2]);
      const start = Number(m[3]);
      const newCount = m[4] === undefined ? 1 : Number(m[4]);
      // git numbers from 1 (0 only for an empty side); anything out of range is not git's.
      drop = !(start <= MAX_LINE && newCount <= MAX_LINE && oldCount <= MAX_LINE && start + newCount <= MAX_LINE && (start >= 1 || newCount === 0));
      oldLeft = oldCount;
      newLine = start;
      newLeft = newCount;
      return;
    }
    if (text.startsWith('+++ ')) {
      const p = text.slice(4);
      if (p === '/dev/null') file.deleted = true;
      else file.path = stripPrefix(unquotePath(p.replace(/\t$/, '')));
      return;
    }
    if (text.startsWith('rename from ') || text.startsWith('copy from ')) {
      file.from = unquotePath(text.slice(text.indexOf(' from ') + 6));
      return;
    }
    if (text.startsWith('rename to ') || text.startsWith('copy to ')) {
      // A pure rename has no '+++' line: its new path is only here.
      file.path ??= unquotePath(text.slice(text.indexOf(' to ') + 4));
      return;
    }
    if (text.startsWith('deleted file mode ')) file.deleted = true;
    // Submodule pointers ('Subproject commit …' lines) are not content.
    if (text.includes('160000') && /^(?:new file mode|deleted file mode|old mode|new mode|index [0-9a-f]+\.\.[0-9a-f]+) ?160000/.test(text)) {
      file.skip = true;
      return;
    }
    if (text.startsWith('index ')) {
      file.index = text;
      return;
    }
    if (text.startsWith('Binary files ') || text.startsWith('GIT binary patch')) {
      file.binary = true;
      // 'Binary files a/x and b/y differ' (or '… and /dev/null differ'): the only place the new path is.
      const m = / and (\/dev\/null|"b\/.*"|b\/.*) differ$/.exec(text);
      if (m?.[1] === '/dev/null') file.deleted = true;
      else if (m?.[1] !== undefined) file.path ??= file.header ?? stripPrefix(unquotePath(m[1]));
    }
  };

  return {
    line,
    piece(text: string, offset: number, next: number | undefined): void {
      if (offset === 0) {
        inPieces = newLeft > 0 && text.charCodeAt(0) === 43; /* + */
        if (!inPieces) line(text);
      }
      if (!inPieces) return;
      // Offsets in the new file's line, which has no '+'.
      const t = offset === 0 ? text.slice(1) : text;
      const at = offset === 0 ? 0 : offset - 1;
      if (file && !file.skip && !drop) {
        if (next === undefined) add(file, { number: newLine, text: stripCr(t), offset: at });
        else add(file, { number: newLine, text: t, offset: at, next: offset === 0 ? next - 1 : next });
      }
      if (next === undefined) {
        inPieces = false;
        newLeft--;
        newLine++;
      }
    },
    end: flush,
  };
}

/**
 * Hands each file of a diff held in memory to `each` as soon as it is parsed: only one window of
 * a big file's lines is alive at a time (a 10 MB file of newlines is 10 million lines).
 */
export function parseDiffText(text: string, each: (file: DiffFile) => void): void {
  const p = createDiffParser(each);
  let start = 0;
  while (start < text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    p.line(text.slice(start, nl));
    start = nl + 1;
  }
  p.end();
}

/** Parses a whole diff held in memory (the staged diff is small). */
export function parseDiff(text: string): DiffFile[] {
  const files: DiffFile[] = [];
  const p = createDiffParser((f) => files.push(f));
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      if (start < text.length) p.line(text.slice(start));
      break;
    }
    p.line(text.slice(start, nl));
    start = nl + 1;
  }
  p.end();
  return files;
}

/** P from `a/P b/P` or `"a/P" "b/P"` (same P both sides), else null. */
function headerPath(rest: string): string | null {
  if ((rest.length - 1) % 2 !== 0) return null;
  const half = (rest.length - 1) / 2;
  if (rest[half] !== ' ') return null;
  const a = unquotePath(rest.slice(0, half));
  const b = unquotePath(rest.slice(half + 1));
  return a.startsWith('a/') && b.startsWith('b/') && a.slice(2) === b.slice(2) ? b.slice(2) : null;
}

function stripCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

function stripPrefix(p: string): string {
  return p.startsWith('b/') ? p.slice(2) : p;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Decodes git's C-style quoted path ("a\303\274\tb") into a UTF-8 string. */
export function unquotePath(p: string): string {
  if (!(p.length >= 2 && p.startsWith('"') && p.endsWith('"'))) return p;
  const bytes: number[] = [];
  const body = p.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
