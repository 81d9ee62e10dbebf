// Loads and validates `.secret-scan.json`. Every mistake names the offending key and is a
// usage error (exit 2): a typo must never silently turn a check off.

import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ProviderRule } from '../detect/rules/rule.js';
import { randomnessScore } from '../detect/randomness/randomness.js';
import { providerRules } from '../detect/rules/index.js';
import { UsageError, type Severity } from '../types.js';
import { MAX_CONFIG_BYTES, parseJsonText, readSmallFile } from './small-file.js';
import { backtrackingRisk } from '../detect/regex-safety.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface CustomRuleConfig {
  readonly id: string;
  readonly pattern: string;
  readonly keywords?: readonly string[];
  readonly severity?: Severity;
  readonly description?: string;
  readonly remediation?: string;
  /** Randomness floor: the matched secret must also look random (detect/randomness/randomness.ts). */
  readonly requireRandom?: boolean;
  /** A finer floor: randomnessScore (0..1, above 0.5 means "looks random") must reach this. */
  readonly minRandomness?: number;
  /** Values this rule never reports (documented examples, known placeholders). */
  readonly allowValues?: readonly string[];
  /** Globs where this rule does not report. */
  readonly allowPaths?: readonly string[];
}

/** Per-rule settings for any rule, built-in or custom: `overrides: { "<rule-id>": {…} }`. */
export interface RuleOverride {
  readonly severity?: Severity;
  readonly allowPaths?: readonly string[];
  readonly allowValues?: readonly string[];
}

export interface Config {
  readonly allowPaths: readonly string[];
  readonly disable: readonly string[];
  readonly rules: readonly CustomRuleConfig[];
  readonly overrides?: Readonly<Record<string, RuleOverride>>;
  readonly failOn?: FailOn;
  /** Baseline file as written in the config (relative to the config file's directory). */
  readonly baseline?: string;
  /** The baseline's absolute path, set by loadConfig. */
  readonly baselinePath?: string;
  /** The baseline's path relative to the scan's root ('/' separators) when it is inside it: never scanned. */
  readonly baselineFile?: string;
  /**
   * Set when the config was found in the repository (not named with --config): the directory its
   * baseline must stay inside.
   */
  readonly baselineInside?: string;
  /** Where the config came from, for messages; null when none was found. */
  readonly source: string | null;
}

export const CONFIG_FILE = '.secret-scan.json';
export const EMPTY_CONFIG: Config = { allowPaths: [], disable: [], rules: [], source: null };

/** Detectors that are not catalog rules but have ids of their own (engine.ts). */
export const DETECTOR_IDS: readonly string[] = ['secret-key-assignment', 'weak-secret-key', 'high-entropy', 'tracked-dotenv'];

const TOP_KEYS = new Set(['$schema', 'allowPaths', 'disable', 'rules', 'overrides', 'failOn', 'baseline']);
const RULE_KEYS = new Set(['id', 'pattern', 'keywords', 'severity', 'description', 'remediation', 'requireRandom', 'minRandomness', 'allowValues', 'allowPaths']);
const OVERRIDE_KEYS = new Set(['severity', 'allowPaths', 'allowValues']);

/**
 * A key as messages show it: quoted, on one line, cut short. Messages name keys, never values:
 * the file may not be a config at all (a mistaken path), and its content stays private.
 */
function keyName(key: string): string {
  return JSON.stringify(key.length > 64 ? `${key.slice(0, 64)}…` : key);
}

function stringArray(v: unknown, key: string, file: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new UsageError(`${file}: "${key}" must be an array of strings`);
  return v as string[];
}

function severityOf(v: unknown, key: string, file: string): Severity | undefined {
  if (v === undefined) return undefined;
  if (v !== 'error' && v !== 'warning') throw new UsageError(`${file}: "${key}" must be "error" or "warning"`);
  return v;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// Catastrophic backtracking: custom patterns are checked by detect/regex-safety.ts.
export { backtrackingRisk, isRiskyPattern } from '../detect/regex-safety.js';

// ---------------------------------------------------------------------------------------------

function knownRuleIds(custom: readonly CustomRuleConfig[]): Set<string> {
  return new Set([...providerRules.map((r) => r.id), ...DETECTOR_IDS, ...custom.map((r) => r.id)]);
}

function parseRule(r: unknown, at: string, file: string): CustomRuleConfig {
  if (!isObject(r)) throw new UsageError(`${file}: "${at}" must be an object`);
  for (const k of Object.keys(r)) if (!RULE_KEYS.has(k)) throw new UsageError(`${file}: unknown key ${keyName(`${at}.${k}`)}`);
  if (typeof r.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(r.id)) throw new UsageError(`${file}: "${at}.id" must be a kebab-case string`);
  if (typeof r.pattern !== 'string' || r.pattern === '') throw new UsageError(`${file}: "${at}.pattern" must be a non-empty string`);
  try {
    // Run once, so that V8 compiles it here: a pattern nested too deeply for its compiler
    // parses, then fails on its first line with "Stack overflow".
    new RegExp(r.pattern).test('');
  } catch (e) {
    // V8's message quotes the pattern (`Invalid regular expression: /…/: Unterminated group`): keep the reason only.
    const reason = /: ([^:]*)$/.exec((e as Error).message)?.[1] ?? 'syntax error';
    throw new UsageError(`${file}: "${at}.pattern" is not a valid regular expression (${reason})`);
  }
  const risk = backtrackingRisk(r.pattern);
  if (risk) throw new UsageError(`${file}: "${at}.pattern" ${risk}, so one crafted line could make the scan hang (catastrophic backtracking); rewrite it with bounded, non-overlapping repetitions, e.g. [A-Za-z0-9_]{32} instead of (\\w+)+`);
  if (new RegExp(r.pattern).test('')) throw new UsageError(`${file}: "${at}.pattern" matches the empty string`);
  const severity = severityOf(r.severity, `${at}.severity`, file);
  for (const k of ['description', 'remediation'] as const) if (r[k] !== undefined && typeof r[k] !== 'string') throw new UsageError(`${file}: "${at}.${k}" must be a string`);
  if (r.requireRandom !== undefined && typeof r.requireRandom !== 'boolean') throw new UsageError(`${file}: "${at}.requireRandom" must be true or false`);
  if (r.minRandomness !== undefined && (typeof r.minRandomness !== 'number' || !(r.minRandomness >= 0 && r.minRandomness <= 1))) throw new UsageError(`${file}: "${at}.minRandomness" must be a number from 0 to 1`);
  const keywords = r.keywords === undefined ? undefined : stringArray(r.keywords, `${at}.keywords`, file);
  if (keywords?.some((k) => k === '')) throw new UsageError(`${file}: "${at}.keywords" must not contain an empty string`);
  const allowValues = r.allowValues === undefined ? undefined : stringArray(r.allowValues, `${at}.allowValues`, file);
  const allowPaths = r.allowPaths === undefined ? undefined : stringArray(r.allowPaths, `${at}.allowPaths`, file);
  return {
    id: r.id,
    pattern: r.pattern,
    ...(keywords ? { keywords } : {}),
    ...(severity ? { severity } : {}),
    ...(typeof r.description === 'string' ? { description: r.description } : {}),
    ...(typeof r.remediation === 'string' ? { remediation: r.remediation } : {}),
    ...(typeof r.requireRandom === 'boolean' ? { requireRandom: r.requireRandom } : {}),
    ...(typeof r.minRandomness === 'number' ? { minRandomness: r.minRandomness } : {}),
    ...(allowValues ? { allowValues } : {}),
    ...(allowPaths ? { allowPaths } : {}),
  };
}

function parseOverride(o: unknown, at: string, file: string): RuleOverride {
  if (!isObject(o)) throw new UsageError(`${file}: "${at}" must be an object`);
  for (const k of Object.keys(o)) if (!OVERRIDE_KEYS.has(k)) throw new UsageError(`${file}: unknown key ${keyName(`${at}.${k}`)}`);
  const severity = severityOf(o.severity, `${at}.severity`, file);
  const allowPaths = o.allowPaths === undefined ? undefined : stringArray(o.allowPaths, `${at}.allowPaths`, file);
  const allowValues = o.allowValues === undefined ? undefined : stringArray(o.allowValues, `${at}.allowValues`, file);
  return { ...(severity ? { severity } : {}), ...(allowPaths ? { allowPaths } : {}), ...(allowValues ? { allowValues } : {}) };
}

export function parseConfig(text: string, file: string): Config {
  const raw = parseJsonText(text, file);
  if (!isObject(raw)) throw new UsageError(`${file}: must be a JSON object`);
  const obj = raw;
  for (const k of Object.keys(obj)) if (!TOP_KEYS.has(k)) throw new UsageError(`${file}: unknown key ${keyName(k)}`);
  if (obj.$schema !== undefined && typeof obj.$schema !== 'string') throw new UsageError(`${file}: "$schema" must be a string`);
  const allowPaths = obj.allowPaths === undefined ? [] : stringArray(obj.allowPaths, 'allowPaths', file);
  let failOn: FailOn | undefined;
  if (obj.failOn !== undefined) {
    if (obj.failOn !== 'error' && obj.failOn !== 'warning' && obj.failOn !== 'never') throw new UsageError(`${file}: "failOn" must be "error", "warning" or "never"`);
    failOn = obj.failOn;
  }
  if (obj.baseline !== undefined && (typeof obj.baseline !== 'string' || obj.baseline === '')) throw new UsageError(`${file}: "baseline" must be a file name`);
  const rules: CustomRuleConfig[] = [];
  if (obj.rules !== undefined) {
    if (!Array.isArray(obj.rules)) throw new UsageError(`${file}: "rules" must be an array`);
    obj.rules.forEach((r: unknown, i: number) => rules.push(parseRule(r, `rules[${i}]`, file)));
  }
  const known = knownRuleIds(rules);
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    if (seen.has(r.id) || providerRules.some((p) => p.id === r.id) || DETECTOR_IDS.includes(r.id)) throw new UsageError(`${file}: "rules[${i}].id" is already a rule id`);
    seen.add(r.id);
  });
  const disable = obj.disable === undefined ? [] : stringArray(obj.disable, 'disable', file);
  disable.forEach((id, i) => {
    if (!known.has(id)) throw new UsageError(`${file}: "disable[${i}]" is not a known rule id`);
  });
  let overrides: Record<string, RuleOverride> | undefined;
  if (obj.overrides !== undefined) {
    if (!isObject(obj.overrides)) throw new UsageError(`${file}: "overrides" must be an object keyed by rule id`);
    overrides = {};
    for (const [id, o] of Object.entries(obj.overrides)) {
      if (!known.has(id)) throw new UsageError(`${file}: ${keyName(`overrides.${id}`)} is not a known rule id`);
      overrides[id] = parseOverride(o, `overrides.${id}`, file);
    }
  }
  return {
    allowPaths,
    disable,
    rules,
    ...(overrides ? { overrides } : {}),
    ...(failOn ? { failOn } : {}),
    ...(typeof obj.baseline === 'string' ? { baseline: obj.baseline } : {}),
    source: file,
  };
}

/**
 * The explicit `--config FILE` (must exist), or `.secret-scan.json` at the root when present,
 * or no config (`--no-config`: explicitly none).
 */
export function loadConfig(explicit: string | false | undefined, root: string): Config {
  if (explicit === false) return EMPTY_CONFIG;
  const file = explicit ?? join(root, CONFIG_FILE);
  // Named on the command line: any regular file. Found in the repository: a regular file there, not a symlink.
  const text = readSmallFile(file, { what: 'config', maxBytes: MAX_CONFIG_BYTES, ...(explicit === undefined ? { inside: root, optional: true } : {}) });
  if (text === null) return EMPTY_CONFIG;
  const config = parseConfig(text, explicit ?? CONFIG_FILE);
  if (config.baseline === undefined) return config;
  const baselinePath = isAbsolute(config.baseline) ? config.baseline : resolve(dirname(resolve(file)), config.baseline);
  const inRoot = relative(resolve(root), baselinePath);
  const baselineFile = inRoot.startsWith('..') || isAbsolute(inRoot) ? undefined : inRoot.split(sep).join('/');
  return { ...config, baselinePath, ...(baselineFile !== undefined ? { baselineFile } : {}), ...(explicit === undefined ? { baselineInside: root } : {}) };
}

const CUSTOM_REMEDIATION = "Remove it from the source and rotate it; see your team's rule documentation.";

/** Custom rules from the config, in the catalog's shape. */
export function customRules(config: Config): ProviderRule[] {
  return config.rules.map((r) => ({
    ...(r.minRandomness !== undefined ? { validate: (secret: string) => randomnessScore(secret) >= r.minRandomness! } : {}),
    id: r.id,
    description: r.description ?? `Custom rule ${r.id}`,
    keywords: (r.keywords ?? []).map((k) => k.toLowerCase()),
    pattern: new RegExp(r.pattern),
    severity: r.severity ?? 'error',
    ...(r.requireRandom ? { requireRandom: true } : {}),
    remediation: r.remediation ?? CUSTOM_REMEDIATION,
    samples: () => ({ positive: [], negative: [] }),
  }));
}
