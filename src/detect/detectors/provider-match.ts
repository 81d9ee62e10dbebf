// Runs one provider rule over one line: pattern, then the rule's randomness floor and
// offline validator. The engine calls this only for rules the keyword prefilter selected.

import type { Match } from '../../types.js';
import type { ProviderRule } from '../rules/rule.js';
import { looksRandom } from '../randomness/randomness.js';

const globalCache = new WeakMap<RegExp, RegExp>();

function globalOf(re: RegExp): RegExp {
  let g = globalCache.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    globalCache.set(re, g);
  }
  return g;
}

export function matchRule(rule: ProviderRule, text: string): Match[] {
  const re = globalOf(rule.pattern);
  re.lastIndex = 0;
  const out: Match[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const secret = m.groups?.secret ?? m[1] ?? m[0];
    if (!secret) continue;
    const offset = m.index + Math.max(0, m[0].indexOf(secret));
    if (rule.requireRandom && !looksRandom(secret)) continue;
    if (rule.validate && !rule.validate(secret, m)) continue;
    out.push({
      ruleId: rule.id,
      severity: rule.severity,
      message: rule.description,
      remediation: rule.remediation,
      secret,
      start: offset,
      end: offset + secret.length,
    });
  }
  return out;
}

/** True when the line contains one of the rule's keywords (case-insensitive). */
export function hasKeyword(rule: ProviderRule, lowerText: string): boolean {
  return rule.keywords.some((k) => lowerText.includes(k));
}
