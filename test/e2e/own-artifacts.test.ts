// A scanner's own outputs are never findings (#11): a project adopts secret-scan with a
// baseline, keeps the CI reports (JSON, SARIF, GitHub annotations) and another scanner's
// baseline next to its code, and commits all of it through the real pre-commit hook.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, PROJECT_ROOT, run, type Repo } from '../helpers/git-repo.js';
import { synth } from '../../src/detect/synthetic.js';

let r: Repo;

beforeAll(() => {
  r = makeRepo();
  r.write('package.json', JSON.stringify({ name: 'leaky-app', version: '1.0.0', private: true }, null, 2));
  const install = run('npm', ['install', '--save-dev', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', PROJECT_ROOT, join(PROJECT_ROOT, 'node_modules/husky')], r.dir);
  expect(install.code, install.stderr).toBe(0);
  expect(run('npx', ['husky', 'init'], r.dir).code).toBe(0);
  writeFileSync(join(r.dir, '.husky/pre-commit'), ''); // husky's sample runs `npm test`; init adds the scanner
  writeFileSync(join(r.dir, '.gitignore'), 'node_modules/\n');
}, 120_000);

afterAll(() => r.cleanup());

describe("the project's own reports and baselines", () => {
  it('init --baseline, then committing the baseline and every report format succeeds', () => {
    r.copy('flask-leaky');
    const init = run('npx', ['secret-scan', 'init', '--baseline'], r.dir);
    expect(init.code, init.stdout + init.stderr).toBe(0);
    expect(run('cat', ['.husky/pre-commit'], r.dir).stdout).toContain('secret-scan --staged');
    // The README's CI commands, run before the commit; --no-redact as a worst case for the JSON.
    for (const args of [
      ['--format', 'json', '--output', 'secrets.json', '--no-redact'],
      ['--format', 'sarif', '--output', 'reports/scan.sarif'],
      ['--format', 'github', '--output', 'reports/annotations.txt'],
      ['--format', 'json', '--output', 'reports/findings.txt'], // a report under a name that says nothing
    ]) {
      run('mkdir', ['-p', 'reports'], r.dir);
      const rep = run('npx', ['secret-scan', '--fail-on', 'never', ...args], r.dir);
      expect(rep.code, rep.stderr).toBe(0);
    }
    // Another scanner's baseline (detect-secrets' shape: hashed secrets) and a gitleaks-style report.
    const hashed = (seed: string) => synth('hex', 40, seed);
    r.write(
      'audit/.secrets.baseline',
      JSON.stringify(
        {
          version: '1.5.0',
          plugins_used: [{ name: 'HexHighEntropyString', limit: 3 }],
          filters_used: [],
          results: { 'app.py': [{ type: 'Secret Keyword', filename: 'app.py', hashed_secret: hashed('ds1'), is_verified: false, line_number: 9 }] },
          generated_at: '2026-01-01T00:00:00Z',
        },
        null,
        2,
      ),
    );
    r.write('audit/leaks.json', JSON.stringify([{ RuleID: 'generic-api-key', Secret: 'REDACTED', Match: 'SECRET_KEY = REDACTED', File: 'app.py', Fingerprint: `app.py:generic-api-key:9`, Entropy: 4.1 }], null, 2));
    // A plain `secret-scan` of the tree: nothing new beyond the baselined findings.
    const plain = run('npx', ['secret-scan'], r.dir);
    expect(plain.code, plain.stdout + plain.stderr).toBe(0);
    r.git('add', '-A');
    const commit = r.git('commit', '-m', 'Adopt secret-scan with a baseline; keep the reports');
    expect(commit.code, commit.stdout + commit.stderr).toBe(0);
    const committed = r.git('show', '--name-only', '--format=', 'HEAD').stdout;
    for (const f of ['.secret-scan-baseline.json', 'secrets.json', 'reports/scan.sarif', 'reports/annotations.txt', 'reports/findings.txt', 'audit/.secrets.baseline', 'audit/leaks.json']) {
      expect(committed).toContain(f);
    }
  });

  it('still blocks the next commit that adds a new secret', () => {
    r.write('config/prod.py', `SECRET_KEY = '${synth('hex', 64, 'own-artifacts-new')}'\n`);
    r.git('add', '-A');
    const commit = r.git('commit', '-m', 'prod config');
    expect(commit.code).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('config/prod.py:1:');
  });

  it('an installed package with no .gitignore for node_modules: its dist/ bundle scans clean', () => {
    const scan = run(process.execPath, [join(r.dir, 'node_modules/secret-scan/dist/cli.js'), '--no-config', 'node_modules/secret-scan/dist'], r.dir);
    expect(scan.code, scan.stdout + scan.stderr).toBe(0);
    expect(scan.stdout + scan.stderr).toMatch(/no secrets found/);
  });
});
