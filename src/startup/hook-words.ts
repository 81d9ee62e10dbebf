// The words the hook gate looks for (hook-gate.ts): every keyword of the rule catalog and every
// marker word of the engine, lower case, each once, and the marker words alone. The shipped build
// writes them out as lists (scripts/build.mjs hookWords), so the gate's bundle holds no rule.

import { SECRET_NAME_MARKERS } from '../detect/filters/names.js';
import { providerRules } from '../detect/rules/index.js';

export const HOOK_WORDS: readonly string[] = [...new Set([...providerRules.flatMap((r) => r.keywords), ...SECRET_NAME_MARKERS].map((w) => w.toLowerCase()))];

/** The marker words alone (lower case): the gate's first look (hook-gate.ts). */
export const HOOK_MARKERS: readonly string[] = SECRET_NAME_MARKERS.map((w) => w.toLowerCase());
