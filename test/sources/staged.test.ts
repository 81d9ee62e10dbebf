// The staged source reads what the index adds, numbered as in the staged file, in real
// repositories: first commit, renames, CRLF, odd names, binaries, partial staging, submodules.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { withBase62Crc32 } from '../../src/detect/rules/checksum.js';
import { synth } from '../../src/detect/synthetic.js';
import { stagedFragments } from '../../src/sources/staged.js';
import { STREAM_ABOVE } from '../../src/sources/staged-git.js';
import type { DiffFile } from '../../src/sources/diff-parser.js';
import { CLI, commitAll, reposPerTest, type Repo } from '../helpers/git-repo.js';

const KEY = synth('hex', 64, 'staged-test');
const leak = (n = 1) => `SECRET_KEY = '${synth('hex', 64, `staged-${n}`)}'\n`;

const repo = reposPerTest();


async function added(r: Repo) {
  const out: { file: string; lines: [number, string][] }[] = [];
  await (await stagedFragments(r.dir)).forEach((f) => {
    if (f.lines.length > 0) out.push({ file: f.path, lines: f.lines.map((l) => [l.number, l.text]) });
  });
  return out;
}

describe('staged source', () => {
  it('reads the first commit (no HEAD yet) against the empty tree', async () => {
    const r = repo();
    r.write('app.py', `import os\n${leak()}`);
    r.git('add', 'app.py');
    expect(await added(r)).toEqual([{ file: 'app.py', lines: [[1, 'import os'], [2, leak().trimEnd()]] }]);
  });

  it('yields only added lines of a modified file, with their new line numbers', async () => {
    const r = repo();
    r.write('app.py', 'a\nb\nc\nd\n');
    commitAll(r);
    r.write('app.py', 'a\nNEW1\nb\nd\nNEW2\n');
    r.git('add', 'app.py');
    expect(await added(r)).toEqual([{ file: 'app.py', lines: [[2, 'NEW1'], [5, 'NEW2']] }]);
  });

  it('scans only the edited lines of a renamed file', async () => {
    const r = repo();
    const body = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n') + '\n';
    r.write('old name.py', body);
    commitAll(r);
    r.git('mv', 'old name.py', 'new name.py');
    r.write('new name.py', body + 'added\n');
    r.git('add', '-A');
    expect(await added(r)).toEqual([{ file: 'new name.py', lines: [[21, 'added']] }]);
  });

  it('scans only the edited lines of a copied file', async () => {
    const r = repo();
    const body = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n') + '\n';
    r.write('a.py', body);
    commitAll(r);
    r.write('b.py', body + 'copied and added\n');
    r.write('a.py', body.replace('line 3', 'line three'));
    r.git('add', '-A');
    const files = await added(r);
    expect(files).toContainEqual({ file: 'b.py', lines: [[21, 'copied and added']] });
  });

  it('yields nothing for a deleted file', async () => {
    const r = repo();
    r.write('gone.py', leak());
    commitAll(r);
    r.git('rm', '-q', 'gone.py');
    expect(await added(r)).toEqual([]);
  });

  it(`reads a diff over ${STREAM_ABOVE} bytes as git writes it: every file, line number and rename as in a small one`, async () => {
    const r = repo();
    const body = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n') + '\n';
    r.write('old.py', body);
    commitAll(r);
    r.git('mv', 'old.py', 'renamed.py');
    // The file alone is bigger than STREAM_ABOVE, so its diff is too.
    const rows = Array.from({ length: Math.ceil(STREAM_ABOVE / 10) }, (_, i) => `row ${i + 1}\r`);
    r.write('big.csv', rows.join('\n') + '\n');
    r.write('z.py', `a = 1\n${leak()}`);
    r.git('add', '-A');
    const files: DiffFile[] = [];
    await (await stagedFragments(r.dir)).forEach((f) => files.push(f));
    const big = files.filter((f) => f.path === 'big.csv');
    expect(big.length).toBeGreaterThan(1);
    expect(big.flatMap((f) => f.lines.map((l) => l.number))).toEqual(rows.map((_, i) => i + 1));
    expect(big.flatMap((f) => f.lines.map((l) => l.text))).toEqual(rows.map((row) => row.slice(0, -1)));
    expect(files.filter((f) => f.path !== 'big.csv')).toEqual([
      { path: 'renamed.py', lines: [], from: 'old.py' },
      { path: 'z.py', lines: [{ number: 1, text: 'a = 1' }, { number: 2, text: leak().trimEnd() }] },
    ]);
  });

  it('strips CR from CRLF lines', async () => {
    const r = repo();
    r.write('win.env', `A=1\r\nSECRET_KEY=${KEY}\r\n`);
    r.git('add', 'win.env');
    expect(await added(r)).toEqual([{ file: 'win.env', lines: [[1, 'A=1'], [2, `SECRET_KEY=${KEY}`]] }]);
  });

  it('handles a last line without a newline', async () => {
    const r = repo();
    r.write('x.py', `a = 1\n${leak().trimEnd()}`);
    r.git('add', 'x.py');
    expect((await added(r))[0]!.lines).toEqual([[1, 'a = 1'], [2, leak().trimEnd()]]);
  });

  it('decodes names with spaces, unicode, quotes and tabs', async () => {
    const r = repo();
    const names = ['with space.py', 'ünïcødé/配置.py', 'quo"te.py', 'tab\there.py'];
    for (const n of names) r.write(n, 'x = 1\n');
    r.git('add', '-A');
    expect((await added(r)).map((f) => f.file).sort()).toEqual([...names].sort());
  });

  it('skips binary files', async () => {
    const r = repo();
    r.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, ...Buffer.from(leak())]));
    r.write('app.py', 'x = 1\n');
    r.git('add', '-A');
    expect((await added(r)).map((f) => f.file)).toEqual(['app.py']);
  });

  it('reads the staged version of a partially staged file, not the working tree', async () => {
    const r = repo();
    r.write('app.py', 'a = 1\n');
    commitAll(r);
    r.write('app.py', 'a = 1\nstaged = True\n');
    r.git('add', 'app.py');
    r.write('app.py', `a = 1\nstaged = True\n${leak()}`); // not staged
    expect(await added(r)).toEqual([{ file: 'app.py', lines: [[2, 'staged = True']] }]);
    const cli = r.scan('--staged');
    expect(cli.code).toBe(0);
  });

  it('skips submodule pointer changes', async () => {
    const sub = repo();
    sub.write('lib.py', 'x = 1\n');
    commitAll(sub);
    const r = repo();
    r.write('main.py', 'y = 2\n');
    commitAll(r);
    const add = r.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/lib');
    expect(add.code).toBe(0);
    expect((await added(r)).map((f) => f.file)).toEqual(['.gitmodules']);
  });

  it('does not modify the index or the working tree', async () => {
    const r = repo();
    r.write('app.py', leak());
    r.git('add', 'app.py');
    const before = r.git('status', '--porcelain=v1').stdout + r.git('diff', '--cached').stdout;
    expect(r.scan('--staged').code).toBe(1);
    expect(r.git('status', '--porcelain=v1').stdout + r.git('diff', '--cached').stdout).toBe(before);
  });
});

describe('secret-scan --staged (CLI)', () => {
  it('exits 0 on a clean index', () => {
    const r = repo();
    r.write('app.py', "import os\nSECRET_KEY = os.environ['SECRET_KEY']\n");
    r.git('add', 'app.py');
    const out = r.scan('--staged');
    expect(out).toMatchObject({ code: 0, stderr: '' });
  });

  it('exits 0 with nothing staged', () => {
    expect(repo().scan('--staged').code).toBe(0);
  });

  it('exits 1 and names file:line:column when a staged line adds a key', () => {
    const r = repo();
    r.write('config.py', `DEBUG = False\n${leak()}`);
    r.git('add', 'config.py');
    const out = r.scan('--staged');
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('config.py:2:15');
    expect(out.stdout).toContain('commit blocked');
    expect(out.stdout).not.toContain(synth('hex', 64, 'staged-1')); // redacted
  });

  it('prints the secret in full only with --no-redact', () => {
    const r = repo();
    r.write('config.py', leak());
    r.git('add', 'config.py');
    expect(r.scan('--staged', '--no-redact').stdout).toContain(synth('hex', 64, 'staged-1'));
  });

  it('outside a repository exits 2 with one line', () => {
    const r = repo({ init: false });
    const out = r.scan('--staged');
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/^secret-scan: .*git repository/);
  });

  it(`a bad config with a staged diff over ${STREAM_ABOVE} bytes: exit 2 with one line, git not left waiting`, () => {
    const r = repo();
    r.write('big.txt', 'x\n'.repeat(STREAM_ABOVE / 2 + 1));
    r.write('.secret-scan.json', '{ broken');
    r.git('add', 'big.txt');
    // Run with a time limit: a CLI that waits for git forever is killed and fails here.
    const out = spawnSync(process.execPath, [CLI, '--staged'], { cwd: r.dir, encoding: 'utf8', timeout: 30_000 });
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^secret-scan: \.secret-scan\.json: not valid JSON/);
  }, 60_000);

  it('rejects unknown options and bad config with exit 2 and one line', () => {
    const r = repo();
    const bad = r.scan('--staged', '--frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    r.write('.secret-scan.json', '{"allowPath": []}');
    const cfg = r.scan('--staged');
    expect(cfg.code).toBe(2);
    expect(cfg.stderr).toContain('"allowPath"');
  });

  it('honours allowPaths, disable and inline allow comments', () => {
    const r = repo();
    r.write('.secret-scan.json', JSON.stringify({ allowPaths: ['fixtures/**'], disable: ['weak-secret-key'] }));
    r.write('fixtures/leak.py', leak(1));
    r.write('weak.py', "SECRET_KEY = 'dev'\n");
    r.write('allowed.py', `${leak(2).trimEnd()}  # secret-scan:allow\nTOKEN = '${synth('base62', 40, 'gl')}'  # gitleaks:allow\nAPI_KEY = '${synth('base62', 40, 'ds')}'  # pragma: allowlist secret\n`);
    r.git('add', '-A');
    const out = r.scan('--staged', '--format', 'json');
    expect(JSON.parse(out.stdout).findings).toEqual([]);
    expect(out.code).toBe(0);
    // The same lines without the comments, outside fixtures/, are reported.
    r.write('fixtures/leak.py', '');
    r.write('allowed.py', '');
    r.write('copy.py', [leak(1), leak(2), `TOKEN = '${synth('base62', 40, 'gl')}'\n`, `API_KEY = '${synth('base62', 40, 'ds')}'\n`].join(''));
    r.git('add', '-A');
    const again = JSON.parse(r.scan('--staged', '--format', 'json').stdout);
    expect(again.findings.map((f: { line: number }) => f.line)).toEqual([1, 2, 3, 4]);
  });

  it('JSON output follows the contract', () => {
    const r = repo();
    r.write('app/config.py', `\n\n${leak()}`);
    r.git('add', '-A');
    const out = r.scan('--staged', '--format', 'json');
    expect(out.code).toBe(1);
    const json = JSON.parse(out.stdout);
    expect(json.version).toBe(1);
    expect(json.findings).toHaveLength(1);
    const f = json.findings[0];
    expect(f).toMatchObject({ ruleId: 'secret-key-assignment', severity: 'error', file: 'app/config.py', line: 3, column: 15, endLine: 3, endColumn: 79 });
    expect(f.fingerprint).toMatch(/^app\/config\.py:secret-key-assignment:[0-9a-f]{16}$/);
    expect(f.secret).not.toContain(synth('hex', 64, 'staged-1'));
    expect(typeof f.remediation).toBe('string');
    expect(json.stats).toMatchObject({ files: 1, lines: 3 });
  });

  it('--fail-on never reports but does not block; --fail-on warning blocks on warnings', () => {
    const r = repo();
    r.write('weak.py', "SECRET_KEY = 'dev'\n");
    r.git('add', '-A');
    expect(r.scan('--staged').code).toBe(0);
    expect(r.scan('--staged', '--fail-on', 'warning').code).toBe(1);
    r.write('strong.py', leak());
    r.git('add', '-A');
    expect(r.scan('--staged', '--fail-on', 'never').code).toBe(0);
  });

  it('runs the provider catalog, checksums, encoded and multi-line secrets through --staged', () => {
    const r = repo();
    const ghp = 'ghp_' + withBase62Crc32(synth('base62', 30, 'staged-ghp'));
    const badChecksum = ghp.slice(0, -1) + (ghp.endsWith('A') ? 'B' : 'A');
    const password = synth('base62', 24, 'staged-k8s');
    r.write('deploy.sh', `export GH_TOKEN=${ghp}\nexport OLD_TOKEN_NAME=${badChecksum}\n`);
    r.write('k8s/secret.yaml', `apiVersion: v1\nkind: Secret\ndata:\n  DB_PASSWORD: ${Buffer.from(password).toString('base64')}\n`);
    r.write('keys/deploy_key', `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA${synth('base64', 60, 'staged-ssh')}\n-----END OPENSSH PRIVATE KEY-----\n`);
    r.git('add', '-A');
    const out = r.scan('--staged', '--format', 'json');
    expect(out.code).toBe(1);
    const found = JSON.parse(out.stdout).findings.map((f: { file: string; line: number; ruleId: string; encoded?: string }) => [f.file, f.line, f.ruleId, f.encoded ?? '']);
    expect(found).toContainEqual(['deploy.sh', 1, 'github-pat-classic', '']);
    expect(found.filter((f: string[]) => f[0] === 'deploy.sh' && f[1] === 2 && String(f[2]).startsWith('github'))).toEqual([]);
    expect(found).toContainEqual(['k8s/secret.yaml', 4, 'hardcoded-password', 'base64']);
    expect(found.some((f: string[]) => f[0] === 'keys/deploy_key' && f[1] === 1 && String(f[2]).includes('private-key'))).toBe(true);
    expect(found).toHaveLength(3);
  });
});
