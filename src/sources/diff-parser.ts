// Unified-diff parser shared by the staged and history sources: turns `git diff -U0` /
// `git log -p -U0` text into the added lines of each file, numbered as in the new file.

import type { SourceLine } from '../types.js';

export interface DiffFile {
  /** New path, relative to the repository root. */
  readonly path: string;
  readonly lines: SourceLine[];
}

interface FileState {
  path: string | null;
  skip: boolean;
  lines: SourceLine[];
}

/**
 * An incremental parser: feed it one line at a time (without the line terminator) and it
 * calls `emit` for every file that has added lines. Lines outside a file's diff (for
 * example commit headers in `git log -p`) are ignored, so history can interleave them.
 */
export function createDiffParser(emit: (file: DiffFile) => void): { line(text: string, gate?: number): void; end(): void } {
  // `gate`: the byte gate's verdict on the line (detect/byte-gate.ts), kept on an added line.
  let file: FileState | null = null;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;

  const flush = (): void => {
    if (file && !file.skip && file.path !== null && file.lines.length > 0) emit({ path: file.path, lines: file.lines });
    file = null;
    oldLeft = newLeft = 0;
  };

  return {
    line(text: string, gate?: number): void {
      if (oldLeft > 0 || newLeft > 0) {
        const c = text.charCodeAt(0);
        if (c === 43 /* + */) {
          newLeft--;
          if (file && !file.skip) file.lines.push({ number: newLine, text: stripCr(text.slice(1)), gate });
          newLine++;
          return;
        }
        if (c === 45 /* - */) {
          oldLeft--;
          return;
        }
        if (c === 32 /* space */) {
          oldLeft--;
          newLeft--;
          newLine++;
          return;
        }
        if (c === 92 /* \ No newline at end of file */) return;
        // Anything else ends the hunk early (a truncated diff); fall through to headers.
        oldLeft = newLeft = 0;
      }
      if (text.startsWith('\\')) return;
      if (text.startsWith('diff --git ') || text.startsWith('diff --cc ') || text.startsWith('diff --combined ')) {
        flush();
        file = { path: null, skip: text.startsWith('diff --cc ') || text.startsWith('diff --combined '), lines: [] };
        return;
      }
      if (!file) return;
      if (text.startsWith('@@')) {
        const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(text);
        if (!m) return;
        oldLeft = m[1] === undefined ? 1 : Number(m[1]);
        newLine = Number(m[2]);
        newLeft = m[3] === undefined ? 1 : Number(m[3]);
        return;
      }
      if (text.startsWith('+++ ')) {
        const p = text.slice(4);
        if (p === '/dev/null') file.skip = true;
        else file.path = stripPrefix(unquotePath(p.replace(/\t$/, '')));
        return;
      }
      // Submodule pointers ('Subproject commit …' lines) are not content.
      if (/^(?:new file mode|deleted file mode|old mode|new mode|index [0-9a-f]+\.\.[0-9a-f]+) ?160000/.test(text)) {
        file.skip = true;
        return;
      }
      if (text.startsWith('Binary files ') || text.startsWith('GIT binary patch')) file.skip = true;
    },
    end: flush,
  };
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
