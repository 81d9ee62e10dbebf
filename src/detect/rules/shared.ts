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
