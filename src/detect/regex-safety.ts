// Linear-time discipline for regular expressions: every catalog rule, every engine pattern and
// every custom rule from a config must run in time linear (or close) in the line, whatever the line.

// Catastrophic backtracking. Patterns run on every line of every file, so a pattern that
// can take exponential (or high-polynomial) time on one crafted line must be refused up front.
// The check parses the pattern and refuses, conservatively, the shapes that cause it:
//   - a repeated group (max > 1) holding a variable quantifier that no mandatory character ends:
//     (a+)+, (\w+\s?)* (while (?:[a-z]+-)+ is fine: each repetition ends at the '-')
//   - a repeated group whose body can match the empty string: (a?)*, (a|)+
//   - a repeated group with an alternation whose branches can start with the same character: (a|ab)+
//   - unbounded quantifiers in a row that can match the same characters, when the match can
//     still fail after them: \w+\w+! takes 26 s on one 5,000-character line (cubic), while a
//     trailing `\s*.*` always succeeds at once and is allowed;
//   - bounded quantifiers in a row that can split the same text in too many ways when the match
//     can fail after them: a{1,64}a{1,64}a{1,64}a{1,64}a{1,64}! tries 64^4 splits at each start;
//   - lookarounds holding an unbounded quantifier: x+(?=.*!) rescans the line at every split;
//   - back-references to a group that can take several texts from one start ((a+)+\1, (\w*)\w*\1),
//     which no engine matches in guaranteed polynomial time.
// Two shapes are known safe and accepted: a back-reference to a group that takes one text per start
// (fixed length, or ended by a character it cannot eat), and a repetition fenced on both sides by
// characters it cannot eat ("[^"]*", =\s*"), which adds no way to split the line.

/**
 * The characters a pattern piece can match: a 128-bit ASCII map, plus two coarse flags for
 * non-ASCII characters (some white space, some other), so that `\s` and `[^\s]` stay disjoint.
 */
interface CharSet {
  readonly ascii: bigint;
  readonly space: boolean;
  readonly other: boolean;
}

type Node =
  | { readonly kind: 'char'; readonly set: CharSet }
  | { readonly kind: 'seq'; readonly items: readonly Node[] }
  | { readonly kind: 'alt'; readonly options: readonly Node[] }
  | { readonly kind: 'look'; readonly body: Node }
  | { readonly kind: 'quant'; readonly body: Node; readonly min: number; readonly max: number }
  | { readonly kind: 'assert' }
  // `group` is the referenced group's body, filled in once the whole pattern is parsed.
  | { readonly kind: 'backref'; readonly target: number | string; group?: Node };

const ALL_ASCII = (1n << 128n) - 1n;
const EMPTY_SET: CharSet = { ascii: 0n, space: false, other: false };

function bitsOf(chars: string): bigint {
  let b = 0n;
  for (const c of chars) b |= 1n << BigInt(c.charCodeAt(0));
  return b;
}

function rangeBits(lo: number, hi: number): CharSet {
  let b = 0n;
  for (let c = lo; c <= Math.min(hi, 127); c++) b |= 1n << BigInt(c);
  return { ascii: b, space: hi > 127, other: hi > 127 };
}

const DIGIT = rangeBits(48, 57).ascii;
const WORD = DIGIT | rangeBits(65, 90).ascii | rangeBits(97, 122).ascii | bitsOf('_');
const SPACE = bitsOf(' \t\n\v\f\r');
const NEWLINES = bitsOf('\n\r');

function union(a: CharSet, b: CharSet): CharSet {
  return { ascii: a.ascii | b.ascii, space: a.space || b.space, other: a.other || b.other };
}

function overlaps(a: CharSet, b: CharSet): boolean {
  return (a.ascii & b.ascii) !== 0n || (a.space && b.space) || (a.other && b.other);
}

function negate(s: CharSet): CharSet {
  return { ascii: ALL_ASCII & ~s.ascii, space: !s.space, other: !s.other };
}

function single(code: number): CharSet {
  if (code < 128) return { ascii: 1n << BigInt(code), space: false, other: false };
  const isSpace = /\s/.test(String.fromCharCode(code));
  return { ascii: 0n, space: isSpace, other: !isSpace };
}

/** Class escapes: \d \w \s and their negations; undefined for other escapes. */
function classEscape(c: string): CharSet | undefined {
  switch (c) {
    case 'd':
      return { ascii: DIGIT, space: false, other: false };
    case 'D':
      return negate({ ascii: DIGIT, space: false, other: false });
    case 'w':
      return { ascii: WORD, space: false, other: false };
    case 'W':
      return negate({ ascii: WORD, space: false, other: false });
    case 's':
      return { ascii: SPACE, space: true, other: false };
    case 'S':
      return { ascii: ALL_ASCII & ~SPACE, space: false, other: true };
    default:
      return undefined;
  }
}

/** Parses a pattern already accepted by `new RegExp(source)` (no flags, so non-unicode syntax). */
function parsePattern(src: string): { tree: Node; groups: Node[]; names: Map<string, number> } {
  let i = 0;
  // Capturing groups in the order of their opening parenthesis (\1 is groups[0]), for back-references.
  const groups: Node[] = [];
  const names = new Map<string, number>();

  // The character code of a single-character escape at src[i] (after the backslash); advances i.
  const escapedCode = (): number => {
    const c = src[i++]!;
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0, b: 8 };
    if (c in simple) return simple[c]!;
    const hex = (n: number): number | undefined => {
      const h = src.slice(i, i + n);
      if (h.length === n && /^[0-9a-fA-F]+$/.test(h)) {
        i += n;
        return parseInt(h, 16);
      }
      return undefined;
    };
    if (c === 'x') return hex(2) ?? 120;
    if (c === 'u') return hex(4) ?? 117;
    if (c === 'c' && /[a-zA-Z]/.test(src[i] ?? '')) return src.charCodeAt(i++) % 32;
    return c.charCodeAt(0);
  };

  const parseClass = (): CharSet => {
    let negated = false;
    if (src[i] === '^') {
      negated = true;
      i++;
    }
    let set = EMPTY_SET;
    while (i < src.length && src[i] !== ']') {
      let lo: number | undefined;
      if (src[i] === '\\') {
        i++;
        const cls = classEscape(src[i] ?? '');
        if (cls) {
          i++;
          set = union(set, cls);
          continue;
        }
        lo = escapedCode();
      } else lo = src.charCodeAt(i++);
      if (src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
        i++;
        let hi: number;
        if (src[i] === '\\') {
          i++;
          const cls = classEscape(src[i] ?? '');
          if (cls) {
            // [a-\d] means a, -, digits
            i++;
            set = union(union(union(set, single(lo)), single(45)), cls);
            continue;
          }
          hi = escapedCode();
        } else hi = src.charCodeAt(i++);
        set = union(set, rangeBits(lo, hi));
      } else set = union(set, single(lo));
    }
    i++; // ']'
    return negated ? negate(set) : set;
  };

  const parseAtom = (): Node => {
    const c = src[i]!;
    if (c === '(') {
      i++;
      let look = false;
      let capture = -1;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i) || src.startsWith('?!', i)) {
        i += 2;
        look = true;
      } else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
        i += 3;
        look = true;
      } else {
        capture = groups.length;
        groups.push({ kind: 'assert' });
        if (src.startsWith('?<', i)) {
          const close = src.indexOf('>', i);
          names.set(src.slice(i + 2, close), capture);
          i = close + 1;
        }
      }
      const body = parseAlt();
      i++; // ')'
      if (capture >= 0) groups[capture] = body;
      return look ? { kind: 'look', body } : body;
    }
    if (c === '[') {
      i++;
      return { kind: 'char', set: parseClass() };
    }
    if (c === '.') {
      i++;
      return { kind: 'char', set: { ascii: ALL_ASCII & ~NEWLINES, space: true, other: true } };
    }
    if (c === '^' || c === '$') {
      i++;
      return { kind: 'assert' };
    }
    if (c === '\\') {
      i++;
      const e = src[i] ?? '';
      const cls = classEscape(e);
      if (cls) {
        i++;
        return { kind: 'char', set: cls };
      }
      if (e === 'b' || e === 'B') {
        i++;
        return { kind: 'assert' };
      }
      if (e === 'k' && src[i + 1] === '<') {
        const close = src.indexOf('>', i);
        const name = src.slice(i + 2, close);
        i = close + 1;
        return { kind: 'backref', target: name };
      }
      if (/[1-9]/.test(e)) {
        const digits = /^\d+/.exec(src.slice(i))![0];
        i += digits.length;
        return { kind: 'backref', target: Number(digits) };
      }
      return { kind: 'char', set: single(escapedCode()) };
    }
    i++;
    return { kind: 'char', set: single(c.charCodeAt(0)) };
  };

  const parseQuantifier = (): { min: number; max: number } | undefined => {
    const c = src[i];
    let q: { min: number; max: number } | undefined;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    if (q) i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      const min = Number(m[1]);
      q = { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
    } else return undefined;
    if (src[i] === '?') i++; // lazy: same search space
    return q;
  };

  const parseSeq = (): Node => {
    const items: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let atom = parseAtom();
      for (let q = parseQuantifier(); q; q = parseQuantifier()) atom = { kind: 'quant', body: atom, ...q };
      items.push(atom);
    }
    return items.length === 1 ? items[0]! : { kind: 'seq', items };
  };

  const parseAlt = (): Node => {
    const options = [parseSeq()];
    while (src[i] === '|') {
      i++;
      options.push(parseSeq());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  };

  const tree = parseAlt();
  for (const n of descendants(tree)) if (n.kind === 'backref') n.group = typeof n.target === 'string' ? groups[names.get(n.target) ?? -1] : groups[n.target - 1];
  return { tree, groups, names };
}

function nullable(n: Node): boolean {
  switch (n.kind) {
    case 'char':
      return false;
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.options.some(nullable);
    case 'quant':
      return n.min === 0 || nullable(n.body);
    case 'backref':
      // It repeats the text its group took: analysed as the group itself (see backrefRisk).
      return n.group === undefined || nullable(n.group);
    default:
      return true;
  }
}

/** Characters the piece can start with. */
function firstSet(n: Node): CharSet {
  switch (n.kind) {
    case 'char':
      return n.set;
    case 'seq': {
      let s = EMPTY_SET;
      for (const item of n.items) {
        s = union(s, firstSet(item));
        if (!nullable(item)) break;
      }
      return s;
    }
    case 'alt':
      return n.options.map(firstSet).reduce(union, EMPTY_SET);
    case 'quant':
      return firstSet(n.body);
    case 'backref':
      return n.group ? firstSet(n.group) : EMPTY_SET;
    default:
      return EMPTY_SET;
  }
}

/** Characters the piece can end with. */
function lastSet(n: Node): CharSet {
  switch (n.kind) {
    case 'char':
      return n.set;
    case 'seq': {
      let s = EMPTY_SET;
      for (let k = n.items.length - 1; k >= 0; k--) {
        s = union(s, lastSet(n.items[k]!));
        if (!nullable(n.items[k]!)) break;
      }
      return s;
    }
    case 'alt':
      return n.options.map(lastSet).reduce(union, EMPTY_SET);
    case 'quant':
      return lastSet(n.body);
    case 'backref':
      return n.group ? lastSet(n.group) : EMPTY_SET;
    default:
      return EMPTY_SET;
  }
}

/** Every character the piece can consume. */
function allChars(n: Node): CharSet {
  switch (n.kind) {
    case 'char':
      return n.set;
    case 'seq':
      return n.items.map(allChars).reduce(union, EMPTY_SET);
    case 'alt':
      return n.options.map(allChars).reduce(union, EMPTY_SET);
    case 'quant':
      return allChars(n.body);
    case 'backref':
      return n.group ? allChars(n.group) : EMPTY_SET;
    default:
      return EMPTY_SET;
  }
}

/** The length every match of the piece has, or null when it varies. */
function fixedLength(n: Node): number | null {
  switch (n.kind) {
    case 'char':
      return 1;
    case 'seq': {
      let total = 0;
      for (const item of n.items) {
        const l = fixedLength(item);
        if (l === null) return null;
        total += l;
      }
      return total;
    }
    case 'alt': {
      const lens = n.options.map(fixedLength);
      return lens.every((l) => l !== null && l === lens[0]) ? lens[0]! : null;
    }
    case 'quant': {
      const l = fixedLength(n.body);
      return l !== null && n.min === n.max ? l * n.min : null;
    }
    case 'backref':
      return n.group ? fixedLength(n.group) : null;
    default:
      return 0;
  }
}

function* descendants(n: Node): Generator<Node> {
  yield n;
  if (n.kind === 'seq') for (const c of n.items) yield* descendants(c);
  else if (n.kind === 'alt') for (const c of n.options) yield* descendants(c);
  else if (n.kind === 'quant' || n.kind === 'look') yield* descendants(n.body);
}

/** Variable quantifiers inside `body`, each with the rest of its sequence (undefined when nothing follows). */
function* quantifiersWithNext(n: Node, next?: Node): Generator<{ q: Node; next: Node | undefined }> {
  if (n.kind === 'quant') {
    if (fixedLength(n) === null) yield { q: n, next };
    yield* quantifiersWithNext(n.body, undefined);
  } else if (n.kind === 'seq') {
    // What follows a piece is the rest of its sequence (`\d+(?:\.\d+)?-`: the `-` ends `\d+` too).
    for (let k = 0; k < n.items.length; k++) yield* quantifiersWithNext(n.items[k]!, k + 1 < n.items.length ? { kind: 'seq', items: n.items.slice(k + 1) } : undefined);
  } else if (n.kind === 'alt') {
    for (const o of n.options) yield* quantifiersWithNext(o, undefined);
  } else if (n.kind === 'look') yield* quantifiersWithNext(n.body, undefined);
}

/**
 * A variable quantifier inside a repeated group is harmless when a mandatory character it
 * cannot eat follows it (`(?:[A-Z0-9.]+ )+`, `(?:[\w.-]+\/)*`): each repetition then ends at one
 * place only. Without such a delimiter (`(a+)+`, `(\w+\s?)*`) a line splits exponentially many ways.
 */
function delimited(q: Node, next: Node | undefined): boolean {
  return next !== undefined && !nullable(next) && !overlaps(firstSet(next), allChars(q));
}

function ambiguousAlternation(n: Node): boolean {
  if (n.kind !== 'alt') return false;
  if (n.options.some(nullable)) return true;
  const firsts = n.options.map(firstSet);
  for (let a = 0; a < firsts.length; a++) for (let b = a + 1; b < firsts.length; b++) if (overlaps(firsts[a]!, firsts[b]!)) return true;
  return false;
}

/** A quantifier that can take many characters: each one multiplies the ways to split a line. */
function isLong(n: Node): boolean {
  return n.kind === 'quant' && n.max > LONG && fixedLength(n) === null;
}

/** Past this many characters a bounded quantifier counts as unbounded (`{1,500}` is `+` to a line). */
const LONG = 64;
/** How many ways a run of bounded quantifiers may split the text it covers, at one start. */
const MAX_SPLITS = 4096;

/** How many lengths a quantified piece can take (a variable piece; 1 for a fixed one). */
function choices(n: Node): number {
  if (fixedLength(n) !== null) return 1;
  if (n.kind === 'quant') return n.max - n.min + 1;
  return 2;
}

function hasAssertion(n: Node): boolean {
  for (const d of descendants(n)) if (d.kind === 'assert' || d.kind === 'look' || d.kind === 'backref') return true;
  return false;
}

function flatten(items: readonly Node[]): Node[] {
  return items.flatMap((n) => (n.kind === 'seq' ? flatten(n.items) : [n]));
}

interface Run {
  /** Unbounded (or over LONG) quantifiers in the run. */
  long: number;
  /** The product of the choices of its bounded variable pieces. */
  splits: number;
  last: number;
  chars: CharSet;
  open: boolean;
}

/**
 * A repetition fenced on both sides by characters it cannot eat (`"[^"]*"`, `=\s*"`, `'[^']{1,256}'`):
 * what comes before it is mandatory and ends with such a character, and what follows is mandatory
 * and starts with one. It then starts right after a fence character and must end at the first
 * character it cannot eat, so it adds no way to split the line; and since the fence characters
 * cannot occur inside the text it scans, the texts it scans from different fences do not overlap,
 * so all its attempts together read the line once. It joins no run; like any mandatory piece, it
 * ends the runs that cannot eat its characters.
 */
function fenced(items: readonly Node[], idx: number): boolean {
  const before: Node = { kind: 'seq', items: items.slice(0, idx) };
  const after: Node = { kind: 'seq', items: items.slice(idx + 1) };
  const eats = allChars(items[idx]!);
  return !nullable(before) && !nullable(after) && !overlaps(lastSet(before), eats) && !overlaps(firstSet(after), eats);
}

/**
 * Runs of variable quantifiers in a sequence that can eat the same characters, with nothing
 * mandatory between them that they cannot eat (`\w+\w+`, `[a-z]+\d*[a-z]+`, `a{1,64}a{1,64}`).
 * Each run reports how many long quantifiers it has, how many ways its bounded ones can split
 * their text, and whether the match can fail after them (a failing match retries every split of
 * the run, at every start position).
 */
function overlappingRuns(nested: readonly Node[], atEnd: boolean): { long: number; splits: number; canFailAfter: boolean }[] {
  // A group in a sequence (`a*(?:a+b)`) is part of it: its pieces follow the ones before.
  const items = flatten(nested);
  // Several runs can be open at once (`\d*[a-z]*\d*`): each holds what its quantifiers can eat.
  const runs: Run[] = [];
  items.forEach((item, idx) => {
    const set = allChars(item);
    const open = runs.filter((r) => r.open);
    // Repetitions only: an optional group (`(?:…)?`) is looked into as a sequence of its own.
    const variable = item.kind === 'quant' && item.max > 1 && fixedLength(item) === null;
    if (variable && !fenced(items, idx)) {
      const long = isLong(item);
      // The boundary with a run can move only if the run can eat what the item starts with.
      const first = firstSet(item);
      const joined = open.filter((r) => overlaps(first, r.chars));
      for (const r of joined) {
        if (long) r.long++;
        else r.splits = Math.min(r.splits * choices(item), Number.MAX_SAFE_INTEGER);
        r.last = idx;
        r.chars = union(r.chars, set);
      }
      // A mandatory piece a run cannot eat ends it; an optional one can match nothing.
      if (!nullable(item)) for (const r of open) if (!joined.includes(r)) r.open = false;
      if (joined.length === 0) runs.push({ long: long ? 1 : 0, splits: long ? 1 : choices(item), last: idx, chars: set, open: true });
    } else if (!nullable(item)) {
      // A mandatory piece (a fenced repetition included) ends the runs that cannot eat it.
      for (const r of open) if (!overlaps(set, r.chars)) r.open = false;
    }
  });
  return runs.map((r) => ({
    long: r.long,
    splits: r.splits,
    canFailAfter: !atEnd || items.slice(r.last + 1).some((i) => !nullable(i) || hasAssertion(i)),
  }));
}

/**
 * A back-reference adds no choices of its own: it compares the text its group took. It stays
 * linear when that text is one per start of the group, i.e. the group has a fixed length (a quote:
 * `(?<q>["'])…\k<q>`) or what follows it in its sequence is mandatory and starts with a character
 * the group cannot eat (`(?<user>[^:@]*):`, `<(\w+)>…<\/\1>`: the group must end at the first such
 * character). The group must also be set before the reference in every match (an earlier item of a
 * sequence holding the reference), so that the reference is never an empty match in a loop.
 * Otherwise (`(a+)+\1`, `(\w*)\w*\1`) the captures multiply and so do the comparisons.
 */
function backrefRisk(tree: Node, ref: Extract<Node, { kind: 'backref' }>): string | null {
  const group = ref.group;
  if (group === undefined) return 'uses a back-reference to a variable-length group';
  for (const seq of descendants(tree)) {
    if (seq.kind !== 'seq') continue;
    const k = seq.items.indexOf(group);
    if (k < 0 || !seq.items.slice(k + 1).some((item) => [...descendants(item)].includes(ref))) continue;
    if (fixedLength(group) !== null) return null;
    const rest: Node = { kind: 'seq', items: seq.items.slice(k + 1) };
    if (!nullable(rest) && !overlaps(firstSet(rest), allChars(group))) return null;
  }
  return fixedLength(group) === null ? 'uses a back-reference to a variable-length group' : 'uses a back-reference to a group that may not be set before it';
}

/** Why the pattern could backtrack catastrophically, or null when it cannot. */
export function backtrackingRisk(source: string): string | null {
  let parsed: ReturnType<typeof parsePattern>;
  try {
    new RegExp(source);
    parsed = parsePattern(source);
  } catch {
    return null; // invalid patterns are reported as such by the caller
  }
  const { tree, groups, names } = parsed;
  // Sequences that end the whole pattern: nothing after them can fail.
  const last = new Set<Node>(tree.kind === 'alt' ? tree.options : [tree]);
  for (const n of descendants(tree)) {
    if (n.kind === 'backref') {
      const why = backrefRisk(tree, n);
      if (why) return why;
    }
    // A lookaround runs at every position it is reached from: one that scans the rest of the
    // line (`(?=.*!)`) after a quantifier that backtracks is cubic, and quadratic on its own.
    if (n.kind === 'look') {
      for (const d of descendants(n.body)) if (isLong(d)) return 'has a lookaround that scans ahead with an unbounded quantifier';
    }
    if (n.kind === 'seq') {
      for (const run of overlappingRuns(n.items, last.has(n))) {
        if (run.long >= 3) return 'has three or more unbounded quantifiers in a row that can match the same characters';
        if (run.long === 2 && run.canFailAfter) return 'has two unbounded quantifiers in a row that can match the same characters, followed by something that can fail';
        if (run.canFailAfter && run.splits > (run.long > 0 ? LONG : MAX_SPLITS)) return `has quantifiers in a row that can match the same characters in over ${run.long > 0 ? LONG : MAX_SPLITS} ways, followed by something that can fail`;
      }
    }
    if (n.kind !== 'quant' || n.max <= 1) continue;
    if (nullable(n.body)) return 'repeats a group that can match the empty string';
    // The next repetition starts with what the body starts with: a delimiter too (`(?:_[A-Z0-9]+)+`).
    const again = firstSet(n.body);
    for (const { q, next } of quantifiersWithNext(n.body)) {
      // When the rest of the body can match nothing, the next repetition follows (or the loop ends).
      const endsBody = next === undefined || nullable(next);
      if (!delimited(q, next) && !(endsBody && !overlaps(next ? union(firstSet(next), again) : again, allChars(q)))) return 'nests a variable quantifier inside a repeated group with nothing to end each repetition';
    }
    for (const d of descendants(n.body)) {
      if (ambiguousAlternation(d)) return 'repeats an alternation whose branches can match the same text';
    }
  }
  return null;
}

export function isRiskyPattern(source: string): boolean {
  return backtrackingRisk(source) !== null;
}

