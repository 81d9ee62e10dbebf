// Provider rules: private-keys. Formats learned from the providers' own documentation.

import type { ProviderRule } from '../rule.js';

export const rules: readonly ProviderRule[] = [];
