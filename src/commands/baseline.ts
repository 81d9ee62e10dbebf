// `secret-scan baseline`: records current findings so a team can adopt the scanner on an old
// repository; `--prune` lists entries that match nothing any more, `--write` removes them.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { BASELINE_FILE, mergeBaseline, readBaselineFile, rekeyEntries, serializeBaseline, staleEntries, type BaselineEntry } from '../config/baseline.js';
import { CONFIG_FILE } from '../config/config.js';
import { newSalt, withFingerprints } from '../config/fingerprint.js';
import { scan } from '../scan.js';
import { UsageError, type Finding } from '../types.js';

export interface BaselineArgs {
  readonly paths: readonly string[];
  readonly history: boolean;
  readonly output?: string;
  readonly prune: boolean;
  readonly write: boolean;
  readonly config?: string | false;
  readonly cwd: string;
}

export interface BaselineOutcome {
  readonly file: string;
  readonly entries: readonly BaselineEntry[];
  readonly stale: readonly BaselineEntry[];
  /** False when the file already had exactly this content. */
  readonly changed: boolean;
  /** Repository root (the directory scanned outside git). */
  readonly root: string;
}

/** Whether the config names the baseline, i.e. whether the hook (and every scan) applies it. */
export type ConfigLink =
  | { readonly state: 'added' | 'present'; readonly config: string; readonly entry: string }
  | { readonly state: 'other'; readonly config: string; readonly entry: string; readonly other: string }
  | { readonly state: 'unreadable'; readonly config: string; readonly entry: string }
  | { readonly state: 'no-config' };

const toPosix = (p: string): string => p.split(sep).join('/');

/**
 * Makes the config at `configPath` name `baselineFile` (relative to the config's directory), so
 * the pre-commit hook applies it without --baseline, and allows the baseline's own path: it holds
 * fingerprints, which can look random. A config that names another baseline, or that is not a
 * JSON object, is left alone.
 */
export function linkBaseline(configPath: string, baselineFile: string): ConfigLink {
  if (!existsSync(configPath)) return { state: 'no-config' };
  const entry = toPosix(relative(dirname(configPath), baselineFile));
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(configPath, 'utf8'));
  } catch {
    return { state: 'unreadable', config: configPath, entry };
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return { state: 'unreadable', config: configPath, entry };
  const obj = config as Record<string, unknown>;
  if (typeof obj.baseline === 'string') {
    if (resolve(dirname(configPath), obj.baseline) === resolve(baselineFile)) return { state: 'present', config: configPath, entry };
    return { state: 'other', config: configPath, entry, other: obj.baseline };
  }
  if (obj.allowPaths !== undefined && !Array.isArray(obj.allowPaths)) return { state: 'unreadable', config: configPath, entry };
  const allowPaths = (obj.allowPaths as unknown[] | undefined) ?? [];
  const linked = { ...obj, allowPaths: allowPaths.includes(entry) ? allowPaths : [...allowPaths, entry], baseline: entry };
  write(configPath, JSON.stringify(linked, null, 2) + '\n');
  return { state: 'added', config: configPath, entry };
}

/** The config a scan from `cwd` reads: --config FILE, none with --no-config, else the root's. */
export function configPathFor(config: string | false | undefined, cwd: string, root: string): string | null {
  if (config === false) return null;
  return config !== undefined ? resolve(cwd, config) : join(root, CONFIG_FILE);
}

/** One line saying whether the hook applies the baseline, and if not, how to make it. */
export function linkMessage(link: ConfigLink, baselineShown: string, cwd: string): string {
  const config = link.state === 'no-config' ? CONFIG_FILE : relative(cwd, link.config) || link.config;
  switch (link.state) {
    case 'added':
      return `added "baseline": "${link.entry}" to ${config}: the pre-commit hook (secret-scan --staged) and every scan now skip the recorded findings; new secrets still block`;
    case 'present':
      return `${config} names this baseline: the pre-commit hook (secret-scan --staged) and every scan skip the recorded findings; new secrets still block`;
    case 'other':
      return `${config} names another baseline ("${link.other}"): scans use ${baselineShown} only when run with --baseline ${baselineShown}`;
    case 'unreadable':
      return `add "baseline": "${link.entry}" to ${config} so the pre-commit hook uses this baseline`;
    case 'no-config':
      return `the pre-commit hook does not use this baseline yet: run \`secret-scan init\` (it writes ${CONFIG_FILE} naming it), or scan with --baseline ${baselineShown}`;
  }
}

function write(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/**
 * Scans like the main command; the baseline is `--output`, else the config's `baseline`, else
 * .secret-scan-baseline.json at the repository root. Findings in the baseline itself (it holds
 * only hashes) are dropped.
 */
async function currentFindings(args: BaselineArgs): Promise<{ file: string; findings: Finding[]; root: string }> {
  const result = await scan({ mode: args.history ? 'history' : 'paths', paths: args.paths, cwd: args.cwd, config: args.config, quiet: true });
  const file = args.output !== undefined ? resolve(args.cwd, args.output) : (result.config.baselinePath ?? join(result.root, BASELINE_FILE));
  const self = relative(result.root, file).split(sep).join('/');
  return { file, findings: result.findings.filter((f) => f.file !== self), root: result.root };
}

/** The work of the command, without printing: records (or prunes) and returns what it did. */
export async function recordBaseline(args: BaselineArgs): Promise<BaselineOutcome> {
  if (args.write && !args.prune) throw new UsageError('--write goes with --prune (secret-scan baseline --prune --write)');
  const { file, findings: found, root } = await currentFindings(args);
  const exists = existsSync(file);
  const old = exists ? readBaselineFile(file) : undefined;
  const previous = old?.entries ?? [];
  // A version 1 file gets a salt when it is rewritten; its entries still match until then.
  const salt = old?.salt ?? newSalt();
  const findings = withFingerprints(found, salt);
  const oldText = exists ? readFileSync(file, 'utf8') : null;
  const stale = staleEntries(previous, findings);
  if (args.prune) {
    if (!exists) throw new UsageError(`no baseline at ${file} to prune`);
    const kept = rekeyEntries(previous.filter((e) => !stale.includes(e)), findings);
    const text = serializeBaseline(kept, salt);
    const changed = args.write && text !== oldText;
    if (changed) write(file, text);
    return { file, entries: args.write ? kept : previous, stale, changed, root };
  }
  const entries = mergeBaseline(previous, findings);
  const text = serializeBaseline(entries, salt);
  const changed = text !== oldText;
  if (changed) write(file, text);
  return { file, entries, stale, changed, root };
}

export async function runBaseline(args: BaselineArgs): Promise<number> {
  const r = await recordBaseline(args);
  const shown = relative(args.cwd, r.file) || r.file;
  if (args.prune) {
    for (const e of r.stale) process.stdout.write(`${e.file}:${e.line}  ${e.rule}  ${e.fingerprint}${e.reason ? `  (${e.reason})` : ''}\n`);
    const n = r.stale.length;
    const what = `${n} stale entr${n === 1 ? 'y' : 'ies'} in ${shown}`;
    if (n === 0) process.stderr.write(`secret-scan: no stale entries in ${shown}\n`);
    else if (args.write) process.stderr.write(`secret-scan: removed ${what}\n`);
    else process.stderr.write(`secret-scan: ${what}; remove them with secret-scan baseline --prune --write\n`);
    return 0;
  }
  const n = r.entries.length;
  process.stderr.write(`secret-scan: ${r.changed ? 'recorded' : 'unchanged,'} ${n} finding${n === 1 ? '' : 's'} in ${shown}\n`);
  const s = r.stale.length;
  if (s > 0) process.stderr.write(`secret-scan: ${s} entr${s === 1 ? 'y matches' : 'ies match'} nothing any more; list ${s === 1 ? 'it' : 'them'} with secret-scan baseline --prune\n`);
  const configPath = configPathFor(args.config, args.cwd, r.root);
  const link: ConfigLink = configPath ? linkBaseline(configPath, r.file) : { state: 'no-config' };
  process.stderr.write(`secret-scan: ${linkMessage(link, shown, args.cwd)}\n`);
  return 0;
}
