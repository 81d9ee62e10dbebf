// Every format writes to --output, redacts by default, and the text report gives each rule's
// advice once. The documented config (docs/integrations.md) is accepted by the loader and the schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { synth } from '../../src/detect/synthetic.js';
import { makeRepo, makeTempDir, PROJECT_ROOT, type Repo } from '../helpers/git-repo.js';

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'formats-a');
const KEY2 = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'formats-b');

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

describe('report formats', () => {
  it.each(['text', 'json', 'sarif', 'github'])('--format %s --output FILE writes the report there, redacted', (format) => {
    const r = makeRepo();
    repos.push(r);
    r.write('a.py', `A = "${KEY}"\n`);
    // Outside the repository, so the second scan does not read the first one's report.
    const out = join(makeTempDir(), 'report.out');
    const res = r.scan('--format', format, '--output', out);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('a.py');
    expect(written).not.toContain(KEY);
    const timeless = (s: string): string => s.replace(/"durationMs": \d+/, '');
    expect(timeless(written)).toBe(timeless(r.scan('--format', format).stdout));
  });

  it('text shows the advice once per rule, not once per line', () => {
    const r = makeRepo();
    repos.push(r);
    r.write('a.py', `A = "${KEY}"\nB = "${KEY2}"\n`);
    const out = r.scan().stdout;
    expect(out.match(/a\.py:\d+:\d+/g)).toHaveLength(2);
    expect(out.match(/ fix: /g)).toHaveLength(1);
  });
});

describe('docs/integrations.md', () => {
  it('its example config is valid for the loader and the schema', () => {
    const doc = readFileSync(join(PROJECT_ROOT, 'docs/integrations.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Config'));
    const json = /```json\n([\s\S]*?)```/.exec(section)![1]!;
    const config = JSON.parse(json) as Record<string, unknown>;
    expect(() => parseConfig(json, 'docs')).not.toThrow();
    const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema/secret-scan.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });
});
