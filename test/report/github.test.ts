// GitHub workflow-command annotations: one `::error`/`::warning` per finding with the location,
// and the escaping the runner expects so a path or message cannot break (or inject) a command.
import { afterEach, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, renderGithub } from '../../src/report/github.js';
import { synth } from '../../src/detect/synthetic.js';
import type { Finding } from '../../src/types.js';
import { makeRepo, type Repo } from '../helpers/git-repo.js';

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'github-a');

describe('escaping', () => {
  it('encodes %, CR and LF in messages', () => {
    expect(escapeData('100% sure\r\nnext')).toBe('100%25 sure%0D%0Anext');
  });
  it('also encodes : and , in properties', () => {
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });
});

describe('renderGithub', () => {
  const f: Finding = {
    ruleId: 'demo-rule',
    severity: 'warning',
    message: 'Weak key, 100% guessable',
    file: 'src/we,ird:name.py',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 9,
    secret: 'devkey',
    fingerprint: 'x',
    remediation: 'Use a random key.',
  };

  it('puts the location in properties and the advice in the message, escaped', () => {
    const out = renderGithub([f], { redact: true }).split('\n');
    expect(out[0]).toBe(
      '::warning file=src/we%2Cird%3Aname.py,line=3,endLine=3,col=5,endColumn=9,title=secret-scan%3A demo-rule::Weak key, 100%25 guessable: d…%0AUse a random key.',
    );
    expect(out[1]).toBe('secret-scan found 0 errors and 1 warning');
  });

  it('prints the secret only with redaction off', () => {
    expect(renderGithub([f], { redact: true })).not.toContain('devkey');
    expect(renderGithub([f], { redact: false })).toContain('devkey');
  });
});

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

describe('--format github', () => {
  it('annotates each finding with file, line and columns and exits 1', () => {
    const r = makeRepo();
    repos.push(r);
    r.write('app/config.py', `import os\nAWS = "${KEY}"\n`);
    const res = r.scan('--format', 'github');
    expect(res.code).toBe(1);
    const first = res.stdout.split('\n')[0]!;
    expect(first).toMatch(/^::error file=app\/config\.py,line=2,endLine=2,col=8,endColumn=28,title=secret-scan%3A aws-access-key-id::/);
    expect(res.stdout).not.toContain(KEY);
  });
});
