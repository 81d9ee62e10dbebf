// The scan's command-line arguments in the shape runScan (cli.ts) takes, and the command lines
// answered without yargs: a scan's flags in their plain spellings (the hook's `--staged` among them).

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

/** The arguments yargs gives when no option is named (a scan of the working tree). */
export const SCAN_DEFAULTS: ScanArgs = {
  staged: false,
  history: false,
  all: false,
  format: 'text',
  redact: true,
  quiet: false,
  'report-unused-allows': false,
};

/** `--fail-on`'s values (yargs' choices, and plainScanArgs'). */
export const FAIL_ON_CHOICES = ['error', 'warning', 'never'] as const;

/** The scan's words that take no value: the option each sets, and to what. */
const PLAIN_FLAGS: ReadonlyMap<string, [keyof ScanArgs, boolean]> = new Map([
  ['--staged', ['staged', true]],
  ['--history', ['history', true]],
  ['--all', ['all', true]],
  ['--quiet', ['quiet', true]],
  ['--redact', ['redact', true]],
  ['--no-redact', ['redact', false]],
  ['--report-unused-allows', ['report-unused-allows', true]],
  // Not even the default config or the config's baseline.
  ['--no-config', ['config', false]],
  ['--no-baseline', ['baseline', false]],
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
 * parsing took 16-27 ms of every CI run; the hook's `secret-scan --staged` is one of them, and
 * then neither initialises yargs' modules nor has them in the code cache it loads): each flag and option at most once, spelled in full
 * (`--format json` or `--format=json`, `--no-redact`, `--no-config`, `--no-baseline`), a value
 * that is not empty and does not start with `-`, paths that are not a command's name, no `--`.
 * Anything else, including every mistake, is null: yargs then parses it and says what is wrong.
 * test/e2e/plain-args.test.ts holds the answers equal to yargs' for the spellings taken here.
 */
export function plainScanArgs(words: readonly string[]): ScanArgs | null {
  const args: ScanArgs = { ...SCAN_DEFAULTS };
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
    const name = flag ? flag[0] : word.slice(2, eq === -1 ? undefined : eq);
    if (!word.startsWith('--') || seen.has(name)) return null;
    seen.add(name);
    if (flag) {
      (args as unknown as Record<string, unknown>)[name] = flag[1];
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
