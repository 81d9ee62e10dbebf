#!/usr/bin/env node
// Command line: parses arguments (yargs; a scan's plain flags, the hook's line among them, without
// it: cli-args.ts), runs scan(), renders the report, sets the exit code.
// No detection logic lives here. Exit codes: 0 clean, 1 blocking findings, 2 usage error.

import { statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from './types.js';
import { packageVersion } from './version.js';
import { UsageError } from './types.js';
import { dropEarlyLog } from './sources/history-log.js';
import type { FailOn } from './config/config.js';
import { readBaselineFile, suppressBaselined } from './config/baseline.js';
import { withFingerprints } from './config/fingerprint.js';
import { scan } from './scan.js';
import { FORMATS, render, unusedAllowText, type Format } from './report/index.js';
import type { UnusedAllow } from './config/filter.js';
import { FAIL_ON_CHOICES, plainScanArgs, type ScanArgs } from './cli-args.js';


export function blocks(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => f.severity === 'error' || failOn === 'warning');
}

function parseShard(s: string | undefined): { index: number; count: number } | undefined {
  if (s === undefined) return undefined;
  const m = /^(\d{1,9})\/(\d{1,9})$/.exec(s);
  if (!m || Number(m[2]) < 1 || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new UsageError(`--shard takes K/N with 1 <= K <= N, not ${shown(s)}`);
  return { index: Number(m[1]), count: Number(m[2]) };
}

/** A value from the command line, quoted on one line (a file name may hold a newline). */
function shown(s: string): string {
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);
}

/** `--max-file-size BYTES`: a positive whole number; `-1` or `abc` must not turn the limit into "skip all" or "no limit". */
function parseByteCount(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (!/^\d{1,15}$/.test(s) || Number(s) < 1) throw new UsageError(`--max-file-size takes a positive whole number of bytes, not ${shown(s)}`);
  return Number(s);
}

/** Options that take a value: given with none (`--output` last, `--config=`) is a mistake, not "the default". */
const VALUE_OPTIONS = ['range', 'since', 'shard', 'output', 'config', 'baseline', 'max-file-size', 'format', 'fail-on'] as const;

/**
 * What yargs lets through: an option given twice (it keeps both values as an array, or
 * silently the last for flags), a flag given a value (`--staged=yes` reads as false), an
 * option given no value. Checked on the words as typed, before `--`.
 */
function checkWords(argv: readonly string[], flags: ReadonlySet<string>): void {
  const seen = new Set<string>();
  for (const word of argv) {
    if (word === '--') break;
    if (!word.startsWith('--')) continue;
    const eq = word.indexOf('=');
    let name = (eq === -1 ? word.slice(2) : word.slice(2, eq)).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    if (name.startsWith('no-') && !flags.has(name)) name = name.slice(3);
    if (seen.has(name)) throw new UsageError(`--${name} is given more than once; give it once`);
    seen.add(name);
    if (eq !== -1 && flags.has(name) && !/^(?:true|false)$/.test(word.slice(eq + 1))) throw new UsageError(`--${name} takes no value (got ${shown(word.slice(eq + 1))})`);
  }
}

const SCAN_FLAGS = new Set(['staged', 'history', 'all', 'redact', 'quiet', 'report-unused-allows', 'help', 'version']);
const BASELINE_FLAGS = new Set(['history', 'prune', 'write', 'help', 'version']);
const INIT_FLAGS = new Set(['baseline', 'help', 'version']);

/** The parsed options' shape: one value each, none empty, paths that exist. */
function checkValues(args: Record<string, unknown>, paths: readonly string[], cwd: string): void {
  for (const [key, value] of Object.entries(args)) {
    if (key === '_' || key === '$0' || key === 'paths' || /[A-Z]/.test(key)) continue;
    if (Array.isArray(value)) throw new UsageError(`--${key} is given more than once; give it once`);
  }
  for (const key of VALUE_OPTIONS) if (args[key] === '') throw new UsageError(`--${key} needs a value`);
  for (const p of paths) {
    if (p === '') throw new UsageError('an empty path was given; name a file or directory');
    try {
      statSync(resolve(cwd, p));
    } catch {
      throw new UsageError(`no such file or directory: ${shown(p)}`);
    }
  }
  if (typeof args.output === 'string') {
    let dir = false;
    try {
      dir = statSync(resolve(cwd, args.output)).isDirectory();
    } catch {
      // A new file: written after the scan.
    }
    if (dir) throw new UsageError(`--output ${shown(args.output)} is a directory; name a file`);
  }
}

/** Positional paths: those before `--` (yargs' `paths`) and those after it (left in `_`). */
function pathsOf(a: Record<string, unknown>, command: string | null): string[] {
  const after = ((a._ as unknown[] | undefined) ?? []).map(String);
  return [...((a.paths as string[] | undefined) ?? []), ...(command ? after.slice(1) : after)];
}

/**
 * False while this run has written nothing to stdout or stderr. Reading process.stdout or
 * process.stderr creates the stream (~10 M instructions, a tenth of the hook's own work): a
 * clean hook run never does, and exits without asking whether they are drained.
 */
let printed = false;

function print(stream: 'stdout' | 'stderr', text: string): void {
  printed = true;
  process[stream].write(text);
}

function writeReport(report: string, output: string | undefined): void {
  if (!output) {
    if (report) print('stdout', report);
    return;
  }
  try {
    writeFileSync(output, report);
  } catch (e) {
    throw new UsageError(`cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

async function runScan(args: ScanArgs): Promise<number> {
  const paths = args.paths ?? [];
  checkValues(args as unknown as Record<string, unknown>, paths, process.cwd());
  const maxFileSize = parseByteCount(args['max-file-size']);
  if (args.staged && args.history) throw new UsageError('--staged and --history are different modes; pick one');
  if (args.staged && paths.length > 0) throw new UsageError('--staged scans the index; do not name paths with it');
  if (!args.history && (args.range || args.all || args.since || args.shard)) throw new UsageError('--range, --all, --since and --shard go with --history');
  const shard = parseShard(args.shard);
  // --baseline FILE (relative to the current directory) wins over the config's `baseline`
  // (relative to the config); read before the scan, so a wrong name fails at once.
  const given = typeof args.baseline === 'string' ? readBaselineFile(args.baseline) : undefined;
  const result = await scan({
    mode: args.staged ? 'staged' : args.history ? 'history' : 'paths',
    paths,
    cwd: process.cwd(),
    config: args.config,
    quiet: args.quiet,
    all: args.all,
    yieldToGit: true,
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
    ...(args.range ? { range: args.range } : {}),
    ...(args.since ? { since: args.since } : {}),
    ...(shard ? { shard } : {}),
  });
  if (result.stats.shallow) print('stderr', 'secret-scan: warning: shallow clone: commits before the shallow boundary were not scanned, and the boundary commit holds everything older (git fetch --unshallow for the full history)\n');
  const configured = args.baseline === undefined && result.config.baselinePath !== undefined ? readBaselineFile(result.config.baselinePath, result.config.baselineInside) : undefined;
  const baseline = given ?? configured;
  // Reports show fingerprints keyed by the baseline's salt, the same as its entries.
  const fingerprinted = withFingerprints(result.findings, baseline?.salt ?? '');
  const findings = baseline ? suppressBaselined(fingerprinted, baseline.entries) : fingerprinted;
  let unused: UnusedAllow[] = [];
  if (args['report-unused-allows']) {
    if (args.history) throw new UsageError('--report-unused-allows works with path and --staged scans, not --history');
    const { collectUnusedAllows } = await import('./config/filter.js');
    unused = await collectUnusedAllows(args.staged ? 'staged' : 'paths', paths, process.cwd(), result.config);
  }
  const failOn: FailOn = args['fail-on'] ?? result.config.failOn ?? 'error';
  const blocking = blocks(findings, failOn);
  const report = render(args.format, findings, result.stats, {
    redact: args.redact,
    staged: args.staged,
    blocking,
    // Only findings are painted: a clean run need not create process.stdout to ask.
    color: findings.length > 0 && !args.output && process.stdout.isTTY === true && !process.env.NO_COLOR,
    root: result.root,
    unusedAllows: unused,
  });
  writeReport(report, args.output);
  if (unused.length > 0 && args.format !== 'github') print('stderr', unusedAllowText(unused));
  return blocking ? 1 : 0;
}

async function main(processArgv: string[]): Promise<number> {
  const plain = process.versions.electron ? null : plainScanArgs(processArgv.slice(2));
  if (plain) return runScan(plain);
  // yargs and the subcommands write to the streams themselves.
  printed = true;
  const [{ default: yargs }, { hideBin }] = await Promise.all([import('yargs'), import('yargs/helpers')]);
  const argv = hideBin(processArgv);
  let failure: string | null = null;
  const pending: { run?: () => Promise<number> } = {};
  await yargs(argv)
    .scriptName('secret-scan')
    .usage('Finds secrets before they are committed.')
    .command(
      '$0 [paths..]',
      'scan files or directories (default: the repository working tree), the staged lines (--staged) or the history (--history)',
      (y) =>
        y
          .positional('paths', { type: 'string', array: true, describe: 'files or directories to scan' })
          .option('staged', { type: 'boolean', default: false, describe: 'scan the lines added in the index (pre-commit)' })
          .option('history', { type: 'boolean', default: false, describe: 'scan commits reachable from HEAD' })
          .option('range', { type: 'string', describe: 'with --history: only commits in A..B (e.g. origin/main..HEAD)' })
          .option('all', { type: 'boolean', default: false, describe: 'with --history: commits reachable from every ref' })
          .option('since', { type: 'string', describe: 'with --history: commits after this date' })
          .option('shard', { type: 'string', describe: 'with --history: scan shard K of N (K/N) of the commits' })
          .option('format', { choices: FORMATS, default: 'text' as Format, describe: 'report format' })
          .option('output', { type: 'string', describe: 'write the report to FILE instead of stdout' })
          .option('config', { type: 'string', describe: 'config file (default: .secret-scan.json at the repository root); --no-config for none' })
          .option('baseline', { type: 'string', describe: 'ignore findings recorded in this baseline file' })
          .option('fail-on', { choices: FAIL_ON_CHOICES, describe: 'which severities block (default error)' })
          .option('redact', { type: 'boolean', default: true, describe: 'hide secrets in the report (--no-redact prints them in full)' })
          .option('max-file-size', { type: 'string', describe: 'skip files larger than this many bytes (default 10 MB)' })
          .option('quiet', { type: 'boolean', default: false, describe: 'no progress line' })
          .option('report-unused-allows', { type: 'boolean', default: false, describe: 'warn about allow comments that suppress nothing' }),
      (a) => {
        pending.run = () => {
          checkWords(argv, SCAN_FLAGS);
          return runScan({ ...(a as unknown as ScanArgs), paths: pathsOf(a, null) });
        };
      },
    )
    .command(
      'baseline [paths..]',
      'record the current findings so only new secrets block',
      (y) =>
        y
          .positional('paths', { type: 'string', array: true })
          .option('history', { type: 'boolean', default: false })
          .option('output', { type: 'string', describe: 'baseline file (default: the config\'s "baseline", else .secret-scan-baseline.json at the repository root)' })
          .option('prune', { type: 'boolean', default: false, describe: 'list entries that no longer match anything' })
          .option('write', { type: 'boolean', default: false, describe: 'with --prune: remove them' })
          .option('config', { type: 'string' }),
      (a) => {
        const paths = pathsOf(a, 'baseline');
        pending.run = () => {
          checkWords(argv, BASELINE_FLAGS);
          checkValues(a, paths, process.cwd());
          return import('./commands/baseline.js').then((m) =>
          m.runBaseline({
            paths,
            history: a.history,
            output: a.output,
            prune: a.prune,
            write: a.write,
            config: a.config as string | false | undefined,
            cwd: process.cwd(),
          }),
          );
        };
      },
    )
    .command(
      'init',
      'add secret-scan to this repository: husky pre-commit hook and a starter config',
      (y) => y.option('baseline', { type: 'boolean', describe: 'record a baseline of existing findings' }),
      (a) => {
        pending.run = () => {
          checkWords(argv, INIT_FLAGS);
          return import('./commands/init.js').then((m) => m.runInit({ cwd: process.cwd(), baseline: a.baseline }));
        };
      },
    )
    .strict()
    .help()
    .wrap(Math.min(100, process.stdout.columns || 80))
    .version(packageVersion())
    .exitProcess(false)
    .fail((msg, err) => {
      failure = msg ?? err?.message ?? 'invalid arguments';
    })
    .parseAsync();
  // yargs words some failures over several lines ("Invalid values:\n  Argument: …"): one line here.
  if (failure !== null) throw new UsageError(`${(failure as string).replace(/\s*\n\s*/g, ' ')} (see secret-scan --help)`);
  return pending.run ? pending.run() : 0;
}

main(process.argv).then(
  (code) => {
    // A git log the loader started and no scan took (history-log.ts startLogEarly).
    dropEarlyLog();
    process.exitCode = code;
    // Everything is written (stdout and stderr are synchronous for files and, on Linux, pipes):
    // leave now rather than wait for V8's background threads to wind down.
    if (!printed || (process.stdout.writableLength === 0 && process.stderr.writableLength === 0)) process.exit(code);
  },
  (e: unknown) => {
    dropEarlyLog();
    if (e instanceof UsageError) process.stderr.write(`secret-scan: ${e.message}\n`);
    else {
      process.stderr.write(`secret-scan: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      if (process.env.SECRET_SCAN_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    }
    process.exitCode = 2;
  },
);
