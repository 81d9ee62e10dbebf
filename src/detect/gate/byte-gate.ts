// The line gate over raw bytes: the keyword automaton and the line-shape scan of prefilter.ts,
// run in WebAssembly (byte-gate.wat) over a whole batch of `git log -p` output, or a whole file
// of a tree scan, before it is decoded. A history scan spends a third of its detection time in
// that gate when it runs per decoded line in JavaScript; here it runs at about twice the speed
// and leaves JavaScript only the lines where it found something, so V8 also has less code to
// recompile.

import type { KeywordIndex } from './prefilter.js';
import { F_B64, F_DIGIT, F_LOWER, F_TOKEN, F_UPPER, SHAPE_BASE64_RUN, SHAPE_CHAR, SHAPE_COLON_FIELDS } from '../randomness/token-runs.js';
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

const PAGE = 65536;

// The memory layout byte-gate.wat reads (its header comment says what each part holds).
const HEADER = 0;
const CLASS_KEYWORD = 32; // u16 per byte value
const CLASS_RUN = 544; // u8 per byte value
const CLASS_B64 = 800; // u8 per byte value
const AUTOMATA = 1056;

/**
 * SHAPE_RANDOM_RUN as an automaton: a state per (run length capped at 32, classes seen among
 * upper case, lower case and digit), and a last one for "found". Byte classes: 0 not a token
 * character, else 1 + (its F_UPPER | F_LOWER | F_DIGIT bits >> 2, as a set of three).
 */
const RUN_CLASSES = 8 + 1;
const RUN_FOUND = 33 * 8;
function runClass(f: number): number {
  return (f & F_TOKEN) === 0 ? 0 : 1 + ((f & ALNUM) >> 2);
}
function runNext(state: number, cls: number): number {
  if (state === RUN_FOUND) return RUN_FOUND;
  if (cls === 0) return 0;
  const n = Math.min(32, (state >> 3) + 1);
  const seen = (state & 7) | (cls - 1);
  return n >= 32 && seen === 7 ? RUN_FOUND : n * 8 + seen;
}

/**
 * SHAPE_BASE64_RUN as an automaton: a state per (characters of the run so far, 0-7 or 8+ by
 * their count mod 4; padding begun; upper and lower case seen), and "found". Byte classes: 0
 * neither base64 nor '=', 1 '=', else 2 + (F_UPPER | F_LOWER bits >> 2); ':' and ' ' (classes 6
 * and 7) are class 0 to it. The transitions are prefilter.ts's: a base64 character extends the
 * run (or starts one after padding), '=' pads a run, anything else ends it and is where the run
 * is judged.
 */
const B64_FOUND = 12 * 2 * 4;
function b64Class(f: number, c: number): number {
  return (f & F_B64) !== 0 ? 2 + ((f & MIXED) >> 2) : c === 0x3d ? 1 : c === 0x3a ? 6 : c === 0x20 ? 7 : 0;
}
function b64Next(state: number, cls: number): number {
  if (state === B64_FOUND) return B64_FOUND;
  if (cls >= 6) cls = 0;
  const count = state >> 3;
  const padding = (state >> 2) & 1;
  const seen = state & 3;
  const more = count < 8 ? count + 1 : 8 + ((count - 7) & 3);
  const at = (n: number, pad: number, s: number): number => n * 8 + pad * 4 + s;
  if (cls >= 2) return padding ? at(1, 0, cls - 2) : at(more, 0, seen | (cls - 2));
  if (cls === 1) return count !== 0 ? at(more, 1, seen) : 0;
  // 8+ characters, a multiple of 4 (count 8 stands for 8, 12, 16, ...), both cases.
  return count === 8 && seen === 3 ? B64_FOUND : 0;
}

/**
 * The base64 automaton runs together with SHAPE_COLON_FIELDS's count (0-3 colons, 4+, or a
 * space seen): state = base64 state * 6 + colon state. Its rows have one more entry, after the
 * 8 classes: the verdict bits of that state (4: a base64 run found, 8: 4+ colons and no space).
 */
const COLON_STATES = 6;
const SPACE_SEEN = 5;
const B64_CLASSES = 8;
const B64_ROW = B64_CLASSES + 1;
function colonNext(state: number, cls: number): number {
  if (state === SPACE_SEEN || cls === 7) return SPACE_SEEN;
  return cls === 6 ? Math.min(4, state + 1) : state;
}

const ALNUM = F_UPPER | F_LOWER | F_DIGIT;
const MIXED = F_UPPER | F_LOWER;

let compiled: WebAssembly.Module | null = null;

/**
 * A gate for `index`'s keywords; null when some keyword holds a non-ASCII character (its UTF-8
 * bytes are not what the automaton's classes describe), or when the module cannot be compiled
 * here: then the JavaScript gate does it all.
 */
export function createByteGate(index: KeywordIndex): ByteGate | null {
  const dfa = index.fullDfa();
  if (!dfa) return null;
  try {
    compiled ??= new WebAssembly.Module(Buffer.from(BYTE_GATE_WASM, 'base64'));
  } catch {
    return null; // a V8 without WebAssembly SIMD (a CPU without SSE4.1): the JavaScript gate
  }
  const instance = new WebAssembly.Instance(compiled, {});
  const memory = instance.exports['memory'] as WebAssembly.Memory;
  const run = instance.exports['scan'] as (input: number, end: number, out: number, diff: number) => number;

  const runTable = AUTOMATA;
  const b64Table = runTable + (RUN_FOUND + 1) * RUN_CLASSES * 4;
  const delta = (b64Table + (B64_FOUND + 1) * COLON_STATES * B64_ROW * 4 + 15) & ~15;
  const rowBytes = dfa.width * 4;
  const keywordFound = delta + dfa.states * rowBytes; // one more row, after the automaton's
  const input = (keywordFound + rowBytes + 15) & ~15;
  // Room for `capacity` input bytes, the '\n' the gate puts after them and the 15 its 16-byte
  // loads may read past it, and as many verdicts.
  let capacity = 0;
  const reserve = (bytes: number): void => {
    if (bytes <= capacity) return;
    const need = input + 2 * bytes + 16;
    if (need > memory.buffer.byteLength) memory.grow(Math.ceil((need - memory.buffer.byteLength) / PAGE));
    capacity = bytes;
  };
  reserve(PAGE);

  const words = new Int32Array(memory.buffer, 0, input >> 2);
  const bytes = new Uint8Array(memory.buffer, 0, input);
  const halves = new Uint16Array(memory.buffer, 0, input >> 1);
  words.set([delta, keywordFound, runTable, runTable + RUN_FOUND * RUN_CLASSES * 4, b64Table, 0, 0], HEADER >> 2);
  for (let c = 0; c < 256; c++) {
    const f = c < 128 ? SHAPE_CHAR[c]! : 0;
    halves[(CLASS_KEYWORD >> 1) + c] = c < 128 ? dfa.asciiClass[c]! * 4 : 0;
    bytes[CLASS_RUN + c] = runClass(f) * 4;
    bytes[CLASS_B64 + c] = b64Class(f, c) * 4;
  }
  for (let s = 0; s <= RUN_FOUND; s++) {
    for (let k = 0; k < RUN_CLASSES; k++) words[(runTable >> 2) + s * RUN_CLASSES + k] = runTable + runNext(s, k) * RUN_CLASSES * 4;
  }
  for (let s = 0; s <= B64_FOUND; s++) {
    for (let colons = 0; colons < COLON_STATES; colons++) {
      const row = (b64Table >> 2) + (s * COLON_STATES + colons) * B64_ROW;
      for (let k = 0; k < B64_CLASSES; k++) words[row + k] = b64Table + (b64Next(s, k) * COLON_STATES + colonNext(colons, k)) * B64_ROW * 4;
      words[row + B64_CLASSES] = (s === B64_FOUND ? SHAPE_BASE64_RUN << GATE_SHAPE_SHIFT : 0) | (colons === 4 ? SHAPE_COLON_FIELDS << GATE_SHAPE_SHIFT : 0);
    }
  }
  // A transition into a state where a keyword ends goes to the found row, which keeps it.
  dfa.fill(words.subarray(delta >> 2, (delta >> 2) + dfa.states * dfa.width), (state, ends) => (ends ? keywordFound : delta + state * rowBytes));
  words.fill(keywordFound, keywordFound >> 2, (keywordFound + rowBytes) >> 2);

  const verdicts = (data: Uint8Array, diff: number): Uint8Array => {
    reserve(data.length);
    const out = input + capacity + 16;
    new Uint8Array(memory.buffer, input, data.length).set(data);
    const lines = run(input, input + data.length, out, diff);
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
      const lines = run(input, input + written, out, 0);
      return new Uint8Array(memory.buffer, out, lines).slice();
    },
  };
}
