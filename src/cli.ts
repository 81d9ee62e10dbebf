#!/usr/bin/env node
// Command line: parses arguments (yargs), runs scan(), renders the report, sets the exit code.
// No detection logic lives here. Exit codes: 0 clean, 1 blocking findings, 2 usage error.

import { writeFileSync } from 'node:fs';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import type { Finding } from './types.js';
import { packageVersion } from './version.js';
import { UsageError } from './types.js';
import type { FailOn } from './config/config.js';
import { applyBaseline } from './config/baseline.js';
import { scan } from './scan.js';
import { FORMATS, render, unusedAllowText, type Format } from './report/index.js';
import type { UnusedAllow } from './config/filter.js';


export function blocks(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => f.severity === 'error' || failOn === 'warning');
}

function parseShard(s: string | undefined): { index: number; count: number } | undefined {
  if (s === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(s);
  if (!m || Number(m[2]) < 1 || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new UsageError(`--shard takes K/N with 1 <= K <= N, not "${s}"`);
  return { index: Number(m[1]), count: Number(m[2]) };
}

function writeReport(report: string, output: string | undefined): void {
  if (!output) {
    if (report) process.stdout.write(report);
    return;
  }
  try {
    writeFileSync(output, report);
  } catch (e) {
    throw new UsageError(`cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

interface ScanArgs {
  paths?: string[];
  staged: boolean;
  history: boolean;
  range?: string;
  all: boolean;
  since?: string;
  shard?: string;
  format: Format;
  output?: string;
  config?: string | false;
  baseline?: string;
  'fail-on'?: FailOn;
  redact: boolean;
  'max-file-size'?: number;
  quiet: boolean;
  'report-unused-allows': boolean;
}

async function runScan(args: ScanArgs): Promise<number> {
  const paths = args.paths ?? [];
  if (args.staged && args.history) throw new UsageError('--staged and --history are different modes; pick one');
  if (args.staged && paths.length > 0) throw new UsageError('--staged scans the index; do not name paths with it');
  if (!args.history && (args.range || args.all || args.since || args.shard)) throw new UsageError('--range, --all, --since and --shard go with --history');
  const shard = parseShard(args.shard);
  const result = await scan({
    mode: args.staged ? 'staged' : args.history ? 'history' : 'paths',
    paths,
    cwd: process.cwd(),
    config: args.config,
    quiet: args.quiet,
    all: args.all,
    yieldToGit: true,
    ...(args['max-file-size'] !== undefined ? { maxFileSize: args['max-file-size'] } : {}),
    ...(args.range ? { range: args.range } : {}),
    ...(args.since ? { since: args.since } : {}),
    ...(shard ? { shard } : {}),
  });
  if (result.stats.shallow) process.stderr.write('secret-scan: warning: shallow clone: commits before the shallow boundary were not scanned, and the boundary commit holds everything older (git fetch --unshallow for the full history)\n');
  // --baseline FILE (relative to the current directory) wins over the config's `baseline` (relative to the config).
  const baselineFile = args.baseline ?? result.config.baselinePath;
  const findings = baselineFile ? applyBaseline(result.findings, baselineFile) : result.findings;
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
    color: !args.output && process.stdout.isTTY === true && !process.env.NO_COLOR,
    root: result.root,
    unusedAllows: unused,
  });
  writeReport(report, args.output);
  if (unused.length > 0 && args.format !== 'github') process.stderr.write(unusedAllowText(unused));
  return blocking ? 1 : 0;
}

/**
 * The arguments yargs gives for the pre-commit hook's command line, `secret-scan --staged`
 * (every option at its default). The hook runs on every commit; answering it without yargs
 * spares ~4 ms of a ~30 ms run. test/e2e/staged-fast-path.test.ts holds the answers to be the
 * same as with the options parsed by yargs.
 */
const STAGED_ONLY: ScanArgs = {
  staged: true,
  history: false,
  all: false,
  format: 'text',
  redact: true,
  quiet: false,
  'report-unused-allows': false,
};

async function main(argv: string[]): Promise<number> {
  if (argv.length === 1 && argv[0] === '--staged') return runScan(STAGED_ONLY);
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
          .option('fail-on', { choices: ['error', 'warning', 'never'] as const, describe: 'which severities block (default error)' })
          .option('redact', { type: 'boolean', default: true, describe: 'hide secrets in the report (--no-redact prints them in full)' })
          .option('max-file-size', { type: 'number', describe: 'skip files larger than this many bytes (default 10 MB)' })
          .option('quiet', { type: 'boolean', default: false, describe: 'no progress line' })
          .option('report-unused-allows', { type: 'boolean', default: false, describe: 'warn about allow comments that suppress nothing' }),
      (a) => {
        pending.run = () => runScan(a as unknown as ScanArgs);
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
        pending.run = () => import('./commands/baseline.js').then((m) =>
          m.runBaseline({
            paths: (a.paths as string[] | undefined) ?? [],
            history: a.history,
            output: a.output,
            prune: a.prune,
            write: a.write,
            config: a.config as string | false | undefined,
            cwd: process.cwd(),
          }),
        );
      },
    )
    .command(
      'init',
      'add secret-scan to this repository: husky pre-commit hook and a starter config',
      (y) => y.option('baseline', { type: 'boolean', describe: 'record a baseline of existing findings' }),
      (a) => {
        pending.run = () => import('./commands/init.js').then((m) => m.runInit({ cwd: process.cwd(), baseline: a.baseline }));
      },
    )
    .strict()
    .help()
    .version(packageVersion())
    .exitProcess(false)
    .fail((msg, err) => {
      failure = msg ?? err?.message ?? 'invalid arguments';
    })
    .parseAsync();
  if (failure !== null) throw new UsageError(`${failure} (see secret-scan --help)`);
  return pending.run ? pending.run() : 0;
}

main(hideBin(process.argv)).then(
  (code) => {
    process.exitCode = code;
    // Everything is written (stdout and stderr are synchronous for files and, on Linux, pipes):
    // leave now rather than wait for V8's background threads to wind down.
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  },
  (e: unknown) => {
    if (e instanceof UsageError) process.stderr.write(`secret-scan: ${e.message}\n`);
    else {
      process.stderr.write(`secret-scan: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      if (process.env.SECRET_SCAN_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    }
    process.exitCode = 2;
  },
);
