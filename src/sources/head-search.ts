// "Which of these texts still occur anywhere in HEAD?" for many texts at once, in one pass:
// HEAD's blobs stream through `git cat-file --batch` and a rolling hash over a short window
// picks the few positions worth comparing. `git grep -F -f` matched each text separately, so
// its cost grew with the number of secrets a history scan found.

import { spawn } from 'node:child_process';
import { runGit, gitFailure } from '../git.js';
import { UsageError } from '../types.js';

/** git treats a file as binary when its first 8000 bytes hold a NUL; `git grep -I` skipped those. */
const BINARY_PROBE = 8000;
const HASH_BITS = 22;
const P = 0x01000193;

interface Needles {
  readonly width: number;
  /** Rolling-hash values of every needle's first `width` bytes, as a bit set (false hits are checked). */
  readonly bits: Uint32Array;
  readonly byHash: Map<number, number[]>;
  readonly bytes: readonly Buffer[];
  /** Needles shorter than the window: searched with indexOf. */
  readonly short: readonly number[];
  readonly longest: number;
}

function slot(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - HASH_BITS);
}

function hashOf(b: Uint8Array, from: number, width: number): number {
  let h = 0;
  for (let k = 0; k < width; k++) h = (Math.imul(h, P) + b[from + k]!) | 0;
  return h;
}

function prepare(texts: readonly string[]): Needles {
  const bytes = texts.map((t) => Buffer.from(t, 'utf8'));
  const lengths = bytes.map((b) => b.length).filter((n) => n >= 4);
  const width = Math.min(8, ...(lengths.length > 0 ? lengths : [8]));
  const bits = new Uint32Array(1 << (HASH_BITS - 5));
  const byHash = new Map<number, number[]>();
  const short: number[] = [];
  bytes.forEach((b, i) => {
    if (b.length < width) {
      if (b.length > 0) short.push(i);
      return;
    }
    const h = hashOf(b, 0, width);
    const s = slot(h);
    bits[s >>> 5]! |= 1 << (s & 31);
    const list = byHash.get(h);
    if (list) list.push(i);
    else byHash.set(h, [i]);
  });
  return { width, bits, byHash, bytes, short, longest: Math.max(0, ...bytes.map((b) => b.length)) };
}

/** Adds to `hits` every needle that occurs in `buf` (from any start position). */
function searchBuffer(n: Needles, buf: Uint8Array, hits: Set<number>): void {
  const w = n.width;
  if (buf.length >= w) {
    // P^(w-1): the weight of the byte leaving the window.
    let out = 1;
    for (let k = 1; k < w; k++) out = Math.imul(out, P);
    const bits = n.bits;
    let h = hashOf(buf, 0, w);
    const last = buf.length - w;
    for (let i = 0; ; i++) {
      const s = Math.imul(h, 0x9e3779b1) >>> (32 - HASH_BITS);
      if ((bits[s >>> 5]! >>> (s & 31)) & 1) {
        for (const id of n.byHash.get(h) ?? []) {
          const needle = n.bytes[id]!;
          if (!hits.has(id) && i + needle.length <= buf.length && Buffer.compare(needle, buf.subarray(i, i + needle.length)) === 0) hits.add(id);
        }
      }
      if (i === last) break;
      h = (Math.imul(h - Math.imul(buf[i]!, out), P) + buf[i + w]!) | 0;
    }
  }
  for (const id of n.short) if (!hits.has(id) && Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).indexOf(n.bytes[id]!) !== -1) hits.add(id);
}

/** The blob ids of HEAD's tree (submodules aside). */
async function headBlobs(root: string): Promise<string[]> {
  const r = await runGit(['ls-tree', '-r', '-z', '--full-tree', 'HEAD'], root);
  if (r.code !== 0) throw gitFailure('git ls-tree HEAD', r);
  const ids = new Set<string>();
  for (const entry of r.stdout.toString('utf8').split('\0')) {
    // <mode> SP <type> SP <object> TAB <path>
    const tab = entry.indexOf('\t');
    const [, type, id] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && id) ids.add(id);
  }
  return [...ids];
}

/**
 * The subset of `texts` that occurs in some text (non-binary) blob of HEAD. Each blob is
 * searched as it streams in; only the last `longest − 1` bytes are carried across chunks.
 */
export async function findInHead(root: string, texts: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  if (texts.length === 0) return found;
  const ids = await headBlobs(root);
  if (ids.length === 0) return found;
  const needles = prepare(texts);
  const keep = Math.max(0, needles.longest - 1);
  const hits = new Set<number>();

  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const err: Buffer[] = [];
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    // Parser state: a header line, then `left` bytes of content, then one newline.
    let header: Buffer[] = [];
    let left = -1;
    let skipNewline = false;
    let seen = 0;
    let binary = false;
    let carry: Buffer = Buffer.alloc(0);
    let pending = new Set<number>();

    const blobData = (data: Buffer): void => {
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
      const buf = carry.length > 0 ? Buffer.concat([carry, data]) : data;
      // Until the first 8000 bytes are known to be text, hits wait in `pending`.
      searchBuffer(needles, buf, seen <= BINARY_PROBE ? pending : hits);
      if (seen > BINARY_PROBE && pending.size > 0) {
        for (const id of pending) hits.add(id);
        pending.clear();
      }
      carry = keep > 0 ? Buffer.from(buf.subarray(Math.max(0, buf.length - keep))) : Buffer.alloc(0);
    };
    const blobEnd = (): void => {
      if (!binary) for (const id of pending) hits.add(id);
      pending = new Set();
      carry = Buffer.alloc(0);
      binary = false;
      seen = 0;
    };

    child.stdout!.on('data', (chunk: Buffer) => {
      let at = 0;
      while (at < chunk.length) {
        if (skipNewline) {
          skipNewline = false;
          at++;
          continue;
        }
        if (left > 0) {
          const take = Math.min(left, chunk.length - at);
          blobData(chunk.subarray(at, at + take));
          at += take;
          left -= take;
          if (left === 0) {
            blobEnd();
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
        const size = Number(line.split(' ')[2]);
        if (Number.isFinite(size) && size > 0) left = size;
        else if (Number.isFinite(size)) skipNewline = true;
      }
    });
    child.on('error', (e) => reject(new UsageError(`cannot run git: ${e.message}`)));
    child.on('close', (code) => {
      if (code !== 0) {
        const first = Buffer.concat(err).toString('utf8').split('\n').find((l) => l.trim() !== '') ?? `exit code ${code}`;
        return reject(new UsageError(`git cat-file failed: ${first.replace(/^fatal:\s*/, '')}`));
      }
      for (const id of hits) found.add(texts[id]!);
      resolve(found);
    });
    child.stdin!.on('error', () => {});
    child.stdin!.end(ids.join('\n') + '\n');
  });
}
