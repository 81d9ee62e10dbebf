// Cuts the byte stream of `git log` into batches for the detection lanes, just before a commit
// header when it can, so the main thread never decodes or parses the text itself.

export interface BatcherOptions {
  /** A batch is sent once this many bytes are waiting and a commit boundary is among them. */
  readonly minBytes: number;
  /** Past this many bytes without a boundary (a huge commit), cut at a line end instead. */
  readonly maxBytes: number;
}

/** `continues`: the batch ends inside a commit, so the next one must go to the same lane. */
export type SendBatch = (data: Uint8Array, continues: boolean) => void;

export function createBatcher(send: SendBatch, o: BatcherOptions): { push(chunk: Buffer): void; end(): void } {
  let chunks: Buffer[] = [];
  let size = 0;
  /** Offset in the pending bytes where the last complete commit header starts, or -1. */
  let lastCommit = -1;
  /** Offset in the pending bytes just past their last newline, or 0. */
  let lastLineEnd = 0;
  /** The last batch sent ended inside a commit: the lane waits for the rest, even if there is none. */
  let open = false;

  // A fresh, exactly-sized copy of the first `to` pending bytes, made straight from the chunks:
  // it can be transferred to a worker without detaching anything else.
  const emit = (to: number, continues: boolean): void => {
    const out = new Uint8Array(to);
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
      if (size < o.maxBytes) return;
      // A huge commit: cut at the last line end (tracked as chunks arrive, so a line of many
      // megabytes costs no repeated copying while it is waiting for its end).
      if (lastLineEnd > 0) emit(lastLineEnd, true);
    },
    end(): void {
      // Always close the last commit: a batch that ended inside it (cut at a line end after a
      // long line) leaves the lane holding its last file until told the commit is over.
      if (size > 0 || open) emit(size, false);
    },
  };
}
