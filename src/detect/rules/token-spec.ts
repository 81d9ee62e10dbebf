// A rule for a token that is nothing but a fixed prefix and a run of one alphabet, built from a
// one-line spec: the pattern, a randomness check and samples that pin the length bounds.

import type { ProviderRule } from './rule.js';
import { looksRandom } from '../randomness/randomness.js';
import { ALPHABETS, synth } from '../synthetic.js';
import { plausible } from './shared.js';

/** The alphabets a token body is drawn from: a character class for the pattern, the characters for samples. */
const BODIES = {
  hex: ['a-f0-9', ALPHABETS.hex],
  HEX: ['A-F0-9', ALPHABETS.HEX],
  anyHex: ['a-fA-F0-9', '0123456789abcdefABCDEF'],
  base62: ['A-Za-z0-9', ALPHABETS.base62],
  base64url: ['A-Za-z0-9_-', ALPHABETS.base64url],
  base64: ['A-Za-z0-9+/', ALPHABETS.base64],
  lowerAlnum: ['a-z0-9', ALPHABETS.lowerAlnum],
  upperAlnum: ['A-Z0-9', ALPHABETS.upperAlnum],
} as const;

export type Body = keyof typeof BODIES;

export interface TokenSpec {
  readonly id: string;
  /** The provider and the kind of credential, e.g. 'Prefect API key'. */
  readonly what: string;
  /** Literal prefixes (case-sensitive), each at least three characters. */
  readonly prefixes: readonly string[];
  readonly body: Body;
  /** Exact length of the body, or its bounds. */
  readonly len: number | readonly [number, number];
  /** The variable a sample assigns it to, e.g. 'PREFECT_API_KEY'. */
  readonly env: string;
  /** Where to revoke it, e.g. 'Prefect Cloud (Profile > API keys)'. */
  readonly where: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `PREFECT_API_KEY` → `prefectApiKey`: the JSON spelling of a sample's name. */
const camel = (env: string): string => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function tokenRule(spec: TokenSpec): ProviderRule {
  const [min, max] = typeof spec.len === 'number' ? [spec.len, spec.len] : spec.len;
  const [cls, chars] = BODIES[spec.body];
  const prefixes = spec.prefixes.map(escape).join('|');
  // The body's own characters may not follow (a longer run is another token), nor a word character.
  const after = spec.body === 'base64' ? `[\\w+/=-]` : `[\\w-]`;
  const dotted = spec.prefixes.some((p) => p.includes('.'));
  return {
    id: spec.id,
    description: `${spec.what} (${spec.prefixes.join(', ')})`,
    keywords: [...new Set(spec.prefixes.map((p) => p.toLowerCase()))],
    pattern: new RegExp(`(?<![\\w${dotted ? '.' : ''}-])(?:${prefixes})[${cls}]{${min},${max}}(?!${after})`),
    // Letter-and-digit bodies of 20 or more characters must also look random: a distinctive prefix
    // followed by a camel-case identifier is code, not a token. Hex bodies are judged by plausible().
    validate: (token: string) => {
      if (!plausible(token)) return false;
      const body = token.slice(spec.prefixes.find((p) => token.startsWith(p))!.length);
      return body.length < 20 || /hex|HEX/i.test(spec.body) || looksRandom(body);
    },
    severity: 'error',
    remediation: `Revoke the ${spec.what} in ${spec.where} and issue a new one; once it reached a shared branch, treat it as compromised.`,
    samples: () => {
      const first = spec.prefixes[0]!;
      const last = spec.prefixes[spec.prefixes.length - 1]!;
      const body = (n: number, seed: string): string => synth(chars, n, spec.id + seed);
      return {
        // The longest and the shortest body the rule accepts.
        positive: [`${spec.env}=${first}${body(max, 'p1')}`, `  "${camel(spec.env)}": "${last}${body(min, 'p2')}",`],
        negative: [
          `${spec.env}=${first}${body(max + 1, 'n1')}`,
          ...(min > 1 ? [`${spec.env}=${first}${body(min - 1, 'n2')}`] : []),
          `${spec.env}=${first}${chars[chars.length - 1]!.repeat(min)}`,
          `# ${spec.what}s start with ${first}`,
        ],
      };
    },
  };
}
