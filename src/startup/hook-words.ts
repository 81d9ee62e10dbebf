// The words the hook gate looks for (hook-gate.ts): every keyword of the rule catalog and every
// marker word of the engine, lower case, each once. The shipped build writes them out as a list
// (scripts/build.mjs hookWords), so the gate's bundle holds no rule.

import { SECRET_NAME_MARKERS } from '../detect/filters/names.js';
import { providerRules } from '../detect/rules/index.js';

export const HOOK_WORDS: readonly string[] = [...new Set([...providerRules.flatMap((r) => r.keywords), ...SECRET_NAME_MARKERS].map((w) => w.toLowerCase()))];
