// Keyword prefilter: one Aho-Corasick pass over a line tells which provider rules can possibly
// match it, so the cost per line does not grow with the number of rules. The same pass also
// says whether the line holds one of the engine's own marker words (secret-looking names).

import type { ProviderRule } from '../rules/rule.js';
import { F_B64, F_DIGIT, F_LOWER, F_TOKEN, F_UPPER, SHAPE_BASE64_RUN, SHAPE_CHAR, SHAPE_COLON_FIELDS, SHAPE_RANDOM_RUN } from '../randomness/token-runs.js';

const MIXED = F_UPPER | F_LOWER;
const ALNUM = F_UPPER | F_LOWER | F_DIGIT;

/** The whole keyword automaton as a table, for the byte gate (byte-gate.ts). */
export interface FullDfa {
  /** Character classes per state row. */
  readonly width: number;
  readonly states: number;
  /** Class of each ASCII character (upper case takes its lower-case letter's). */
  readonly asciiClass: Uint16Array;
  /**
   * Writes the transitions into `table` (states x width entries, row by row): for each state and
   * class, `entry(next state, whether a keyword ends there)`, in whatever form the reader wants.
   */
  fill(table: Int32Array, entry: (state: number, ends: boolean) => number): void;
}

export interface KeywordIndex {
  /**
   * Rules with a keyword that occurs in `text`, ignoring case (keywords are matched in lower
   * case; ASCII letters of the text are folded while scanning, so no lower-cased copy is made),
   * each at most once, in the order they were given. Rules without keywords are always
   * candidates, so a user rule that names none still runs.
   */
  candidates(text: string): readonly ProviderRule[];
  /**
   * `candidates` without the shape pass (`shape` is then not updated), for callers that do not
   * read the shape: a line the byte gate found a keyword or marker word in, a window of a long
   * line, a decoded blob. Once the automaton is built the shape pass costs about twice the
   * keyword pass (a window of an SVG's path data: ~24 against ~9 ns a character).
   */
  keywordCandidates(text: string): readonly ProviderRule[];
  /** Whether the text of the last `candidates` call held one of the marker words. */
  readonly markerHit: boolean;
  /**
   * Whether `live(at, marker)` holds for some marker word the last pass found in `text` (`at`: where
   * it starts; `marker`: as given to buildKeywordIndex), or undefined when that pass did not note
   * where they are (the pair table's pass, another text, more than MARKER_OCCURRENCES of them):
   * the caller then scans the text itself. Spares a line with a marker word a second pass.
   */
  someMarker(text: string, live: (at: number, marker: string) => boolean): boolean | undefined;
  /** The shape of the text of the last `candidates` call (token-runs.ts SHAPE_* flags), measured in the same pass. */
  readonly shape: number;
  /**
   * The automaton with every row filled (~130,000 entries for the catalog), for the gate over
   * raw bytes (byte-gate.ts): next[state * width + class] is the next state, or ~state when that
   * state ends a keyword or marker word. Null when a keyword has a non-ASCII character (the
   * bytes of its UTF-8 form are not what the classes describe).
   */
  fullDfa(): FullDfa | null;
}

/** What `candidates` returns for a line with no keyword: the same object every time. */
export const NO_CANDIDATES: readonly ProviderRule[] = Object.freeze([]);
const NONE = NO_CANDIDATES;

/**
 * The automaton is a DFA over character classes: every character that occurs in some keyword
 * has its own class, every other character shares class 0 (which always leads back to the
 * root). Scanning costs one table lookup per character whatever the number of rules. Rows of
 * the table are filled lazily, on the first visit of a state, because the hook builds the index
 * at start-up and a typical line visits a handful of the thousands of states.
 */
interface Automaton {
  readonly width: number;
  /** Class of each ASCII character. */
  readonly asciiClass: Uint16Array;
  /** Class of non-ASCII characters that occur in keywords. */
  readonly otherClass: ReadonlyMap<number, number>;
  /**
   * delta[row + class] = next row, where a state's row is its number times `width`
   * (premultiplied, to save a multiplication per character). An entry is bit-inverted (~row)
   * when its target ends a keyword or has no row yet: only then does the scan leave its fast path.
   */
  readonly delta: Int32Array;
  readonly ready: Uint8Array;
  /** Per state: rule indices whose keyword ends there, including those inherited through failure links. */
  readonly out: (readonly number[] | undefined)[];
  /** Per state: the marker words (indices in `markers`) that end there, inherited the same way. */
  readonly markerOut: (readonly number[] | undefined)[];
  /** trie[row + class] = child state, or -1. */
  readonly trie: Int32Array;
  readonly fail: Int32Array;
  /** Per state: its trie edges, [class, child, class, child, …]. */
  readonly edges: readonly (readonly number[])[];
  /** Every state but the root, breadth first: a state's failure state comes before it. */
  readonly order: readonly number[];
}

function entry(a: Automaton, state: number): number {
  const row = state * a.width;
  return a.ready[state] === 1 && a.out[state] === undefined ? row : ~row;
}

/** Fills the DFA row of `state` from its trie edges and its failure state's row. */
function fillRow(a: Automaton, state: number): void {
  const { width, delta, trie, fail, ready } = a;
  const row = state * width;
  if (state === 0) {
    for (let k = 0; k < width; k++) {
      const child = trie[k];
      delta[k] = child > 0 ? entry(a, child) : 0;
    }
  } else {
    const f = fail[state];
    if (ready[f] === 0) fillRow(a, f);
    const frow = f * width;
    for (let k = 0; k < width; k++) {
      const child = trie[row + k];
      delta[row + k] = child >= 0 ? entry(a, child) : delta[frow + k];
    }
  }
  ready[state] = 1;
}

/** A state's own outputs, then those inherited through its failure link (either may be none). */
function joined(mine: readonly number[] | undefined, inherited: readonly number[] | undefined): readonly number[] | undefined {
  return mine && inherited ? [...mine, ...inherited] : (mine ?? inherited);
}

/** `markers` are reported as rule index `rules.length` (the marker pseudo-rule). */
function build(rules: readonly ProviderRule[], markers: readonly string[]): Automaton {
  const keywords: { text: string; rule: number; marker: number }[] = [];
  let chars = 0;
  const add = (k: string, rule: number, marker = -1): void => {
    if (k.length === 0) return;
    const text = k.toLowerCase();
    keywords.push({ text, rule, marker });
    chars += text.length;
  };
  rules.forEach((rule, ri) => {
    for (const k of rule.keywords) add(k, ri);
  });
  markers.forEach((m, mi) => add(m, rules.length, mi));

  const classOf = new Map<number, number>();
  for (const { text } of keywords) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!classOf.has(c)) classOf.set(c, classOf.size + 1);
    }
  }
  const width = classOf.size + 1;
  const asciiClass = new Uint16Array(128);
  const otherClass = new Map<number, number>();
  for (const [c, k] of classOf) {
    if (c < 128) asciiClass[c] = k;
    else otherClass.set(c, k);
  }
  // Case folding for free: an upper-case ASCII letter takes its lower-case letter's class.
  for (let c = 65; c <= 90; c++) asciiClass[c] = asciiClass[c + 32]!;

  // Trie. At most one state per keyword character, plus the root.
  const trie = new Int32Array((chars + 1) * width).fill(-1);
  const edges: number[][] = [[]]; // per state: [class, child, class, child, …]
  const own: (number[] | undefined)[] = [undefined];
  const ownMarkers: (number[] | undefined)[] = [undefined];
  let states = 1;
  for (const { text, rule, marker } of keywords) {
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const k = classOf.get(text.charCodeAt(i)) as number;
      let next = trie[s * width + k];
      if (next === -1) {
        next = states++;
        trie[s * width + k] = next;
        edges[s].push(k, next);
        edges.push([]);
        own.push(undefined);
        ownMarkers.push(undefined);
      }
      s = next;
    }
    const list = (own[s] ??= []);
    if (list[list.length - 1] !== rule) list.push(rule);
    if (marker >= 0) (ownMarkers[s] ??= []).push(marker);
  }

  // Failure links and merged outputs, breadth-first over the real edges only.
  const fail = new Int32Array(states);
  const out: (readonly number[] | undefined)[] = new Array(states);
  const markerOut: (readonly number[] | undefined)[] = new Array(states);
  out[0] = undefined;
  markerOut[0] = undefined;
  const queue: number[] = [];
  for (let j = 0; j < edges[0].length; j += 2) {
    const child = edges[0][j + 1];
    out[child] = own[child];
    markerOut[child] = ownMarkers[child];
    queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    const e = edges[s];
    for (let j = 0; j < e.length; j += 2) {
      const k = e[j];
      const child = e[j + 1];
      let f = fail[s];
      while (f !== 0 && trie[f * width + k] === -1) f = fail[f];
      const target = trie[f * width + k];
      fail[child] = target > 0 && target !== child ? target : 0;
      out[child] = joined(own[child], out[fail[child]]);
      markerOut[child] = joined(ownMarkers[child], markerOut[fail[child]]);
      queue.push(child);
    }
  }

  const a: Automaton = {
    width,
    asciiClass,
    otherClass,
    delta: new Int32Array(states * width),
    ready: new Uint8Array(states),
    out,
    markerOut,
    trie,
    fail,
    edges,
    order: queue,
  };
  fillRow(a, 0);
  return a;
}

/** Class of a non-ASCII character: its own, or its lower-case form's (keywords are lower case). */
function otherClassOf(otherClass: ReadonlyMap<number, number>, c: number): number {
  if (otherClass.size === 0) return 0;
  return otherClass.get(c) ?? otherClass.get(String.fromCharCode(c).toLowerCase().charCodeAt(0)) ?? 0;
}

/**
 * Keywords by their first two characters: what a scan of a few lines uses instead of the
 * automaton, whose ~2,500 states cost a pre-commit hook more to build (~29 M instructions,
 * a quarter of the work the hook adds to node's own start-up) than its lines cost to scan.
 * Built from ASCII keywords only (null otherwise: the automaton folds non-ASCII case).
 */
interface PairTable {
  /** heads[a * 128 + b]: 1 + the first keyword starting with the (lower-case) ASCII characters a, b; 0 for none. */
  readonly heads: Int32Array;
  /** single[c]: 1 + the first one-character keyword c. */
  readonly single: Int32Array;
  /** Per keyword: 1 + the next keyword of its list, or 0. */
  readonly next: Int32Array;
  readonly texts: readonly string[];
  /** Per keyword: its rule's index (the marker pseudo-rule for marker words). */
  readonly rule: Int32Array;
}

function buildPairs(rules: readonly ProviderRule[], markers: readonly string[]): PairTable | null {
  const texts: string[] = [];
  const owner: number[] = [];
  const add = (k: string, rule: number): boolean => {
    if (k.length === 0) return true;
    const text = k.toLowerCase();
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
    texts.push(text);
    owner.push(rule);
    return true;
  };
  for (let ri = 0; ri < rules.length; ri++) for (const k of rules[ri]!.keywords) if (!add(k, ri)) return null;
  for (const m of markers) if (!add(m, rules.length)) return null;
  const heads = new Int32Array(128 * 128);
  const single = new Int32Array(128);
  const next = new Int32Array(texts.length);
  for (let j = texts.length - 1; j >= 0; j--) {
    const t = texts[j]!;
    const slot = t.length === 1 ? t.charCodeAt(0) : t.charCodeAt(0) * 128 + t.charCodeAt(1);
    const list = t.length === 1 ? single : heads;
    next[j] = list[slot]!;
    list[slot] = j + 1;
  }
  return { heads, single, next, texts, rule: Int32Array.from(owner) };
}

/** ASCII upper case to lower case; other characters as they are. */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Whether the lower-case ASCII keyword `k` occurs in `text` at `at`, ignoring ASCII case; its first two characters are known to. */
function keywordAt(text: string, at: number, k: string): boolean {
  if (at + k.length > text.length) return false;
  for (let m = 2; m < k.length; m++) if (fold(text.charCodeAt(at + m)) !== k.charCodeAt(m)) return false;
  return true;
}

/**
 * The line's shape alone (token-runs.ts SHAPE_* flags): what the pair table's pass measures with
 * it, and what the automaton's pass measures in its own loop (test/detect/prefilter.test.ts).
 */
export function shapeOf(text: string): number {
  let shape = 0;
  let run = 0;
  let runClasses = 0;
  let b64 = 0;
  let b64Classes = 0;
  let padding = false;
  let colons = 0;
  let space = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = c < 128 ? SHAPE_CHAR[c]! : 0;
    if ((f & F_TOKEN) !== 0) {
      run++;
      runClasses |= f;
      if (run >= 32 && (runClasses & ALNUM) === ALNUM) shape |= SHAPE_RANDOM_RUN;
    } else {
      run = 0;
      runClasses = 0;
    }
    if ((f & F_B64) !== 0 && !padding) {
      b64++;
      b64Classes |= f;
    } else if (c === 61 /* = */ && b64 > 0) {
      padding = true;
      b64++;
    } else {
      if (b64 > 0) {
        if (!((f & F_B64) !== 0 && padding) && b64 >= 8 && (b64 & 3) === 0 && (b64Classes & MIXED) === MIXED) shape |= SHAPE_BASE64_RUN;
        padding = false;
        b64 = (f & F_B64) !== 0 ? 1 : 0;
        b64Classes = (f & F_B64) !== 0 ? f : 0;
      }
      if (c === 58 /* : */) colons++;
      else if (c === 32) space = true;
    }
  }
  if (b64 >= 8 && (b64 & 3) === 0 && (b64Classes & MIXED) === MIXED) shape |= SHAPE_BASE64_RUN;
  if (colons >= 4 && !space && n >= 8) shape |= SHAPE_COLON_FIELDS;
  return shape;
}

export interface KeywordIndexOptions {
  /**
   * Characters scanned with the pair table before the automaton is built instead (default
   * 64 KiB): the hook's few staged lines never build it; a tree or history scan builds it at once
   * (the byte gate needs it). 0: the automaton from the first line.
   */
  readonly automatonAfter?: number;
}

const AUTOMATON_AFTER = 64 * 1024;

/**
 * Marker words noted per pass for someMarker; a line with more (a list of `key`s) is scanned
 * again by the caller instead.
 */
export const MARKER_OCCURRENCES = 32;

export function buildKeywordIndex(rules: readonly ProviderRule[], markers: readonly string[] = [], options: KeywordIndexOptions = {}): KeywordIndex {
  const ruleList = rules.slice();
  const markerRule = ruleList.length;
  let markerHit = false;
  let lastShape = 0;
  const always: number[] = [];
  ruleList.forEach((r, i) => {
    if (!r.keywords.some((k) => k.length > 0)) always.push(i);
  });
  let automaton: Automaton | undefined;
  let pairs: PairTable | null | undefined;
  let pairBudget = options.automatonAfter ?? AUTOMATON_AFTER;
  // A stamp per rule instead of a fresh Set per line: no allocation on lines that hit nothing.
  const stamp = new Uint32Array(ruleList.length + 1);
  let epoch = 0;
  // Where the automaton's last pass met marker words (someMarker): the start and the marker of
  // each, for the text it scanned. The pair table's passes come before any of the automaton's
  // (it is used only until the automaton is built) and note none: occText stays null.
  const markerTexts = markers.map((m) => m.toLowerCase());
  const occAt = new Int32Array(MARKER_OCCURRENCES);
  const occMarker = new Int32Array(MARKER_OCCURRENCES);
  let occCount = 0;
  let occOverflow = false;
  let occText: string | null = null;
  const notePass = (text: string): void => {
    occText = text;
    occCount = 0;
    occOverflow = false;
  };

  /** The pair table's pass: the same rules, marker and shape as the automaton's. */
  const pairHits = (p: PairTable, text: string): number[] | undefined => {
    let hits: number[] | undefined;
    const { heads, single, next, texts, rule } = p;
    const n = text.length;
    const hit = (j: number): void => {
      const ri = rule[j]!;
      if (stamp[ri] !== epoch) {
        stamp[ri] = epoch;
        (hits ??= []).push(ri);
      }
    };
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) continue;
      const a = fold(c);
      for (let j = single[a]!; j !== 0; j = next[j - 1]!) hit(j - 1);
      if (i + 1 >= n) break;
      const d = text.charCodeAt(i + 1);
      if (d >= 128) continue;
      for (let j = heads[a * 128 + fold(d)]!; j !== 0; j = next[j - 1]!) if (keywordAt(text, i, texts[j - 1]!)) hit(j - 1);
    }
    return hits;
  };

  /**
   * The automaton's slow path, on reaching the state of `row` through delta[at] at text[end]:
   * fills its row on a first visit, notes the marker words that end there (someMarker), then the
   * rules whose keywords end there.
   */
  const arrive = (a: Automaton, at: number, row: number, hits: number[] | undefined, end: number): number[] | undefined => {
    const state = row / a.width;
    if (a.ready[state] === 0) fillRow(a, state);
    const mo = a.markerOut[state];
    if (mo !== undefined) {
      for (let j = 0; j < mo.length; j++) {
        if (occCount === MARKER_OCCURRENCES) {
          occOverflow = true;
          break;
        }
        occAt[occCount] = end + 1 - markerTexts[mo[j]!]!.length;
        occMarker[occCount++] = mo[j]!;
      }
    }
    const o = a.out[state];
    if (o === undefined) {
      a.delta[at] = row; // now filled and silent: later visits take the fast path
      return hits;
    }
    for (let j = 0; j < o.length; j++) {
      const ri = o[j]!;
      if (stamp[ri] !== epoch) {
        stamp[ri] = epoch;
        (hits ??= []).push(ri);
      }
    }
    return hits;
  };

  /** Adds the rules without keywords, notes the marker, and lists the rules in catalog order. */
  const finish = (hits: number[] | undefined): readonly ProviderRule[] => {
    for (const ri of always) {
      if (stamp[ri] !== epoch) {
        stamp[ri] = epoch;
        (hits ??= []).push(ri);
      }
    }
    markerHit = stamp[markerRule] === epoch;
    if (!hits || (markerHit && hits.length === 1)) return NONE; // most keyword lines: a marker word alone
    if (markerHit) hits = hits.filter((ri) => ri !== markerRule);
    if (hits.length > 1) hits.sort((x, y) => x - y);
    return hits.map((ri) => ruleList[ri]!);
  };

  return {
    fullDfa() {
      const a = (automaton ??= build(ruleList, markers));
      if (a.otherClass.size > 0) return null;
      const { width, fail, out, edges, order } = a;
      return {
        width,
        states: a.ready.length,
        asciiClass: a.asciiClass,
        // Row by row, breadth first: a state's row is its failure state's (complete, being nearer
        // the root), with its own trie edges over it. One copy per row, written in the reader's
        // own form: the ~3,900 x 56 entries are never visited one by one in JavaScript, which on
        // code not yet compiled took ~50-100 ms of a CLI run.
        fill(table: Int32Array, entry: (state: number, ends: boolean) => number): void {
          const to = (s: number): number => entry(s, out[s] !== undefined);
          table.fill(to(0), 0, width);
          for (const s of [0, ...order]) {
            const row = s * width;
            if (s !== 0) table.copyWithin(row, fail[s]! * width, fail[s]! * width + width);
            const e = edges[s]!;
            for (let j = 0; j < e.length; j += 2) table[row + e[j]!] = to(e[j + 1]!);
          }
        },
      };
    },
    get markerHit(): boolean {
      return markerHit;
    },
    someMarker(text: string, live: (at: number, marker: string) => boolean): boolean | undefined {
      if (occText !== text || occOverflow) return undefined;
      for (let j = 0; j < occCount; j++) if (live(occAt[j]!, markerTexts[occMarker[j]!]!)) return true;
      return false;
    },
    get shape(): number {
      return lastShape;
    },
    keywordCandidates(text: string): readonly ProviderRule[] {
      if (automaton === undefined) return this.candidates(text);
      notePass(text);
      epoch = (epoch + 1) >>> 0;
      if (epoch === 0) {
        stamp.fill(0);
        epoch = 1;
      }
      const a = automaton;
      const { asciiClass, otherClass, delta } = a;
      let hits: number[] | undefined;
      let row = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        const at = row + (c < 128 ? asciiClass[c]! : otherClassOf(otherClass, c));
        const next = delta[at]!;
        if (next >= 0) {
          row = next;
          continue;
        }
        row = ~next;
        hits = arrive(a, at, row, hits, i);
      }
      return finish(hits);
    },
    candidates(text: string): readonly ProviderRule[] {
      epoch = (epoch + 1) >>> 0;
      if (epoch === 0) {
        stamp.fill(0);
        epoch = 1;
      }
      if (automaton === undefined && pairBudget > 0 && (pairs ??= buildPairs(ruleList, markers)) !== null) {
        pairBudget -= text.length;
        lastShape = shapeOf(text);
        return finish(pairHits(pairs, text));
      }
      // Built on first use past the pair table's budget (or for the byte gate).
      const a = (automaton ??= build(ruleList, markers));
      notePass(text);
      const { asciiClass, otherClass, delta } = a;
      let hits: number[] | undefined;
      let row = 0;
      // The line's shape, in the same pass (token-runs.ts SHAPE_* say what each flag means).
      let shape = 0;
      let run = 0; // token characters in a row, and their classes
      let runClasses = 0;
      let b64 = 0; // base64 characters in a row plus their `=` padding, and their classes
      let b64Classes = 0;
      let padding = false;
      let colons = 0;
      let space = false;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        let f = 0;
        let k: number;
        if (c < 128) {
          f = SHAPE_CHAR[c]!;
          k = asciiClass[c]!;
        } else k = otherClassOf(otherClass, c);

        if ((f & F_TOKEN) !== 0) {
          run++;
          runClasses |= f;
          if (run >= 32 && (runClasses & ALNUM) === ALNUM) shape |= SHAPE_RANDOM_RUN;
        } else {
          run = 0;
          runClasses = 0;
        }
        if ((f & F_B64) !== 0 && !padding) {
          b64++;
          b64Classes |= f;
        } else if (c === 61 /* = */ && b64 > 0) {
          padding = true;
          b64++;
        } else {
          if (b64 > 0) {
            // The run ends here; after padding, a base64 character means `abc==def`: not a blob.
            if (!((f & F_B64) !== 0 && padding) && b64 >= 8 && (b64 & 3) === 0 && (b64Classes & MIXED) === MIXED) shape |= SHAPE_BASE64_RUN;
            padding = false;
            b64 = (f & F_B64) !== 0 ? 1 : 0;
            b64Classes = (f & F_B64) !== 0 ? f : 0;
          }
          if (c === 58 /* : */) colons++;
          else if (c === 32) space = true;
        }

        const at = row + k;
        const next = delta[at];
        if (next >= 0) {
          row = next;
          continue;
        }
        row = ~next;
        hits = arrive(a, at, row, hits, i);
      }
      if (b64 >= 8 && (b64 & 3) === 0 && (b64Classes & MIXED) === MIXED) shape |= SHAPE_BASE64_RUN;
      if (colons >= 4 && !space && n >= 8) shape |= SHAPE_COLON_FIELDS;
      lastShape = shape;
      return finish(hits);
    },
  };
}

