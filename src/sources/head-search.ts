// "Which of these texts still occur anywhere in HEAD?" for many texts at once, in one pass:
// HEAD's blobs stream through `git cat-file --batch` and a Wu-Manber shift table skips most of
// each blob, comparing only where a needle could end. `git grep -F -f` matched each text
// separately, so its cost grew with the number of secrets a history scan found.

import { type ChildProcess } from 'node:child_process';
import { failureText, runGit, spawnFailure, spawnGit } from '../git.js';
import { UsageError } from '../types.js';
import { decodeText, sniffEncoding } from './text-decoding.js';

/** git treats a file as binary when its first 8000 bytes hold a NUL; `git grep -I` skipped those. */
const BINARY_PROBE = 8000;

/**
 * One Wu-Manber table: every needle of at least `m` bytes is looked for through its first `m`
 * bytes. The scan looks at the three bytes ending a window of `m`: a triple that ends no
 * needle's prefix lets it jump by up to m − 2, so long needles make the pass cost a fraction of
 * a byte each; a triple that ends one leads to a comparison of the needles filed under it.
 * Triples, not pairs: secrets are made of common letters, and pairs ending some prefix turned up
 * at one position in ten.
 */
interface ShiftTable {
  readonly m: number;
  /** Jump per hashed triple (hash collisions only make jumps shorter). */
  readonly shift: Uint8Array;
  /** Needle ids per triple (exact, 24 bits) that ends a prefix (shift 0). */
  readonly ends: Map<number, number[]>;
}

function tripleSlot(triple: number): number {
  return Math.imul(triple, 0x9e3779b1) >>> 16;
}

interface Needles {
  readonly bytes: readonly Buffer[];
  /** The shift table of the needles searchPlan puts in it (none when it puts none). */
  readonly table: ShiftTable | null;
  /** The needles searched one at a time with indexOf (searchPlan). */
  readonly alone: readonly number[];
  readonly longest: number;
}

/**
 * Needles under this many bytes shorten the table's window, and with it every jump, for all the
 * others: while they are at most FEW_SHORT, node's own search looks for each one instead. The
 * synthetic history's 1,194 texts, one of them 6 bytes long, searched 52 MB of HEAD in 175-217 ms
 * with a table of the long ones (12 bytes and more) and one of the rest (a window of 6), 124-135 ms
 * with the 6-byte one searched alone beside those two tables, and 83-87 ms with it alone and all
 * the others in one table (a window of 10): bench/README.md, eighteenth pass.
 */
export const SHORT = 8;
export const FEW_SHORT = 4;
/** The shortest needle a table holds: it reads the triple that ends a window, and a window of 3 never jumps past one. */
const TABLE_MIN = 4;

/**
 * Which needles (by their byte lengths) go in the one shift table and which are searched alone:
 * those under TABLE_MIN bytes always alone (the table reads triples), those under SHORT alone while they
 * are at most FEW_SHORT and some needle is longer, every other in the table. One table is one
 * pass over each blob: a second table for the longer needles was a second pass.
 */
export function searchPlan(lengths: readonly number[]): { table: number[]; alone: number[] } {
  const table: number[] = [];
  const short: number[] = [];
  const alone: number[] = [];
  lengths.forEach((n, i) => {
    if (n >= SHORT) table.push(i);
    else if (n >= TABLE_MIN) short.push(i);
    else if (n > 0) alone.push(i);
  });
  // Loops, not push(...): a history may find more texts than a call takes arguments.
  const into = short.length <= FEW_SHORT && table.length > 0 ? alone : table;
  for (const i of short) into.push(i);
  return { table, alone };
}

function shiftTable(bytes: readonly Buffer[], ids: readonly number[]): ShiftTable {
  // A loop, not Math.min(...): a history may find more texts than a call takes arguments.
  let m = 255;
  for (const id of ids) m = Math.min(m, bytes[id]!.length);
  const shift = new Uint8Array(65536).fill(m - 2);
  const ends = new Map<number, number[]>();
  for (const id of ids) {
    const b = bytes[id]!;
    for (let q = 2; q < m; q++) {
      const triple = (b[q - 2]! << 16) | (b[q - 1]! << 8) | b[q]!;
      const slot = tripleSlot(triple);
      const s = m - 1 - q;
      if (s < shift[slot]!) shift[slot] = s;
      if (s === 0) {
        const list = ends.get(triple);
        if (list) list.push(id);
        else ends.set(triple, [id]);
      }
    }
  }
  return { m, shift, ends };
}

function prepare(texts: readonly string[]): Needles {
  const bytes = texts.map((t) => Buffer.from(t, 'utf8'));
  const lengths = bytes.map((b) => b.length);
  const { table, alone } = searchPlan(lengths);
  let longest = 0;
  for (const n of lengths) longest = Math.max(longest, n);
  return { bytes, table: table.length > 0 ? shiftTable(bytes, table) : null, alone, longest };
}

function scanTable(t: ShiftTable, bytes: readonly Buffer[], buf: Buffer, hits: Set<number>): void {
  const { m, shift, ends } = t;
  let pos = m - 1; // last byte of the window
  while (pos < buf.length) {
    const triple = (buf[pos - 2]! << 16) | (buf[pos - 1]! << 8) | buf[pos]!;
    const s = shift[tripleSlot(triple)]!;
    if (s > 0) {
      pos += s;
      continue;
    }
    const list = ends.get(triple);
    if (list !== undefined) {
      const start = pos - m + 1;
      for (const id of list) {
        const needle = bytes[id]!;
        // The first two bytes settle most chance matches before a full compare.
        if (buf[start] !== needle[0] || buf[start + 1] !== needle[1] || hits.has(id)) continue;
        if (start + needle.length <= buf.length && buf.compare(needle, 0, needle.length, start, start + needle.length) === 0) hits.add(id);
      }
    }
    pos++;
  }
}

/** Adds to `hits` every needle that occurs in `buf` (from any start position). */
function searchBuffer(n: Needles, buf: Buffer, hits: Set<number>): void {
  if (n.table !== null) scanTable(n.table, n.bytes, buf, hits);
  for (const id of n.alone) if (!hits.has(id) && buf.indexOf(n.bytes[id]!) !== -1) hits.add(id);
}

interface HeadTree {
  /** Blob ids of HEAD's tree (submodules aside), each once. */
  readonly ids: readonly string[];
  /** Blob id at each path. */
  readonly byPath: ReadonlyMap<string, string>;
}

/** HEAD's blobs; none when there is no HEAD. */
async function headTree(root: string): Promise<HeadTree> {
  const r = await runGit(['ls-tree', '-r', '-z', '--full-tree', 'HEAD'], root);
  const byPath = new Map<string, string>();
  if (r.code !== 0) return { ids: [], byPath };
  const ids = new Set<string>();
  for (const entry of r.stdout.toString('utf8').split('\0')) {
    // <mode> SP <type> SP <object> TAB <path>
    const tab = entry.indexOf('\t');
    const [, type, id] = entry.slice(0, tab).split(' ');
    if (type !== 'blob' || !id) continue;
    ids.add(id);
    byPath.set(entry.slice(tab + 1), id);
  }
  return { ids: [...ids], byPath };
}

export interface BlobSink {
  /** A blob starts: its id and size in bytes. */
  start(id: string, size: number): void;
  /** The next piece of its content. */
  data(piece: Buffer): void;
  end(): void;
}

/** Parses `git cat-file --batch` output pushed in chunks of any size into blobs. */
export function batchParser(sink: BlobSink): (chunk: Buffer) => void {
  // A header line, then `left` bytes of content, then one newline.
  let header: Buffer[] = [];
  let left = -1;
  let skipNewline = false;
  return (chunk: Buffer): void => {
    let at = 0;
    while (at < chunk.length) {
      if (skipNewline) {
        skipNewline = false;
        at++;
        continue;
      }
      if (left > 0) {
        const take = Math.min(left, chunk.length - at);
        sink.data(chunk.subarray(at, at + take));
        at += take;
        left -= take;
        if (left === 0) {
          sink.end();
          left = -1;
          skipNewline = true;
        }
        continue;
      }
      const nl = chunk.indexOf(10, at);
      if (nl === -1) {
        header.push(chunk.subarray(at));
        break;
      }
      header.push(chunk.subarray(at, nl));
      at = nl + 1;
      const line = Buffer.concat(header).toString('utf8');
      header = [];
      // `<id> blob <size>`, or `<id> missing` (nothing follows).
      const [id = '', , sizeText] = line.split(' ');
      const size = Number(sizeText);
      if (Number.isFinite(size) && size > 0) {
        left = size;
        sink.start(id, size);
      } else if (Number.isFinite(size)) skipNewline = true;
    }
  };
}

/**
 * Which of the texts `asked` (indices into `texts` and their `bytes`) occur in `blob`, into
 * `into`: none for a binary blob; up to FEW_NEEDLES of them each with `Buffer#includes`, more in
 * one pass for all (searchBuffer, which does not match an empty text: `includes` finds it anywhere).
 */
function inOwnFile(blob: Buffer, asked: readonly number[], texts: readonly string[], bytes: readonly Buffer[], into: Set<number>): void {
  if (isBinary(blob)) return;
  if (asked.length <= FEW_NEEDLES) {
    for (const i of asked) if (blob.includes(bytes[i]!)) into.add(i);
    return;
  }
  const hits = new Set<number>();
  searchBuffer(prepare(asked.map((i) => texts[i]!)), blob, hits);
  for (const k of hits) into.add(asked[k]!);
  for (const i of asked) if (bytes[i]!.length === 0) into.add(i);
}

/** git's rule, as `git grep -I` applies it: a NUL in the first 8000 bytes makes a blob binary. */
function isBinary(blob: Buffer): boolean {
  return blob.subarray(0, BINARY_PROBE).includes(0);
}

/**
 * Parses `git cat-file --batch` output pushed in chunks and searches each text blob for the
 * needles; only the last `longest − 1` bytes of a blob are carried across chunks.
 */
function blobSearch(needles: Needles): { push(chunk: Buffer): void; hits: Set<number> } {
  const keep = Math.max(0, needles.longest - 1);
  const hits = new Set<number>();
  let seen = 0;
  let binary = false;
  let carry: Buffer = Buffer.alloc(0);
  let pending = new Set<number>();

  const push = batchParser({
    start() {
      pending = new Set();
      carry = Buffer.alloc(0);
      binary = false;
      seen = 0;
    },
    data(data) {
      if (binary) return;
      if (seen < BINARY_PROBE) {
        const probe = data.subarray(0, BINARY_PROBE - seen);
        if (probe.includes(0)) {
          binary = true;
          pending.clear();
          return;
        }
      }
      seen += data.length;
      // Until the first 8000 bytes are known to be text, hits wait in `pending`.
      const into = seen <= BINARY_PROBE ? pending : hits;
      // A text cut by the chunk boundary: the carried tail and the start of this piece, which
      // is all such a text can span (the piece itself is searched in place, not copied).
      if (carry.length > 0) searchBuffer(needles, Buffer.concat([carry, data.subarray(0, keep)]), into);
      searchBuffer(needles, data, into);
      if (seen > BINARY_PROBE && pending.size > 0) {
        for (const id of pending) hits.add(id);
        pending.clear();
      }
      if (keep === 0) carry = Buffer.alloc(0);
      else if (data.length >= keep) carry = Buffer.from(data.subarray(data.length - keep));
      else carry = Buffer.from(Buffer.concat([carry, data]).subarray(-keep));
    },
    end() {
      if (!binary) for (const id of pending) hits.add(id);
      pending = new Set();
    },
  });
  return { push, hits };
}

export interface HeadReader {
  /**
   * The subset of `texts` that occurs in some text (non-binary) blob of HEAD. Call once.
   * `filesOf`: where each text was found; when HEAD fits the read-ahead, a text still in one of
   * those files is settled by a lookup in that blob, and only the others are searched for in
   * every blob.
   */
  find(texts: readonly string[], filesOf?: ReadonlyMap<string, readonly string[]>): Promise<Set<string>>;
  /** Stops reading (when find() will not be called). */
  close(): void;
  /**
   * Optional, while the caller waits for something else: once git has delivered every blob,
   * files them by id and gets the search compiled, so find() has less left to do. Returns
   * whether the blobs are filed (false while git is still reading them, or HEAD is bigger
   * than the read-ahead: find() then searches the stream as it comes).
   */
  prepare(): boolean;
  /**
   * Optional, while the log is still being scanned: `text` was found in `file`. Once the blobs
   * are filed (prepare), answers now what find() would for it, so that less is left to search
   * after git's last byte: HEAD's version of `file` first, then, for the first FEW_NEEDLES texts
   * and a HEAD of at most AHEAD_TEXT_BYTES of text, every blob. find() uses the answers.
   * Returns whether the text is answered (now or before); false leaves it to find().
   */
  offer(text: string, file: string): boolean;
}

/**
 * Read-ahead held while the texts are not known yet; past it git waits on the pipe. 16 MB holds
 * most repositories' HEAD whole (pallets/flask 1.7 MB); a bigger one (fastapi 33 MB, the bench
 * repository 49 MB) is searched as it streams once the texts are known, with the same answers
 * (every finding's inHead equal on both, bench/README.md), instead of sitting next to the
 * history's batches: 64 MB let the bench history peak at 199-212 MB, 16 MB at 162-172 MB.
 */
const READ_AHEAD = 16 * 1024 * 1024;
/**
 * A HEAD with a blob this big cannot be filed within the read-ahead anyway (find() then searches
 * the stream): the read-ahead shrinks to BIG_BLOB_READ_AHEAD, which keeps a 200 MB file's scan
 * within its memory budget.
 */
const BIG_BLOB = 16 * 1024 * 1024;
const BIG_BLOB_READ_AHEAD = 4 * 1024 * 1024;
/**
 * Up to this many texts left after the lookups in their own files, HEAD's filed blobs are
 * searched once per text with Buffer#includes rather than with the shift table, whose loop runs
 * in JavaScript: at the end of a flask history scan (13 texts, a 1.8 MB HEAD) the table took
 * 16-20 ms there, and 5-8 ms once optimized in a run of its own (the history worker's flags raise
 * V8's interrupt budget for the whole process, jobs.ts SHARED_CORES_V8_FLAGS); a search per text
 * took 6-7 ms in the scan. A search per text costs in proportion to the texts, the table does not.
 */
export const FEW_NEEDLES = 16;
/**
 * offer() searches every blob for a text only in a HEAD of at most this much text: 16 such
 * searches (FEW_NEEDLES) then cost ~10-20 ms of the main thread's slack while git runs. A bigger
 * HEAD is left to find()'s one pass for all the texts together.
 */
export const AHEAD_TEXT_BYTES = 4 * 1024 * 1024;
/** How much text prepare() searches to get the search loop compiled. */
const WARM_BYTES = 4 * 1024 * 1024;

/**
 * Starts reading HEAD's blobs right away, so git's work (inflating every blob) overlaps
 * whatever the caller still has to do before it knows what to look for.
 */
export function openHead(root: string, readAhead: number = READ_AHEAD): HeadReader {
  let limit = readAhead;
  // Only the blob headers matter here (their sizes); the content is parsed again by find().
  const sizes = batchParser({
    start(_id, size) {
      if (size > BIG_BLOB) limit = Math.min(limit, BIG_BLOB_READ_AHEAD);
    },
    data() {},
    end() {},
  });
  const queue: Buffer[] = [];
  let queued = 0;
  let consume: ((chunk: Buffer) => void) | null = null;
  let child: ChildProcess | null = null;
  let closed = false;
  let tree: HeadTree | null = null;
  let delivered = false;
  /** Every blob by id, once prepare() ran after git delivered them all. */
  let blobs: Map<string, Buffer> | null = null;
  // Resolves once the read-ahead is full or git is done: all find() waits for before it looks.
  let filled: () => void = () => {};
  const full = new Promise<void>((resolve) => (filled = resolve));
  const listed = headTree(root);
  // git's reader starts now, beside ls-tree, and waits for the ids on its input: started once
  // ls-tree answered, it started beside the history's worker booting on the other core, and the
  // start (which waits for the child's exec) blocked this thread, git log's reader, ~14 ms.
  const c = spawnGit(['cat-file', '--batch'], root, ['pipe', 'pipe', 'pipe']);
  child = c;
  const err: Buffer[] = [];
  c.stderr!.on('data', (b: Buffer) => err.push(b));
  c.stdout!.on('data', (chunk: Buffer) => {
    if (consume) return consume(chunk);
    queue.push(chunk);
    queued += chunk.length;
    sizes(chunk);
    if (queued > limit) {
      c.stdout!.pause();
      filled();
    }
  });
  c.stdin!.on('error', () => {});
  const ended = new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    c.on('error', (e) => reject(spawnFailure(e)));
    c.on('close', (code) => resolve({ code: closed ? 0 : code, stderr: Buffer.concat(err).toString('utf8') }));
  });
  // Rejected before `exited` takes it up (a git that cannot start): not an unhandled rejection.
  ended.catch(() => {});
  const exited: Promise<{ code: number | null; stderr: string }> = listed.then(
    (t) => {
      tree = t;
      // With nothing to read (or stopped), git ends on its input's end.
      c.stdin!.end(closed || t.ids.length === 0 ? '' : t.ids.join('\n') + '\n');
      return ended;
    },
    (e: unknown) => {
      c.stdin!.end();
      throw e;
    },
  );
  // Until find() awaits it, a failure must not count as an unhandled rejection.
  exited.then(
    (r) => {
      delivered = !closed && r.code === 0;
      filled();
    },
    () => filled(),
  );
  const close = (): void => {
    closed = true;
    (child as ChildProcess | null)?.kill();
  };

  /** offer()'s answers by text: whether the text occurs in some blob that is not binary, as find() asks. */
  const known = new Map<string, boolean>();
  /** `text \0 file` pairs whose file offer() looked in, without finding the text there. */
  const looked = new Set<string>();
  /** HEAD's text blobs, once filed and offer() first searched them all; null while not. */
  let textBlobs: Buffer[] | null = null;
  let textBytes = 0;
  /** Texts offer() searched every blob for (at most FEW_NEEDLES). */
  let searchedAhead = 0;
  /**
   * Texts offer() looked up in each blob, by blob id (at most FEW_NEEDLES a blob): a file that
   * holds thousands of findings would be searched once per text, so find() takes the rest of
   * them and searches the blob once for all.
   */
  const offeredIn = new Map<string, number>();

  /** HeadReader.prepare. */
  const fileBlobs = (): boolean => {
    if (blobs !== null) return true;
    if (!delivered) return false;
    const byId = new Map<string, Buffer>();
    let id = '';
    let pieces: Buffer[] = [];
    const push = batchParser({
      start(blobId) {
        id = blobId;
        pieces = [];
      },
      data(piece) {
        pieces.push(piece);
      },
      end() {
        const blob = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
        // UTF-16/32 text is searched as the UTF-8 its findings were reported in.
        const wide = sniffEncoding(blob).encoding !== 'utf8' ? decodeText(blob) : null;
        byId.set(id, wide !== null ? Buffer.from(wide, 'utf8') : blob);
      },
    });
    for (const chunk of queue) push(chunk);
    blobs = byId;
    // V8 compiles the search loop only after it has run a while: let that happen now, on a
    // few blobs and a needle that cannot occur in text, rather than in find().
    const warm = prepare(['\u0000warm-up\u0000']);
    let bytes = 0;
    for (const blob of byId.values()) {
      searchBuffer(warm, blob, new Set());
      if ((bytes += blob.length) > WARM_BYTES) break;
    }
    return true;
  };

  return {
    prepare: fileBlobs,
    offer(text: string, file: string): boolean {
      if (known.has(text)) return true;
      if (text === '' || text.includes('\n') || !fileBlobs()) return false;
      const pair = `${text}\u0000${file}`;
      if (looked.has(pair)) return false;
      const bytes = Buffer.from(text, 'utf8');
      const id = tree?.byPath.get(file);
      const own = id === undefined ? undefined : blobs!.get(id);
      if (own !== undefined) {
        const offered = offeredIn.get(id!) ?? 0;
        if (offered >= FEW_NEEDLES) return false;
        offeredIn.set(id!, offered + 1);
        if (!isBinary(own) && own.includes(bytes)) {
          known.set(text, true);
          return true;
        }
      }
      looked.add(pair);
      if (textBlobs === null) {
        textBlobs = [...blobs!.values()].filter((blob) => !isBinary(blob));
        for (const blob of textBlobs) textBytes += blob.length;
      }
      if (searchedAhead >= FEW_NEEDLES || textBytes > AHEAD_TEXT_BYTES) return false;
      searchedAhead++;
      known.set(text, textBlobs.some((blob) => blob.includes(bytes)));
      return true;
    },
    async find(all: readonly string[], filesOfAll?: ReadonlyMap<string, readonly string[]>): Promise<Set<string>> {
      const found = new Set<string>();
      // What offer() answered already; the files it looked in are not looked in again.
      const texts: string[] = [];
      for (const text of all) {
        const answer = known.get(text);
        if (answer === undefined) texts.push(text);
        else if (answer) found.add(text);
      }
      const filesOf = looked.size === 0 || filesOfAll === undefined ? filesOfAll : new Map(texts.map((t) => [t, (filesOfAll.get(t) ?? []).filter((f) => !looked.has(`${t}\u0000${f}`))]));
      if (texts.length === 0) {
        close();
        await exited.catch(() => undefined);
        return found;
      }
      await full;
      if (fileBlobs()) {
        // Every blob is here, filed by id: look each text up in its own files, then search
        // every text blob for the others.
        const all = blobs!;
        const bytes = texts.map((t) => Buffer.from(t, 'utf8'));
        // The texts to look up in each blob, so that a file named by thousands of them is
        // searched once for all (inOwnFile), not once per text.
        const askedOf = new Map<string, number[]>();
        texts.forEach((text, i) => {
          for (const file of filesOf?.get(text) ?? []) {
            const id = tree?.byPath.get(file);
            if (id === undefined || !all.has(id)) continue;
            const asked = askedOf.get(id);
            if (asked) asked.push(i);
            else askedOf.set(id, [i]);
          }
        });
        const inOwn = new Set<number>();
        for (const [id, asked] of askedOf) inOwnFile(all.get(id)!, asked, texts, bytes, inOwn);
        const rest: number[] = [];
        texts.forEach((text, i) => (inOwn.has(i) ? found.add(text) : rest.push(i)));
        if (rest.length > 0 && rest.length <= FEW_NEEDLES) {
          // A few texts: node's own search, once per text and blob.
          const text = [...all.values()].filter((blob) => !isBinary(blob));
          for (const i of rest) if (text.some((blob) => blob.includes(bytes[i]!))) found.add(texts[i]!);
        } else if (rest.length > 0) {
          const needles = prepare(rest.map((i) => texts[i]!));
          const hits = new Set<number>();
          for (const blob of all.values()) if (!isBinary(blob)) searchBuffer(needles, blob, hits);
          for (const k of hits) found.add(texts[rest[k]!]!);
        }
        return found;
      }
      // HEAD is bigger than the read-ahead (or git failed): search the stream as it comes.
      const search = blobSearch(prepare(texts));
      for (const chunk of queue) search.push(chunk);
      queue.length = 0;
      consume = search.push;
      (child as ChildProcess | null)?.stdout?.resume();
      const { code, stderr } = await exited;
      if (code !== 0) {
        throw new UsageError(failureText('git cat-file', stderr, code));
      }
      for (const id of search.hits) found.add(texts[id]!);
      return found;
    },
    close,
  };
}

/** One-shot form of openHead(root, readAhead).find(texts, filesOf). */
export function findInHead(root: string, texts: readonly string[], filesOf?: ReadonlyMap<string, readonly string[]>, readAhead?: number): Promise<Set<string>> {
  return openHead(root, readAhead).find(texts, filesOf);
}
