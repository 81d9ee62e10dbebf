// `secret-scan baseline`: records current findings so a team can adopt the scanner on an old
// repository; `--prune` lists entries that match nothing any more, `--write` removes them.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { BASELINE_FILE, mergeBaseline, readBaselineFile, rekeyEntries, serializeBaseline, staleEntries, type BaselineEntry } from '../config/baseline.js';
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
async function currentFindings(args: BaselineArgs): Promise<{ file: string; findings: Finding[] }> {
  const result = await scan({ mode: args.history ? 'history' : 'paths', paths: args.paths, cwd: args.cwd, config: args.config, quiet: true });
  const file = args.output !== undefined ? resolve(args.cwd, args.output) : (result.config.baselinePath ?? join(result.root, BASELINE_FILE));
  const self = relative(result.root, file).split(sep).join('/');
  return { file, findings: result.findings.filter((f) => f.file !== self) };
}

/** The work of the command, without printing: records (or prunes) and returns what it did. */
export async function recordBaseline(args: BaselineArgs): Promise<BaselineOutcome> {
  if (args.write && !args.prune) throw new UsageError('--write goes with --prune (secret-scan baseline --prune --write)');
  const { file, findings: found } = await currentFindings(args);
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
    return { file, entries: args.write ? kept : previous, stale, changed };
  }
  const entries = mergeBaseline(previous, findings);
  const text = serializeBaseline(entries, salt);
  const changed = text !== oldText;
  if (changed) write(file, text);
  return { file, entries, stale, changed };
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
  if (r.stale.length > 0) process.stderr.write(`secret-scan: ${r.stale.length} entries match nothing any more; list them with secret-scan baseline --prune\n`);
  return 0;
}
