// The words the hook gate looks for (hook-gate.ts): every keyword of the rule catalog and every
// marker word of the engine, lower case, each once, and the marker words alone; and for each word
// the patterns that settle a line holding it. The shipped build writes them out as lists
// (scripts/build.mjs hookWords), so the gate's bundle holds no rule object, and the pattern
// texts go to a file beside it.

import { SECRET_NAME_MARKERS, WORD_MARKERS } from '../detect/filters/names.js';
import { providerRules } from '../detect/rules/index.js';

export const HOOK_WORDS: readonly string[] = [...new Set([...providerRules.flatMap((r) => r.keywords), ...SECRET_NAME_MARKERS].map((w) => w.toLowerCase()))];

/** The marker words alone (lower case): those that open a line anywhere decline at the gate's first look (hook-gate.ts). */
export const HOOK_MARKERS: readonly string[] = SECRET_NAME_MARKERS.map((w) => w.toLowerCase());

/** The marker words that open a line only as a word of a name (names.ts WORD_MARKERS); the others open it anywhere. */
export const HOOK_WORD_MARKERS: readonly string[] = HOOK_MARKERS.filter((m) => WORD_MARKERS.has(m));

/**
 * The catalog's patterns as `flags/source` (each rule's, each text once), for the gate to
 * compile the few a diff needs.
 */
export const HOOK_PATTERNS: readonly string[] = [...new Set(providerRules.map((r) => `${r.pattern.flags}/${r.pattern.source}`))];

/**
 * The pattern of HOOK_PATTERNS at `i`. A function: the shipped gate reads the texts from a file of
 * their own the first time a diff needs one (scripts/build.mjs hookWords), so a diff with no
 * keyword does not pay for compiling 40 KB of them as a string in the gate's bundle.
 */
export function hookPattern(i: number): string {
  return HOOK_PATTERNS[i]!;
}

/**
 * For the word of HOOK_WORDS at `word`: the HOOK_PATTERNS of every rule it is a keyword of, or
 * null where a line holding it goes to more detectors than the provider rules (engine.ts
 * scanLine): a keyword of a generic-* rule (providerRulesAlone there). On a line with no live
 * marker word and no shape, the engine runs only the rules whose keywords the line holds, and a
 * rule reports only where its pattern matches (provider-match.ts matchRule): so a line none of
 * whose words' patterns match yields no finding. A marker word that is no rule's keyword has
 * none (empty): the gate asks the engine's own question of the lines holding one (hook-markers.ts
 * markersSettled). A function, so that the shipped gate reads only the entries of the words a
 * diff holds.
 */
export function hookWordPatterns(word: number): readonly number[] | null {
  return (wordPatterns ??= HOOK_WORDS.map(patternsOfWord))[word] ?? null;
}

let wordPatterns: (readonly number[] | null)[] | undefined;

function patternsOfWord(w: string): readonly number[] | null {
  const rules = providerRules.filter((r) => r.keywords.some((k) => k.toLowerCase() === w));
  if (rules.some((r) => r.id.startsWith('generic-'))) return null;
  return [...new Set(rules.map((r) => HOOK_PATTERNS.indexOf(`${r.pattern.flags}/${r.pattern.source}`)))];
}
