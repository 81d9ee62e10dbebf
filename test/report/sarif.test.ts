// SARIF output of a fixture scan validates against the SARIF 2.1.0 schema, carries rule help
// and security-severity, redacts secrets, and keeps partial fingerprints stable across edits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import { synth } from '../../src/detect/synthetic.js';
import { makeRepo, PROJECT_ROOT, type Repo } from '../helpers/git-repo.js';

// The official OASIS SARIF 2.1.0 schema (draft-07); see test/fixtures-schema/README.md.
const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'test/fixtures-schema/sarif-schema-2.1.0.json'), 'utf8')) as object;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'sarif-a');

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; help: { text: string }; properties: Record<string, unknown> }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function sarifOf(r: Repo, ...args: string[]): { log: SarifLog; text: string; code: number } {
  const res = r.scan('--format', 'sarif', ...args);
  expect(res.stderr).toBe('');
  return { log: JSON.parse(res.stdout) as SarifLog, text: res.stdout, code: res.code };
}

describe('--format sarif', () => {
  it('validates against the SARIF 2.1.0 schema for the leaky Flask fixture', () => {
    const r = makeRepo();
    repos.push(r);
    r.copy('flask-leaky');
    r.write('dir with space/k#1.py', `AWS = "${KEY}"\n`);
    const { log, code } = sarifOf(r);
    expect(code).toBe(1);
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    // The built CLI names its own version (the bundle has no package.json next to it).
    expect(log.runs[0]!.tool.driver.version).toBe((JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    // The validator is not a rubber stamp: a malformed result is refused.
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: Record<string, unknown>[] }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
    const results = log.runs[0]!.results;
    expect(results.length).toBeGreaterThan(3);
    const uris = results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('dir%20with%20space/k%231.py');
    expect(uris).toContain('app.py');
  });

  it('also validates with no findings', () => {
    const r = makeRepo();
    repos.push(r);
    r.copy('flask-clean');
    const { log, code } = sarifOf(r);
    expect(code).toBe(0);
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('describes each rule once, with help text and security-severity, and links results to it', () => {
    const r = makeRepo();
    repos.push(r);
    r.write('a.py', `A = "${KEY}"\nB = "${KEY}"\n`);
    const { log } = sarifOf(r);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('secret-scan');
    expect(run.tool.driver.rules.map((x) => x.id)).toEqual(['aws-access-key-id']);
    const rule = run.tool.driver.rules[0]!;
    expect(rule.help.text).toMatch(/IAM/);
    expect(Number(rule.properties['security-severity'])).toBeGreaterThanOrEqual(9);
    expect(run.results.map((x) => [x.ruleIndex, x.level, x.locations[0]!.physicalLocation.region.startLine])).toEqual([
      [0, 'error', 1],
      [0, 'error', 2],
    ]);
  });

  it('redacts the secret unless --no-redact', () => {
    const r = makeRepo();
    repos.push(r);
    r.write('a.py', `A = "${KEY}"\n`);
    expect(sarifOf(r).text).not.toContain(KEY);
    expect(sarifOf(r, '--no-redact').text).toContain(KEY);
  });

  it('keeps the partial fingerprint when lines are added above the secret', () => {
    const r = makeRepo();
    repos.push(r);
    r.write('a.py', `A = "${KEY}"\n`);
    const before = sarifOf(r).log.runs[0]!.results[0]!;
    r.write('a.py', `import os\n\n# config\n\nA = "${KEY}"\n`);
    const after = sarifOf(r).log.runs[0]!.results[0]!;
    expect(after.locations[0]!.physicalLocation.region.startLine).toBe(5);
    expect(after.partialFingerprints).toEqual(before.partialFingerprints);
    expect(Object.values(before.partialFingerprints)[0]).not.toContain(KEY.slice(4));
  });

  it('writes to --output', () => {
    const r = makeRepo();
    repos.push(r);
    r.write('a.py', `A = "${KEY}"\n`);
    const res = r.scan('--format', 'sarif', '--output', 'out.sarif');
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    const log = JSON.parse(readFileSync(join(r.dir, 'out.sarif'), 'utf8')) as SarifLog;
    expect(validate(log)).toBe(true);
  });
});

describe('--format sarif values, pinned for known findings', () => {
  it('gives the columns and level of an error and a warning, as counted by hand', () => {
    const r = makeRepo();
    repos.push(r);
    // `A = "` is 5 characters: the key starts at column 6 and its 20 characters end before 26.
    r.write('a.py', `A = "${KEY}"\n`);
    // `SECRET_KEY = '` is 14 characters: `changeme` spans columns 15 to 22 (end 23, exclusive).
    r.write('w.py', "SECRET_KEY = 'changeme'\n");
    const { log } = sarifOf(r);
    const run = log.runs[0]!;
    const got = run.results.map((x) => ({ ruleId: x.ruleId, level: x.level, region: x.locations[0]!.physicalLocation.region }));
    expect(got).toEqual([
      { ruleId: 'aws-access-key-id', level: 'error', region: { startLine: 1, startColumn: 6, endLine: 1, endColumn: 26 } },
      { ruleId: 'weak-secret-key', level: 'warning', region: { startLine: 1, startColumn: 15, endLine: 1, endColumn: 23 } },
    ]);
    const rules = run.tool.driver.rules as unknown as { id: string; defaultConfiguration: { level: string }; properties: Record<string, unknown> }[];
    expect(rules.map((x) => [x.id, x.defaultConfiguration.level, x.properties['security-severity']])).toEqual([
      ['aws-access-key-id', 'error', '9.0'],
      ['weak-secret-key', 'warning', '5.0'],
    ]);
  });
});
