// Judges whether a literal looks like a randomly generated key: the randomness floor of provider
// rules and the core of the high-entropy detector. Pure functions; called on the hot path.
//
// The model. A plain Shannon-entropy gate fails both ways: a random 32-hex key has entropy <= 3.5
// bits about one time in five, while `getElementByIdInternal` scores high. Instead we ask: "would
// a uniformly random string over this string's own alphabet, of this length, plausibly look like
// this?" Each test measures one statistic and turns it into evidence in nats (about -ln of the
// probability that a random string shows something at least as extreme), divided by its
// threshold: a ratio >= 1 means "not random". Thresholds sit near ln(1/alpha) with alpha = 1e-5,
// so a truly random key is rejected in well under 0.1% of cases, while words, case conventions,
// separators, sequences and repetitions pile up evidence far beyond them. Measured on 10,000
// crypto-random keys per alphabet and length and on ~18,000 real identifiers, words, paths and
// placeholders: see test/detect/randomness.test.ts (about 99.95% right on both sides).
//
// - Alphabet: alphabetOf names the smallest usual alphabet. The tests use an effective size k,
//   the sum of the classes present: lower 26 (6 when all its letters are a-f), upper 26 (or 6),
//   digits 10, '+/' 2, '-_' 2, other punctuation as many as seen. Erring small is lenient.
// - Distinct characters: the exact distribution of the number of distinct characters in n draws
//   from k (a small dynamic programme per k, extended on demand); fires when P(D <= d) or
//   P(D >= d) < 1e-5: `xxxxxxxx`, `abababab`, or a permutation of an alphabet.
// - Class balance: each class present is Binomial(n, size/k); fires when one is far rarer than
//   that (P(X <= x) < 1e-5), e.g. a lower-case name with one capital and one digit, or hex without
//   digits (`deadbeefcafebabe`).
// - Separators: each punctuation character is Binomial(n, 1/k); fires when one is far too common
//   (Bonferroni over its class): `a-b-c-d-e-f-g-h`, `x.y.z.w.v.u`.
// - Patterns: runs of one character, of neighbours (next letter or digit in either case, or next
//   key in a keyboard row or column: `abcdef`, `987654`, `qwerty`, `qaz`), interleaved neighbours
//   (`a1b2c3`, `qazwsx`) and the longest repeated substring. A run of L characters costs a
//   random string (L - 1) ln(k/m) (m: mean number of neighbours within the alphabet), a repeat L
//   ln k, less the log of the places it could start; the surprise beyond 1 nat of each is summed.
//   Alternatively the count of neighbouring adjacent pairs against Binomial(n - 1, m/k)
//   (`abc123def456`).
// - English: letters are cut into words at case changes, digits and punctuation (`getElementById`
//   -> get, Element, By, Id). (a) Their letter bigrams under an English model (detect/randomness/english.ts)
//   against the mean and spread for random letters: z = 4 fires. (b) The best segmentation of each
//   word into dictionary words (dynamic programme): a word of L letters and frequency cost c nats
//   gains L ln 26 - c - 1 over random letters; fires when the total gain exceeds ln(1e5) and the
//   words cover at least 30% of the letters (a random key after a word prefix still passes).
// - Combined: 0.7 (a) + 0.8 (b) + 0.4 (distinct + balance + separators + patterns) >= 1 also
//   fires: several half-strong signals together are as unlikely for a random string as one
//   strong one. The weights were fitted on random keys against node_modules identifiers.
// - Hard rules (score 0): under 12 characters; non-ASCII or control characters; whitespace (no
//   key alphabet has it); no letter or digit at all; `://`; syntax no key generator emits, asked
//   only of strings with punctuation beyond base64's (hasSyntax: templates, regular expressions,
//   relative paths, URI schemes, file extensions and host-name endings, `%XX` escapes, dates,
//   colon-separated hex, punctuation without letters).
// - Length: the product decision is that real random keys of 16+ characters pass. From 12 to 15
//   characters a string passes only if it is not hex or decimal, mixes three character classes
//   and passes every test with a doubled margin (short names are too often words). Digits alone
//   need 20 (shorter ones are ids, timestamps, card and phone numbers).
// - Prefixes: up to three leading `[A-Za-z0-9]{1,10}[-_]` segments (`sk_live_`, `glpat-`,
//   `django-insecure-`) are set aside when the rest has 16+ characters and is at least twice as
//   long; `=` padding at the end is set aside too. At most 256 characters are analysed.
//
// randomnessScore(v) = clamp(1 - R / 2, 0, 1), R the largest ratio over the tests: 1 when nothing
// is surprising for a random string, above 0.5 exactly when looksRandom(v), 0 for twice the
// evidence needed to reject or a hard rule. randomnessReport(v) names the deciding test.

import { BIGRAM_COST, lexicon, MAX_WORD_LENGTH } from './english.js';

export type Alphabet = 'hex' | 'decimal' | 'base62' | 'base64' | 'base64url' | 'printable';

const MIN_LENGTH = 16;
const MIN_SHORT_LENGTH = 12;
const MIN_DECIMAL_LENGTH = 20;
/** Longest prefix analysed: enough for any key; keeps the cost bounded on huge literals. */
const MAX_ANALYSED = 256;
/** ln(1e5): evidence threshold of the likelihood tests (alpha ~ 1e-5 each). */
const T_NATS = Math.log(1e5);
const ALPHA = 1e-5;
const Z_BIGRAM = 4;
const WORD_COVERAGE = 0.3;
const T_WORDS = Math.log(1e5);
// Weights of the combined test: fitted offline on random keys against node_modules identifiers
// (the test file measures the outcome).
const W_BIGRAMS = 0.7;
const W_WORDS = 0.8;
const W_SHAPE = 0.4;
/** Below MIN_LENGTH every test must pass with this much margin (ratio < 1 / SHORT_MARGIN). */
const SHORT_MARGIN = 2;

// Character classes.
const C_LOWER = 1;
const C_UPPER = 2;
const C_DIGIT = 4;
const C_PLUS_SLASH = 8;
const C_DASH_UNDER = 16;
const C_OTHER = 32;
const C_SPACE = 64;

const CLASS_OF = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 97 && c <= 122) CLASS_OF[c] = C_LOWER;
  else if (c >= 65 && c <= 90) CLASS_OF[c] = C_UPPER;
  else if (c >= 48 && c <= 57) CLASS_OF[c] = C_DIGIT;
  else if (c === 43 || c === 47) CLASS_OF[c] = C_PLUS_SLASH;
  else if (c === 45 || c === 95) CLASS_OF[c] = C_DASH_UNDER;
  else if (c === 32 || c === 9 || c === 10 || c === 13) CLASS_OF[c] = C_SPACE;
  else if (c > 32 && c < 127) CLASS_OF[c] = C_OTHER;
}

function classSize(cls: number): number {
  switch (cls) {
    case C_LOWER:
    case C_UPPER:
      return 26;
    case C_DIGIT:
      return 10;
    case C_PLUS_SLASH:
    case C_DASH_UNDER:
      return 2;
    default:
      return 32;
  }
}

// Neighbour relation for the pattern test: next or previous letter or digit (letters in either
// case), or an adjacent key on a keyboard, in its row or its column (`qwerty`, `qaz`, `1qaz`).
const KEY_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOUR = new Uint8Array(128 * 128);
function link(a: number, b: number): void {
  for (const x of [a, upperCode(a)]) {
    for (const y of [b, upperCode(b)]) {
      NEIGHBOUR[x * 128 + y] = 1;
      NEIGHBOUR[y * 128 + x] = 1;
    }
  }
}
for (let c = 97; c < 122; c++) link(c, c + 1);
for (let c = 48; c < 57; c++) link(c, c + 1);
for (let r = 0; r < KEY_ROWS.length; r++) {
  const row = KEY_ROWS[r];
  for (let i = 0; i < row.length; i++) {
    if (i + 1 < row.length) link(row.charCodeAt(i), row.charCodeAt(i + 1));
    if (r + 1 < KEY_ROWS.length && i < KEY_ROWS[r + 1].length) link(row.charCodeAt(i), KEY_ROWS[r + 1].charCodeAt(i));
  }
}

// Mean number of neighbours a character has within an alphabet (its classes, or hex), so that
// a random next character is a neighbour with probability mean / k.
const meanNeighbourCache = new Map<number, number>();
function meanNeighbours(classes: number, hexLetters: boolean): number {
  const key = hexLetters ? -1 - classes : classes;
  let mean = meanNeighbourCache.get(key);
  if (mean !== undefined) return mean;
  const members: number[] = [];
  for (let c = 33; c < 127; c++) {
    const cls = CLASS_OF[c];
    if ((cls & classes) === 0) continue;
    if (hexLetters && (cls === C_LOWER || cls === C_UPPER) && lowerCode(c) > 102) continue;
    members.push(c);
  }
  let links = 0;
  for (const a of members) for (const b of members) links += NEIGHBOUR[a * 128 + b];
  mean = Math.max(1, links / Math.max(1, members.length));
  meanNeighbourCache.set(key, mean);
  return mean;
}

function upperCode(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

// Lexicon lookups: binary search over the fixed-width records of WORDS_BY_LENGTH (nothing to
// build, nothing allocated).
const MAX_WORD = MAX_WORD_LENGTH;
/** Cost in nats of the lower-cased s[from, to) as a word, 0 when it is not a word. */
function wordCost(s: string, from: number, to: number): number {
  const len = to - from;
  if (len > MAX_WORD) return 0;
  const lex = lexicon();
  const words = lex.words[len];
  let lo = 0;
  let hi = words.length / len - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const off = mid * len;
    let cmp = 0;
    for (let t = 0; t < len && cmp === 0; t++) cmp = lowerCode(s.charCodeAt(from + t)) - words.charCodeAt(off + t);
    if (cmp === 0) return lex.costs[len].charCodeAt(mid) - 64;
    if (cmp < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return 0;
}

// Mean and spread of the bigram cost for uniformly random letters: all 26, or hex's a-f.
function costStats(letters: number): { mean: number; sd: number } {
  let s = 0;
  let s2 = 0;
  for (let a = 0; a < letters; a++) {
    for (let b = 0; b < letters; b++) {
      const v = BIGRAM_COST[26 * a + b];
      s += v;
      s2 += v * v;
    }
  }
  const n = letters * letters;
  const mean = s / n;
  return { mean, sd: Math.sqrt(s2 / n - mean * mean) };
}
const COST_ALL = costStats(26);
const COST_HEX = costStats(6);

// Distinct-character thresholds per alphabet size k, extended on demand up to the longest n
// asked: for each n, the expected number of distinct characters, the largest d with
// P(D <= d) < 1e-5 and the smallest d with P(D >= d) < 1e-5 (a permutation of the alphabet is
// no random draw either).
interface DistinctTable {
  readonly expected: Float64Array;
  readonly low: Int16Array;
  readonly high: Int16Array;
  /** P(D = d) after `n` draws. */
  p: Float64Array;
  q: Float64Array;
  n: number;
}
const distinctTables = new Map<number, DistinctTable>();

function distinctTable(k: number, upTo: number): DistinctTable {
  let t = distinctTables.get(k);
  if (!t) {
    t = {
      expected: new Float64Array(MAX_ANALYSED + 1),
      low: new Int16Array(MAX_ANALYSED + 1).fill(-1),
      high: new Int16Array(MAX_ANALYSED + 1).fill(32767),
      p: new Float64Array(k + 2),
      q: new Float64Array(k + 2),
      n: 0,
    };
    t.p[0] = 1;
    distinctTables.set(k, t);
  }
  for (let n = t.n + 1; n <= upTo; n++) {
    const { p, q } = t;
    const top = Math.min(n, k);
    q.fill(0, 0, top + 1);
    for (let d = 0; d < top; d++) {
      if (p[d] === 0) continue;
      q[d] += (p[d] * d) / k;
      q[d + 1] += (p[d] * (k - d)) / k;
    }
    if (n > k) q[k] += p[k];
    t.p = q;
    t.q = p;
    let cdf = 0;
    let e = 0;
    for (let d = 0; d <= top; d++) {
      e += d * q[d];
      cdf += q[d];
      if (cdf < ALPHA) t.low[n] = d;
    }
    let tail = 0;
    for (let d = top; d >= 0; d--) {
      tail += q[d];
      if (tail >= ALPHA) break;
      t.high[n] = d;
    }
    t.expected[n] = e;
    t.n = n;
  }
  return t;
}

/** -ln P(X <= x) for X ~ Binomial(n, p); 0 when x is at or above the mean. */
function lowerTailNats(x: number, n: number, p: number): number {
  if (x >= n * p) return 0;
  let term = Math.pow(1 - p, n);
  let sum = term;
  const ratio = p / (1 - p);
  for (let j = 0; j < x; j++) {
    term *= ((n - j) / (j + 1)) * ratio;
    sum += term;
  }
  return sum > 0 ? -Math.log(sum) : 700;
}

/** -ln P(X >= x) for X ~ Binomial(n, p); 0 when x is at or below the mean. */
function upperTailNats(x: number, n: number, p: number): number {
  if (x <= n * p) return 0;
  // Terms from x upwards decrease quickly when x is well above the mean.
  let lt = 0;
  for (let j = 1; j <= x; j++) lt += Math.log(((n - x + j) / j) * p);
  lt += (n - x) * Math.log(1 - p);
  let term = Math.exp(lt);
  let sum = term;
  const ratio = p / (1 - p);
  for (let j = x; j < n && term > sum * 1e-12; j++) {
    term *= ((n - j) / (j + 1)) * ratio;
    sum += term;
  }
  return sum > 0 ? Math.min(700, -Math.log(Math.min(1, sum))) : 700;
}

/**
 * The smallest usual alphabet that holds the string: 'hex' (one case), 'decimal', 'base62',
 * 'base64' ('+' or '/', or `=` padding), 'base64url' ('-' or '_'), else 'printable' (also for
 * the empty string).
 */
export function alphabetOf(value: string): Alphabet {
  let end = value.length;
  while (end > 0 && end > value.length - 2 && value.charCodeAt(end - 1) === 61) end--;
  let classes = 0;
  let nonHexLower = false;
  let nonHexUpper = false;
  for (let i = 0; i < end; i++) {
    const c = value.charCodeAt(i);
    const cls = c < 128 ? CLASS_OF[c] : C_OTHER;
    classes |= cls === 0 ? C_OTHER : cls;
    if (cls === C_LOWER && c > 102) nonHexLower = true;
    else if (cls === C_UPPER && c > 70) nonHexUpper = true;
  }
  if (end === 0) return 'printable';
  if (end < value.length) {
    // `=` padding: base64 (or padded base64url), whatever characters the payload happens to use.
    if ((classes & ~(C_DIGIT | C_LOWER | C_UPPER | C_PLUS_SLASH)) === 0) return 'base64';
    return (classes & ~(C_DIGIT | C_LOWER | C_UPPER | C_DASH_UNDER)) === 0 ? 'base64url' : 'printable';
  }
  if (classes === C_DIGIT) return 'decimal';
  if ((classes & ~(C_DIGIT | C_LOWER)) === 0 && !nonHexLower) return 'hex';
  if ((classes & ~(C_DIGIT | C_UPPER)) === 0 && !nonHexUpper) return 'hex';
  if ((classes & ~(C_DIGIT | C_LOWER | C_UPPER)) === 0) return 'base62';
  if ((classes & ~(C_DIGIT | C_LOWER | C_UPPER | C_PLUS_SLASH)) === 0) return 'base64';
  if ((classes & ~(C_DIGIT | C_LOWER | C_UPPER | C_DASH_UNDER)) === 0) return 'base64url';
  return 'printable';
}

/**
 * Drops up to three leading `word-`/`word_` segments (token prefixes such as `sk_live_`,
 * `django-insecure-`) while the rest has 16+ characters and is at least twice the prefix.
 */
function stripPrefix(value: string): number {
  let start = 0;
  for (let seg = 0; seg < 3; seg++) {
    let i = start;
    while (i < value.length && i - start <= 10) {
      const cls = CLASS_OF[value.charCodeAt(i)];
      if (cls !== C_LOWER && cls !== C_UPPER && cls !== C_DIGIT) break;
      i++;
    }
    if (i === start || i - start > 10 || i >= value.length) break;
    const sep = value.charCodeAt(i);
    if (sep !== 45 && sep !== 95) break;
    // Only a prefix: the rest must be at least twice as long (else it is snake_case as a whole).
    const rest = value.length - (i + 1);
    if (rest < MIN_LENGTH || rest < 2 * (i + 1)) break;
    start = i + 1;
  }
  return start;
}

const seen = new Uint16Array(128);

/**
 * The largest evidence/threshold ratio over all tests (>= 1: not random). With `stopAt`, returns
 * as soon as a test reaches it (the decision needs no more).
 */
function evidenceRatio(value: string, stopAt: number, why?: { test: string }): number {
  if (value.length < MIN_SHORT_LENGTH) return Infinity;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 128) return Infinity;
  if (value.includes('://')) return Infinity;

  // Body: prefix segments and base64 padding removed, capped length.
  const start = stripPrefix(value);
  let end = Math.min(value.length, start + MAX_ANALYSED);
  if (end === value.length) {
    let pad = 0;
    while (pad < 2 && end > start && value.charCodeAt(end - 1) === 61) {
      end--;
      pad++;
    }
  }
  const s = start === 0 && end === value.length ? value : value.slice(start, end);
  const n = s.length;

  // Classes, counts, distinct characters.
  seen.fill(0);
  let classes = 0;
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let spaces = 0;
  let distinct = 0;
  let nonHexLower = false;
  let nonHexUpper = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const cls = CLASS_OF[c];
    if (cls === 0) return Infinity; // control characters
    classes |= cls;
    if (seen[c]++ === 0) distinct++;
    if (cls === C_LOWER) {
      lower++;
      if (c > 102) nonHexLower = true;
    } else if (cls === C_UPPER) {
      upper++;
      if (c > 70) nonHexUpper = true;
    } else if (cls === C_DIGIT) digit++;
    else if (cls === C_SPACE) spaces++;
  }
  if (spaces > 0) return Infinity; // no key alphabet has whitespace; phrases and class lists do
  if (lower + upper + digit === 0) return Infinity; // punctuation only
  const isDecimal = classes === C_DIGIT;
  const isHex =
    !isDecimal &&
    (((classes & ~(C_DIGIT | C_LOWER)) === 0 && !nonHexLower) ||
      ((classes & ~(C_DIGIT | C_UPPER)) === 0 && !nonHexUpper));
  const short = value.length < MIN_LENGTH;
  if (isDecimal && n < MIN_DECIMAL_LENGTH) return Infinity;
  if (short) {
    if (isHex || isDecimal) return Infinity;
    let mix = 0;
    for (const cls of [C_LOWER, C_UPPER, C_DIGIT, C_PLUS_SLASH | C_DASH_UNDER | C_OTHER]) if (classes & cls) mix++;
    if (mix < 3) return Infinity;
  }
  if ((classes & C_OTHER) !== 0 && hasSyntax(s, lower + upper, !nonHexLower && !nonHexUpper)) return Infinity;

  // Effective alphabet size. A case whose letters all lie in a-f counts 6 letters, not 26 (hex
  // with separators or a suffix: `PMAK-<hex>-<hex>`, `<hex>NRAL`). Generators often use a subset
  // of the punctuation (Django keys: 14 symbols), so the distinct, separator and pattern tests
  // count only the punctuation seen (a smaller k is more lenient there) while the class-balance
  // test assumes all 32 (lenient there).
  const lowerSize = nonHexLower ? 26 : 6;
  const upperSize = nonHexUpper ? 26 : 6;
  let k = 0;
  if (classes & C_LOWER) k += lowerSize;
  if (classes & C_UPPER) k += upperSize;
  for (let cls = C_DIGIT; cls < C_OTHER; cls <<= 1) if (classes & cls) k += classSize(cls);
  let kBalance = k;
  if (classes & C_OTHER) {
    let others = 0;
    for (let c = 33; c < 127; c++) if (seen[c] > 0 && CLASS_OF[c] === C_OTHER) others++;
    k += others;
    kBalance += 32;
  }
  if (classes & C_SPACE) {
    k++;
    kBalance++;
  }
  const hexLetters = !nonHexLower && !nonHexUpper;

  const scale = short ? SHORT_MARGIN : 1;
  let worst = 0;
  const note = (ratio: number, test: string): boolean => {
    const r = ratio * scale;
    if (r > worst) {
      worst = r;
      if (why) why.test = test;
    }
    return worst >= stopAt;
  };

  // English letter bigrams first, alone: one pass over the letters, and the test that decides
  // most values this far (identifiers: on the rails tree 1,404 of the 2,053 values the model is
  // asked about). The order of the tests changes nothing but the work: with stopAt 1 the answer
  // is whether any ratio reaches 1; with stopAt Infinity every test runs. The cut into dictionary
  // words, several times dearer, comes last. A decimal string has no letters.
  const rBigrams = isDecimal ? 0 : Math.max(0, englishEvidence(s, hexLetters, false).bigramZ / Z_BIGRAM);
  if (note(rBigrams, 'english-bigrams')) return worst;

  // Distinct characters, too few or too many.
  const table = distinctTable(k, n);
  const dExpected = table.expected[n];
  let rDistinct = 0;
  if (distinct <= dExpected && dExpected > table.low[n]) {
    rDistinct = (dExpected - distinct) / (dExpected - table.low[n]);
  } else if (distinct > dExpected && table.high[n] <= k) {
    rDistinct = (distinct - dExpected) / (table.high[n] - dExpected);
  }
  if (note(rDistinct, 'distinct')) return worst;

  // Class balance.
  let rClass = 0;
  if (isHex) {
    rClass = Math.max(lowerTailNats(lower + upper, n, 6 / 16), lowerTailNats(digit, n, 10 / 16)) / T_NATS;
  } else if (!isDecimal) {
    if (lower > 0) rClass = Math.max(rClass, lowerTailNats(lower, n, lowerSize / kBalance) / T_NATS);
    if (upper > 0) rClass = Math.max(rClass, lowerTailNats(upper, n, upperSize / kBalance) / T_NATS);
    if (digit > 0) rClass = Math.max(rClass, lowerTailNats(digit, n, 10 / kBalance) / T_NATS);
  }
  if (note(rClass, 'class-balance')) return worst;

  // Separators: any punctuation character far too frequent for 1/k. Here k counts at least 8
  // punctuation characters: one seen symbol repeated (`1:2:3:4:5:6`) is not a 1-in-11 alphabet.
  let rSeparators = 0;
  const kSeparators = (classes & C_OTHER) !== 0 ? Math.max(k, kBalance - 24) : k;
  if ((classes & (C_PLUS_SLASH | C_DASH_UNDER | C_OTHER | C_SPACE)) !== 0) {
    for (let c = 32; c < 127; c++) {
      const count = seen[c];
      if (count < 2) continue;
      const cls = CLASS_OF[c];
      if (cls === C_LOWER || cls === C_UPPER || cls === C_DIGIT) continue;
      const bonferroni = Math.log(cls === C_OTHER ? 32 : classSize(cls));
      rSeparators = Math.max(rSeparators, (upperTailNats(count, n, 1 / kSeparators) - bonferroni) / T_NATS);
    }
  }
  if (note(rSeparators, 'separators')) return worst;

  const rPatterns = patternNats(s, k, classes, hexLetters) / T_NATS;
  if (note(rPatterns, 'patterns')) return worst;
  if (isDecimal) return worst;

  const eng = englishEvidence(s, hexLetters, true);
  const rWords = Math.max(0, Math.min(eng.wordNats / T_WORDS, eng.coverage / WORD_COVERAGE));
  if (note(rWords, 'dictionary-words')) return worst;
  // Several half-strong signals together are as unlikely for a random string as one strong one.
  note(W_BIGRAMS * rBigrams + W_WORDS * rWords + W_SHAPE * (rDistinct + rClass + rSeparators + rPatterns), 'combined');
  return worst;
}

const SYNTAX_MARKS = ['(?:', '(?!', '(?=', '[^', '[a-z', '[A-Z', '[0-9', '\\d', '\\w', '\\s', '\\.'];
const SYNTAX_PAIRS = [
  ['${', '}'],
  ['{{', '}}'],
  ['<%', '%>'],
] as const;
const SYNTAX_STARTS = ['./', '../', '~/', '//', 'urn:', 'tag:', 'arn:', 'mailto:', 'data:', 'file:', 'jdbc:', 'git@'];
const DATE_TIME = /\d{4}-\d\d-\d\d|\d\d:\d\d:\d\d/;
// File extensions and host-name endings.
const EXTENSIONS = new Set(
  ('js mjs cjs ts tsx jsx json yml yaml html htm css scss md txt png jpg jpeg gif svg ico py rb go java ' +
    'xml sh lock toml ini cfg conf env map wasm pdf zip gz com net org io dev app co ai cloud internal ' +
    'local localhost svc lan corp gov edu info biz')
    .split(' '),
);

/**
 * Syntax that no key generator produces but code, paths and markup are full of: template
 * markers, regular-expression syntax, relative paths, URI schemes, a file extension or host-name
 * ending (`.com`, `.internal`) at the end,
 * `%XX` escapes, dates and times, colon-separated hex (IPv6, MAC addresses), or punctuation with
 * no letters at all (IP addresses, versions). Only asked of strings with punctuation beyond
 * base64's. Each mark is at least three characters (or two at a fixed place) so that a random
 * password over all 94 printable characters shows one with odds of about 1e-4 or less.
 */
function hasSyntax(s: string, letters: number, hexLetters: boolean): boolean {
  if (letters === 0) return true;
  if (hexLetters && s.indexOf(':') !== s.lastIndexOf(':')) return true; // IPv6, MAC, fingerprints
  for (const mark of SYNTAX_MARKS) if (s.includes(mark)) return true;
  for (const [open, close] of SYNTAX_PAIRS) {
    const i = s.indexOf(open);
    if (i >= 0 && s.indexOf(close, i + open.length + 1) > 0) return true;
  }
  const lower = s.toLowerCase();
  for (const start of SYNTAX_STARTS) if (lower.startsWith(start)) return true;
  if (DATE_TIME.test(s)) return true;
  const dot = s.lastIndexOf('.');
  if (dot > 0 && s.length - dot <= 10 && EXTENSIONS.has(lower.slice(dot + 1))) return true;
  let percents = 0;
  for (let i = s.indexOf('%'); i >= 0 && i < s.length - 2; i = s.indexOf('%', i + 1)) {
    if (isUpperHexDigit(s.charCodeAt(i + 1)) && isUpperHexDigit(s.charCodeAt(i + 2))) percents++;
  }
  return percents >= 3;
}

function isUpperHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70);
}


const repKey = new Int32Array(256);
const repPos = new Int32Array(256);
const repStamp = new Int32Array(256);
let repGeneration = 0;

/**
 * Evidence (nats) of runs of one character, runs of neighbouring characters (also interleaved)
 * and the longest repeated substring, net of the number of places each could occur.
 */
function patternNats(s: string, k: number, classes: number, hexLetters: boolean): number {
  const n = s.length;
  const logN = Math.log(n);
  const perSame = Math.log(k);
  const perNeighbour = Math.log(k / meanNeighbours(classes, hexLetters));
  let total = 0;
  // How many adjacent pairs are neighbours at all (`abc123def456` has 8 of 11): Binomial(n - 1,
  // m/k) for a random string.
  let pairs = 0;
  for (let p = 1; p < n; p++) pairs += NEIGHBOUR[s.charCodeAt(p - 1) * 128 + s.charCodeAt(p)];
  const pairNats = upperTailNats(pairs, n - 1, Math.exp(-perNeighbour));
  let i = 0;
  while (i < n - 1) {
    const a = s.charCodeAt(i);
    let j = i + 1;
    let per: number;
    if (s.charCodeAt(j) === a) {
      while (j < n && s.charCodeAt(j) === a) j++;
      per = perSame;
    } else if (NEIGHBOUR[a * 128 + s.charCodeAt(j)] === 1) {
      while (j < n && NEIGHBOUR[s.charCodeAt(j - 1) * 128 + s.charCodeAt(j)] === 1) j++;
      per = perNeighbour;
    } else {
      i++;
      continue;
    }
    // Short runs happen by chance: only the surprise beyond 1 nat counts, so that many of
    // them don't add up.
    const nats = (j - i - 1) * per - logN;
    if (nats > 1) total += nats - 1;
    i = j;
  }
  // Interleaved sequences (`a1b2c3d4`, keyboard columns `qazwsxedc`): runs of positions whose
  // character neighbours the one two or three places on.
  for (let lag = 2; lag <= 3; lag++) {
    let run = 0;
    for (let p = 0; p + lag <= n; p++) {
      if (p + lag < n && NEIGHBOUR[s.charCodeAt(p) * 128 + s.charCodeAt(p + lag)] === 1) {
        run++;
      } else {
        const nats = run * perNeighbour - logN - Math.LN2;
        if (run >= 4 && nats > 1) total += nats - 1;
        run = 0;
      }
    }
  }
  // Longest repeated substring (occurrences may overlap): each trigram is compared with its
  // last occurrence only, through a small hash table, so the cost stays linear.
  const m = Math.min(n, 128);
  repGeneration++;
  let longest = 0;
  for (let p = 0; p + 3 <= m; p++) {
    const key = (s.charCodeAt(p) << 14) | (s.charCodeAt(p + 1) << 7) | s.charCodeAt(p + 2);
    let slot = Math.imul(key, 0x9e3779b1) >>> 24;
    while (repStamp[slot] === repGeneration && repKey[slot] !== key) slot = (slot + 1) & 255;
    if (repStamp[slot] === repGeneration) {
      const q = repPos[slot];
      let len = 3;
      while (p + len < m && s.charCodeAt(q + len) === s.charCodeAt(p + len)) len++;
      if (len > longest) longest = len;
    } else {
      repStamp[slot] = repGeneration;
      repKey[slot] = key;
    }
    repPos[slot] = p;
  }
  if (longest >= 3) {
    const nats = longest * perSame - 2 * Math.log(m) + Math.LN2;
    if (nats > 1) total += nats - 1;
  }
  return Math.max(total, pairNats);
}

interface English {
  /** How far the letter bigrams are from random letters towards English, in standard deviations. */
  readonly bigramZ: number;
  /** Log-likelihood ratio (nats) of the best cut into dictionary words against random letters. */
  readonly wordNats: number;
  /** Fraction of the letters inside those dictionary words. */
  readonly coverage: number;
}

const NO_ENGLISH: English = { bigramZ: 0, wordNats: 0, coverage: 0 };
const bestGain = new Float64Array(MAX_ANALYSED + 1);
const bestCover = new Int16Array(MAX_ANALYSED + 1);

/**
 * Cuts the string into words (letters only, split at case changes: `getElementById` -> get,
 * Element, By, Id) and scores them as English: letter bigrams, and the best segmentation of each
 * word into dictionary words. A dictionary word of L letters and cost c nats gains
 * L ln(letters) - c - 1 over random letters (the 1 pays for the extra boundary); letters outside
 * words gain nothing. Without `words`, the bigrams alone (wordNats and coverage 0).
 */
function englishEvidence(s: string, hexLetters: boolean, words: boolean): English {
  const n = s.length;
  let letters = 0;
  let pairs = 0;
  let cost = 0;
  let covered = 0;
  let wordNats = 0;
  const logLetters = Math.log(hexLetters ? 6 : 26);
  const { prefix2, prefix3 } = lexicon();
  let i = 0;
  while (i < n) {
    const cls = CLASS_OF[s.charCodeAt(i)];
    if (cls !== C_LOWER && cls !== C_UPPER) {
      i++;
      continue;
    }
    // A word: optional capitals then lower case ("Element", "HTML" before "Parser", "get").
    let j = i + 1;
    if (cls === C_UPPER) {
      while (j < n && CLASS_OF[s.charCodeAt(j)] === C_UPPER) j++;
      if (j < n && CLASS_OF[s.charCodeAt(j)] === C_LOWER) {
        if (j - i > 1) j--; // "HTMLParser": the last capital starts the next word
        else while (j < n && CLASS_OF[s.charCodeAt(j)] === C_LOWER) j++;
      }
    } else {
      while (j < n && CLASS_OF[s.charCodeAt(j)] === C_LOWER) j++;
    }
    const len = j - i;
    letters += len;
    for (let p = i + 1; p < j; p++) {
      cost += BIGRAM_COST[26 * (lowerCode(s.charCodeAt(p - 1)) - 97) + (lowerCode(s.charCodeAt(p)) - 97)];
      pairs++;
    }
    if (words && len >= 2) {
      // Forward dynamic programme over cut points: bestGain[p] is the best gain of word[0, p).
      bestGain.fill(-1, 0, len + 1);
      bestGain[0] = 0;
      bestCover[0] = 0;
      for (let p = 0; p < len; p++) {
        const g = bestGain[p];
        if (g > bestGain[p + 1]) {
          bestGain[p + 1] = g;
          bestCover[p + 1] = bestCover[p];
        }
        if (p + 1 >= len) continue;
        const ab = (lowerCode(s.charCodeAt(i + p)) - 97) * 26 + lowerCode(s.charCodeAt(i + p + 1)) - 97;
        if (prefix2.charCodeAt(ab) !== 49) continue;
        const longer = p + 2 < len && prefix3.charCodeAt(ab * 26 + lowerCode(s.charCodeAt(i + p + 2)) - 97) === 49;
        const last = longer ? Math.min(len, p + MAX_WORD) : p + 2;
        for (let e = p + 1; e < last; e++) {
          const c = wordCost(s, i + p, i + e + 1);
          if (c === 0) continue;
          const gain = g + (e + 1 - p) * logLetters - c - 1;
          if (gain > bestGain[e + 1]) {
            bestGain[e + 1] = gain;
            bestCover[e + 1] = bestCover[p] + e + 1 - p;
          }
        }
      }
      wordNats += bestGain[len];
      covered += bestCover[len];
    }
    i = j;
  }
  if (letters === 0) return NO_ENGLISH;
  const stats = hexLetters ? COST_HEX : COST_ALL;
  const bigramZ = pairs > 0 ? (pairs * stats.mean - cost) / (stats.sd * Math.sqrt(pairs)) : 0;
  return { bigramZ, wordNats, coverage: covered / letters };
}

/**
 * Answers per distinct value: real code asks about the same identifiers, paths and hashes over
 * and over (on the Rails tree, 6 calls in 10 repeat an earlier value). Bounded: cleared when full;
 * long values, rarely repeated, are not kept.
 */
const CACHE_ENTRIES = 4096;
const CACHE_MAX_LENGTH = 256;
const randomCache = new Map<string, boolean>();
const scoreCache = new Map<string, number>();

/**
 * The value as a string of its own: a value cut from a line is a slice of the text it came
 * from (a whole file, or an 8 MB history batch), and a cache key that is a slice keeps all of it
 * alive (a history scan ran its worker out of heap that way).
 */
function ownCopy(value: string): string {
  return (value + ' ').slice(0, -1);
}

/** True when the string looks like a randomly generated key (see the model above). */
export function looksRandom(value: string): boolean {
  const known = randomCache.get(value);
  if (known !== undefined) return known;
  const random = evidenceRatio(value, 1) < 1;
  if (value.length <= CACHE_MAX_LENGTH) {
    if (randomCache.size >= CACHE_ENTRIES) randomCache.clear();
    randomCache.set(ownCopy(value), random);
  }
  return random;
}

/**
 * How random the string looks, in [0, 1]: 1 - R/2 clamped, where R is the largest ratio of a
 * test's evidence to its threshold. Above 0.5 exactly when looksRandom is true.
 */
export function randomnessScore(value: string): number {
  const known = scoreCache.get(value);
  if (known !== undefined) return known;
  const r = evidenceRatio(value, Infinity);
  const score = Math.max(0, Math.min(1, 1 - r / 2));
  if (value.length <= CACHE_MAX_LENGTH) {
    if (scoreCache.size >= CACHE_ENTRIES) scoreCache.clear();
    scoreCache.set(ownCopy(value), score);
  }
  return score;
}

/**
 * The test that weighs most against randomness and its evidence/threshold ratio (>= 1 means the
 * string is judged not random). For diagnostics and tests; `test` is 'rule' for the hard rules
 * (length, URL, spaces, non-ASCII, regex) and 'none' when nothing is surprising at all.
 */
export function randomnessReport(value: string): { ratio: number; test: string } {
  const why = { test: 'none' };
  const ratio = evidenceRatio(value, Infinity, why);
  return { ratio, test: ratio === Infinity ? 'rule' : why.test };
}
