// What the provider rule families have in common: pattern builders, validators that reject
// placeholders, and sample builders. One copy, so every family builds the same shapes the same way.

import type { ProviderRule } from './rule.js';
import { looksRandom } from '../randomness/randomness.js';
import { synth } from '../synthetic.js';

/** Case-insensitive literal for pattern sources (Node 20 has no inline `(?i:)` groups). */
export const ci = (word: string): string => word.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);

/**
 * `name` (a pattern source) inside an identifier or call (`X_KEY=`, `"xKey":`, `x.Client(api_key=`), then an
 * assignment or key/value separator, then `value` as the secret: how prefix-less formats show up.
 */
export function assigned(name: string, value: string): RegExp {
  return new RegExp(`${name}[\\w.(-]{0,40}?["'\`]?\\]?\\s*(?::=|=>|[:=,])\\s*["'\`]?(?<secret>${value})(?![\\w-])`);
}

/** A lower-case UUID, as a pattern source. */
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Rejects placeholders that fit a token's shape: runs (`xxxxxx`), counting sequences, few distinct characters. */
export function plausible(token: string): boolean {
  if (/(.)\1{5}|0123456|1234567|abcdefg|ABCDEFG/.test(token)) return false;
  return new Set(token).size >= Math.min(8, token.length / 3);
}

/**
 * The randomness floor for values that may be UUIDs: a v4 UUID's dashes are structure, so its
 * 32 hex digits are judged instead.
 */
export const randomish = (value: string): boolean => looksRandom(value.replace(/-/g, '')) && plausible(value);

/** The randomness floor judges a token's random part: a fixed prefix is structure, not evidence. */
export const randomAfter =
  (prefix: RegExp) =>
  (s: string): boolean =>
    looksRandom(s.replace(prefix, ''));

/**
 * A rule for a token recognised by its own prefix: `prefix` (a literal) + `body` (a pattern source).
 * A dotted prefix (`hvs.`, `dp.st.`) right after a dot is part of a longer dotted name, so it is not one.
 */
export function prefixed(id: string, description: string, prefix: string, body: string, remediation: string, samples: ProviderRule['samples']): ProviderRule {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const notAfter = prefix.includes('.') ? '[\\w.-]' : '[\\w-]';
  return {
    id,
    description,
    keywords: [prefix.toLowerCase()],
    pattern: new RegExp(`(?<!${notAfter})${escaped}${body}(?![\\w-])`),
    validate: plausible,
    severity: 'error',
    remediation,
    samples,
  };
}

/** The JSON object (not array) that a base64 or base64url segment encodes, or undefined. */
export function decodedJsonObject(segment: string): Record<string, unknown> | undefined {
  try {
    // Node's base64url decoder also reads the standard alphabet, so one decoder serves both.
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A sample v4 UUID (variant `a`) cut from one seeded run of 32 hex digits. */
export const uuid = (seed: string): string => {
  const h = synth('hex', 32, seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};

/** A sample v4 UUID drawn segment by segment, with the given variant digit (`8`–`b`). */
export const uuidBySegment = (seed: string, variant = 'a'): string =>
  `${synth('hex', 8, seed + 1)}-${synth('hex', 4, seed + 2)}-4${synth('hex', 3, seed + 3)}-${variant}${synth('hex', 3, seed + 4)}-${synth('hex', 12, seed + 5)}`;

/** Characters that end a line for `.` in a pattern. */
const LINE_END = /[\n\r\u2028\u2029]/;

// The occurrences of a context pattern and of stop characters in the text last scanned, found once
// per text rather than once per match: a line can hold many candidate matches.
const occurrenceCache = new Map<RegExp, { text: string; starts: number[]; ends: number[] }>();
const stopCache = new Map<RegExp, { text: string; at: number[] }>();

/** Every occurrence of the global pattern `re` in `text`, overlapping ones included (as a lookaround sees them). */
function occurrences(text: string, re: RegExp): { starts: number[]; ends: number[] } {
  const hit = occurrenceCache.get(re);
  if (hit && hit.text === text) return hit;
  const starts: number[] = [];
  const ends: number[] = [];
  re.lastIndex = 0;
  for (let c = re.exec(text); c !== null; c = re.exec(text)) {
    starts.push(c.index);
    ends.push(c.index + c[0].length);
    re.lastIndex = c.index + 1;
  }
  ends.sort((a, b) => a - b);
  const entry = { text, starts, ends };
  occurrenceCache.set(re, entry);
  return entry;
}

/** Positions of the characters of `text` that `stop` (one character) matches. */
function stopsIn(text: string, stop: RegExp): number[] {
  const hit = stopCache.get(stop);
  if (hit && hit.text === text) return hit.at;
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (stop.test(text[i]!)) at.push(i);
  stopCache.set(stop, { text, at });
  return at;
}

/** The first index of the sorted `xs` holding a value >= x (xs.length when none does). */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether some value of the sorted `xs` lies in [lo, hi]. */
function anyIn(xs: readonly number[], lo: number, hi: number): boolean {
  const k = lowerBound(xs, lo);
  return k < xs.length && xs[k]! <= hi;
}

/** The run of characters outside `stop` around position `at`: [start, end). */
function runAround(text: string, stop: RegExp, at: number): [number, number] {
  const stops = stopsIn(text, stop);
  const k = lowerBound(stops, at);
  return [k > 0 ? stops[k - 1]! + 1 : 0, k < stops.length ? stops[k]! : text.length];
}

/**
 * Whether `context` (a global pattern) matches on the same line as the match `m`, ending at or
 * before the match's end or starting at or after it, with no line end between: what
 * `(?<=CONTEXT.*)|(?=.*CONTEXT)` after the match checks, without lookarounds that rescan the line
 * for every candidate.
 */
export function onSameLine(m: RegExpExecArray, context: RegExp): boolean {
  const end = m.index + m[0].length;
  const [lineStart, lineEnd] = runAround(m.input, LINE_END, end);
  const occ = occurrences(m.input, context);
  return anyIn(occ.ends, lineStart, end) || anyIn(occ.starts, end, lineEnd);
}

/**
 * Whether `context` (a global pattern) ends at most `reach` characters before position `at` of
 * `text`, with no `stop` character between: what `(?<=CONTEXT[^STOP]{0,reach})` at `at` checks.
 */
export function endsBefore(text: string, at: number, context: RegExp, stop: RegExp, reach: number): boolean {
  const [runStart] = runAround(text, stop, at);
  return anyIn(occurrences(text, context).ends, Math.max(runStart, at - reach), at);
}

/**
 * Whether, within the run of characters outside `stop` around the end of the match `m`, `before`
 * matches ending at most `reach` characters before that end, or `after` matches starting at most
 * `reach` characters after it (both global patterns). What
 * `(?<=BEFORE[^STOP]{0,reach})|(?=[^STOP]{0,reach}AFTER)` checks, without lookarounds that scan up
 * to `reach` characters for every candidate.
 */
export function inSameRun(m: RegExpExecArray, before: RegExp, after: RegExp, stop: RegExp, reach: number): boolean {
  const end = m.index + m[0].length;
  const [runStart, runEnd] = runAround(m.input, stop, end);
  return anyIn(occurrences(m.input, before).ends, Math.max(runStart, end - reach), end) || anyIn(occurrences(m.input, after).starts, end, Math.min(runEnd, end + reach));
}
