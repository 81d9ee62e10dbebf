// Fuzzing the config loader (fast-check, fixed seed, 10,000 inputs per property): whatever the
// text, parseConfig returns a config or throws the project's UsageError with a one-line message,
// and the message names keys at most, never a value from the file (values carry a marker here).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { UsageError } from '../../src/types.js';

const SEED = 20261202;
const RUNS = 10_000;
/** Every generated value holds this character and no generated key does. */
const MARK = '§';

function outcome(text: string): UsageError | null {
  try {
    parseConfig(text, 'c.json');
    return null;
  } catch (e) {
    if (!(e instanceof UsageError)) throw new Error(`not a UsageError: ${String(e)}`);
    return e;
  }
}

function expectOneLine(e: UsageError | null): void {
  if (e === null) return;
  expect(e.message).not.toMatch(/[\n\r\u2028\u2029]/);
  expect(e.message.startsWith('c.json: ')).toBe(true);
  expect(e.message.length).toBeLessThan(600);
}

const key = fc.oneof(
  fc.constantFrom('$schema', 'allowPaths', 'disable', 'rules', 'overrides', 'failOn', 'baseline', 'id', 'pattern', 'keywords', 'severity', 'description', 'remediation', 'requireRandom', 'minRandomness', 'allowValues'),
  fc.string({ maxLength: 12 }).filter((s) => !s.includes(MARK)),
);
const marked = fc.string({ maxLength: 16 }).map((s) => `${MARK}${s}`);
const pattern = fc.oneof(
  fc.constantFrom('acme_[a-z0-9]{32}', '(a+)+$', '[', '(?<x>a)\\k<x>', 'a{2,1}', '\\', '(?=a)', 'x*'),
  fc.string({ maxLength: 20 }),
).map((p) => `${MARK}${p}`);
const leaf = fc.oneof(marked, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('error', 'warning', 'never', 'high-entropy', 'aws-access-key-id'));
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(key, tie('v'), { maxKeys: 4 })),
})).v;
const rule = fc.record(
  { id: fc.oneof(fc.constantFrom('acme-token', 'high-entropy', 'x'), marked), pattern, keywords: fc.array(fc.oneof(marked, fc.constant('')), { maxLength: 3 }), severity: leaf, requireRandom: leaf, minRandomness: leaf, allowValues: value, allowPaths: value, extra: value },
  { requiredKeys: [] },
);
const config = fc.record(
  {
    $schema: leaf,
    allowPaths: fc.oneof(fc.array(marked, { maxLength: 3 }), value),
    disable: fc.oneof(fc.array(fc.oneof(marked, fc.constantFrom('high-entropy', 'no-such-rule')), { maxLength: 3 }), value),
    rules: fc.oneof(fc.array(rule, { maxLength: 3 }), value),
    overrides: fc.oneof(fc.dictionary(fc.constantFrom('high-entropy', 'aws-access-key-id', 'nope'), fc.record({ severity: leaf, allowPaths: value, allowValues: value, other: value }, { requiredKeys: [] }), { maxKeys: 2 }), value),
    failOn: leaf,
    baseline: leaf,
    unknown: value,
  },
  { requiredKeys: [] },
);

describe('config loader fuzz (fixed seed, 10,000 inputs each)', () => {
  it('structured configs: a config or a one-line UsageError that echoes no value', () => {
    fc.assert(
      fc.property(config, (c) => {
        const e = outcome(JSON.stringify(c));
        expectOneLine(e);
        if (e) expect(e.message).not.toContain(MARK);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it('any text: a config or a one-line UsageError that does not quote it', () => {
    const text = fc.oneof(fc.string({ maxLength: 80 }), fc.json().map((j) => j.slice(0, Math.max(1, j.length - 1))), fc.json(), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(
      fc.property(text, (t) => {
        const marked = t.replace(/[a-z]/g, MARK);
        const e = outcome(marked);
        expectOneLine(e);
        // Keys may be named; text that parsed as an object with such keys is allowed to show them.
        if (e && !/unknown key/.test(e.message)) expect(e.message).not.toContain(MARK);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);
});
