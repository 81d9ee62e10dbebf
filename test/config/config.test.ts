// Config: every mistake names its key and exits 2; custom rules, overrides and failOn work end
// to end; patterns that could backtrack catastrophically are refused; the shipped JSON Schema
// accepts what the loader accepts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { backtrackingRisk, parseConfig } from '../../src/config/config.js';
import { starterConfig } from '../../src/commands/init.js';
import { synth } from '../../src/detect/synthetic.js';
import { UsageError } from '../../src/types.js';
import { makeRepo, PROJECT_ROOT, type Repo } from '../helpers/git-repo.js';

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'config-a');
const ACME = 'acme_' + synth('abcdefghijklmnopqrstuvwxyz0123456789', 32, 'config-acme');

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function repo(config: unknown, files: Record<string, string> = {}): Repo {
  const r = makeRepo();
  repos.push(r);
  r.write('.secret-scan.json', typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  for (const [f, c] of Object.entries(files)) r.write(f, c);
  return r;
}

describe('config errors name the key and exit 2', () => {
  it.each([
    ['{ not json', 'not valid JSON'],
    [{ allowpaths: ['x'] }, '"allowpaths"'],
    [{ allowPaths: 'fixtures/**' }, '"allowPaths"'],
    [{ failOn: 'errors' }, '"failOn"'],
    [{ disable: ['no-such-rule'] }, '"disable[0]"'],
    [{ rules: [{ id: 'Acme Token', pattern: 'acme' }] }, '"rules[0].id"'],
    [{ rules: [{ id: 'acme', pattern: 'acme_(' }] }, '"rules[0].pattern"'],
    [{ rules: [{ id: 'acme', pattern: '(acme_\\w+)+$' }] }, '"rules[0].pattern"'],
    [{ rules: [{ id: 'acme', pattern: 'a*' }] }, '"rules[0].pattern"'],
    [{ rules: [{ id: 'acme', pattern: 'acme', severity: 'critical' }] }, '"rules[0].severity"'],
    [{ rules: [{ id: 'acme', pattern: 'acme', requireRandom: 'yes' }] }, '"rules[0].requireRandom"'],
    [{ rules: [{ id: 'acme', pattern: 'acme', allowValues: 'x' }] }, '"rules[0].allowValues"'],
    [{ rules: [{ id: 'acme', pattern: 'acme', minRandomness: 2 }] }, '"rules[0].minRandomness"'],
    [{ rules: [{ id: 'acme', pattern: 'acme', entropy: 3 }] }, '"rules[0].entropy"'],
    [{ rules: [{ id: 'aws-access-key-id', pattern: 'acme' }] }, '"rules[0].id"'],
    [{ overrides: { 'no-such-rule': { severity: 'warning' } } }, '"overrides.no-such-rule"'],
    [{ overrides: { 'high-entropy': { severity: 'low' } } }, '"overrides.high-entropy.severity"'],
    [{ overrides: { 'high-entropy': { allowPath: ['x'] } } }, '"overrides.high-entropy.allowPath"'],
    [{ baseline: 3 }, '"baseline"'],
  ])('%j', (config, key) => {
    const r = repo(config);
    const res = r.scan();
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(key);
    expect(res.stderr).toContain('.secret-scan.json');
    expect(res.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('explains a refused pattern', () => {
    expect(() => parseConfig(JSON.stringify({ rules: [{ id: 'acme', pattern: '(\\w+\\s?)+$' }] }), 'c.json')).toThrow(/nests a variable quantifier.*catastrophic backtracking/);
    expect(() => parseConfig(JSON.stringify({ rules: [{ id: 'acme', pattern: '(\\w+\\s?)+$' }] }), 'c.json')).toThrow(UsageError);
  });
});

describe('backtrackingRisk', () => {
  it.each([
    '(a+)+$',
    '(a*)*b',
    '([a-z]+)*x',
    '(\\w+\\s?)+$',
    '(?:x+y?)+z',
    '(a|a)+$',
    '(a|ab)*c',
    '(?:\\d|\\w)+!',
    '(a?)+b',
    '(a|)+b',
    '(.*a){10}',
    '(?:[a-z]+,?)+;',
    '.*.*.*=x',
    '.*.*.*',
    '\\w+\\d+\\w+!',
    '\\w+\\w+!',
    '[a-z]+\\d*[a-z]+!',
    '\\w+_?\\w+!',
    '\\w+\\w+$',
    '(?:\\w+\\w+)!',
    '(\\w+)\\1',
    '(?<v>[a-z]*)[a-z]?=\\k<v>',
    '(?:(?:ab)+)+',
    '(?:\\w+\\s?)+',
    '\\d*[a-z]*\\d*!',
    '\\s*["\']?\\s*=',
  ])('refuses %s', (p) => {
    expect(backtrackingRisk(p)).not.toBeNull();
  });

  it.each([
    'acme_[a-z0-9]{32}',
    'ghp_[A-Za-z0-9]{36}',
    '(?:[a-z]{4}-){3}[a-z]{4}',
    '(?:ab|cd)+',
    '(?<secret>[A-Z0-9]{20})',
    '(a+)?b',
    '\\w+@\\w+',
    'password\\s*=\\s*.*',
    'key=([^&\\s]+)',
    '[a-z]+_?[a-z0-9]+',
    '(?:\\d{3}-)+\\d{4}',
    'token:\\s*"[^"]{20,}"',
    'key\\s*=\\s*.*',
    'key\\s*[:=]\\s*\\S+',
    // a back-reference to a group that takes one text per start: [a-z]* must end at the '='
    '(?<v>[a-z]*)=\\k<v>',
    '\\w{1,40}\\w{1,40}!',
    '[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+',
    '(\\w)\\1',
    '(?<q>["\'])[^"\']{8,64}\\k<q>',
    '(?:(?:ab)+c)+',
    '-----BEGIN (?:[A-Z0-9.]+ )+PRIVATE KEY-----',
    'https://[\\w.-]+/(?:[\\w.-]+/)*\\d+',
    '^\\s*password\\s+([^\\s"\']{12,200})\\s*$',
    'machine\\s+\\S+\\s+login\\s+\\S+\\s+password\\s+(\\S+)',
    'key[\\s"\']*=\\s*"([^"]+)"',
    // behind a literal, the run is reached from one start per literal (6 ms on 3,000 spaces; without it 5.5 s)
    'key\\s*["\']?\\s*=',
    'token=(?:\\w+\\w+)',
  ])('accepts %s', (p) => {
    expect(backtrackingRisk(p)).toBeNull();
  });

  // How much slower (a+)+$ really runs than a+$ is measured by bench/micro.mjs, not asserted here.
  it('refuses (a+)+$ and accepts its rewrite a+$', () => {
    expect(backtrackingRisk('(a+)+$')).not.toBeNull();
    expect(backtrackingRisk('a+$')).toBeNull();
  });
});

describe('config features end to end', () => {
  it('runs a custom rule, honouring keywords, allowValues, allowPaths and its severity', () => {
    const example = 'acme_' + 'x'.repeat(32);
    const r = repo(
      { rules: [{ id: 'acme-token', pattern: 'acme_[a-z0-9]{32}', keywords: ['acme_'], severity: 'warning', allowValues: [example], allowPaths: ['docs/**'], remediation: 'Revoke it in the Acme console.' }] },
      { 'app.js': `const t = "${ACME}";\nconst e = "${example}";\n`, 'docs/guide.md': `token: ${ACME}\n` },
    );
    const res = r.scan('--format', 'json');
    const findings = (JSON.parse(res.stdout) as { findings: { ruleId: string; file: string; line: number; severity: string; remediation: string }[] }).findings;
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.severity])).toEqual([['acme-token', 'app.js', 1, 'warning']]);
    expect(findings[0]!.remediation).toBe('Revoke it in the Acme console.');
    expect(res.code).toBe(0); // a warning does not block by default
    expect(r.scan('--fail-on', 'warning').code).toBe(1);
  });

  it.each([{ requireRandom: true }, { minRandomness: 0.5 }])('applies a randomness floor to a custom rule: %j', (floor) => {
    const files = { 'a.js': `const t = "${ACME}";\nconst u = "acme_${'abcd'.repeat(8)}";\n` };
    const r = repo({ rules: [{ id: 'acme-token', pattern: 'acme_[a-z0-9]{32}', keywords: ['acme_'], ...floor }] }, files);
    const lines = (JSON.parse(r.scan('--format', 'json').stdout) as { findings: { line: number }[] }).findings.map((f) => f.line);
    expect(lines).toEqual([1]);
    // Without the floor both are reported: the floor is what drops the patterned value.
    const open = repo({ rules: [{ id: 'acme-token', pattern: 'acme_[a-z0-9]{32}', keywords: ['acme_'] }] }, files);
    expect((JSON.parse(open.scan('--format', 'json').stdout) as { findings: unknown[] }).findings).toHaveLength(2);
  });

  it('overrides a built-in rule: severity, paths and values', () => {
    const files = { 'src/a.py': `KEY = "${KEY}"\n`, 'test/b.py': `KEY = "${KEY}"\n` };
    const base = repo({}, files);
    expect(base.scan().code).toBe(1);
    const warn = repo({ overrides: { 'aws-access-key-id': { severity: 'warning' } } }, files);
    expect(warn.scan().code).toBe(0);
    const paths = repo({ overrides: { 'aws-access-key-id': { allowPaths: ['test/**'] } } }, files);
    const found = (JSON.parse(paths.scan('--format', 'json').stdout) as { findings: { file: string }[] }).findings.map((f) => f.file);
    expect(found).toEqual(['src/a.py']);
    const values = repo({ overrides: { 'aws-access-key-id': { allowValues: [KEY] } } }, files);
    expect(values.scan().code).toBe(0);
  });

  it('failOn in the config decides what blocks; --fail-on wins', () => {
    const r = repo({ failOn: 'never' }, { 'a.py': `KEY = "${KEY}"\n` });
    expect(r.scan().code).toBe(0);
    expect(r.scan('--fail-on', 'error').code).toBe(1);
  });

  it('accepts a $schema key', () => {
    expect(() => parseConfig(starterConfig(true), '.secret-scan.json')).not.toThrow();
  });
});

describe('schema/secret-scan.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema/secret-scan.schema.json'), 'utf8')) as Record<string, unknown>;
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

  const full = {
    $schema: './node_modules/secret-scan/schema/secret-scan.schema.json',
    allowPaths: ['fixtures/**'],
    disable: ['high-entropy'],
    rules: [{ id: 'acme-token', pattern: 'acme_[a-z0-9]{32}', keywords: ['acme_'], severity: 'error', description: 'Acme token', remediation: 'Revoke it.', requireRandom: true, minRandomness: 0.6, allowValues: ['acme_example'], allowPaths: ['docs/**'] }],
    overrides: { 'aws-access-key-id': { severity: 'warning', allowPaths: ['test/**'], allowValues: ['x'] } },
    failOn: 'warning',
    baseline: '.secret-scan-baseline.json',
  };

  it('accepts the starter config and a config using every key, which the loader accepts too', () => {
    expect(validate(JSON.parse(starterConfig(false))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(full), JSON.stringify(validate.errors)).toBe(true);
    expect(() => parseConfig(JSON.stringify(full), 'c.json')).not.toThrow();
  });

  it.each([
    [{ allowpaths: [] }],
    [{ failOn: 'errors' }],
    [{ rules: [{ id: 'acme' }] }],
    [{ rules: [{ id: 'acme', pattern: 'x', entropy: 3 }] }],
    [{ overrides: { 'high-entropy': { severity: 'low' } } }],
  ])('rejects what the loader rejects: %j', (config) => {
    expect(validate(config)).toBe(false);
    expect(() => parseConfig(JSON.stringify(config), 'c.json')).toThrow(UsageError);
  });
});
