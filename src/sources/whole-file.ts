// Files whose added lines a diff does not show in full, read whole from git's object store: a
// rename or copy out of an allow-listed path (the diff shows only the edits, and the content was
// never scanned), and files git calls binary that are UTF-16/UTF-32 text with a byte order mark.

import type { Fragment, SourceLine } from '../types.js';
import type { Config } from '../config/config.js';
import { pathAllower } from '../config/filter.js';
import { runGit, spawnFailure, spawnGit } from '../git.js';
import { UsageError } from '../types.js';
import { createDetector, type JobResult } from '../parallel/jobs.js';
import { needsWholeFile, type DiffFile } from './diff-parser.js';
import { batchParser } from './head-search.js';
import { addedHunks, COMMIT_MARK, type WholeFileCandidate } from './history.js';
import { decodeText } from './text-decoding.js';
import type { SkippedFile } from './worktree.js';

interface Blob {
  readonly index: number;
  readonly size: number;
}

/**
 * Calls `each` with the content of every object named in `specs` (`<rev>:<path>` or `:<path>`)
 * that is a blob of 1..maxBytes bytes, one at a time; `tooLarge` for bigger ones.
 */
async function readBlobs(root: string, specs: readonly string[], maxBytes: number, each: (index: number, content: Buffer) => void, tooLarge: (index: number) => void): Promise<void> {
  // A name with a newline cannot go through the line protocol: such a path is not read.
  const asked = specs.map((s, i) => ({ s, i })).filter(({ s }) => !s.includes('\n'));
  if (asked.length === 0) return;
  const check = await runGit(['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], root, asked.map(({ s }) => s).join('\n') + '\n');
  if (check.code !== 0) return;
  const wanted: { id: string; blob: Blob }[] = [];
  check.stdout.toString('utf8').split('\n').slice(0, asked.length).forEach((line, k) => {
    const [id = '', type, sizeText] = line.split(' ');
    const size = Number(sizeText);
    if (type !== 'blob' || !(size > 0)) return;
    if (size > maxBytes) tooLarge(asked[k]!.i);
    else wanted.push({ id, blob: { index: asked[k]!.i, size } });
  });
  if (wanted.length === 0) return;
  const child = spawnGit(['cat-file', '--batch'], root, ['pipe', 'pipe', 'pipe']);
  let k = 0;
  let pieces: Buffer[] = [];
  const push = batchParser({
    start() {
      pieces = [];
    },
    data(piece) {
      pieces.push(Buffer.from(piece));
    },
    end() {
      const w = wanted[k++];
      if (w) each(w.blob.index, Buffer.concat(pieces));
      pieces = [];
    },
  });
  child.stdout!.on('data', push);
  child.stdin!.on('error', () => {});
  child.stdin!.end(wanted.map((w) => w.id).join('\n') + '\n');
  await new Promise<void>((resolve, reject) => {
    child.on('error', (e) => reject(spawnFailure(e)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new UsageError(`git cat-file failed: exit code ${code}`))));
  });
}

function toLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let n = 1;
  while (start < text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    lines.push({ number: n++, text: text.slice(start, end) });
    start = nl + 1;
  }
  return lines;
}

/**
 * --staged: the staged fragments, with every entry that needs it (needsWholeFile) replaced by
 * the whole staged file, read from the index.
 */
export async function completeStaged(root: string, fragments: Iterable<Fragment>, entries: readonly DiffFile[], config: Config, maxBytes: number): Promise<{ fragments: Iterable<Fragment>; skipped: SkippedFile[] }> {
  const allowed = pathAllower(config);
  const wanted = entries.filter((e) => needsWholeFile(e, allowed));
  const skipped: SkippedFile[] = [];
  if (wanted.length === 0) return { fragments, skipped };
  const whole = new Map<string, Fragment>();
  await readBlobs(
    root,
    wanted.map((e) => `:${e.path}`),
    maxBytes,
    (i, content) => {
      const text = decodeText(content);
      if (text !== null) whole.set(wanted[i]!.path, { file: wanted[i]!.path, lines: toLines(text) });
    },
    (i) => skipped.push({ file: wanted[i]!.path, reason: 'too-large' }),
  );
  const rest = function* (): Generator<Fragment> {
    for (const f of fragments) if (!whole.has(f.file)) yield f;
    yield* whole.values();
  };
  return { fragments: { [Symbol.iterator]: rest }, skipped };
}

/** git's quoting of a path in a diff header, for the synthetic diff below. */
function quoted(path: string): string {
  if (!/["\\\x00-\x1f]/.test(path)) return `b/${path}`;
  return `"b/${path.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\x00-\x1f]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)}"`;
}

/**
 * --history: scans, on the calling thread, the whole version of every candidate that needs it
 * (needsWholeFile), as the commit's addition of the file; findings keep the commit's log order.
 */
export async function scanHistoryWholeFiles(root: string, candidates: readonly WholeFileCandidate[], config: Config, maxBytes: number): Promise<JobResult & { orders: number[] }> {
  const allowed = pathAllower(config);
  const seen = new Set<string>();
  const wanted = candidates.filter((c) => {
    const key = `${c.commit.sha}\u0000${c.path}`;
    if (seen.has(key) || !needsWholeFile(c, allowed)) return false;
    seen.add(key);
    return true;
  });
  const total: JobResult = { findings: [], orders: [], literals: [], commits: 0, files: 0, lines: 0, bytes: 0, skipped: [], wholeFiles: [] };
  if (wanted.length === 0) return total;
  const detect = createDetector(config);
  // A file binary to git (UTF-16/32) that a commit changed: its parent's version is read first
  // (history.ts addedHunks), so only the lines the commit added count. A rename out of an
  // allow-listed path is scanned whole.
  const specs: { spec: string; of: number; parent: boolean }[] = [];
  wanted.forEach((c, of) => {
    if (c.binary && !(c.from !== undefined && allowed(c.from))) specs.push({ spec: `${c.commit.sha}^:${c.from ?? c.path}`, of, parent: true });
    specs.push({ spec: `${c.commit.sha}:${c.path}`, of, parent: false });
  });
  const parents = new Map<number, ReturnType<typeof toLines>>();
  await readBlobs(
    root,
    specs.map((s) => s.spec),
    maxBytes,
    (k, content) => {
      const text = decodeText(content);
      const { of: i, parent } = specs[k]!;
      if (parent) {
        if (text !== null) parents.set(i, toLines(text));
        return;
      }
      if (text === null) return;
      const c = wanted[i]!;
      const lines = toLines(text);
      const before = parents.get(i);
      parents.delete(i);
      const diff = [
        `${COMMIT_MARK}${c.commit.sha}\u0001${c.commit.time}\u0001${c.commit.date}\u0001${c.commit.author}`,
        `diff --git a/x b/x`,
        `+++ ${quoted(c.path)}`,
        ...addedHunks(lines, before),
        '',
      ].join('\n');
      const data = Buffer.from(diff, 'utf8');
      const r = detect({ kind: 'history', seq: 0, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), continues: false });
      for (let k = 0; k < r.findings.length; k++) {
        total.findings.push(r.findings[k]!);
        total.orders.push(c.order);
        total.literals.push(r.literals[k]!);
      }
      total.files += r.files;
      total.lines += r.lines;
      total.bytes += content.length;
    },
    (k) => {
      const { of: i, parent } = specs[k]!;
      if (!parent && wanted[i]!.from !== undefined) total.skipped.push({ file: wanted[i]!.path, reason: 'too-large' });
    },
  );
  return total;
}
