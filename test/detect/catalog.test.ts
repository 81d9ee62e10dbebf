// Every provider rule proves itself on its own samples.
import { describe, expect, it } from 'vitest';
import { providerRules } from '../../src/detect/rules/index.js';
import { hasKeyword, matchRule } from '../../src/detect/provider-match.js';

function reports(rule: (typeof providerRules)[number], line: string): boolean {
  return hasKeyword(rule, line.toLowerCase()) && matchRule(rule, line).length > 0;
}

describe('provider rule catalog', () => {
  it('has unique ids', () => {
    const ids = providerRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of providerRules) {
    const samples = rule.samples();
    describe(rule.id, () => {
      it('has at least two true and two false samples and lower-case keywords', () => {
        expect(samples.positive.length).toBeGreaterThanOrEqual(2);
        expect(samples.negative.length).toBeGreaterThanOrEqual(2);
        for (const k of rule.keywords) expect(k).toBe(k.toLowerCase());
        expect(rule.pattern.global || rule.pattern.sticky).toBe(false);
      });
      for (const s of samples.positive) {
        it(`reports ${JSON.stringify(s.slice(0, 60))}`, () => expect(reports(rule, s)).toBe(true));
      }
      for (const s of samples.negative) {
        it(`does not report ${JSON.stringify(s.slice(0, 60))}`, () => expect(reports(rule, s)).toBe(false));
      }
    });
  }
});
