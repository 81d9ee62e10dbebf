// The provider rule catalog: every family file's rules, in one list.

import type { ProviderRule } from './rule.js';
import { rules as ai } from './ai.js';
import { rules as cloud } from './cloud.js';
import { rules as databases } from './databases.js';
import { rules as generic } from './generic.js';
import { rules as messaging } from './messaging.js';
import { rules as observability } from './observability.js';
import { rules as payments } from './payments.js';
import { rules as privateKeys } from './private-keys.js';
import { rules as registries } from './registries.js';
import { rules as secretsIdentity } from './secrets-identity.js';
import { rules as services } from './services.js';
import { rules as structuredTokens } from './structured-tokens.js';
import { rules as vcsCi } from './vcs-ci.js';
import { rules as webhooks } from './webhooks.js';

export const providerRules: readonly ProviderRule[] = [
  ...cloud,
  ...vcsCi,
  ...privateKeys,
  ...databases,
  ...messaging,
  ...payments,
  ...ai,
  ...registries,
  ...observability,
  ...secretsIdentity,
  ...services,
  ...structuredTokens,
  ...webhooks,
  ...generic,
];
