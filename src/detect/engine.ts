// The detection engine: runs every detector over a Fragment's lines and returns Findings.
// Knows nothing about git. Provider rules run only when the keyword prefilter selects them.

import { createHash } from 'node:crypto';
import type { FileContext, Finding, Fragment, Match } from '../types.js';
import { fileContext } from './file-context.js';
import { isPublicKeyLine } from './filters.js';
import { detectHighEntropy } from './high-entropy.js';
import { buildKeywordIndex, type KeywordIndex } from './prefilter.js';
import { matchRule } from './provider-match.js';
import type { ProviderRule } from './rule.js';
import { providerRules } from './rules/index.js';
import { detectSecretKeyAssignments } from './secret-key-assignment.js';

export interface EngineOptions {
  /** Rule ids (or detector ids: 'secret-key-assignment', 'high-entropy', …) not to run. */
  readonly disable?: ReadonlySet<string>;
  /** Extra rules (from the config), run like the catalog's. */
  readonly extraRules?: readonly ProviderRule[];
}

export interface Engine {
  detect(fragment: Fragment): Finding[];
}

/** Which of two overlapping matches on a line to keep: the more specific rule wins. */
function priority(m: Match): number {
  if (m.ruleId === 'high-entropy') return 0;
  if (m.ruleId.startsWith('generic-')) return 1;
  if (m.ruleId === 'weak-secret-key') return 2;
  if (m.ruleId === 'secret-key-assignment') return 3;
  return 4; // provider rules
}

function dedupe(matches: Match[]): Match[] {
  if (matches.length < 2) return matches;
  const sorted = [...matches].sort((a, b) => priority(b) - priority(a) || a.start - b.start);
  const kept: Match[] = [];
  for (const m of sorted) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function fingerprint(file: string, ruleId: string, secret: string): string {
  const h = createHash('sha256').update(secret).digest('hex').slice(0, 16);
  return `${file}:${ruleId}:${h}`;
}

/** PEM blocks whose body lines are not secrets on their own (public material) or are already reported (private keys, at BEGIN). */
const PEM_BEGIN = /-----BEGIN [A-Z0-9 ]+-----/;
const PEM_END = /-----END [A-Z0-9 ]+-----/;

export function createEngine(options: EngineOptions = {}): Engine {
  const disabled = options.disable ?? new Set<string>();
  const rules = [...providerRules, ...(options.extraRules ?? [])].filter((r) => !disabled.has(r.id));
  let index: KeywordIndex | null = null;
  const assignmentsOn = !disabled.has('secret-key-assignment');
  const weakOn = !disabled.has('weak-secret-key');
  const entropyOn = !disabled.has('high-entropy');

  function lineMatches(text: string, lower: string, ctx: FileContext, prevText: string | undefined, inPem: boolean): Match[] {
    index ??= buildKeywordIndex(rules);
    const found: Match[] = [];
    for (const rule of index.candidates(lower)) for (const m of matchRule(rule, text)) found.push(m);
    // Lockfiles and minified bundles are full of hashes: only provider rules run there.
    if (!ctx.isLockfile && !ctx.isMinified && !inPem) {
      if (assignmentsOn || weakOn) {
        for (const m of detectSecretKeyAssignments(text, ctx, prevText)) {
          if (m.ruleId === 'weak-secret-key' ? weakOn : m.ruleId === 'high-entropy' ? entropyOn : assignmentsOn) found.push(m);
        }
      }
      if (entropyOn) for (const m of detectHighEntropy(text, ctx)) found.push(m);
    }
    return dedupe(found);
  }

  return {
    detect(fragment: Fragment): Finding[] {
      const ctx = fileContext(fragment.file);
      const findings: Finding[] = [];
      let pemUntilEnd = false;
      let prev: { number: number; text: string } | undefined;
      for (const line of fragment.lines) {
        const text = line.text;
        const prevText = prev && prev.number === line.number - 1 ? prev.text : undefined;
        prev = line;
        if (text.length === 0) continue;
        const inPem = pemUntilEnd;
        if (PEM_BEGIN.test(text) && !PEM_END.test(text)) pemUntilEnd = true;
        else if (PEM_END.test(text)) pemUntilEnd = false;
        if (isPublicKeyLine(text)) continue;
        const lower = text.toLowerCase();
        for (const m of lineMatches(text, lower, ctx, prevText, inPem)) {
          findings.push({
            ruleId: m.ruleId,
            severity: m.severity,
            message: m.message,
            file: fragment.file,
            line: line.number,
            column: m.start + 1,
            endLine: line.number,
            endColumn: m.end + 1,
            secret: m.secret,
            fingerprint: fingerprint(fragment.file, m.ruleId, m.secret),
            remediation: m.remediation,
            ...(fragment.commit !== undefined ? { commit: fragment.commit } : {}),
            ...(fragment.author !== undefined ? { author: fragment.author } : {}),
            ...(fragment.date !== undefined ? { date: fragment.date } : {}),
            ...(m.encoded !== undefined ? { encoded: m.encoded } : {}),
          });
        }
      }
      return findings;
    },
  };
}
