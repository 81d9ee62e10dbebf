// The scan's command-line arguments in the shape runScan (cli.ts) takes, and the two command
// lines answered without yargs: the hook's `--staged`, and a scan's flags in their plain spellings.

import type { FailOn } from './config/config.js';
import { FORMATS, type Format } from './report/index.js';

export interface ScanArgs {
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
  /** false for --no-baseline: not even the config's. */
  baseline?: string | false;
  'fail-on'?: FailOn;
  redact: boolean;
  'max-file-size'?: string;
  quiet: boolean;
  'report-unused-allows': boolean;
}

/**
 * The arguments yargs gives for the pre-commit hook's command line, `secret-scan --staged`
 * (every option at its default). The hook runs on every commit; answering it without yargs
 * spares ~4 ms of a ~30 ms run. test/e2e/staged-fast-path.test.ts holds the answers to be the
 * same as with the options parsed by yargs.
 */
export const STAGED_ONLY: ScanArgs = {
  staged: true,
  history: false,
  all: false,
  format: 'text',
  redact: true,
  quiet: false,
  'report-unused-allows': false,
};

/**
 * The hook's command line as node gives it (\`node cli.js --staged\`): checked before yargs is
 * loaded, which then neither initialises its modules nor has them in the code cache the hook loads.
 */
export function isStagedOnly(processArgv: readonly string[]): boolean {
  return processArgv.length === 3 && processArgv[2] === '--staged' && !process.versions.electron;
}

/** `--fail-on`'s values (yargs' choices, and plainScanArgs'). */
export const FAIL_ON_CHOICES = ['error', 'warning', 'never'] as const;

/** The scan's flags that take no value: the name and what the word sets. */
const PLAIN_FLAGS: ReadonlyMap<string, [keyof ScanArgs, boolean]> = new Map([
  ['--staged', ['staged', true]],
  ['--history', ['history', true]],
  ['--all', ['all', true]],
  ['--quiet', ['quiet', true]],
  ['--redact', ['redact', true]],
  ['--no-redact', ['redact', false]],
  ['--report-unused-allows', ['report-unused-allows', true]],
]);
/** The scan's options that take a value, with the values allowed where yargs has a list. */
const PLAIN_VALUES: ReadonlyMap<string, readonly string[] | null> = new Map<string, readonly string[] | null>([
  ['format', FORMATS],
  ['fail-on', FAIL_ON_CHOICES],
  ...['range', 'since', 'shard', 'output', 'config', 'baseline', 'max-file-size'].map((k) => [k, null] as const),
]);
/** Words that yargs reads as a command, not as a path to scan. */
const COMMAND_WORDS = new Set(['baseline', 'init', 'help', 'completion']);

/**
 * A scan's command line in its plain spellings, answered without yargs (its modules' loading and
 * parsing took 16-27 ms of every CI run): each flag and option at most once, spelled in full
 * (`--format json` or `--format=json`, `--no-redact`, `--no-config`, `--no-baseline`), a value
 * that is not empty and does not start with `-`, paths that are not a command's name, no `--`.
 * Anything else, including every mistake, is null: yargs then parses it and says what is wrong.
 * test/e2e/plain-args.test.ts holds the answers equal to yargs' for the spellings taken here.
 */
export function plainScanArgs(words: readonly string[]): ScanArgs | null {
  const args: ScanArgs = { ...STAGED_ONLY, staged: false };
  const paths: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.startsWith('-')) {
      if (word === '' || (paths.length === 0 && COMMAND_WORDS.has(word))) return null;
      paths.push(word);
      continue;
    }
    const flag = PLAIN_FLAGS.get(word);
    const eq = word.indexOf('=');
    const name = flag ? flag[0] : word === '--no-config' || word === '--no-baseline' ? word.slice(5) : word.slice(2, eq === -1 ? undefined : eq);
    if (!word.startsWith('--') || seen.has(name)) return null;
    seen.add(name);
    if (flag) {
      (args as unknown as Record<string, unknown>)[name] = flag[1];
      continue;
    }
    if (word === '--no-config' || word === '--no-baseline') {
      (args as unknown as Record<string, unknown>)[name] = false;
      continue;
    }
    const allowed = PLAIN_VALUES.get(name);
    if (allowed === undefined) return null;
    const value = eq === -1 ? words[++i] : word.slice(eq + 1);
    if (value === undefined || value === '' || value.startsWith('-') || (allowed !== null && !allowed.includes(value))) return null;
    (args as unknown as Record<string, unknown>)[name] = value;
  }
  if (paths.length > 0) args.paths = paths;
  return args;
}
