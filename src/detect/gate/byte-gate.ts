// The line gate over raw bytes: the keyword automaton and the line-shape scan of prefilter.ts,
// run in WebAssembly (byte-gate.wat) over a whole batch of `git log -p` output, or a whole file
// of a tree scan, before it is decoded. A history scan spends a third of its detection time in
// that gate when it runs per decoded line in JavaScript; here it runs at about twice the speed
// and leaves JavaScript only the lines where it found something, so V8 also has less code to
// recompile.

import type { KeywordIndex } from './prefilter.js';
import { SHAPE_CHAR, SHAPE_COLON_FIELDS } from '../randomness/token-runs.js';
import { BYTE_GATE_WASM } from './byte-gate-wasm.js';

/** A line's verdict, bit 0: a keyword (of any rule) or a marker word occurs in it. */
export const GATE_KEYWORD = 1;
/** A line's verdict shifted right by this gives its SHAPE_* flags. */
export const GATE_SHAPE_SHIFT = 1;

export interface ByteGate {
  /**
   * One verdict per line of `data` (lines end at '\n'; the last may end at the end): for a line
   * starting with '+', whether a keyword occurs in the rest (GATE_KEYWORD) and its shape; 0
   * for any other line. A verdict never says less than the decoded line would give the
   * JavaScript gate: a line the JavaScript gate lets through, this one lets through too.
   */
  scan(data: Uint8Array): Uint8Array;
  /**
   * One verdict per line of a file's bytes (every line judged whole, as a tree scan splits
   * them: lines end at '\n', a CR before it is part of no keyword), with the same guarantee.
   */
  scanLines(data: Uint8Array): Uint8Array;
  /**
   * scanLines over the UTF-8 bytes of `text` (lines joined by '\n'), encoded straight into the
   * gate's memory: the engine's gate over a fragment's decoded lines.
   */
  scanText(text: string): Uint8Array;
}

/**
 * The JavaScript pass's shape of a decoded line from the gate's verdict on its UTF-8 bytes: the
 * same flags, except that the gate counts the 8 characters of SHAPE_COLON_FIELDS in bytes.
 */
export function charShape(verdict: number, text: string): number {
  const shape = verdict >> GATE_SHAPE_SHIFT;
  return (shape & SHAPE_COLON_FIELDS) !== 0 && text.length < 8 ? shape & ~SHAPE_COLON_FIELDS : shape;
}

const TABLE_BYTES = 256 * 4;
const PAGE = 65536;

let compiled: WebAssembly.Module | null = null;

/**
 * A gate for `index`'s keywords; null when some keyword holds a non-ASCII character (its UTF-8
 * bytes are not what the automaton's classes describe): then the JavaScript gate does it all.
 */
export function createByteGate(index: KeywordIndex): ByteGate | null {
  const dfa = index.fullDfa();
  if (!dfa) return null;
  compiled ??= new WebAssembly.Module(Buffer.from(BYTE_GATE_WASM, 'base64'));
  const instance = new WebAssembly.Instance(compiled, {});
  const memory = instance.exports['memory'] as WebAssembly.Memory;
  const run = instance.exports['scan'] as (input: number, end: number, out: number, delta: number, diff: number) => number;

  const delta = TABLE_BYTES;
  const rowBytes = dfa.width * 4;
  const input = (delta + dfa.states * rowBytes + 15) & ~15;
  // Room for `capacity` input bytes and as many verdicts (at most one per byte).
  let capacity = 0;
  const reserve = (bytes: number): void => {
    if (bytes <= capacity) return;
    const need = input + 2 * bytes + 16;
    if (need > memory.buffer.byteLength) memory.grow(Math.ceil((need - memory.buffer.byteLength) / PAGE));
    capacity = bytes;
  };
  reserve(PAGE);

  const words = new Int32Array(memory.buffer, 0, input >> 2);
  for (let b = 0; b < 256; b++) words[b] = b < 128 ? (dfa.asciiClass[b]! * 4) | (SHAPE_CHAR[b]! << 16) : 0;
  for (let j = 0; j < dfa.next.length; j++) {
    const v = dfa.next[j]!;
    words[(delta >> 2) + j] = v >= 0 ? v * rowBytes : (~v * rowBytes) | GATE_KEYWORD;
  }

  const verdicts = (data: Uint8Array, diff: number): Uint8Array => {
    reserve(data.length);
    const out = input + capacity + 16;
    new Uint8Array(memory.buffer, input, data.length).set(data);
    const lines = run(input, input + data.length, out, delta, diff);
    return new Uint8Array(memory.buffer, out, lines).slice();
  };
  const encoder = new TextEncoder();
  return {
    scan: (data: Uint8Array): Uint8Array => verdicts(data, 1),
    scanLines: (data: Uint8Array): Uint8Array => verdicts(data, 0),
    scanText(text: string): Uint8Array {
      // At most 3 bytes per UTF-16 code unit.
      reserve(text.length * 3);
      const out = input + capacity + 16;
      const { written } = encoder.encodeInto(text, new Uint8Array(memory.buffer, input, text.length * 3));
      const lines = run(input, input + written, out, delta, 0);
      return new Uint8Array(memory.buffer, out, lines).slice();
    },
  };
}
