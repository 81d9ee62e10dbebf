// Splits text that arrives in chunks (a file read, git's output) into lines, and hands a line too
// long to hold whole on in overlapping pieces (SourceLine.offset), so that no line is ever whole
// in memory: a 50 MB line held whole took 355 MB.

import { cutNear, WINDOW_OVERLAP } from '../detect/engine.js';

/** A line longer than PIECE + PIECE_OVERLAP goes on in pieces of about this many characters. */
export const PIECE = 64 * 1024;
/**
 * Pieces overlap by this much, more than the engine's windows do (WINDOW_OVERLAP) for the slack
 * of a cut at a separator: a secret with its name sits whole in one piece, and the engine
 * reports it once (engine.ts pieceOwns).
 */
export const PIECE_OVERLAP = 2 * WINDOW_OVERLAP;

export interface LineSink {
  /** A whole line, without its '\n' (a '\r' before it is left to the sink). */
  line(text: string): void;
  /** A piece of a long line: where it starts in the line, and where the next piece starts in `text` (none for the last piece). */
  piece(text: string, offset: number, next: number | undefined): void;
}

export interface LineSplitter {
  push(text: string): void;
  /** The end of the input: a last line without '\n' is a line too. */
  end(): void;
}

export function createLineSplitter(sink: LineSink): LineSplitter {
  /** The text of the line not ended yet, in chunks waiting unjoined (linear time in a long line). */
  let pending: string[] = [];
  let pendingLength = 0;
  /** Where `pending` starts in its line, once the line goes on in pieces. */
  let lineOffset = 0;

  const cutPieces = (): void => {
    const text = pending.length === 1 ? pending[0]! : pending.join('');
    let from = 0;
    while (text.length - from >= PIECE + PIECE_OVERLAP) {
      const cut = cutNear(text, from + PIECE, PIECE_OVERLAP / 4);
      const next = cutNear(text, cut - PIECE_OVERLAP, PIECE_OVERLAP / 4);
      sink.piece(text.slice(from, cut), lineOffset, next - from);
      lineOffset += next - from;
      from = next;
    }
    pending = [text.slice(from)];
    pendingLength = text.length - from;
  };
  const wait = (text: string): void => {
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength >= PIECE + PIECE_OVERLAP) cutPieces();
  };
  const endLine = (text: string): void => {
    if (lineOffset === 0) sink.line(text);
    else sink.piece(text, lineOffset, undefined);
    lineOffset = 0;
  };

  return {
    push(text: string): void {
      let nl = text.indexOf('\n');
      if (nl === -1) {
        wait(text);
        return;
      }
      const first = text.slice(0, nl);
      endLine(pending.length > 0 ? pending.join('') + first : first);
      pending = [];
      pendingLength = 0;
      let start = nl + 1;
      for (;;) {
        nl = text.indexOf('\n', start);
        if (nl === -1) break;
        endLine(text.slice(start, nl));
        start = nl + 1;
      }
      if (start < text.length) wait(text.slice(start));
    },
    end(): void {
      if (pendingLength > 0 || lineOffset > 0) endLine(pending.join(''));
      pending = [];
      pendingLength = 0;
    },
  };
}
