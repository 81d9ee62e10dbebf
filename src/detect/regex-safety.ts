// Linear-time discipline for regular expressions: every catalog rule, every engine pattern and
// every custom rule from a config must run in time linear (or close) in the line, whatever the line.

// Catastrophic backtracking. Patterns run on every line of every file, so a pattern that
// can take exponential (or high-polynomial) time on one crafted line must be refused up front.
// The check parses the pattern and refuses, conservatively, the shapes that cause it:
//   - a repeated group (max > 1) holding a variable quantifier that no mandatory character ends:
//     (a+)+, (\w+\s?)* (while (?:[a-z]+-)+ is fine: each repetition ends at the '-')
//   - a repeated group whose body can match the empty string: (a?)*, (a|)+
//   - a repeated group with an alternation whose branches can start with the same character: (a|ab)+
//   - quantifiers in a row that can share out the same text in over MAX_SPLITS ways at one start,
//     when the match can still fail after them (see "Splits" below): \w+\w+! takes 26 s on one
//     5,000-character line (cubic), a{1,64}a{1,64}a{1,64}a{1,64}a{1,64}! tries 64^4 splits at each
//     start, \w+\w{1,16}! 0.2 s on 3,000 characters; a trailing `\s*.*` always succeeds at once;
//   - lookarounds holding an unbounded quantifier: x+(?=.*!) rescans the line at every split;
//   - back-references to a group that can take several texts from one start ((a+)+\1, (\w*)\w*\1),
//     which no engine matches in guaranteed polynomial time.
// Shapes known safe and accepted: a back-reference to a group that takes one text per start
// (fixed length, or ended by a character it cannot eat); a repetition fenced on both sides by
// characters it cannot eat ("[^"]*", =\s*"), which adds no way to split the line; and a run of
// repetitions behind a literal it cannot read (key\s*\s*=), reached from one start per literal.

/**
 * The characters a pattern piece can match: a 128-bit ASCII map, plus two coarse flags for
 * non-ASCII characters (some white space, some other), so that `\s` and `[^\s]` stay disjoint.
 */
interface CharSet {
  readonly ascii: bigint;
  readonly space: boolean;
  readonly other: boolean;
}

type Node = (
  | { readonly kind: 'char'; readonly set: CharSet }
  | { readonly kind: 'seq'; readonly items: readonly Node[] }
  | { readonly kind: 'alt'; readonly options: readonly Node[] }
  | { readonly kind: 'look'; readonly body: Node }
  | { readonly kind: 'quant'; readonly body: Node; readonly min: number; readonly max: number }
  // `lineStart`: a `^` (without the m flag, the start of the line).
  | { readonly kind: 'assert'; readonly lineStart?: boolean }
  // `group` is the referenced group's body, filled in once the whole pattern is parsed.
  | { readonly kind: 'backref'; readonly target: number | string; group?: Node }
) & {
  // Where the piece is in the pattern, [start, end), for the message that names a refused shape.
  at?: readonly [number, number];
};

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
      return { kind: 'assert', lineStart: c === '^' };
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
      const start = i;
      let atom = parseAtom();
      atom.at ??= [start, i];
      for (let q = parseQuantifier(); q; q = parseQuantifier()) atom = { kind: 'quant', body: atom, ...q, at: [start, i] };
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

/** A lookaround holding a quantifier over LONG characters rescans that much of the line at every position. */
function isLong(n: Node): boolean {
  return n.kind === 'quant' && n.max > LONG && fixedLength(n) === null;
}

/**
 * A short stretch: what a lookaround may scan, how far before its unbounded part a fenced run may
 * start, and how many ways a bounded run may leave for the fence after it (see Splits).
 */
const LONG = 64;

/*
 * Splits: how many ways a run of quantifiers can share out the same text.
 *
 * A backtracking engine that fails after a run of quantifiers able to take the same characters
 * (`\w+\w+!`, `a{1,64}a{1,64}!`, `.+\s{1,64}b`) retries every way of sharing the text among them
 * before it gives up, and does so again at every start of the line. The check walks the pattern
 * once, left to right, keeping the runs still open, each with:
 *   - ways: the product of how many lengths each piece of the run can take (max - min + 1;
 *     UNBOUNDED for `+`, `*`, `{3,}` or anything longer); a repeated group counts the lengths the
 *     whole repetition can take;
 *   - common: the characters every piece of the run can take, and needs: the character sets the
 *     run's mandatory pieces read. A line made of one repeated word lets every boundary of the run
 *     move only when each piece can read the whole word: all its characters in `common`, and one of
 *     each of `needs` in it. So `[ab]+ab[ab]+` is a run (the word `ab`), `\w+-\w+` and
 *     `[\w.]+\.[a-z]+` are not (no piece after the `.` can read it), and neither is a repetition
 *     whose every round holds a `/` followed by `\d+`.
 * Wherever the match can fail with the run's pieces all met (a mandatory piece or an assertion
 * that does not take every `common` character, a lookaround, a back-reference, the end of a
 * group), a run over MAX_SPLITS ways is refused. A run that reaches the end of the whole pattern
 * cannot fail after it: the first way of sharing the text matches.
 * The budget: one unbounded piece alone (UNBOUNDED ways) passes, `\w+!` being quadratic over a
 * line, which the per-line budget covers; beside it only a piece of two lengths fits
 * (`\w+\w{1,2}!`: 20 ms of CPU on a 3,000-character line), while `\w+\w{1,16}!` takes 0.2 s and
 * `\w+\w{1,64}!` 1.1 s. Bounded pieces pass up to MAX_SPLITS: `\w{1,16}\w{1,16}\w{1,16}!` and
 * `\w{1,64}\w{1,64}!` (4,096) take about 40 ms on that line, `\w{1,20}` three times is refused.
 * What the walk also knows, each a way the text is pinned rather than shared:
 *   - a repeated group is walked once in place (its first round meets the runs before it:
 *     `[ab]+((?:[ab]{3,})x)+` fails at the `x` after two unbounded pieces), then joins the runs as
 *     one piece; the rounds' own splits are the nested-quantifier check's business;
 *   - a lookaround runs whole at every split of the runs before it, so what it reads counts;
 *   - mandatory pieces right after a run's last piece (a block) match at one in P of that piece's
 *     lengths, P being the smallest shift at which the block can match over itself;
 *   - a fence: a run that starts right after a mandatory piece its unbounded part cannot read, where
 *     each place of the line is reached from a few starts only (`key\s*["']?\s*=`, after `^`), is
 *     entered once per fence and never crosses one, so all its starts together pay its ways once
 *     (times the characters it reads before its first unbounded piece), not once per start;
 *   - last in the pattern, a later branch that matches whatever follows its first character
 *     (`\{[^}]{1,256}\}|[^\s;][^;]{0,255}`) takes over wherever an earlier branch fails after it.
 */
/** An unbounded piece counts as this many lengths (a long line's run of one character class). */
const UNBOUNDED = 2048;
/** How many ways a run may share out its text, at one start, before something that can fail. */
const MAX_SPLITS = 4096;

interface Run {
  /** Ways its pieces can share out their text at one start (waysOf: with `block` counted). */
  readonly ways: number;
  /** The lengths of its last piece, and the mandatory pieces read since (see waysOf). */
  readonly lastWays: number;
  readonly block: readonly CharSet[];
  readonly unbounded: number;
  readonly common: CharSet;
  readonly needs: readonly CharSet[];
  /** Characters read before its first unbounded piece (at most), and every character read from it on. */
  readonly lead: number;
  readonly tail: CharSet;
  /** The fence the run started after (null: none, or the start of the pattern), and from how many starts each place of it is reached. */
  readonly fence: CharSet | null;
  readonly starts: number;
  /** Where the run's first piece starts in the pattern. */
  readonly from: number;
}

/**
 * The open runs at a point of the walk; from how many starts of the line each place reaches this
 * point (starts: Infinity when not known to be few), and the mandatory piece just read then (the
 * fence; null: none).
 */
interface State {
  readonly runs: readonly Run[];
  readonly starts: number;
  readonly fence: CharSet | null;
}

/** A run's unbounded part cannot cross its fence: each place it starts at is reached from lead + 1 starts at most. */
function fencedRun(r: Run): boolean {
  return r.unbounded > 0 && r.fence !== null && !overlaps(r.fence, r.tail) && r.lead <= LONG && r.starts <= LONG;
}

/** The run's cost at one start of the line; a fenced run's unbounded part is shared by its few starts. */
function costOf(r: Run): number {
  return fencedRun(r) ? Math.ceil((waysOf(r) * (r.lead + 1) * r.starts) / UNBOUNDED) : waysOf(r);
}

/**
 * The run's ways, given the mandatory pieces read since its last piece: that piece can only end
 * where they match, and a block of them that cannot overlap itself at shifts below P matches at
 * one in P of the last piece's lengths (`[^\s]{0,63}?workflows\/` has a few ways, not 64).
 */
function waysOf(r: Run): number {
  if (r.block.length === 0) return r.ways;
  return Math.ceil(r.ways / r.lastWays) * Math.ceil(r.lastWays / period(r.block));
}

/** The smallest shift at which a row of character sets can match over itself. */
function period(block: readonly CharSet[]): number {
  for (let d = 1; d < block.length; d++) {
    let fits = true;
    for (let k = 0; k + d < block.length && fits; k++) fits = overlaps(block[k]!, block[k + d]!);
    if (fits) return d;
  }
  return block.length;
}

function sameSet(a: CharSet, b: CharSet): boolean {
  return a.ascii === b.ascii && a.space === b.space && a.other === b.other;
}

function isEmpty(s: CharSet): boolean {
  return s.ascii === 0n && !s.space && !s.other;
}

function intersect(a: CharSet, b: CharSet): CharSet {
  return { ascii: a.ascii & b.ascii, space: a.space && b.space, other: a.other && b.other };
}

/** Whether `a` holds every character of `b`. */
function covers(a: CharSet, b: CharSet): boolean {
  return (b.ascii & ~a.ascii) === 0n && (!b.space || a.space) && (!b.other || a.other);
}

function minLength(n: Node): number {
  switch (n.kind) {
    case 'char':
      return 1;
    case 'seq':
      return n.items.reduce((s, item) => s + minLength(item), 0);
    case 'alt':
      return Math.min(...n.options.map(minLength));
    case 'quant':
      return n.min * minLength(n.body);
    case 'backref':
      return 0;
    default:
      return 0;
  }
}

function maxLength(n: Node): number {
  switch (n.kind) {
    case 'char':
      return 1;
    case 'seq':
      return n.items.reduce((s, item) => s + maxLength(item), 0);
    case 'alt':
      return Math.max(...n.options.map(maxLength));
    case 'quant': {
      const body = maxLength(n.body);
      return body === 0 ? 0 : n.max * body;
    }
    case 'backref':
      return n.group ? maxLength(n.group) : Infinity;
    default:
      return 0;
  }
}

/** How many lengths a repetition can take, at most UNBOUNDED. */
function lengths(n: Extract<Node, { kind: 'quant' }>): number {
  const span = fixedLength(n.body) !== null ? n.max - n.min : maxLength(n) - minLength(n);
  return Math.min(UNBOUNDED, span + 1);
}

/** The sequence's items with nested groups spliced in, each item with the groups that end after it. */
function spliced(items: readonly Node[], out: { node: Node; closes: Node[] }[] = []): { node: Node; closes: Node[] }[] {
  for (const item of items) {
    if (item.kind !== 'seq') out.push({ node: item, closes: [] });
    else {
      const before = out.length;
      spliced(item.items, out);
      if (out.length > before) out[out.length - 1]!.closes.push(item);
    }
  }
  return out;
}

/** Character sets every match of a repeated body reads one character of: its mandatory pieces. */
function needsOf(body: Node): CharSet[] {
  if (body.kind !== 'seq') return [allChars(body)];
  return spliced(body.items)
    .map((s) => s.node)
    .filter((item) => !nullable(item))
    .map(allChars);
}

/**
 * A repetition fenced on both sides by characters it cannot eat (`"[^"]*"`, `=\s*"`, `'[^']{1,256}'`):
 * what comes before it is mandatory and ends with such a character, and what follows is mandatory
 * and starts with one. It then starts right after a fence character and must end at the first
 * character it cannot eat, so it adds no way to split the line; and since the fence characters
 * cannot occur inside the text it scans, the texts it scans from different fences do not overlap,
 * so all its attempts together read the line once. It starts no run; like any mandatory piece, it
 * ends the runs that cannot take its characters.
 */
function fenced(items: readonly Node[], idx: number): boolean {
  const before: Node = { kind: 'seq', items: items.slice(0, idx) };
  const after: Node = { kind: 'seq', items: items.slice(idx + 1) };
  const eats = allChars(items[idx]!);
  return !nullable(before) && !nullable(after) && !overlaps(lastSet(before), eats) && !overlaps(firstSet(after), eats);
}

function hasAssertion(n: Node): boolean {
  for (const d of descendants(n)) if (d.kind === 'assert' || d.kind === 'look' || d.kind === 'backref') return true;
  return false;
}

/** Whether the branch matches wherever one of `first` starts it: one such character, then only optional pieces. */
function surelyMatches(branch: Node, first: CharSet): boolean {
  const items = branch.kind === 'seq' ? spliced(branch.items).map((s) => s.node) : [branch];
  const head = items[0];
  return head !== undefined && head.kind === 'char' && covers(head.set, first) && items.slice(1).every((i) => nullable(i) && !hasAssertion(i));
}

/** Why a run of quantifiers sharing the same text makes the pattern slow, or null (see Splits above). */
function splitRisk(tree: Node, src: string): string | null {
  let why: string | null = null;
  const shape = (from: number, to: number): string => `\`${src.slice(from, to)}\``;
  const end = (n: Node): number => n.at?.[1] ?? src.length;
  const start = (n: Node): number => n.at?.[0] ?? 0;

  /** The match can fail at `to` for the runs whose common characters `piece` does not all take. */
  let muted = 0;
  const canFail = (runs: readonly Run[], to: number, piece?: CharSet): void => {
    for (const r of runs) {
      if (why !== null || muted > 0) return;
      if (piece && covers(piece, r.common)) continue;
      if (costOf(r) > MAX_SPLITS)
        why =
          r.unbounded >= 2
            ? `has unbounded quantifiers in a row that can match the same characters (${shape(r.from, to)}), followed by something that can fail`
            : `has quantifiers in a row that can share the same text in over ${MAX_SPLITS} ways (${shape(r.from, to)}), followed by something that can fail`;
    }
  };

  /** Runs from the same piece, met along different branches, are merged (conservatively). */
  const merged = (runs: readonly Run[]): Run[] => {
    const byStart = new Map<number, Run>();
    for (const r of runs) {
      const seen = byStart.get(r.from);
      // The same ways before its last piece on both branches (`(?:password|pwd)`): the blocks read
      // since, character by character, pin that piece as one block of either.
      const sameBase = seen !== undefined && seen.ways === r.ways && seen.lastWays === r.lastWays;
      byStart.set(
        r.from,
        !seen
          ? r
          : {
              ways: sameBase ? r.ways : Math.max(waysOf(seen), waysOf(r)),
              lastWays: sameBase ? r.lastWays : 1,
              block: sameBase ? seen.block.slice(0, r.block.length).map((b, k) => union(b, r.block[k]!)) : [],
              unbounded: Math.max(seen.unbounded, r.unbounded),
              common: union(seen.common, r.common),
              needs: seen.needs.filter((s) => r.needs.some((t) => sameSet(s, t))),
              lead: Math.max(seen.lead, r.lead),
              tail: union(seen.tail, r.tail),
              fence: seen.fence && r.fence ? union(seen.fence, r.fence) : null,
              starts: Math.max(seen.starts, r.starts),
              from: r.from,
            },
      );
    }
    return [...byStart.values()];
  };
  const mergedStates = (states: readonly State[]): State => ({
    runs: merged(states.flatMap((s) => s.runs)),
    starts: states.reduce((m, s) => Math.max(m, s.starts), -Infinity),
    fence: states.every((s) => s.fence) ? states.map((s) => s.fence!).reduce(union) : null,
  });

  /** A mandatory piece reading one character of `set`: the runs that can take it stay open. */
  const mandatory = (set: CharSet, state: State, to: number): State => {
    canFail(state.runs, to, set);
    // The places it is read at stay reached from a few starts when every run before it ends
    // there: a short bounded one, or a fenced one whose unbounded part cannot read it.
    // (`\w{1,64}=`: each `=` from up to 64 starts).
    let starts = state.starts;
    for (const r of state.runs) {
      if (overlaps(set, r.common)) starts = Infinity;
      else if (r.unbounded === 0) starts *= waysOf(r);
      else if (fencedRun(r) && !overlaps(set, r.tail)) starts *= r.lead + 1;
      else starts = Infinity;
    }
    const pinned = starts <= LONG;
    const runs = state.runs
      .filter((r) => overlaps(set, r.common))
      .map((r) => ({ ...r, needs: [...r.needs, set], block: [...r.block, set], lead: r.unbounded === 0 ? r.lead + 1 : r.lead, tail: r.unbounded === 0 ? r.tail : union(r.tail, set) }));
    return { runs, starts: pinned ? starts : Infinity, fence: pinned ? set : null };
  };

  /** A repetition of several lengths: it joins the runs that share a repeated word with it. */
  const repetition = (n: Extract<Node, { kind: 'quant' }>, state: State): State => {
    const ways = lengths(n);
    const unbounded = ways >= UNBOUNDED ? 1 : 0;
    const eats = allChars(n.body);
    const needs = needsOf(n.body);
    const longest = Math.min(maxLength(n), UNBOUNDED);
    const out: Run[] = [];
    let narrowed = state.runs.length === 0;
    for (const r of state.runs) {
      const common = intersect(r.common, eats);
      const allNeeds = [...r.needs, ...needs];
      if (!isEmpty(common) && allNeeds.every((s) => overlaps(s, common))) {
        const inTail = r.unbounded > 0 || unbounded > 0;
        const joined: Run = {
          ...r,
          ways: Math.min(waysOf(r) * ways, Number.MAX_SAFE_INTEGER),
          lastWays: ways,
          block: [],
          unbounded: r.unbounded + unbounded,
          common,
          needs: allNeeds,
          lead: inTail ? r.lead : r.lead + longest,
          tail: inTail ? union(r.tail, eats) : r.tail,
        };
        if (joined.unbounded >= 3 && why === null) why = `has three or more unbounded quantifiers in a row that can match the same characters (${shape(r.from, end(n))})`;
        out.push(joined);
        if (!covers(common, eats)) narrowed = true;
      } else {
        if (nullable(n)) out.push(r);
        narrowed = true;
      }
    }
    // Its own run, for what follows it and not the runs before (`a{1,64}[ab]{1,64}b{1,64}`).
    if (narrowed)
      out.push({ ways, lastWays: ways, block: [], unbounded, common: eats, needs, lead: unbounded ? 0 : longest, tail: unbounded ? eats : EMPTY_SET, fence: state.fence, starts: state.starts, from: start(n) });
    return { runs: merged(out), starts: state.starts, fence: null };
  };

  // `atEnd`: nothing follows the piece in the pattern, so matching it is matching the pattern.
  const walk = (n: Node, state: State, top = false, atEnd = top): State => {
    switch (n.kind) {
      case 'char':
        return mandatory(n.set, state, end(n));
      case 'assert':
        canFail(state.runs, end(n));
        // A `^` first in the pattern: the one start of the line, a fence no run can read.
        return n.lineStart && start(n) === 0 ? { runs: [], starts: 1, fence: EMPTY_SET } : state;
      case 'backref':
        canFail(state.runs, end(n));
        return { runs: state.runs, starts: Infinity, fence: null };
      case 'look': {
        // Run whole at every split of the runs before it, a lookaround reads as far as its own
        // pieces go even when it succeeds (`[^"]*?(?=_{1,64})`: up to 64 characters per split).
        canFail(walk(n.body, state).runs, end(n));
        canFail(state.runs, end(n));
        return state;
      }
      case 'alt': {
        const out = mergedStates(
          n.options.map((o, k) => {
            // Last in the pattern, a later branch that matches whatever follows its first
            // character (`\{[^}]{1,256}\}|[^\s;][^;]{0,255}`) takes over wherever this one fails
            // after its first character: only that first character can fail the match.
            if (!atEnd || !n.options.slice(k + 1).some((later) => surelyMatches(later, firstSet(o)))) return walk(o, state, top, atEnd);
            canFail(state.runs, start(o), firstSet(o));
            muted++;
            const after = walk(o, state, top, atEnd);
            muted--;
            return after;
          }),
        );
        if (!atEnd) canFail(out.runs, end(n));
        return out;
      }
      case 'seq': {
        const items = spliced(n.items);
        const nodes = items.map((s) => s.node);
        let cur = state;
        items.forEach(({ node, closes }, idx) => {
          const last = atEnd && idx === items.length - 1;
          if (node.kind === 'quant' && node.max > 1 && fixedLength(node) === null && fenced(nodes, idx)) {
            // It takes one length per start, so it adds no start; what precedes the next piece is one of its characters (or, when it is empty, the fence before it).
            const eats = allChars(node);
            if (!nullable(node)) {
              const after = mandatory(eats, cur, end(node));
              cur = { ...after, fence: after.fence ? eats : null };
            } else cur = { ...cur, fence: cur.fence ? union(cur.fence, eats) : null };
          } else cur = walk(node, cur, false, last);
          // The end of a group counts as a place where the match can fail: the group is not
          // followed past its end here (a nested group may well end the pattern, conservatively).
          if (!last) for (const g of closes) canFail(cur.runs, end(g));
        });
        if (!atEnd) canFail(cur.runs, end(n));
        return cur;
      }
      case 'quant': {
        if (n.max === 0) return state;
        if (n.max === 1) return n.min === 1 ? walk(n.body, state) : mergedStates([walk(n.body, state), state]);
        if (fixedLength(n) !== null) {
          // `[a-f0-9]{32}`: as many mandatory pieces in a row (a long one pins the run before it).
          let cur = state;
          for (let k = 0; k < Math.min(n.min, LONG); k++) cur = walk(n.body, cur);
          return cur;
        }
        // The first round, met right after the runs before it.
        walk(n.body, state);
        return repetition(n, state);
      }
    }
  };
  walk(tree, { runs: [], starts: 1, fence: null }, true);
  return why;
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
  const { tree } = parsed;
  // The piece a refusal is about, quoted from the pattern.
  const shape = (n: Node): string => (n.at ? ` (\`${source.slice(n.at[0], n.at[1])}\`)` : '');
  for (const n of descendants(tree)) {
    if (n.kind === 'backref') {
      const why = backrefRisk(tree, n);
      if (why) return why + shape(n);
    }
    // A lookaround runs at every position it is reached from: one that scans the rest of the
    // line (`(?=.*!)`) after a quantifier that backtracks is cubic, and quadratic on its own.
    if (n.kind === 'look') {
      for (const d of descendants(n.body)) if (isLong(d)) return `has a lookaround that scans ahead with an unbounded quantifier${shape(n)}`;
    }
    if (n.kind !== 'quant' || n.max <= 1) continue;
    if (nullable(n.body)) return `repeats a group that can match the empty string${shape(n)}`;
    // The next repetition starts with what the body starts with: a delimiter too (`(?:_[A-Z0-9]+)+`).
    const again = firstSet(n.body);
    for (const { q, next } of quantifiersWithNext(n.body)) {
      // When the rest of the body can match nothing, the next repetition follows (or the loop ends).
      const endsBody = next === undefined || nullable(next);
      if (!delimited(q, next) && !(endsBody && !overlaps(next ? union(firstSet(next), again) : again, allChars(q)))) return `nests a variable quantifier inside a repeated group with nothing to end each repetition${shape(n)}`;
    }
    for (const d of descendants(n.body)) {
      if (ambiguousAlternation(d)) return `repeats an alternation whose branches can match the same text${shape(n)}`;
    }
  }
  return splitRisk(tree, source);
}

export function isRiskyPattern(source: string): boolean {
  return backtrackingRisk(source) !== null;
}

