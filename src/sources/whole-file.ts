// Files whose added lines a diff does not show in full, read whole from git's object store: a
// rename or copy out of an allow-listed path (the diff shows only the edits, and the content was
// never scanned), and files git calls binary that are UTF-16/UTF-32 text with a byte order mark.
// --staged reads them as they stream, in windows of lines and pieces of long lines (#10).

import type { Fragment, SourceLine } from '../types.js';
import type { Config } from '../config/config.js';
import { pathAllower } from '../config/filter.js';
import { runGit, spawnFailure, spawnGit } from '../git.js';
import { UsageError } from '../types.js';
import { createDetector, type JobResult } from '../parallel/jobs.js';
import { needsWholeFile, type DiffFile } from './diff-parser.js';
import { batchParser } from './head-search.js';
import { addedHunks, COMMIT_MARK, type WholeFileCandidate } from './history.js';
import { createDecoder, decodeText, hasNul, sniffEncoding, type StreamDecoder } from './text-decoding.js';
import { fileWindows, type SkippedFile } from './worktree.js';

interface Blob {
  readonly index: number;
  readonly size: number;
}

/** Where one blob's bytes go as git writes them. */
interface BlobStream {
  data(bytes: Uint8Array): void;
  end(): void;
}

/**
 * Streams the content of every object named in `specs` (`<rev>:<path>` or `:<path>`) that is a
 * blob of 1..maxBytes bytes to the sink `open` gives for it, one blob at a time; `tooLarge` for
 * bigger ones. The bytes handed to `data` are only valid during the call.
 */
async function streamBlobs(root: string, specs: readonly string[], maxBytes: number, open: (index: number) => BlobStream, tooLarge: (index: number) => void): Promise<void> {
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
  let sink: BlobStream | null = null;
  let failure: unknown = null;
  const push = batchParser({
    start() {
      const w = wanted[k];
      sink = w ? open(w.blob.index) : null;
    },
    data(piece) {
      sink?.data(piece);
    },
    end() {
      k++;
      sink?.end();
      sink = null;
    },
  });
  child.stdout!.on('data', (chunk: Buffer) => {
    if (failure !== null) return;
    try {
      push(chunk);
    } catch (e) {
      // A scan that throws (a bad custom rule) fails the scan, after git is stopped.
      failure = e;
      child.kill();
    }
  });
  child.stdin!.on('error', () => {});
  child.stdin!.end(wanted.map((w) => w.id).join('\n') + '\n');
  await new Promise<void>((resolve, reject) => {
    child.on('error', (e) => reject(spawnFailure(e)));
    child.on('close', (code) => (failure !== null ? reject(failure) : code === 0 ? resolve() : reject(new UsageError(`git cat-file failed: exit code ${code}`))));
  });
}

/** streamBlobs, with each blob's content handed to `each` whole. */
function readBlobs(root: string, specs: readonly string[], maxBytes: number, each: (index: number, content: Buffer) => void, tooLarge: (index: number) => void): Promise<void> {
  return streamBlobs(
    root,
    specs,
    maxBytes,
    (index) => {
      const pieces: Buffer[] = [];
      return { data: (b) => pieces.push(Buffer.from(b)), end: () => each(index, Buffer.concat(pieces)) };
    },
    tooLarge,
  );
}

/**
 * Bytes read before a blob's encoding and git's binary rule are settled: a byte order mark, and
 * 8000 characters of UTF-32 after it (decodeText looks at that many for a NUL).
 */
const PROBE_BYTES = 4 + 4 * 8000;

/**
 * A blob's bytes as they stream, to `each` as Fragments of its lines: in windows of lines and a
 * long line in pieces, as the tree scan reads a file (worktree.ts), so no file is ever whole in
 * memory. The same text and binary rules as decodeText; `end` says whether it was read as text.
 */
function blobFragments(file: string, each: (f: Fragment) => void): { data(bytes: Uint8Array): void; end(): boolean } {
  const out = fileWindows(file, each);
  const split = out.splitter;

  let probe: Buffer[] | null = [];
  let probed = 0;
  let decoder: StreamDecoder | null = null;
  let binary = false;
  /** Settles the encoding on the first bytes (all of a short blob), then reads them. */
  const start = (): void => {
    const head = Buffer.concat(probe!);
    probe = null;
    const { encoding, bom } = sniffEncoding(head);
    if (encoding === 'utf8' && hasNul(head)) {
      binary = true;
      return;
    }
    decoder = createDecoder(encoding);
    const text = decoder.write(head.subarray(bom));
    if (encoding !== 'utf8' && text.slice(0, 8000).includes('\u0000')) {
      binary = true;
      return;
    }
    split.push(text);
  };
  return {
    data(bytes: Uint8Array): void {
      if (binary) return;
      if (decoder) {
        split.push(decoder.write(bytes));
        return;
      }
      probe!.push(Buffer.from(bytes));
      probed += bytes.length;
      if (probed >= PROBE_BYTES) start();
    },
    end(): boolean {
      if (probe) start();
      if (binary) return false;
      split.push(decoder!.end());
      split.end();
      out.end();
      return true;
    },
  };
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
 * --staged: hands every staged fragment to `each`, with every entry that needs it
 * (needsWholeFile) replaced by the whole staged file, read from the index as it streams: the
 * whole files first, then the diff's fragments of the files not read whole (too large, binary).
 */
export async function completeStaged(root: string, fragments: Iterable<Fragment>, entries: readonly DiffFile[], config: Config, maxBytes: number, each: (f: Fragment) => void): Promise<{ skipped: SkippedFile[] }> {
  const allowed = pathAllower(config);
  const wanted = entries.filter((e) => needsWholeFile(e, allowed));
  const skipped: SkippedFile[] = [];
  const read = new Set<string>();
  if (wanted.length > 0) {
    await streamBlobs(
      root,
      wanted.map((e) => `:${e.path}`),
      maxBytes,
      (i) => {
        const path = wanted[i]!.path;
        const blob = blobFragments(path, each);
        return { data: blob.data, end: () => (blob.end() ? read.add(path) : undefined) };
      },
      (i) => skipped.push({ file: wanted[i]!.path, reason: 'too-large' }),
    );
  }
  for (const f of fragments) if (!read.has(f.file)) each(f);
  return { skipped };
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
