// Every edge of the command line is a usage error: exit 2, nothing on stdout, one line on stderr
// that names the option. One case per option and per way of getting it wrong (given twice,
// given empty, negative, not a number), run through the built CLI in a real repository that
// holds a secret, so a case that silently scans anyway shows up as exit 1 and a report.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synth } from '../../src/detect/synthetic.js';
import { makeRepo, type Repo } from '../helpers/git-repo.js';

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'cli-edges');

let r: Repo;
beforeAll(() => {
  r = makeRepo();
  r.write('app.py', `AWS = "${KEY}"\n`);
  r.write('baseline.json', '{ "version": 1, "entries": [] }\n');
  r.write('config.json', '{}\n');
  mkdirSync(join(r.dir, 'reports'));
  r.git('add', '-A');
  r.git('commit', '-qm', 'init');
});
afterAll(() => r.cleanup());

// [arguments, what the one line must say]
const CASES: [string[], RegExp][] = [
  // --format
  [['--format', 'json', '--format', 'text'], /--format is given more than once/],
  [['--format=json', '--format=json'], /--format is given more than once/],
  [['--format', ''], /format/],
  [['--format', 'xml'], /format.*"xml"/],
  // --fail-on
  [['--fail-on', 'error', '--fail-on', 'warning'], /--fail-on is given more than once/],
  [['--failOn', 'never', '--fail-on', 'error'], /--fail-on is given more than once/],
  [['--fail-on', ''], /fail-on/],
  [['--fail-on', 'bad'], /fail-on.*"bad"/],
  [['--fail-on', '-1'], /fail-on/],
  // --max-file-size
  [['--max-file-size', '100', '--max-file-size', '200'], /--max-file-size is given more than once/],
  [['--max-file-size'], /--max-file-size needs a value/],
  [['--max-file-size='], /--max-file-size needs a value/],
  [['--max-file-size', '-1'], /--max-file-size takes a positive whole number of bytes, not "-1"/],
  [['--max-file-size=-1'], /--max-file-size takes a positive whole number of bytes, not "-1"/],
  [['--max-file-size', '0'], /--max-file-size takes a positive whole number of bytes, not "0"/],
  [['--max-file-size', 'abc'], /--max-file-size takes a positive whole number of bytes, not "abc"/],
  [['--max-file-size', '1.5'], /--max-file-size takes a positive whole number of bytes, not "1.5"/],
  [['--max-file-size', '1e9'], /--max-file-size takes a positive whole number of bytes, not "1e9"/],
  // 16 digits can pass 2^53, where a number of bytes is no longer exact.
  [['--max-file-size', '1000000000000000'], /--max-file-size takes a positive whole number of bytes, not "1000000000000000"/],
  [['--no-max-file-size'], /--max-file-size takes a positive whole number/],
  // --shard
  [['--history', '--shard', '1/2', '--shard', '2/2'], /--shard is given more than once/],
  [['--history', '--shard', ''], /--shard needs a value/],
  [['--history', '--shard', '0/4'], /--shard takes K\/N with 1 <= K <= N, not "0\/4"/],
  [['--history', '--shard', '5/4'], /--shard takes K\/N with 1 <= K <= N, not "5\/4"/],
  [['--history', '--shard', '1/0'], /--shard takes K\/N with 1 <= K <= N, not "1\/0"/],
  [['--history', '--shard=-1/4'], /--shard takes K\/N with 1 <= K <= N, not "-1\/4"/],
  [['--history', '--shard', '-1/4'], /Unknown argument/],
  [['--history', '--shard', 'a/b'], /--shard takes K\/N with 1 <= K <= N, not "a\/b"/],
  [['--history', '--shard', '2'], /--shard takes K\/N/],
  // --range, --since (their values as revisions and dates are checked by the history source)
  [['--history', '--range', 'HEAD~1..HEAD', '--range', 'HEAD'], /--range is given more than once/],
  [['--history', '--range', ''], /--range needs a value/],
  [['--history', '--since', '2020-01-01', '--since', '2021-01-01'], /--since is given more than once/],
  [['--history', '--since='], /--since needs a value/],
  // --output
  [['--output', 'a.txt', '--output', 'b.txt'], /--output is given more than once/],
  [['--output'], /--output needs a value/],
  [['--output', ''], /--output needs a value/],
  [['--output', 'reports'], /--output "reports" is a directory/],
  // --config
  [['--config', 'config.json', '--config', 'config.json'], /--config is given more than once/],
  [['--no-config', '--config', 'config.json'], /--config is given more than once/],
  [['--config', ''], /--config needs a value/],
  [['--config', 'missing.json'], /config missing\.json: ENOENT/],
  [['--config', 'reports'], /config reports.*not a regular file/],
  // --baseline
  [['--baseline', 'baseline.json', '--baseline', 'baseline.json'], /--baseline is given more than once/],
  [['--baseline', ''], /--baseline needs a value/],
  [['--baseline', 'missing.json'], /baseline missing\.json: ENOENT/],
  [['--baseline', 'reports'], /baseline reports.*not a regular file/],
  // flags: given twice, or given a value
  [['--staged', '--staged'], /--staged is given more than once/],
  [['--staged=yes'], /--staged takes no value \(got "yes"\)/],
  [['--history', '--history'], /--history is given more than once/],
  [['--history', '--all', '--all'], /--all is given more than once/],
  [['--no-redact', '--redact'], /--redact is given more than once/],
  [['--redact=no'], /--redact takes no value/],
  [['--quiet', '--quiet'], /--quiet is given more than once/],
  [['--quiet=abc'], /--quiet takes no value/],
  [['--report-unused-allows', '--report-unused-allows'], /--report-unused-allows is given more than once/],
  // paths
  [['--', 'missing.py'], /no such file or directory: "missing\.py"/],
  [['app.py', '--', 'missing.py'], /no such file or directory: "missing\.py"/],
  [['missing.py'], /no such file or directory: "missing\.py"/],
  [[''], /empty path/],
  // the baseline and init commands
  [['baseline', '--output', 'a.json', '--output', 'b.json'], /--output is given more than once/],
  [['baseline', '--output'], /--output needs a value/],
  [['baseline', '--config', ''], /--config needs a value/],
  [['baseline', '--prune', '--prune'], /--prune is given more than once/],
  [['baseline', '--write=1', '--prune'], /--write takes no value/],
  [['baseline', '--', 'missing.py'], /no such file or directory: "missing\.py"/],
  [['init', '--baseline=3'], /--baseline takes no value/],
  [['init', '--baseline', '--baseline'], /--baseline is given more than once/],
];

describe('command-line edges exit 2 with one line', () => {
  it.each(CASES)('%j', (args, message) => {
    const res = r.scan(...args);
    expect(res.code, res.stdout + res.stderr).toBe(2);
    expect(res.stdout).toBe('');
    const lines = res.stderr.split('\n').filter((l) => l !== '');
    expect(lines, res.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^secret-scan: /);
    expect(lines[0]).toMatch(message);
  });

  it('the values next to each edge are accepted (the cases above fail for the reason they name)', () => {
    expect(r.scan('--format', 'json').code).toBe(1);
    expect(r.scan('--max-file-size', '1').code).toBe(0); // every file is over one byte: skipped
    expect(r.scan('--max-file-size', '1000').code).toBe(1);
    expect(r.scan('--max-file-size', '999999999999999').code).toBe(1); // 15 digits: no limit that matters
    expect(r.scan('--history', '--shard', '1/1').code).toBe(1);
    expect(r.scan('--', 'app.py').code).toBe(1);
    expect(r.scan('--', 'baseline.json').code).toBe(0); // a file named after `--` is scanned alone
    expect(r.scan('--config', 'config.json', '--baseline', 'baseline.json').code).toBe(1);
    expect(r.scan('--staged=false').code).toBe(1);
    expect(r.scan('--no-redact', '--fail-on', 'never').code).toBe(0);
  });

  it('the hook command line `--staged` is still answered, and a repeated --staged is refused the same way when spelt out', () => {
    r.write('new.py', `KEY = "${KEY}"\n`);
    r.git('add', 'new.py');
    try {
      expect(r.scan('--staged').code).toBe(1);
      expect(r.scan('--staged', '--staged').code).toBe(2);
      expect(r.scan('--staged', '--format', 'text', '--format', 'text').code).toBe(2);
    } finally {
      r.git('rm', '-q', '--cached', 'new.py');
    }
  });
});
