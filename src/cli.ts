#!/usr/bin/env node
// Command line: parses arguments (yargs), runs scan(), renders the report, sets the exit code.
// No detection logic lives here. Exit codes: 0 clean, 1 blocking findings, 2 usage error.

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import type { Finding } from './types.js';
import { UsageError } from './types.js';
import type { FailOn } from './config/config.js';
import { scan } from './scan.js';
import { renderJson } from './report/json.js';
import { renderText } from './report/text.js';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

export function blocks(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => f.severity === 'error' || failOn === 'warning');
}

async function main(argv: string[]): Promise<number> {
  let failure: string | null = null;
  const args = await yargs(argv)
    .scriptName('secret-scan')
    .usage('$0 [paths..]\n\nScans files (default: the repository working tree) or, with --staged, the lines a commit adds.')
    .command('$0 [paths..]', false)
    .positional('paths', { type: 'string', array: true, describe: 'files or directories to scan' })
    .option('staged', { type: 'boolean', default: false, describe: 'scan the lines added in the index (pre-commit)' })
    .option('format', { choices: FORMATS, default: 'text' as Format, describe: 'report format' })
    .option('output', { type: 'string', describe: 'write the report to FILE instead of stdout' })
    .option('config', { type: 'string', describe: 'config file (default: .secret-scan.json at the repository root); --no-config for none' })
    .option('fail-on', { choices: ['error', 'warning', 'never'] as const, describe: 'which severities block (default error)' })
    .option('redact', { type: 'boolean', default: true, describe: 'hide secrets in the report (--no-redact prints them in full)' })
    .option('max-file-size', { type: 'number', describe: 'skip files larger than this many bytes (default 10 MB)' })
    .strict()
    .help()
    .version(version())
    .exitProcess(false)
    .fail((msg, err) => {
      failure = msg ?? err?.message ?? 'invalid arguments';
    })
    .parseAsync();
  if (failure !== null) throw new UsageError(`${failure} (see secret-scan --help)`);
  if ((args as { help?: boolean }).help || (args as { version?: boolean }).version) return 0;
  if (argv.includes('--help') || argv.includes('--version')) return 0;

  const paths = (args.paths as string[] | undefined) ?? [];
  if (args.staged && paths.length > 0) throw new UsageError('--staged scans the index; do not name paths with it');
  const configArg = args.config as string | false | undefined;
  const result = await scan({
    mode: args.staged ? 'staged' : 'paths',
    paths,
    cwd: process.cwd(),
    config: configArg,
    ...(args['max-file-size'] !== undefined ? { maxFileSize: args['max-file-size'] } : {}),
  });
  const failOn: FailOn = (args['fail-on'] as FailOn | undefined) ?? result.config.failOn ?? 'error';
  const blocking = blocks(result.findings, failOn);
  const format = args.format as Format;
  const report =
    format === 'json'
      ? renderJson(result.findings, result.stats, args.redact)
      : renderText(result.findings, result.stats, {
          redact: args.redact,
          staged: args.staged,
          blocking,
          color: !args.output && process.stdout.isTTY === true && !process.env.NO_COLOR,
        });
  if (args.output) {
    try {
      writeFileSync(args.output, report);
    } catch (e) {
      throw new UsageError(`cannot write ${args.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  } else if (report) {
    // A blocked commit's report goes to stderr too? git shows both; stdout keeps pipes clean.
    process.stdout.write(report);
  }
  return blocking ? 1 : 0;
}

main(hideBin(process.argv)).then(
  (code) => {
    process.exitCode = code;
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
