// Cuts the byte stream of `git log` into batches for the detection lanes, just before a commit
// header when it can, so the main thread never decodes or parses the text itself.

/** Byte form of the commit header mark (history.ts COMMIT_MARK) at the start of a line. */
const MARK = Buffer.from('\n\u0000\u0001', 'latin1');

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

  // A fresh, exactly-sized copy: it can be transferred to a worker without detaching anything else.
  const emit = (buf: Buffer, to: number, continues: boolean): void => {
    const out = new Uint8Array(to);
    out.set(buf.subarray(0, to));
    send(out, continues);
    const rest = buf.subarray(to);
    chunks = rest.length > 0 ? [rest] : [];
    size = rest.length;
    lastCommit = -1;
  };

  return {
    push(chunk: Buffer): void {
      // Only the new bytes are searched (plus a mark that straddles the previous chunk's end).
      const prev = chunks[chunks.length - 1];
      if (prev !== undefined) {
        const tail = prev.subarray(Math.max(0, prev.length - 2));
        const seam = Buffer.concat([tail, chunk.subarray(0, 2)]).indexOf(MARK);
        if (seam >= 0) lastCommit = size - tail.length + seam + 1;
      }
      const at = chunk.lastIndexOf(MARK);
      if (at >= 0) lastCommit = size + at + 1;
      chunks.push(chunk);
      size += chunk.length;
      if (size < o.minBytes) return;
      if (lastCommit > 0) {
        emit(Buffer.concat(chunks, size), lastCommit, false);
        return;
      }
      if (size < o.maxBytes) return;
      const buf = Buffer.concat(chunks, size);
      const lineEnd = buf.lastIndexOf(10) + 1;
      if (lineEnd > 0) emit(buf, lineEnd, true);
      else chunks = [buf];
    },
    end(): void {
      if (size === 0) return;
      const buf = Buffer.concat(chunks, size);
      emit(buf, buf.length, false);
    },
  };
}
