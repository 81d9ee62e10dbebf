// The baseline's promises, on real repositories with the built CLI: recorded findings stop
// blocking, a moved secret stays suppressed, a copy to a new file and a new secret are
// reported, stale entries are listed and pruned, and regenerating changes no byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { entriesFor, mergeBaseline, parseBaseline, serializeBaseline } from '../../src/config/baseline.js';
import { synth } from '../../src/detect/synthetic.js';
import type { Finding } from '../../src/types.js';
import { CLI, makeRepo, run, type Repo } from '../helpers/git-repo.js';

const KEY_A = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'baseline-a');
const KEY_B = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'baseline-b');

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function repoWithOldSecret(): Repo {
  const r = makeRepo();
  repos.push(r);
  r.write('app/settings.py', `import os\n\nAWS_ACCESS_KEY_ID = "${KEY_A}"\n`);
  r.write('README.md', '# demo\n');
  r.git('add', '-A');
  r.git('commit', '-qm', 'old code');
  return r;
}

function jsonFindings(out: string): { file: string; line: number; ruleId: string }[] {
  return (JSON.parse(out) as { findings: { file: string; line: number; ruleId: string }[] }).findings;
}

describe('secret-scan baseline', () => {
  it('records fingerprint, rule, file and line, never the secret', () => {
    const r = repoWithOldSecret();
    const rec = r.scan('baseline');
    expect(rec.code, rec.stderr).toBe(0);
    const text = readFileSync(join(r.dir, '.secret-scan-baseline.json'), 'utf8');
    expect(text).not.toContain(KEY_A);
    expect(text).not.toContain(KEY_A.slice(4));
    const entries = parseBaseline(text, 'baseline');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ rule: 'aws-access-key-id', file: 'app/settings.py', line: 3 });
    expect(entries[0]!.fingerprint).toMatch(/^app\/settings\.py:aws-access-key-id:[0-9a-f]{16}$/);
    expect(entries[0]!.fingerprint).not.toContain(':3:');
  });

  it('suppresses exactly the recorded findings: the old secret passes, a new one blocks', () => {
    const r = repoWithOldSecret();
    expect(r.scan().code).toBe(1);
    r.scan('baseline');
    expect(r.scan('--baseline', '.secret-scan-baseline.json').code).toBe(0);
    r.write('app/settings.py', `import os\n\nAWS_ACCESS_KEY_ID = "${KEY_A}"\nBACKUP_KEY_ID = "${KEY_B}"\n`);
    const after = r.scan('--baseline', '.secret-scan-baseline.json', '--format', 'json');
    expect(after.code).toBe(1);
    expect(jsonFindings(after.stdout).map((f) => [f.file, f.line])).toEqual([['app/settings.py', 4]]);
  });

  it('keeps a secret suppressed when it moves 50 lines down', () => {
    const r = repoWithOldSecret();
    r.scan('baseline');
    const filler = Array.from({ length: 50 }, (_, i) => `# comment line ${i}`).join('\n');
    r.write('app/settings.py', `import os\n${filler}\n\nAWS_ACCESS_KEY_ID = "${KEY_A}"\n`);
    const moved = r.scan('--baseline', '.secret-scan-baseline.json', '--format', 'json');
    expect(moved.code, moved.stdout).toBe(0);
    expect(jsonFindings(moved.stdout)).toEqual([]);
    // Without the baseline it is still there, 50 lines lower: the suppression is not an accident.
    expect(jsonFindings(r.scan('--format', 'json').stdout).map((f) => f.line)).toEqual([53]);
  });

  it('reports a second private key added to a file whose first key is recorded (the header is the same for both)', () => {
    const pemKey = (seed: string): string =>
      ['-----BEGIN OPENSSH PRIVATE KEY-----', ...[1, 2, 3].map((n) => synth('base64', 64, `${seed}-${n}`)), '-----END OPENSSH PRIVATE KEY-----', ''].join('\n');
    const r = makeRepo();
    repos.push(r);
    r.write('deploy/id_deploy', pemKey('pem-old'));
    r.git('add', '-A');
    r.git('commit', '-qm', 'deploy key');
    expect(r.scan('baseline').code).toBe(0);
    expect(r.scan('--baseline', '.secret-scan-baseline.json').code).toBe(0);
    r.write('deploy/id_deploy', pemKey('pem-old') + pemKey('pem-new'));
    r.git('add', 'deploy/id_deploy');
    const staged = r.scan('--staged', '--baseline', '.secret-scan-baseline.json', '--format', 'json');
    expect(staged.code, staged.stdout).toBe(1);
    expect(jsonFindings(staged.stdout).map((f) => [f.file, f.line, f.ruleId])).toEqual([['deploy/id_deploy', 6, 'private-key-openssh']]);
    // The recorded key still passes where it stands, and when it moves down the file.
    r.write('deploy/id_deploy', '# rotated soon\n\n' + pemKey('pem-old'));
    expect(r.scan('--baseline', '.secret-scan-baseline.json').code).toBe(0);
  });

  it('reports the same secret copied to a new file', () => {
    const r = repoWithOldSecret();
    r.scan('baseline');
    r.write('scripts/deploy.py', `KEY = "${KEY_A}"\n`);
    const copied = r.scan('--baseline', '.secret-scan-baseline.json', '--format', 'json');
    expect(copied.code).toBe(1);
    expect(jsonFindings(copied.stdout).map((f) => f.file)).toEqual(['scripts/deploy.py']);
  });

  it('applies the baseline named in the config, to staged scans too', () => {
    const r = repoWithOldSecret();
    r.scan('baseline');
    r.write('.secret-scan.json', JSON.stringify({ baseline: '.secret-scan-baseline.json' }));
    expect(r.scan().code).toBe(0);
    // The old secret re-added in a commit (moved down) does not block; a new one does.
    r.write('app/settings.py', `import os\n\n\n\nAWS_ACCESS_KEY_ID = "${KEY_A}"\n`);
    r.git('add', '-A');
    expect(r.scan('--staged').code).toBe(0);
    r.write('app/other.py', `KEY = "${KEY_B}"\n`);
    r.git('add', '-A');
    expect(r.scan('--staged').code).toBe(1);
  });

  it('writes to the config\'s baseline, or at the repository root, wherever it is run from', () => {
    const r = repoWithOldSecret();
    r.write('.secret-scan.json', JSON.stringify({ baseline: 'security/accepted.json' }));
    r.write('security/.keep', '');
    const sub = run(process.execPath, [CLI, 'baseline'], join(r.dir, 'app'));
    expect(sub.code, sub.stderr).toBe(0);
    expect(parseBaseline(readFileSync(join(r.dir, 'security/accepted.json'), 'utf8'), 'b')).toHaveLength(1);
    expect(r.scan().code).toBe(0);
    r.write('.secret-scan.json', '{}');
    expect(run(process.execPath, [CLI, 'baseline'], join(r.dir, 'app')).code).toBe(0);
    expect(parseBaseline(readFileSync(join(r.dir, '.secret-scan-baseline.json'), 'utf8'), 'b')).toHaveLength(1);
  });

  it('lists stale entries with --prune and removes them with --write', () => {
    const r = repoWithOldSecret();
    r.write('old.py', `KEY = "${KEY_B}"\n`);
    r.scan('baseline');
    expect(parseBaseline(readFileSync(join(r.dir, '.secret-scan-baseline.json'), 'utf8'), 'b')).toHaveLength(2);
    r.write('old.py', 'KEY = os.environ["KEY"]\n');
    const listed = r.scan('baseline', '--prune');
    expect(listed.code).toBe(0);
    expect(listed.stdout.trim().split('\n')).toHaveLength(1);
    expect(listed.stdout).toContain('old.py:1');
    expect(listed.stderr).toContain('1 stale entry');
    // Listing does not touch the file.
    expect(parseBaseline(readFileSync(join(r.dir, '.secret-scan-baseline.json'), 'utf8'), 'b')).toHaveLength(2);
    const pruned = r.scan('baseline', '--prune', '--write');
    expect(pruned.code).toBe(0);
    const left = parseBaseline(readFileSync(join(r.dir, '.secret-scan-baseline.json'), 'utf8'), 'b');
    expect(left.map((e) => e.file)).toEqual(['app/settings.py']);
    expect(r.scan('baseline', '--prune').stdout).toBe('');
  });

  it('regenerates byte-identically when nothing changed, and keeps reasons people wrote', () => {
    const r = repoWithOldSecret();
    r.write('old.py', `KEY = "${KEY_B}"\n`);
    r.scan('baseline');
    const path = join(r.dir, '.secret-scan-baseline.json');
    const withReason = readFileSync(path, 'utf8').replace('"line":1}', '"line":1,"reason":"test account, revoked"}');
    r.write('.secret-scan-baseline.json', withReason);
    r.git('add', '-A');
    r.git('commit', '-qm', 'baseline');
    const again = r.scan('baseline');
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('unchanged');
    expect(readFileSync(path, 'utf8')).toBe(withReason);
    expect(r.git('diff', '--exit-code').code).toBe(0);
  });

  it('is a usage error (exit 2) when the baseline file is missing or malformed', () => {
    const r = repoWithOldSecret();
    const missing = r.scan('--baseline', 'nope.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
    r.write('bad.json', JSON.stringify({ version: 1, entries: [{ fingerprint: 'x', rule: 'r', file: 'f' }] }));
    const bad = r.scan('--baseline', 'bad.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('entries[0].line');
    expect(r.scan('baseline', '--write').code).toBe(2);
  });
});

describe('baseline file format', () => {
  const finding = (file: string, ruleId: string, fp: string, line: number): Finding => ({
    ruleId,
    severity: 'error',
    message: 'm',
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    secret: 's',
    fingerprint: `${file}:${ruleId}:${fp}`,
    remediation: 'r',
  });

  it('sorts by file, rule and fingerprint whatever the scan order, one entry per line', () => {
    const a = [finding('b.py', 'x', '02', 9), finding('a.py', 'y', '01', 3), finding('a.py', 'x', '03', 7)];
    const text = serializeBaseline(entriesFor(a));
    expect(serializeBaseline(entriesFor([...a].reverse()))).toBe(text);
    const order = parseBaseline(text, 't').map((e) => e.fingerprint);
    expect(order).toEqual(['a.py:x:03', 'a.py:y:01', 'b.py:x:02']);
    expect(text.split('\n').filter((l) => l.includes('"fingerprint"'))).toHaveLength(3);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('records a secret repeated in one file once, at its first line', () => {
    const e = entriesFor([finding('a.py', 'x', '01', 9), finding('a.py', 'x', '01', 4)]);
    expect(e).toEqual([{ fingerprint: 'a.py:x:01', rule: 'x', file: 'a.py', line: 4 }]);
  });

  it('regeneration updates lines, keeps reasons, and keeps entries this scan did not see', () => {
    const prev = [
      { fingerprint: 'a.py:x:01', rule: 'x', file: 'a.py', line: 4, reason: 'revoked' },
      { fingerprint: 'z.py:x:09', rule: 'x', file: 'z.py', line: 1 },
    ];
    const merged = mergeBaseline(prev, [finding('a.py', 'x', '01', 40)]);
    expect(merged).toContainEqual({ fingerprint: 'a.py:x:01', rule: 'x', file: 'a.py', line: 40, reason: 'revoked' });
    expect(merged).toContainEqual(prev[1]);
  });
});
