// Cuts the byte stream of `git log` into batches for the detection lanes, just before a commit
// header when it can, so the main thread never decodes or parses the text itself. A line longer
// than a batch is cut inside (between characters): no line is ever held whole (#10).

export interface BatcherOptions {
  /**
   * A batch is sent once this many bytes are waiting and a commit boundary is among them, or
   * once the line not ended yet is this long (it is cut inside).
   */
  readonly minBytes: number;
  /** Past this many bytes without a boundary (a huge commit), cut at a line end instead. */
  readonly maxBytes: number;
}

/**
 * `continues`: the batch ends inside a commit, so the next one must go to the same lane. A batch
 * that continues and does not end with '\n' was cut inside a line, which goes on in the next one.
 */
export type SendBatch = (data: Uint8Array, continues: boolean) => void;

/**
 * Buffers a lane has finished with, for the next batches (see `recycle`). On the machine these
 * figures come from a fresh buffer's first write costs far more than the copy itself (new memory
 * is faulted in page by page; a buffer a worker frees goes back to that thread's allocator, never
 * to the main thread's): allocating every 1-2 MB batch anew took most of a history scan's
 * main-thread CPU (bench/README.md).
 */
export interface BatchBuffers {
  /** A buffer of at least `bytes`, or a new one, rounded up so that it fits later batches too. */
  take(bytes: number): ArrayBuffer;
  /** A batch's buffer, no longer read by anyone. */
  recycle(buffer: ArrayBuffer): void;
}

/** Buffers kept for reuse: about the batches in flight (two per lane and a few queued). */
const SPARE_BUFFERS = 8;
const ROUND = 256 * 1024;

export function createBatchBuffers(): BatchBuffers {
  const spare: ArrayBuffer[] = [];
  return {
    take(bytes: number): ArrayBuffer {
      for (let i = spare.length - 1; i >= 0; i--) {
        if (spare[i]!.byteLength >= bytes) {
          const b = spare[i]!;
          spare[i] = spare[spare.length - 1]!;
          spare.pop();
          return b;
        }
      }
      return new ArrayBuffer(Math.ceil(Math.max(1, bytes) / ROUND) * ROUND);
    },
    recycle(buffer: ArrayBuffer): void {
      if (spare.length < SPARE_BUFFERS && buffer.byteLength > 0) spare.push(buffer);
    },
  };
}

export function createBatcher(send: SendBatch, o: BatcherOptions, buffers?: BatchBuffers): { push(chunk: Buffer): void; end(): void } {
  let chunks: Buffer[] = [];
  let size = 0;
  /** Offset in the pending bytes where the last complete commit header starts, or -1. */
  let lastCommit = -1;
  /** Offset in the pending bytes just past their last newline, or 0. */
  let lastLineEnd = 0;
  /** The last batch sent ended inside a commit: the lane waits for the rest, even if there is none. */
  let open = false;

  // A copy of the first `to` pending bytes, made straight from the chunks into a buffer of its
  // own (new or recycled): it can be transferred to a worker without detaching anything else.
  const emit = (to: number, continues: boolean): void => {
    const out = buffers ? new Uint8Array(buffers.take(to), 0, to) : new Uint8Array(to);
    let at = 0;
    let i = 0;
    let rest: Buffer | null = null;
    for (; i < chunks.length && at < to; i++) {
      const c = chunks[i]!;
      const take = Math.min(c.length, to - at);
      out.set(take === c.length ? c : c.subarray(0, take), at);
      at += take;
      if (take < c.length) rest = c.subarray(take);
    }
    chunks = rest ? [rest, ...chunks.slice(i)] : chunks.slice(i);
    send(out, continues);
    open = continues;
    size -= to;
    lastCommit = -1;
    lastLineEnd = Math.max(0, lastLineEnd - to);
  };

  /** Where the last commit header mark of `chunk` starts (its NUL), or -1. NUL bytes occur in git's output only in our headers. */
  const lastMark = (chunk: Buffer): number => {
    let at = chunk.lastIndexOf(0);
    while (at >= 0) {
      if (at > 0 && chunk[at - 1] === 10 && chunk[at + 1] === 1) return at;
      at = at > 0 ? chunk.lastIndexOf(0, at - 1) : -1;
    }
    return -1;
  };

  /** The byte at `back` bytes before the end of the pending bytes (1 = the last). */
  const byteFromEnd = (back: number): number => {
    for (let i = chunks.length - 1; i >= 0; i--) {
      const c = chunks[i]!;
      if (back <= c.length) return c[c.length - back]!;
      back -= c.length;
    }
    return 0;
  };
  /** How many bytes at the end of the pending bytes begin a UTF-8 character they do not finish. */
  const openCharBytes = (): number => {
    for (let back = 1; back <= 4 && back <= size; back++) {
      const b = byteFromEnd(back);
      if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      return length > back ? back : 0;
    }
    return 0;
  };

  return {
    push(chunk: Buffer): void {
      // Only the new bytes are searched (plus a mark that straddles the previous chunk's end).
      const prev = chunks[chunks.length - 1];
      if (prev !== undefined && chunk.length > 0) {
        // A mark cut by the chunk boundary: "\n" | "\0\1" or "\n\0" | "\1" (no copy per chunk).
        const p1 = prev[prev.length - 1];
        if (p1 === 10 && chunk[0] === 0 && chunk[1] === 1) lastCommit = size;
        else if (p1 === 0 && prev[prev.length - 2] === 10 && chunk[0] === 1) lastCommit = size - 1;
      }
      const at = lastMark(chunk);
      if (at >= 0) lastCommit = size + at;
      const nl = chunk.lastIndexOf(10);
      if (nl >= 0) lastLineEnd = size + nl + 1;
      chunks.push(chunk);
      size += chunk.length;
      if (size < o.minBytes) return;
      if (lastCommit > 0) {
        emit(lastCommit, false);
        return;
      }
      // A line not ended after minBytes: cut inside it, between two characters (each batch is
      // decoded on its own), and go on so, rather than hold it whole (a 50 MB line peaked at
      // 282 MB). Line ends are tracked as chunks arrive: a long line costs no repeated search.
      if (size - lastLineEnd >= o.minBytes) {
        emit(size - openCharBytes(), true);
        return;
      }
      if (size < o.maxBytes) return;
      // A huge commit: cut at the last line end.
      if (lastLineEnd > 0) emit(lastLineEnd, true);
    },
    end(): void {
      // Always close the last commit: a batch that ended inside it (cut at a line end after a
      // long line) leaves the lane holding its last file until told the commit is over.
      if (size > 0 || open) emit(size, false);
    },
  };
}
