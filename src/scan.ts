// Runs one scan: picks the source for the mode, runs the engine over its fragments and the
// filter over the findings. Returns plain data; printing and exit codes are the CLI's job.

import { UsageError, type Finding, type Fragment } from './types.js';
import { customRules, loadConfig, type Config } from './config/config.js';
import { filterFindings, pathAllower } from './config/filter.js';
import { createEngine } from './detect/engine.js';
import { stagedFragments } from './sources/staged.js';
import { listFiles, readFragment, type SkippedFile } from './sources/worktree.js';

export type ScanMode = 'staged' | 'paths' | 'history';

export interface ScanOptions {
  readonly mode: ScanMode;
  readonly paths: readonly string[];
  readonly cwd: string;
  /** --config FILE, or false for --no-config, or undefined for the default. */
  readonly config?: string | false;
  readonly maxFileSize?: number;
  /** History mode: a revision range (`A..B`), every ref (`--all`), a start date, a shard `K/N`. */
  readonly range?: string;
  readonly all?: boolean;
  readonly since?: string;
  readonly shard?: { readonly index: number; readonly count: number };
  /** No progress line even on a terminal. */
  readonly quiet?: boolean;
}

export interface ScanStats {
  files: number;
  lines: number;
  bytes: number;
  durationMs: number;
  skipped: SkippedFile[];
}

export interface ScanResult {
  readonly findings: Finding[];
  readonly stats: ScanStats;
  readonly config: Config;
  /** Repository root in git modes, else the directory paths are relative to. */
  readonly root: string;
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

function scanFragments(fragments: Iterable<Fragment>, config: Config, stats: ScanStats): Finding[] {
  const engine = createEngine({ disable: new Set(config.disable), extraRules: customRules(config) });
  const allowed = pathAllower(config);
  const findings: Finding[] = [];
  for (const fragment of fragments) {
    if (allowed(fragment.file)) continue;
    stats.files++;
    stats.lines += fragment.lines.length;
    const found = engine.detect(fragment);
    if (found.length === 0) continue;
    const byNumber = new Map(fragment.lines.map((l) => [l.number, l.text]));
    findings.push(...filterFindings(found, config, (n) => byNumber.get(n)));
  }
  return findings;
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const stats: ScanStats = { files: 0, lines: 0, bytes: 0, durationMs: 0, skipped: [] };
  let findings: Finding[];
  let config: Config;
  let base: string;
  if (options.mode === 'history') {
    throw new UsageError('--history is not implemented yet');
  } else if (options.mode === 'staged') {
    const { root, fragments } = await stagedFragments(options.cwd);
    config = loadConfig(options.config, root);
    base = root;
    for (const f of fragments) for (const l of f.lines) stats.bytes += l.text.length + 1;
    findings = scanFragments(fragments, config, stats);
  } else {
    const listing = await listFiles(options.paths, options.cwd);
    config = loadConfig(options.config, listing.base);
    base = listing.base;
    const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const fragments: Fragment[] = [];
    for (const abs of listing.files) {
      const r = await readFragment(abs, listing.base, max);
      if (r.skipped) stats.skipped.push(r.skipped);
      if (r.fragment) {
        stats.bytes += r.bytes;
        fragments.push(r.fragment);
      }
    }
    findings = scanFragments(fragments, config, stats);
  }
  stats.durationMs = Math.round(performance.now() - started);
  return { findings, stats, config, root: base };
}
