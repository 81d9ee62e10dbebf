// Loads and validates `.secret-scan.json`. Every mistake names the offending key and is a
// usage error (exit 2): a typo must never silently turn a check off.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProviderRule } from '../detect/rule.js';
import { UsageError, type Severity } from '../types.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface CustomRuleConfig {
  readonly id: string;
  readonly pattern: string;
  readonly keywords?: readonly string[];
  readonly severity?: Severity;
  readonly description?: string;
}

export interface Config {
  readonly allowPaths: readonly string[];
  readonly disable: readonly string[];
  readonly rules: readonly CustomRuleConfig[];
  readonly failOn?: FailOn;
  /** Where the config came from, for messages; null when none was found. */
  readonly source: string | null;
}

export const CONFIG_FILE = '.secret-scan.json';
export const EMPTY_CONFIG: Config = { allowPaths: [], disable: [], rules: [], source: null };

const TOP_KEYS = new Set(['$schema', 'allowPaths', 'disable', 'rules', 'failOn']);
const RULE_KEYS = new Set(['id', 'pattern', 'keywords', 'severity', 'description']);

function stringArray(v: unknown, key: string, file: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new UsageError(`${file}: "${key}" must be an array of strings`);
  return v as string[];
}

/** A regex with a quantified group that itself ends in a quantifier can backtrack catastrophically. */
export function isRiskyPattern(source: string): boolean {
  return /\((?:[^()\\]|\\.)*[+*}]\)\s*[+*{]/.test(source) || /\((?:[^()\\]|\\.)*\|(?:[^()\\]|\\.)*\)[+*]\s*[+*]/.test(source);
}

export function parseConfig(text: string, file: string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`${file}: must be a JSON object`);
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (!TOP_KEYS.has(k)) throw new UsageError(`${file}: unknown key "${k}"`);
  const allowPaths = obj.allowPaths === undefined ? [] : stringArray(obj.allowPaths, 'allowPaths', file);
  const disable = obj.disable === undefined ? [] : stringArray(obj.disable, 'disable', file);
  let failOn: FailOn | undefined;
  if (obj.failOn !== undefined) {
    if (obj.failOn !== 'error' && obj.failOn !== 'warning' && obj.failOn !== 'never') throw new UsageError(`${file}: "failOn" must be "error", "warning" or "never"`);
    failOn = obj.failOn;
  }
  const rules: CustomRuleConfig[] = [];
  if (obj.rules !== undefined) {
    if (!Array.isArray(obj.rules)) throw new UsageError(`${file}: "rules" must be an array`);
    obj.rules.forEach((r: unknown, i: number) => {
      const at = `rules[${i}]`;
      if (typeof r !== 'object' || r === null || Array.isArray(r)) throw new UsageError(`${file}: "${at}" must be an object`);
      const rule = r as Record<string, unknown>;
      for (const k of Object.keys(rule)) if (!RULE_KEYS.has(k)) throw new UsageError(`${file}: unknown key "${at}.${k}"`);
      if (typeof rule.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(rule.id)) throw new UsageError(`${file}: "${at}.id" must be a kebab-case string`);
      if (typeof rule.pattern !== 'string') throw new UsageError(`${file}: "${at}.pattern" must be a string`);
      try {
        new RegExp(rule.pattern);
      } catch (e) {
        throw new UsageError(`${file}: "${at}.pattern" is not a valid regular expression (${(e as Error).message})`);
      }
      if (isRiskyPattern(rule.pattern)) throw new UsageError(`${file}: "${at}.pattern" nests quantifiers and could backtrack catastrophically; rewrite it without a repeated group that itself repeats`);
      if (rule.severity !== undefined && rule.severity !== 'error' && rule.severity !== 'warning') throw new UsageError(`${file}: "${at}.severity" must be "error" or "warning"`);
      if (rule.description !== undefined && typeof rule.description !== 'string') throw new UsageError(`${file}: "${at}.description" must be a string`);
      const keywords = rule.keywords === undefined ? undefined : stringArray(rule.keywords, `${at}.keywords`, file);
      rules.push({
        id: rule.id,
        pattern: rule.pattern,
        ...(keywords ? { keywords } : {}),
        ...(rule.severity ? { severity: rule.severity as Severity } : {}),
        ...(typeof rule.description === 'string' ? { description: rule.description } : {}),
      });
    });
  }
  return { allowPaths, disable, rules, ...(failOn ? { failOn } : {}), source: file };
}

/**
 * The explicit `--config FILE` (must exist), or `.secret-scan.json` at the root when present,
 * or no config (`--no-config`: explicitly none).
 */
export function loadConfig(explicit: string | false | undefined, root: string): Config {
  if (explicit === false) return EMPTY_CONFIG;
  const file = explicit ?? join(root, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (explicit === undefined && (e as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_CONFIG;
    throw new UsageError(`cannot read config ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseConfig(text, explicit ?? CONFIG_FILE);
}

/** Custom rules from the config, in the catalog's shape. */
export function customRules(config: Config): ProviderRule[] {
  return config.rules.map((r) => ({
    id: r.id,
    description: r.description ?? `Custom rule ${r.id}`,
    keywords: (r.keywords ?? []).map((k) => k.toLowerCase()),
    pattern: new RegExp(r.pattern),
    severity: r.severity ?? 'error',
    remediation: 'Remove it from the source and rotate it; see your team\'s rule documentation.',
    samples: () => ({ positive: [], negative: [] }),
  }));
}
