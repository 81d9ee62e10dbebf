// Fuzzing the baseline loader (fast-check, fixed seed, 10,000 inputs per property): whatever the
// text, parseBaselineFile returns entries or throws the project's UsageError with a one-line
// message naming keys at most, never a value (values carry a marker here); what it returns can
// be matched against findings and written back without a throw, and reads back the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBaselineFile, serializeBaseline, staleEntries, suppressBaselined, type BaselineFile } from '../../src/config/baseline.js';
import { withFingerprints } from '../../src/config/fingerprint.js';
import { UsageError, type Finding } from '../../src/types.js';

const SEED = 20261202;
const RUNS = 10_000;
const MARK = '§';

function outcome(text: string): BaselineFile | UsageError {
  try {
    return parseBaselineFile(text, 'b.json');
  } catch (e) {
    if (!(e instanceof UsageError)) throw new Error(`not a UsageError: ${String(e)}`);
    return e;
  }
}

function expectOneLine(e: UsageError): void {
  expect(e.message).not.toMatch(/[\n\r\u2028\u2029]/);
  expect(e.message.startsWith('baseline b.json: ')).toBe(true);
  expect(e.message.length).toBeLessThan(600);
}

const key = fc.oneof(fc.constantFrom('fingerprint', 'rule', 'file', 'line', 'reason', 'version', 'salt', 'entries', 'about'), fc.string({ maxLength: 10 }).filter((s) => !s.includes(MARK)));
const marked = fc.string({ maxLength: 16 }).map((s) => `${MARK}${s}`);
const leaf = fc.oneof(marked, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(key, tie('v'), { maxKeys: 3 })),
})).v;
const hex = (n: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n });
const entry = fc.record(
  {
    fingerprint: fc.oneof(marked, fc.tuple(fc.constantFrom('a.py', 'b/c.js'), fc.constantFrom('x', 'aws-access-key-id'), fc.oneof(hex(16), hex(20))).map((p) => p.join(':')), value),
    rule: fc.oneof(marked, fc.constantFrom('x', 'aws-access-key-id'), value),
    file: fc.oneof(marked, fc.constantFrom('a.py', 'b/c.js', ''), value),
    line: fc.oneof(fc.integer(), fc.double(), value),
    reason: fc.oneof(marked, value),
    other: value,
  },
  { requiredKeys: [] },
);
const baseline = fc.record(
  {
    version: fc.oneof(fc.constantFrom(1, 2), leaf),
    salt: fc.oneof(hex(32), hex(31), marked, leaf),
    about: fc.oneof(marked, leaf),
    entries: fc.oneof(fc.array(entry, { maxLength: 4 }), value),
    extra: value,
  },
  { requiredKeys: [] },
);

const finding = (file: string, ruleId: string, secret: string): Finding => ({
  ruleId,
  severity: 'error',
  message: 'm',
  file,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  secret,
  fingerprint: '',
  remediation: 'r',
});
const FINDINGS = [finding('a.py', 'x', 'abc'), finding('b/c.js', 'aws-access-key-id', 'AKIA')];

describe('baseline loader fuzz (fixed seed, 10,000 inputs each)', () => {
  it('structured baselines: entries, or a one-line UsageError that echoes no value; entries match, write and read back', () => {
    fc.assert(
      fc.property(baseline, (b) => {
        const r = outcome(JSON.stringify(b));
        if (r instanceof UsageError) {
          expectOneLine(r);
          expect(r.message).not.toContain(MARK);
          return;
        }
        const found = withFingerprints(FINDINGS, r.salt ?? '');
        suppressBaselined(found, r.entries);
        staleEntries(r.entries, found);
        const again = parseBaselineFile(serializeBaseline(r.entries, r.salt), 'b.json');
        expect(again.entries).toEqual(r.entries);
        expect(again.salt).toEqual(r.salt);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it('any text: entries or a one-line UsageError that does not quote it', () => {
    const text = fc.oneof(fc.string({ maxLength: 80 }), fc.json().map((j) => j.slice(0, Math.max(1, j.length - 1))), fc.json(), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(
      fc.property(text, (t) => {
        const r = outcome(t.replace(/[a-z]/g, MARK));
        if (!(r instanceof UsageError)) return;
        expectOneLine(r);
        if (!/unknown key/.test(r.message)) expect(r.message).not.toContain(MARK);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);
});
