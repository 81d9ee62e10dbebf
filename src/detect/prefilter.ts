// Keyword prefilter: one Aho-Corasick pass over a lower-cased line tells which provider
// rules can possibly match it, so the cost per line does not grow with the number of rules.

import type { ProviderRule } from './rule.js';

export interface KeywordIndex {
  /**
   * Rules with a keyword that occurs in `lowerText` (already lower-cased by the caller),
   * each at most once, in the order they were given. Rules without keywords are always
   * candidates, so a user rule that names none still runs.
   */
  candidates(lowerText: string): readonly ProviderRule[];
}

const NONE: readonly ProviderRule[] = Object.freeze([]);

interface Automaton {
  /** Per node: child node by UTF-16 code unit. */
  readonly next: Map<number, number>[];
  /** Per node: the longest proper suffix that is also a trie node. */
  readonly fail: Int32Array;
  /** Per node: rule indices whose keyword ends here, including those inherited through `fail`. */
  readonly out: (readonly number[] | undefined)[];
  /** Transitions out of the root, as a dense table for ASCII (most characters start no keyword). */
  readonly rootAscii: Int32Array;
}

function build(rules: readonly ProviderRule[]): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const own: (number[] | undefined)[] = [undefined];
  rules.forEach((rule, ri) => {
    for (const raw of rule.keywords) {
      const k = raw.toLowerCase();
      if (k.length === 0) continue;
      let node = 0;
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        let child = next[node].get(c);
        if (child === undefined) {
          child = next.length;
          next.push(new Map());
          own.push(undefined);
          next[node].set(c, child);
        }
        node = child;
      }
      const list = (own[node] ??= []);
      if (list[list.length - 1] !== ri) list.push(ri);
    }
  });

  const fail = new Int32Array(next.length);
  const out: (readonly number[] | undefined)[] = new Array(next.length);
  out[0] = undefined;
  // Breadth-first, so a node's fail target is complete before the node is visited.
  const queue: number[] = [];
  for (const child of next[0].values()) {
    fail[child] = 0;
    out[child] = own[child];
    queue.push(child);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi];
    for (const [c, child] of next[node]) {
      let f = fail[node];
      while (f !== 0 && !next[f].has(c)) f = fail[f];
      const target = next[f].get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const inherited = out[fail[child]];
      const mine = own[child];
      out[child] = mine && inherited ? [...mine, ...inherited] : (mine ?? inherited);
      queue.push(child);
    }
  }

  const rootAscii = new Int32Array(128);
  for (const [c, child] of next[0]) if (c < 128) rootAscii[c] = child;
  return { next, fail, out, rootAscii };
}

export function buildKeywordIndex(rules: readonly ProviderRule[]): KeywordIndex {
  const ruleList = rules.slice();
  const always: number[] = [];
  ruleList.forEach((r, i) => {
    if (!r.keywords.some((k) => k.length > 0)) always.push(i);
  });
  let automaton: Automaton | undefined;
  // A stamp per rule instead of a fresh Set per line: no allocation on lines that hit nothing.
  const stamp = new Uint32Array(ruleList.length);
  let epoch = 0;

  return {
    candidates(lowerText: string): readonly ProviderRule[] {
      // Built on first use: the pre-commit hook may exit before scanning any line.
      const a = (automaton ??= build(ruleList));
      const { next, fail, out, rootAscii } = a;
      epoch = (epoch + 1) >>> 0;
      if (epoch === 0) {
        stamp.fill(0);
        epoch = 1;
      }
      let hits: number[] | undefined;
      let node = 0;
      for (let i = 0; i < lowerText.length; i++) {
        const c = lowerText.charCodeAt(i);
        if (node === 0) {
          node = c < 128 ? rootAscii[c] : (next[0].get(c) ?? 0);
          if (node === 0) continue;
        } else {
          let child = next[node].get(c);
          while (child === undefined && node !== 0) {
            node = fail[node];
            child = node === 0 ? (c < 128 ? rootAscii[c] || undefined : next[0].get(c)) : next[node].get(c);
          }
          node = child ?? 0;
          if (node === 0) continue;
        }
        const o = out[node];
        if (o) {
          for (const ri of o) {
            if (stamp[ri] !== epoch) {
              stamp[ri] = epoch;
              (hits ??= []).push(ri);
            }
          }
        }
      }
      if (always.length > 0) {
        for (const ri of always) {
          if (stamp[ri] !== epoch) {
            stamp[ri] = epoch;
            (hits ??= []).push(ri);
          }
        }
      }
      if (!hits) return NONE;
      if (hits.length > 1) hits.sort((x, y) => x - y);
      return hits.map((ri) => ruleList[ri]);
    },
  };
}

/** Build time of the index, for the benchmark: forces the lazy automaton. */
export function buildKeywordIndexNow(rules: readonly ProviderRule[]): KeywordIndex {
  const index = buildKeywordIndex(rules);
  index.candidates('');
  return index;
}
