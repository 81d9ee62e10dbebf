// A scan's flags in their plain spellings are answered without yargs (src/cli-args.ts
// plainScanArgs). Whatever they ask for, the answer must be what yargs' parse gives: same exit
// code, same report, same messages. Each command line is run twice in a real repository: as
// typed (the plain path), and with one more word that changes nothing but sends it to yargs
// (`--quiet=false` or the like: plainScanArgs takes no flag with a value).

import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainScanArgs, SCAN_DEFAULTS } from '../../src/cli-args.js';
import { synth } from '../../src/detect/synthetic.js';
import { makeRepo, type Repo, type RunResult } from '../helpers/git-repo.js';

let r: Repo;

beforeAll(() => {
  r = makeRepo();
  r.write('app.py', `import os\nSECRET_KEY = '${synth('hex', 64, 'plain-args-1')}'\n`);
  r.write('settings.py', "SECRET_KEY = 'changeme'\n");
  r.write('123/keys.env', `STRIPE_KEY=sk_live_${synth('alnum', 24, 'plain-args-2')}\n`);
  r.write('custom.json', JSON.stringify({ failOn: 'warning' }));
  r.git('add', '-A');
  r.git('commit', '-q', '-m', 'one');
  r.write('later.py', `API_TOKEN = '${synth('hex', 40, 'plain-args-3')}'\n`);
  r.git('add', '-A');
  r.git('commit', '-q', '-m', 'two');
  r.write('staged.py', `JWT_SECRET = '${synth('hex', 48, 'plain-args-4')}'  # secret-scan:allow\nx = 1\n`);
  r.git('add', 'staged.py');
});
afterAll(() => r.cleanup());

/** The run's answer, with the report's timing (the one thing two runs may differ in) taken out. */
const untimed = (report: string): string => report.replace(/"durationMs": \d+/g, '"durationMs": 0');
function answer(args: readonly string[], output?: string): RunResult & { written?: string } {
  const res = r.scan(...args);
  const stdout = untimed(res.stdout);
  if (output === undefined) return { ...res, stdout };
  const written = untimed(readFileSync(join(r.dir, output), 'utf8'));
  rmSync(join(r.dir, output));
  return { ...res, stdout, written };
}

/** The same command line, sent to yargs by a flag it does not hold, given its default value. */
function viaYargs(args: readonly string[]): string[] {
  const unused = ['quiet', 'all', 'report-unused-allows'].find((f) => !args.includes(`--${f}`))!;
  expect(plainScanArgs([...args, `--${unused}=false`])).toBeNull();
  return [...args, `--${unused}=false`];
}

/** Command lines plainScanArgs answers: every flag and option it takes, each spelling, each value list. */
const PLAIN: readonly (readonly string[])[] = [
  [],
  ['--format', 'json'],
  ['--format=sarif', '--no-redact'],
  ['--format', 'github', '--redact'],
  ['--format', 'text', 'app.py', '123'],
  ['--history', '--format', 'json', '--quiet'],
  ['--history', '--all', '--since', '2000-01-01', '--format', 'json'],
  ['--history', '--range=HEAD~1..HEAD', '--format=json'],
  ['--history', '--shard', '1/2', '--format', 'json'],
  ['--staged', '--format', 'json'],
  ['--fail-on', 'warning', 'settings.py'],
  ['--fail-on=never', '--format', 'json', 'app.py'],
  ['--fail-on', 'error', 'settings.py'],
  ['--max-file-size', '10', '--format', 'json'],
  ['--no-config', 'settings.py'],
  ['--config', 'custom.json', 'settings.py'],
  ['--no-baseline', '--format', 'json'],
  ['--report-unused-allows', '--staged'],
];
/** Mistakes plainScanArgs lets through to runScan's checks: the same one-line errors. */
const MISTAKES: readonly (readonly string[])[] = [
  ['--staged', '--history'],
  ['--staged', 'app.py'],
  ['--range', 'HEAD~1..HEAD'],
  ['--history', '--shard', '3/2'],
  ['--max-file-size', 'abc'],
  ['no-such-path'],
  ['--baseline', 'missing.json'],
];

describe('plain scan arguments without yargs', () => {
  const cases = [...PLAIN.map((args) => [args, false] as const), ...MISTAKES.map((args) => [args, true] as const)];
  it.each(cases.map(([args, mistake]) => [args.join(' ') || '(none)', args, mistake] as const))('%s: the same answer as yargs gives', (_, args, mistake) => {
    expect(plainScanArgs(args)).not.toBeNull();
    const fast = answer(args);
    expect(fast).toEqual(answer(viaYargs(args)));
    // A scan where one was asked for, a usage error where the line is a mistake.
    expect(fast.code === 2).toBe(mistake);
    if (mistake) expect(fast.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('writes the same --output file', () => {
    const args = ['--output', 'out.json', '--format', 'json'];
    expect(plainScanArgs(args)).not.toBeNull();
    const fast = answer(args, 'out.json');
    expect(fast.written).toContain('"findings"');
    expect(fast).toEqual(answer(viaYargs(args), 'out.json'));
  });

  it('reads each value into its option, and paths in order', () => {
    expect(plainScanArgs(['--history', '--range=a..b', '--since', 'x', '--shard', '1/3', '--format', 'sarif', '--fail-on', 'never', '--no-redact', '--quiet', '--all'])).toEqual({
      ...SCAN_DEFAULTS,
      history: true,
      range: 'a..b',
      since: 'x',
      shard: '1/3',
      format: 'sarif',
      'fail-on': 'never',
      redact: false,
      quiet: true,
      all: true,
    });
    expect(plainScanArgs(['b', '--output', 'o', 'a', '--config', 'c', '--baseline', 'base', '--max-file-size', '5', '--report-unused-allows'])).toEqual({
      ...SCAN_DEFAULTS,
      paths: ['b', 'a'],
      output: 'o',
      config: 'c',
      baseline: 'base',
      'max-file-size': '5',
      'report-unused-allows': true,
    });
    expect(plainScanArgs(['--no-config', '--no-baseline'])).toEqual({ ...SCAN_DEFAULTS, config: false, baseline: false });
    expect(plainScanArgs([])).toEqual(SCAN_DEFAULTS);
    expect(plainScanArgs(['--staged'])).toEqual({ ...SCAN_DEFAULTS, staged: true });
  });

  it.each([
    [['--format', 'JSON']],
    [['--format', 'xml']],
    [['--fail-on', 'info']],
    [['--history', '--history']],
    [['--redact', '--no-redact']],
    [['--config', 'a', '--no-config']],
    [['--baseline', 'a', '--no-baseline']],
    [['--format', 'json', '--format=text']],
    [['-q']],
    [['--', 'x']],
    [['baseline']],
    [['init']],
    [['help']],
    [['completion']],
    [['']],
    [['--output']],
    [['--output', '']],
    [['--output=']],
    [['--output', '-x']],
    [['--staged=true']],
    [['--no-staged']],
    [['--failOn', 'warning']],
    [['--help']],
    [['--version']],
    [['--unknown']],
  ])('leaves %j to yargs', (args) => {
    expect(plainScanArgs(args)).toBeNull();
  });

  it('takes a command word as a path after the first path', () => {
    expect(plainScanArgs(['app.py', 'baseline'])?.paths).toEqual(['app.py', 'baseline']);
  });
});
