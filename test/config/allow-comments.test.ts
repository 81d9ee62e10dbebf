// Allow comments: same line, next line, limited to named rules, the markers of other scanners,
// and --report-unused-allows for comments that suppress nothing.
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAllowComments } from '../../src/config/filter.js';
import { synth } from '../../src/detect/synthetic.js';
import { CLI, makeRepo, type Repo } from '../helpers/git-repo.js';

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'allow-a');
const KEY2 = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'allow-b');

describe('parseAllowComments', () => {
  it.each([
    ['x = 1  # secret-scan:allow', false, null],
    ['x = 1  // secret-scan:allow aws-access-key-id', false, ['aws-access-key-id']],
    ['x = 1  /* secret-scan:allow aws-access-key-id, high-entropy */', false, ['aws-access-key-id', 'high-entropy']],
    ['<!-- secret-scan:allow-next-line jwt -->', true, ['jwt']],
    ['# secret-scan:allow-next-line', true, null],
    ['# secret-scan:allow test fixture, not a real key', false, null],
    ['token = "x" # gitleaks:allow', false, null],
    ['token = "x" # pragma: allowlist secret', false, null],
    ['# pragma: allowlist nextline secret', true, null],
  ])('%s', (line, nextLine, rules) => {
    expect(parseAllowComments(line)).toEqual([expect.objectContaining({ nextLine, rules })]);
  });

  it('finds nothing on ordinary lines', () => {
    expect(parseAllowComments('allowed = True')).toEqual([]);
    expect(parseAllowComments('secret_scan_allow = 1')).toEqual([]);
  });
});

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function repo(files: Record<string, string>): Repo {
  const r = makeRepo();
  repos.push(r);
  for (const [f, c] of Object.entries(files)) r.write(f, c);
  return r;
}

function lines(out: string): number[] {
  return (JSON.parse(out) as { findings: { line: number }[] }).findings.map((f) => f.line);
}

describe('allow comments in a scan', () => {
  it('suppresses the line with secret-scan:allow and the next line with allow-next-line', () => {
    const r = repo({
      'a.py': [`A = "${KEY}"  # secret-scan:allow`, '# secret-scan:allow-next-line', `B = "${KEY2}"`, `C = "${KEY}"`].join('\n') + '\n',
    });
    expect(lines(r.scan('--format', 'json').stdout)).toEqual([4]);
  });

  it('allows only the rules it names', () => {
    const r = repo({
      'a.py': [`A = "${KEY}"  # secret-scan:allow aws-access-key-id`, `B = "${KEY2}"  # secret-scan:allow high-entropy`, '# secret-scan:allow-next-line slack-bot-token', `C = "${KEY}"`].join('\n') + '\n',
    });
    expect(lines(r.scan('--format', 'json').stdout)).toEqual([2, 4]);
  });

  it('does not let a misspelt rule id allow everything', () => {
    const r = repo({ 'a.py': `A = "${KEY}"  # secret-scan:allow aws-acess-key-id\n` });
    expect(lines(r.scan('--format', 'json').stdout)).toEqual([1]);
  });

  it('honours gitleaks:allow and pragma: allowlist secret', () => {
    const r = repo({
      'a.py': [`A = "${KEY}"  # gitleaks:allow`, `B = "${KEY2}"  # pragma: allowlist secret`, '# pragma: allowlist nextline secret', `C = "${KEY}"`, `D = "${KEY2}"`].join('\n') + '\n',
    });
    expect(lines(r.scan('--format', 'json').stdout)).toEqual([5]);
  });

  it('works in staged scans on the added lines', () => {
    const r = repo({ 'a.py': `A = "${KEY}"  # secret-scan:allow\n` });
    r.git('add', '-A');
    expect(r.scan('--staged').code).toBe(0);
    r.write('a.py', `A = "${KEY}"  # secret-scan:allow\nB = "${KEY2}"\n`);
    r.git('add', '-A');
    expect(r.scan('--staged').code).toBe(1);
  });

  it('--report-unused-allows in a staged scan judges the added lines', () => {
    const r = repo({ 'a.py': 'x = 1  # secret-scan:allow\n' });
    r.git('add', '-A');
    r.git('commit', '-qm', 'old allow, not judged again');
    r.write('a.py', `x = 1  # secret-scan:allow\nA = "${KEY}"  # secret-scan:allow\ny = 2  # gitleaks:allow\n`);
    r.git('add', '-A');
    const res = r.scan('--staged', '--report-unused-allows');
    expect(res.code).toBe(0);
    expect(res.stderr.trim().split('\n').filter((l) => l.includes('unused-allow')).map((l) => l.split('  ')[0])).toEqual(['a.py:3']);
  });

  it('--report-unused-allows warns about an allow comment that suppresses nothing, without blocking', () => {
    const r = repo({
      'a.py': [`A = "${KEY}"  # secret-scan:allow`, 'x = 1  # secret-scan:allow', '# secret-scan:allow-next-line', 'y = 2', `B = "${KEY2}"  # secret-scan:allow high-entropy`, '# secret-scan:allow-next-line', `C = "${KEY}"`].join('\n') + '\n',
    });
    const res = r.scan('--report-unused-allows', '--format', 'json');
    expect(lines(res.stdout)).toEqual([5]);
    const warned = res.stderr.trim().split('\n').filter((l) => l.includes('unused-allow'));
    // The next-line comment before C's key suppresses it: used, not warned about.
    expect(warned.map((l) => l.split('  ')[0])).toEqual(['a.py:2', 'a.py:3', 'a.py:5']);
    // Without the option there is nothing on stderr about allows.
    expect(r.scan('--format', 'json').stderr).not.toContain('unused-allow');
    const clean = repo({ 'b.py': 'x = 1  # secret-scan:allow\n' });
    const ok = clean.scan('--report-unused-allows');
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('b.py:1');
    const gh = clean.scan('--report-unused-allows', '--format', 'github');
    expect(gh.stdout).toContain('::warning file=b.py,line=1,title=secret-scan%3A unused allow comment::');
  });

  it('--report-unused-allows with more unused comments in one file than a call takes arguments (150,000)', () => {
    // Five on each of 30,000 lines: one window of the file (diff-parser.ts WINDOW_LINES, WINDOW_BYTES).
    const marker = '  # secret-scan:allow'.repeat(5);
    const r = repo({ 'a.py': Array.from({ length: 30_000 }, (_, i) => `x = ${i}${marker}\n`).join('') });
    const res = spawnSync(process.execPath, [CLI, '--report-unused-allows', '--format', 'json'], { cwd: r.dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(res.stderr).not.toContain('internal error');
    expect(res.status).toBe(0);
    const warned = res.stderr.split('\n').filter((l) => l.includes('unused-allow'));
    expect(warned).toHaveLength(150_000);
    expect(warned[149_999]!.split('  ')[0]).toBe('a.py:30000');
  });
});
