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
 * For the word of HOOK_WORDS at `word`: the HOOK_PATTERNS of every rule it is a keyword of. On a
 * line with no live marker word and no shape, or on any line of a lockfile (where only provider
 * rules run), the engine runs only the rules whose keywords the line holds, and a rule reports
 * only where its pattern matches (provider-match.ts matchRule): so a line none of whose words'
 * patterns match yields no finding (but see hookWordOpens). A marker word that is no rule's
 * keyword has none (empty): the gate asks the engine's own question of the lines holding one
 * (hook-markers.ts markersSettled). A function, so that the shipped gate reads only the entries
 * of the words a diff holds.
 */
export function hookWordPatterns(word: number): readonly number[] {
  return words()[word]?.patterns ?? [];
}

/**
 * Whether a line holding the word at `word` goes to every detector wherever it is, so that its
 * rules' patterns settle it only in a lockfile (engine.ts scanLine, providerRulesAlone): a
 * keyword of a generic-* rule. True for an index that is no word's.
 */
export function hookWordOpens(word: number): boolean {
  return words()[word]?.opens ?? true;
}

interface WordEntry {
  readonly patterns: readonly number[];
  readonly opens: boolean;
}

let wordEntries: readonly WordEntry[] | undefined;

const words = (): readonly WordEntry[] => (wordEntries ??= HOOK_WORDS.map(entryOfWord));

function entryOfWord(w: string): WordEntry {
  const rules = providerRules.filter((r) => r.keywords.some((k) => k.toLowerCase() === w));
  return {
    patterns: [...new Set(rules.map((r) => HOOK_PATTERNS.indexOf(`${r.pattern.flags}/${r.pattern.source}`)))],
    opens: rules.some((r) => r.id.startsWith('generic-')),
  };
}
