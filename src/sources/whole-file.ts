// Files whose added lines a diff does not show in full, read whole from git's object store: a
// rename or copy out of an allow-listed path (the diff shows only the edits, and the content was
// never scanned), and files git calls binary that are UTF-16/UTF-32 text with a byte order mark.
// --staged reads them as they stream, in windows of lines and pieces of long lines (#10).

import type { ChildProcess } from 'node:child_process';
import type { Fragment, SourceLine } from '../types.js';
import type { Config } from '../config/config.js';
import { pathAllower } from '../config/filter.js';
import { spawnFailure, spawnGit } from '../git.js';
import { UsageError } from '../types.js';
import { createDetector, type JobResult } from '../parallel/jobs.js';
import { needsWholeFile, type DiffFile } from './diff-parser.js';
import { batchParser } from './head-search.js';
import { addedHunks, COMMIT_MARK, indexBlobs, type WholeFileCandidate } from './history.js';
import { createDecoder, decodeText, hasNul, sniffEncoding, type StreamDecoder } from './text-decoding.js';
import { fileWindows, type SkippedFile } from './worktree.js';
import { boundHeapGrowth } from './staged.js';

/** Where one blob's bytes go as git writes them. */
interface BlobStream {
  data(bytes: Uint8Array): void;
  end(): void;
}

/** Blobs asked for as the caller learns of them, read by two git processes that stay open (openBlobs). */
interface BlobReader {
  /** Asks for the object `spec` (`<rev>:<path>`, `:<path>` or an object id); `index` names it to `open`, `tooLarge` and `notFound`. */
  ask(spec: string, index: number): void;
  /** Waits for every blob asked for, then ends git. */
  end(): Promise<void>;
  /** Stops git now (the scan failed). */
  close(): void;
  /** Starts both git processes now rather than on the first ask (see HistoryWholeFiles.start). */
  start(): void;
}

/**
 * Streams the content of every object asked for that is a blob of 1..maxBytes bytes to the sink
 * `open` gives for it, one blob at a time in the order asked; `tooLarge` for bigger ones. The
 * bytes handed to `data` are only valid during the call. `git cat-file --batch-check` says what
 * each object is before `git cat-file --batch` reads the blobs wanted, so a huge blob is never
 * inflated; both start on the first ask and answer each line as it comes (neither is told
 * --buffer), so a history scan asks while git log runs and finds its answers ready at the end.
 * `notFound`: an object git says is missing or ambiguous (an abbreviated id).
 */
function openBlobs(root: string, maxBytes: number, open: (index: number) => BlobStream, tooLarge: (index: number) => void, notFound?: (index: number) => void): BlobReader {
  let checker: ChildProcess | null = null;
  let reader: ChildProcess | null = null;
  /** What the checker was asked, in order, not answered yet. */
  const asked: number[] = [];
  let askedHead = 0;
  /** What the reader was asked, in order. */
  const wanted: number[] = [];
  let k = 0;
  let sink: BlobStream | null = null;
  let failure: unknown = null;
  let ended = false;
  let settle: { resolve: () => void; reject: (e: unknown) => void } | null = null;
  let checkerDone = false;
  let readerDone = false;

  const fail = (e: unknown): void => {
    if (failure !== null) return;
    failure = e;
    checker?.kill();
    reader?.kill();
    settle?.reject(e);
  };
  /** Settles `end` once both processes are done (or were never needed). */
  const check = (): void => {
    if (!ended || failure !== null || settle === null) return;
    if (checker !== null && !checkerDone) return;
    if (reader !== null && !readerDone) {
      // Every wanted id is written once the checker has answered everything: end the reader's input.
      reader.stdin!.end();
      return;
    }
    settle.resolve();
  };
  const startReader = (): ChildProcess => {
    const child = spawnGit(['cat-file', '--batch'], root, ['pipe', 'pipe', 'pipe']);
    const push = batchParser({
      start() {
        const i = wanted[k];
        sink = i !== undefined ? open(i) : null;
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
        fail(e);
      }
    });
    child.stdin!.on('error', () => {});
    child.on('error', (e) => fail(spawnFailure(e)));
    child.on('close', (code) => {
      if (code !== 0) fail(new UsageError(`git cat-file failed: exit code ${code}`));
      readerDone = true;
      check();
    });
    return child;
  };
  const startChecker = (): ChildProcess => {
    const child = spawnGit(['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], root, ['pipe', 'pipe', 'ignore']);
    let rest = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      if (failure !== null) return;
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop()!;
      for (const line of lines) {
        if (askedHead >= asked.length) continue;
        const index = asked[askedHead++]!;
        const [id = '', type, sizeText] = line.split(' ');
        const size = Number(sizeText);
        if (type !== 'blob' || !(size > 0)) {
          if (type === 'missing' || type === 'ambiguous') notFound?.(index);
          continue;
        }
        if (size > maxBytes) {
          tooLarge(index);
          continue;
        }
        wanted.push(index);
        reader ??= startReader();
        reader.stdin!.write(`${id}\n`);
      }
    });
    child.stdin!.on('error', () => {});
    child.on('error', (e) => fail(spawnFailure(e)));
    // A checker that fails answers nothing more: the blobs it named are still read.
    child.on('close', () => {
      checkerDone = true;
      check();
    });
    return child;
  };

  return {
    ask(spec: string, index: number): void {
      // A name with a newline cannot go through the line protocol: such a path is not read.
      if (failure !== null || ended || spec.includes('\n')) return;
      checker ??= startChecker();
      asked.push(index);
      checker.stdin!.write(`${spec}\n`);
    },
    end(): Promise<void> {
      ended = true;
      return new Promise<void>((resolve, reject) => {
        if (failure !== null) return reject(failure);
        settle = { resolve, reject };
        checker?.stdin!.end();
        check();
      });
    },
    close(): void {
      ended = true;
      checker?.kill();
      reader?.kill();
    },
    start(): void {
      if (failure !== null || ended) return;
      checker ??= startChecker();
      reader ??= startReader();
    },
  };
}

/** Every object named in `specs`, as openBlobs reads them: `open` and `tooLarge` get the index in `specs`. */
function streamBlobs(root: string, specs: readonly string[], maxBytes: number, open: (index: number) => BlobStream, tooLarge: (index: number) => void): Promise<void> {
  const blobs = openBlobs(root, maxBytes, open, tooLarge);
  specs.forEach((s, i) => blobs.ask(s, i));
  return blobs.end();
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
    // A file read whole streams through in windows, as a big staged diff does, and the heap's
    // growth is capped the same way: a 25 MB file renamed out of an allow-listed path peaked at
    // 120-204 MB uncapped (V8 let the old generation grow well past the live heap between
    // collections).
    boundHeapGrowth();
    const open = (i: number): BlobStream => {
      const path = wanted[i]!.path;
      const blob = blobFragments(path, each);
      return { data: blob.data, end: () => (blob.end() ? read.add(path) : undefined) };
    };
    const tooLarge = (i: number): void => {
      skipped.push({ file: wanted[i]!.path, reason: 'too-large' });
    };
    // A path holding a newline cannot go through cat-file's line protocol, so such a file was
    // never read (a key in a UTF-16 file so named went through the hook): it is asked for by the
    // id of the diff's `index` line. Only such a path: an abbreviated id costs git more than
    // `:<path>`, which it looks up in the index (20,000 staged binary files: +0.6 s by id).
    const spec = (e: DiffFile): string => (e.path.includes('\n') ? indexBlobs(e.index)?.[1] : undefined) ?? `:${e.path}`;
    await streamBlobs(root, wanted.map(spec), maxBytes, open, tooLarge);
  }
  for (const f of fragments) if (!read.has(f.file)) each(f);
  return { skipped };
}

/** git's quoting of a path in a diff header, for the synthetic diff below. */
function quoted(path: string): string {
  if (!/["\\\x00-\x1f]/.test(path)) return `b/${path}`;
  return `"b/${path.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\x00-\x1f]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)}"`;
}

/** The files a history scan reads whole, as the log's candidates come in (historyWholeFiles). */
export interface HistoryWholeFiles {
  /** A candidate the log's parser found (history.ts WholeFileCandidate); duplicates are dropped. */
  add(c: WholeFileCandidate): void;
  /** Waits for every file asked for; their findings keep the commits' log order. */
  finish(): Promise<JobResult>;
  /** Stops git now (the scan failed). */
  close(): void;
  /**
   * Starts the two git processes now, before any candidate comes: a whole history has some in
   * most repositories (an image changed, a file renamed out of a test folder), and a process
   * started later, from a process grown to ~90 MB with a worker detecting beside it, blocked
   * the thread that reads git log for 6-28 ms against 5-13 ms here (flask; bench/README.md).
   */
  start(): void;
}

/**
 * --history: scans, on the calling thread, the whole version of every candidate that needs it
 * (needsWholeFile), as the commit's addition of the file. Blobs are asked for as candidates come,
 * while git log still runs (flask: the ~100 ms this took after the log ended, 45 files of 217
 * candidates, now mostly spent before), and scanned as git hands them over.
 */
export function historyWholeFiles(root: string, config: Config, maxBytes: number): HistoryWholeFiles {
  const allowed = pathAllower(config);
  const seen = new Set<string>();
  const wanted: WholeFileCandidate[] = [];
  const total: JobResult = { findings: [], orders: [], literals: [], commits: 0, files: 0, lines: 0, bytes: 0, skipped: [], wholeFiles: [] };
  let detect: ReturnType<typeof createDetector> | null = null;
  // A file binary to git (UTF-16/32) that a commit changed: its parent's version is read first
  // (history.ts addedHunks), so only the lines the commit added count. A rename out of an
  // allow-listed path is scanned whole. `byId`: asked for by the object id the log printed.
  const specs: { of: number; parent: boolean; byId: boolean }[] = [];
  const parents = new Map<number, ReturnType<typeof toLines>>();
  /** This commit's versions asked for by an id git did not find (see finish()). */
  const again: number[] = [];
  const open = (k: number): BlobStream => {
    // Kept whole only while it may be text: once its first PROBE_BYTES say binary (an image, an
    // archive: most candidates), the rest is let go as git hands it over.
    let pieces: Buffer[] | null = [];
    let size = 0;
    return {
      data(b) {
        if (pieces === null) return;
        pieces.push(Buffer.from(b));
        const before = size;
        size += b.length;
        if (before >= PROBE_BYTES || size < PROBE_BYTES) return;
        // Joined once here: a text blob goes on from these bytes, a binary one goes.
        const head = Buffer.concat(pieces);
        pieces = decodeText(head.subarray(0, PROBE_BYTES)) === null ? null : [head];
      },
      end: () => scanBlob(k, pieces === null ? null : Buffer.concat(pieces)),
    };
  };
  const tooLarge = (k: number): void => {
    const { of: i, parent } = specs[k]!;
    if (!parent && wanted[i]!.from !== undefined) total.skipped.push({ file: wanted[i]!.path, reason: 'too-large' });
  };
  const notFound = (k: number): void => {
    const { of, parent, byId } = specs[k]!;
    if (byId && !parent) again.push(of);
  };
  const blobs = openBlobs(root, maxBytes, open, tooLarge, notFound);
  let late: BlobReader | null = null;
  /** Asks `reader` for the parent's or this commit's version of wanted[of]: by object `id`, or by `<commit>:<path>` without one. */
  const ask = (reader: BlobReader, of: number, parent: boolean, id: string | undefined): void => {
    const c = wanted[of]!;
    const spec = id ?? (parent ? `${c.commit.sha}^:${c.from ?? c.path}` : `${c.commit.sha}:${c.path}`);
    reader.ask(spec, specs.push({ of, parent, byId: id !== undefined }) - 1);
  };
  /** `content`: null for a blob found binary on its first bytes (decodeText would say null). */
  const scanBlob = (k: number, content: Buffer | null): void => {
    const text = content === null ? null : decodeText(content);
    const { of: i, parent } = specs[k]!;
    if (parent) {
      if (text !== null) parents.set(i, toLines(text));
      return;
    }
    const before = parents.get(i);
    parents.delete(i);
    if (text === null || content === null) return;
    const c = wanted[i]!;
    const lines = toLines(text);
    const diff = [
      `${COMMIT_MARK}${c.commit.sha}\u0001${c.commit.time}\u0001${c.commit.date}\u0001${c.commit.author}`,
      `diff --git a/x b/x`,
      `+++ ${quoted(c.path)}`,
      ...addedHunks(lines, before),
      '',
    ].join('\n');
    const data = Buffer.from(diff, 'utf8');
    detect ??= createDetector(config);
    const r = detect({ kind: 'history', seq: 0, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), continues: false });
    for (let f = 0; f < r.findings.length; f++) {
      total.findings.push(r.findings[f]!);
      total.orders.push(c.order);
      total.literals.push(r.literals[f]!);
    }
    total.files += r.files;
    total.lines += r.lines;
    total.bytes += content.length;
  };
  return {
    add(c: WholeFileCandidate): void {
      const key = `${c.commit.sha}\u0000${c.path}`;
      if (seen.has(key) || !needsWholeFile(c, allowed)) return;
      seen.add(key);
      const of = wanted.push(c) - 1;
      // By id when the log named the objects: `commit:path` made git read the commit and every
      // tree on the path for each file (a commit adding 40,000 small binary files: git's checker
      // 10.6 s by path, 2.0 s by id). A parent's id of zeros: the file is new, there is no parent.
      // (This commit's id is never zeros: a deleted file is no candidate.)
      const [parentId, id] = c.blobs ?? [];
      if (c.binary && !(c.from !== undefined && allowed(c.from)) && !(parentId !== undefined && ZEROS.test(parentId))) ask(blobs, of, true, parentId);
      ask(blobs, of, false, id);
    },
    async finish(): Promise<JobResult> {
      await blobs.end();
      // An abbreviated id git no longer finds, or finds ambiguous (an object written since the
      // log printed it): that version is asked for again by its path. (A parent's version not
      // found is read as none: its file's lines all count as added.)
      if (again.length > 0) {
        late = openBlobs(root, maxBytes, open, tooLarge);
        for (const i of again.splice(0)) ask(late, i, false, undefined);
        await late.end();
      }
      return total;
    },
    close: () => {
      blobs.close();
      late?.close();
    },
    start: () => blobs.start(),
  };
}

/** An object id of zeros: the side of a diff that does not exist. */
const ZEROS = /^0+$/;
