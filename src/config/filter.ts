// The filter stage: drops findings in allow-listed paths (global and per rule), of disabled
// rules, with allowed values, and on lines carrying an allow comment; applies severity
// overrides. Lives with the config, not inside detectors.

import picomatch from 'picomatch';
import { providerRules } from '../detect/rules/index.js';
import type { Finding, Fragment, Severity } from '../types.js';
import { DETECTOR_IDS, type Config } from './config.js';

/**
 * One allow comment: `secret-scan:allow [rule-id …]` covers its own line,
 * `secret-scan:allow-next-line [rule-id …]` the line below. `rules` null means every rule.
 * `gitleaks:allow` and detect-secrets' `pragma: allowlist secret` / `pragma: allowlist nextline secret`
 * are honoured so teams can migrate without touching their code.
 */
export interface AllowComment {
  readonly nextLine: boolean;
  readonly rules: readonly string[] | null;
  /** The comment as written, for messages. */
  readonly text: string;
}

const MARKERS = /secret-scan:allow(-next-line)?|gitleaks:allow|pragma:\s*allowlist[ -](nextline[ -])?secret/g;
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

let knownIds: Set<string> | undefined;

/** Catalog and detector ids: a one-word token after the marker is a rule id only if it is one of these. */
function isRuleToken(token: string, custom: ReadonlySet<string>): boolean {
  if (!RULE_ID.test(token)) return false;
  if (token.includes('-')) return true;
  knownIds ??= new Set([...providerRules.map((r) => r.id), ...DETECTOR_IDS]);
  return knownIds.has(token) || custom.has(token);
}

const NO_CUSTOM: ReadonlySet<string> = new Set();

/**
 * The allow comments on a line. Rule ids may follow our marker, separated by spaces or commas;
 * the list stops at the first word that is not a rule id, so `secret-scan:allow test fixture`
 * allows everything, while a misspelt id allows nothing (a typo must not widen an allow).
 */
export function parseAllowComments(text: string, customIds: ReadonlySet<string> = NO_CUSTOM): AllowComment[] {
  if (!text.includes('allow')) return [];
  const out: AllowComment[] = [];
  MARKERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKERS.exec(text)) !== null) {
    const ours = m[0].startsWith('secret-scan');
    const nextLine = m[1] !== undefined || m[2] !== undefined;
    const rules: string[] = [];
    let end = m.index + m[0].length;
    if (ours) {
      const rest = text.slice(end);
      const tokens = /[\s,]+([^\s,]+)/y;
      let pos = 0;
      for (;;) {
        tokens.lastIndex = pos;
        const t = tokens.exec(rest);
        if (!t || !isRuleToken(t[1]!, customIds)) break;
        rules.push(t[1]!);
        pos = tokens.lastIndex;
      }
      end += pos;
    }
    out.push({ nextLine, rules: rules.length > 0 ? rules : null, text: text.slice(m.index, end) });
  }
  return out;
}

function covers(a: AllowComment, ruleId: string): boolean {
  return a.rules === null || a.rules.includes(ruleId);
}

export type PathFilter = (file: string) => boolean;

/** The baseline's default name (config/baseline.ts), here to keep the hook's imports small. */
const BASELINE_FILE = '.secret-scan-baseline.json';

/**
 * True for paths the config allow-lists (never scanned), and for the baseline files: they hold
 * only fingerprints and a salt, which look random because they are.
 */
export function pathAllower(config: Config): PathFilter {
  const own = new Set([BASELINE_FILE, ...(config.baselineFile !== undefined ? [config.baselineFile] : [])]);
  if (config.allowPaths.length === 0) return (f) => own.has(f);
  const listed = picomatch(config.allowPaths as string[], { dot: true });
  return (f) => own.has(f) || listed(f);
}

/** The config's per-rule settings, compiled once per config. */
interface RuleFilters {
  readonly disabled: ReadonlySet<string>;
  readonly paths: ReadonlyMap<string, PathFilter>;
  readonly values: ReadonlyMap<string, ReadonlySet<string>>;
  readonly severity: ReadonlyMap<string, Severity>;
  readonly customIds: ReadonlySet<string>;
}

const compiledFilters = new WeakMap<Config, RuleFilters>();

function ruleFilters(config: Config): RuleFilters {
  let c = compiledFilters.get(config);
  if (c) return c;
  const paths = new Map<string, PathFilter>();
  const values = new Map<string, Set<string>>();
  const severity = new Map<string, Severity>();
  const addPaths = (id: string, globs: readonly string[] | undefined): void => {
    if (!globs || globs.length === 0) return;
    const prev = paths.get(id);
    const next = picomatch(globs as string[], { dot: true });
    paths.set(id, prev ? (f) => prev(f) || next(f) : next);
  };
  const addValues = (id: string, vals: readonly string[] | undefined): void => {
    if (!vals || vals.length === 0) return;
    const set = values.get(id) ?? new Set<string>();
    for (const v of vals) set.add(v);
    values.set(id, set);
  };
  for (const r of config.rules) {
    addPaths(r.id, r.allowPaths);
    addValues(r.id, r.allowValues);
  }
  for (const [id, o] of Object.entries(config.overrides ?? {})) {
    addPaths(id, o.allowPaths);
    addValues(id, o.allowValues);
    if (o.severity) severity.set(id, o.severity);
  }
  c = { disabled: new Set(config.disable), paths, values, severity, customIds: new Set(config.rules.map((r) => r.id)) };
  compiledFilters.set(config, c);
  return c;
}

/** The line text for a finding's line, so allow comments can be checked. */
export type LineLookup = (line: number) => string | undefined;

/** Disabled rule, per-rule allowed path or allowed value: the finding would not exist at all. */
function droppedByConfig(f: Finding, c: RuleFilters): boolean {
  return c.disabled.has(f.ruleId) || c.paths.get(f.ruleId)?.(f.file) === true || c.values.get(f.ruleId)?.has(f.secret) === true;
}

function allowedByComment(f: Finding, lineText: LineLookup, c: RuleFilters): boolean {
  const text = lineText(f.line);
  if (text !== undefined && parseAllowComments(text, c.customIds).some((a) => !a.nextLine && covers(a, f.ruleId))) return true;
  const prev = lineText(f.line - 1);
  return prev !== undefined && parseAllowComments(prev, c.customIds).some((a) => a.nextLine && covers(a, f.ruleId));
}

export function filterFindings(findings: readonly Finding[], config: Config, lineText: LineLookup): Finding[] {
  const c = ruleFilters(config);
  const out: Finding[] = [];
  for (const f of findings) {
    if (droppedByConfig(f, c) || allowedByComment(f, lineText, c)) continue;
    const severity = c.severity.get(f.ruleId);
    out.push(severity && severity !== f.severity ? { ...f, severity } : f);
  }
  return out;
}

/** An allow comment that suppressed nothing: stale, or on the wrong line, or naming the wrong rule. */
export interface UnusedAllow {
  readonly file: string;
  readonly line: number;
  readonly comment: string;
  readonly commit?: string;
}

/**
 * The allow comments of a fragment that suppress none of `found` (the engine's findings for
 * the fragment, before filtering). A next-line allow whose next line is not part of the
 * fragment (a staged diff shows added lines only) is not judged.
 */
export function unusedAllows(fragment: Fragment, found: readonly Finding[], config: Config): UnusedAllow[] {
  const c = ruleFilters(config);
  const out: UnusedAllow[] = [];
  let numbers: Set<number> | undefined;
  // The findings by line: a file with an allow comment and a finding on each of 30,000 lines
  // took 1.7 s more with a search of every finding for each comment.
  let byLine: Map<number, Finding[]> | undefined;
  for (const line of fragment.lines) {
    const allows = parseAllowComments(line.text, c.customIds);
    if (allows.length === 0) continue;
    if (byLine === undefined) {
      byLine = new Map();
      for (const f of found) {
        const list = byLine.get(f.line);
        if (list) list.push(f);
        else byLine.set(f.line, [f]);
      }
    }
    for (const a of allows) {
      const target = a.nextLine ? line.number + 1 : line.number;
      if (a.nextLine) {
        numbers ??= new Set(fragment.lines.map((l) => l.number));
        if (!numbers.has(target)) continue;
      }
      const used = (byLine.get(target) ?? []).some((f) => covers(a, f.ruleId) && !droppedByConfig(f, c));
      if (!used) out.push({ file: fragment.file, line: line.number, comment: a.text, ...(fragment.commit ? { commit: fragment.commit } : {}) });
    }
  }
  return out;
}

/**
 * `--report-unused-allows` for path and staged scans: a second, opt-in pass that re-reads only
 * the fragments carrying an allow comment and runs the engine on them, so the scan's hot path
 * (and its worker threads) pay nothing for an audit few runs ask for.
 */
export async function collectUnusedAllows(mode: 'paths' | 'staged', paths: readonly string[], cwd: string, config: Config): Promise<UnusedAllow[]> {
  const [{ createEngine }, { customRules }] = await Promise.all([import('../detect/engine.js'), import('./config.js')]);
  const engine = createEngine({ disable: new Set(config.disable), extraRules: customRules(config) });
  const allowed = pathAllower(config);
  const c = ruleFilters(config);
  const out: UnusedAllow[] = [];
  const check = (fragment: Fragment): void => {
    if (allowed(fragment.file)) return;
    if (!fragment.lines.some((l) => parseAllowComments(l.text, c.customIds).length > 0)) return;
    for (const u of unusedAllows(fragment, engine.detect(fragment), config)) out.push(u);
  };
  if (mode === 'staged') {
    const { stagedFragments, fragmentOf } = await import('../sources/staged.js');
    await (await stagedFragments(cwd)).forEach((f) => {
      if (f.lines.length > 0) check(fragmentOf(f));
    });
  } else {
    const { listFiles, readFragmentSync } = await import('../sources/worktree.js');
    const listing = await listFiles(paths, cwd);
    for (const abs of listing.files) {
      const r = readFragmentSync(abs, listing.base, 10 * 1024 * 1024);
      if (r.fragment) check(r.fragment);
    }
  }
  return out;
}
