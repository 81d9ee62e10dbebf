// The shape of a provider rule: plain data plus its own evidence (samples). Rule files
// under detect/rules/ export arrays of these; the engine indexes their keywords.

import type { Severity } from '../../types.js';

export interface ProviderRule {
  /** Stable kebab-case id, e.g. 'github-pat-classic'. Used in config, allow comments, fingerprints. */
  readonly id: string;
  /** One line for people: what the credential is. */
  readonly description: string;
  /**
   * Lower-case literal strings; the rule's pattern only runs on a line that contains one of
   * them (case-insensitively). Must be substrings of every true sample.
   */
  readonly keywords: readonly string[];
  /**
   * The pattern. Must not be global/sticky. If it has a named group `secret`, that group is
   * the reported secret; otherwise group 1, otherwise the whole match.
   */
  readonly pattern: RegExp;
  readonly severity: Severity;
  /** When true the secret must also look random (detect/randomness/randomness.ts). */
  readonly requireRandom?: boolean;
  /**
   * Offline validator (checksum, structure). Return false to drop the match. It also gets the
   * match (its `input` is the scanned text), for conditions on the rest of the line that a
   * lookaround would check only by scanning an unbounded stretch (detect/regex-safety.ts).
   */
  readonly validate?: (secret: string, match: RegExpExecArray) => boolean;
  /** What to do about a leak of this credential. */
  readonly remediation: string;
  /**
   * Lines that must be reported (positive) and must not be reported (negative) by this rule.
   * A function, so that nothing is built on the scan path, and so that token-shaped samples
   * are generated (detect/synthetic.ts) rather than written out as realistic literals.
   */
  readonly samples: () => RuleSamples;
}

export interface RuleSamples {
  readonly positive: readonly string[];
  readonly negative: readonly string[];
  /**
   * The secret each positive sample must report, by index. Left out (or undefined at an index),
   * the secret is the whole token at its place in the line: the run of characters between
   * whitespace, quotes and the separators `=,;&()<>[]{}`. Rules that report part of a token
   * (the password of a URL, the key half of `id:key`) list their secrets here.
   */
  readonly secrets?: readonly (string | undefined)[];
}
