// Lines of any length and any number of encoded blobs: no crash, no key missed, and the work
// bounded per line (time is measured by bench/linear.mjs, not here: these assert on structure).
import { describe, expect, it } from 'vitest';
import { BUDGET_RULE_ID, createEngine, LONG_LINE, lineWindows, WINDOW_OVERLAP } from '../../src/detect/engine.js';
import { providerRules } from '../../src/detect/rules/index.js';
import { synth } from '../../src/detect/synthetic.js';

// No time budget here: these tests check what is found, and a loaded machine must not change it.
const engine = createEngine({ lineBudgetMs: Infinity });
const scan = (file: string, ...lines: string[]) => engine.detect({ file, lines: lines.map((text, i) => ({ number: i + 1, text })) });
const b64 = (s: string) => Buffer.from(s).toString('base64');
const PASSWORD = synth('base62', 24, 'linear-pw');

/** A line of minified code, `n` characters long, with no secret in it. */
function minified(n: number): string {
  const unit = 'function(a,b){return a.map(function(c){return c+b})};';
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** A provider rule's first true sample, and what the engine reports on it alone. */
function providerSample(id: string) {
  const rule = providerRules.find((r) => r.id === id)!;
  const line = rule.samples().positive[0]!;
  const alone = scan('app.js', line).find((f) => f.ruleId === id)!;
  return { line, alone };
}

describe('lineWindows', () => {
  const line = minified(200_000) + 'x'.repeat(30_000) + minified(50_000);
  const windows = lineWindows(line);

  it('covers the line from its first to its last character, each window at most LONG_LINE long', () => {
    expect(windows[0]![0]).toBe(0);
    expect(windows[windows.length - 1]![1]).toBe(line.length);
    for (const [from, to] of windows) expect(to - from).toBeLessThanOrEqual(LONG_LINE);
    for (let k = 1; k < windows.length; k++) expect(windows[k]![0]).toBeGreaterThan(windows[k - 1]![0]);
  });

  it('holds any WINDOW_OVERLAP characters of the line whole in one window', () => {
    for (let at = 0; at + WINDOW_OVERLAP <= line.length; at += 997) {
      expect(windows.some(([from, to]) => from <= at && at + WINDOW_OVERLAP <= to)).toBe(true);
    }
  });

  it('cuts at a separator when there is one near, so that a token is not split', () => {
    for (const [from] of windows.slice(1, 30)) expect(/[;(){},+ ]/.test(line[from - 1]!)).toBe(true);
  });

  it('scans a line that is few windows long in about as many windows as its length needs', () => {
    expect(windows.length).toBeLessThanOrEqual(Math.ceil(line.length / (LONG_LINE - WINDOW_OVERLAP - WINDOW_OVERLAP / 2)) + 1);
  });
});

describe('long lines', () => {
  it('finds a provider token in the middle of a 1 MB minified line, at its own column', () => {
    const { line, alone } = providerSample('github-fine-grained-pat');
    const before = minified(600_000);
    const f = scan('dist/app.js', `${before};${line};${minified(400_000)}`);
    expect(f.map((x) => [x.ruleId, x.secret, x.column])).toEqual([[alone.ruleId, alone.secret, before.length + 1 + alone.column]]);
  });

  it('judges a provider token on a line over 8 KB by the text near it: a report field 10 KB away does not drop it', () => {
    const key = `AKIA${synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'far-field')}`;
    const near = scan('bundle.js', `${minified(200)};const k="${key}";${minified(200)}`);
    expect(near.map((x) => x.ruleId)).toEqual(['aws-access-key-id']);
    // A scanner report's field on the token's own line says it is a report (engine.ts keep()) ...
    expect(scan('bundle.js', `{"fingerprint": "x", "k": "${key}"}`)).toEqual([]);
    // ... but 10 KB away on a minified line it says nothing about the token: each window is judged alone.
    const line = `{"fingerprint": "x"};${minified(10_000)};const k="${key}";${minified(200)}`;
    expect(line.length).toBeGreaterThan(LONG_LINE);
    expect(scan('bundle.js', line).map((x) => [x.ruleId, x.secret])).toEqual([['aws-access-key-id', key]]);
  });

  it('finds a password after a 4 MiB run of one character, without a stack overflow', () => {
    for (const ch of ['x', 'A', ' ', '=']) {
      const run = ch.repeat(4 * 1024 * 1024);
      const f = scan('settings.py', `${run} password = "${PASSWORD}"`);
      expect(f.map((x) => [x.ruleId, x.secret])).toEqual([['hardcoded-password', PASSWORD]]);
      expect(f[0]!.column).toBe(run.length + ' password = "'.length + 1);
    }
  });

  it('scans a 5 MB base64 image in a notebook without a crash, and stays quiet on it', () => {
    const image = synth('base64', 5 * 1024 * 1024, 'notebook-png');
    expect(scan('analysis.ipynb', `    "image/png": "${image}\\n",`)).toEqual([]);
  });

  it('still decodes an encoded secret on a long line, at the blob, as on a short one', () => {
    const blob = b64(JSON.stringify({ jwt_secret: PASSWORD, region: 'eu-west-1' }));
    const short = scan('deploy.json', `{"env": "${blob}"}`);
    expect(short.map((x) => [x.ruleId, x.secret, x.encoded])).toEqual([['secret-key-assignment', PASSWORD, 'base64']]);
    const before = `{"cells": "${minified(300_000)}", "env": "`;
    const f = scan('deploy.json', `${before}${blob}", "tail": "${minified(100_000)}"}`);
    expect(f.map((x) => [x.ruleId, x.secret, x.encoded, x.column])).toEqual([['secret-key-assignment', PASSWORD, 'base64', before.length + 1]]);
  });
});

describe('many encoded blobs on one line', () => {
  it('stays quiet on 400 base64 words (each decoded once, no rescans of rescans)', () => {
    const words = Array.from({ length: 400 }, () => '"aGVsbG93b3JsZA=="');
    expect(scan('data.py', `data = [${words.join(', ')}]`)).toEqual([]);
  });

  it('reports every one of 300 encoded passwords, each at its own blob', () => {
    const secrets = Array.from({ length: 300 }, (_, k) => synth('base62', 20, `many-${k}`));
    const blobs = secrets.map((s) => b64(`db_password=${s}`));
    const line = `values: [${blobs.map((b) => `"${b}"`).join(', ')}]`;
    const f = scan('values.yaml', line);
    expect(f.map((x) => x.secret)).toEqual(secrets);
    expect(f.map((x) => x.column)).toEqual(blobs.map((b) => line.indexOf(b) + 1));
  });

  it('decodes a blob inside a decoded blob (double encoding), once', () => {
    const f = scan('secret.yaml', `  token: ${b64(b64(`api_secret=${PASSWORD}`))}`);
    expect(f).toHaveLength(1);
    expect(f[0]!.encoded).toBe('base64 in base64');
    expect(f[0]!.secret).toContain(PASSWORD);
  });
});

describe('the per-line budget', () => {
  it('reports a line over its budget as a warning with file, line and the step that ran, not a stall', () => {
    const tight = createEngine({ lineBudgetMs: -1 });
    const f = tight.detect({ file: 'big/bundle.js', lines: [{ number: 1, text: 'const a = 1;' }, { number: 7, text: `x = "${synth('base62', 40, 'budget')}"` }] });
    const warning = f.find((x) => x.ruleId === BUDGET_RULE_ID && x.line === 7);
    expect(warning).toMatchObject({ severity: 'warning', file: 'big/bundle.js', line: 7, column: 1, secret: '' });
    expect(warning!.message).toMatch(/not fully scanned.*while running [a-z0-9-]+/);
  });

  it('is not reached by ordinary lines', () => {
    expect(scan('app.py', `SECRET_KEY = "${synth('hex', 64, 'budget-2')}"`).map((x) => x.ruleId)).toEqual(['secret-key-assignment']);
  });
});
