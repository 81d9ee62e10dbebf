// The evaluation corpus is only worth its numbers if the labels match the files and the scoring counts right.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { familyOf, score } from '../scripts/eval.mjs';

const ROOT = path.resolve(__dirname, '..');
const EVAL = path.join(ROOT, 'fixtures/eval');
const CORPUS = path.join(EVAL, 'corpus');

interface FileLabels {
  secret: number[];
  weak: number[];
  negative: number[];
}
const labels = JSON.parse(fs.readFileSync(path.join(EVAL, 'labels.json'), 'utf8')) as {
  counts: Record<keyof FileLabels, number>;
  files: Record<string, FileLabels>;
};

function linesOf(rel: string): string[] {
  return fs.readFileSync(path.join(CORPUS, rel), 'utf8').split('\n');
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function crc32(s: string): number {
  let c = 0xffffffff;
  for (const byte of Buffer.from(s)) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n: number): string {
  let out = '';
  do {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(6, '0');
}

describe('evaluation corpus', () => {
  it('is exactly what generate.mjs writes (deterministic and up to date)', () => {
    const out = execFileSync(process.execPath, [path.join(EVAL, 'generate.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/corpus up to date/);
  });

  it('labels only existing, non-blank lines, each with one label', () => {
    for (const [rel, l] of Object.entries(labels.files)) {
      const lines = linesOf(rel);
      const all = [...l.secret, ...l.weak, ...l.negative];
      expect(new Set(all).size, `${rel} has a line with two labels`).toBe(all.length);
      for (const n of all) {
        expect(n, `${rel}:${n} out of range`).toBeGreaterThanOrEqual(1);
        expect(lines[n - 1]?.trim(), `${rel}:${n} is blank`).toBeTruthy();
      }
    }
  });

  it('has at least 400 labeled lines, 25-35% of them positives, over at least 20 file types', () => {
    const { secret, weak, negative } = labels.counts;
    const total = secret + weak + negative;
    expect(total).toBeGreaterThanOrEqual(400);
    expect((secret + weak) / total).toBeGreaterThanOrEqual(0.25);
    expect((secret + weak) / total).toBeLessThanOrEqual(0.35);
    const types = new Set(Object.keys(labels.files).map((rel) => path.extname(rel) || path.basename(rel)));
    expect(types.size).toBeGreaterThanOrEqual(20);
  });

  it('writes GitHub and npm tokens whose last 6 characters are the base62 CRC32 of the random part', () => {
    let seen = 0;
    for (const rel of Object.keys(labels.files)) {
      for (const m of fs.readFileSync(path.join(CORPUS, rel), 'utf8').matchAll(/\b(?:gh[pousr]|npm)_([A-Za-z0-9]{36})\b/g)) {
        const body = m[1].slice(0, 30);
        expect(m[1].slice(30), m[0]).toBe(base62(crc32(body)));
        seen++;
      }
    }
    expect(seen).toBeGreaterThanOrEqual(5);
  });
});

describe('eval scoring', () => {
  const byKey = new Map<string, string>([
    ['a.py:1', 'secret'],
    ['a.py:2', 'weak'],
    ['a.py:3', 'negative'],
    ['b.env:4', 'secret'],
  ]);
  const corpusLabels = { files: ['a.py', 'b.env'], byKey };

  it('counts a labeled line once however many findings it has, and findings elsewhere as false alarms', () => {
    const s = score(corpusLabels, [
      { file: 'a.py', line: 1, rule: 'x' },
      { file: 'a.py', line: 1, rule: 'y' },
      { file: 'a.py', line: 3, rule: 'x' },
      { file: 'a.py', line: 9, rule: 'x' },
      { file: 'a.py', line: 9, rule: 'z' },
    ]);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 2, 2]);
    expect([s.fpOnNegative, s.fpOnUnlabeled]).toEqual([1, 1]);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.recallSecret).toBeCloseTo(0.5);
    expect(s.recallWeak).toBe(0);
    expect(s.misses.map((m: { key: string }) => m.key)).toEqual(['a.py:2', 'b.env:4']);
  });

  it('gives perfect scores when exactly the positive lines are reported', () => {
    const s = score(corpusLabels, [
      { file: 'a.py', line: 1, rule: 'x' },
      { file: 'a.py', line: 2, rule: 'x' },
      { file: 'b.env', line: 4, rule: 'x' },
    ]);
    expect([s.precision, s.recall, s.f1]).toEqual([1, 1, 1]);
  });
});

describe('eval scoring: severity and rule family per line', () => {
  const byKey = new Map<string, string>([
    ['a.py:1', 'secret'],
    ['a.py:2', 'weak'],
    ['a.py:3', 'secret'],
  ]);
  const families = new Map<string, string>([
    ['a.py:1', 'signing-key'],
    ['a.py:2', 'password'],
    ['a.py:3', 'provider'],
  ]);
  it('counts a line strictly only with the labelled severity and family', () => {
    const s = score({ files: ['a.py'], byKey, families }, [
      { file: 'a.py', line: 1, rule: 'secret-key-assignment', severity: 'error' },
      { file: 'a.py', line: 2, rule: 'hardcoded-password', severity: 'error' }, // a weak line reported as blocking
      { file: 'a.py', line: 3, rule: 'high-entropy', severity: 'error' }, // a provider line found only by the generic detector
    ]);
    expect([s.tp, s.strictTp]).toEqual([3, 1]);
    expect(s.strictRecall).toBeCloseTo(1 / 3);
    expect(s.wrongKind.map((w: { key: string }) => w.key)).toEqual(['a.py:2', 'a.py:3']);
  });
  it('maps rule ids to families', () => {
    expect(['weak-secret-key', 'weak-password', 'generic-api-key', 'high-entropy', 'aws-access-key-id'].map(familyOf)).toEqual(['signing-key', 'password', 'generic', 'generic', 'provider']);
  });
});

/** The secret-scan rows of the README's Accuracy table: corpus → the figures it states. */
function statedFigures(): Map<string, { precision: number; recall: number; strict: number }> {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const out = new Map<string, { precision: number; recall: number; strict: number }>();
  for (const m of readme.matchAll(/^\| (fixtures\/[\w-]+) \([^)]*\) \| secret-scan \| ([\d.]+) \| ([\d.]+) \| [\d.]+ \| ([\d.]+) \|$/gm)) {
    out.set(m[1]!, { precision: Number(m[2]), recall: Number(m[3]), strict: Number(m[4]) });
  }
  return out;
}

describe('accuracy gate: both corpora at or above the figures the README states', () => {
  const stated = statedFigures();
  it('the README states figures for both corpora', () => expect([...stated.keys()].sort()).toEqual(['fixtures/eval', 'fixtures/eval-holdout']));
  for (const corpus of ['fixtures/eval', 'fixtures/eval-holdout']) {
    it(`${corpus}: precision, recall and strict recall (severity and family per line) do not drop`, () => {
      const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts/eval.mjs'), '--corpus', corpus, '--json', '--no-secretlint', '--no-build'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const ours = JSON.parse(out).results['secret-scan'];
      const want = stated.get(corpus)!;
      const got = { precision: ours.precision, recall: ours.recall, strict: ours.strictRecall };
      const why = JSON.stringify({ got, misses: ours.misses, falseAlarms: ours.falseAlarms, wrongKind: ours.wrongKind }).slice(0, 2000);
      // The README rounds to three decimals.
      expect(Number(got.precision.toFixed(3)), why).toBeGreaterThanOrEqual(want.precision);
      expect(Number(got.recall.toFixed(3)), why).toBeGreaterThanOrEqual(want.recall);
      expect(Number(got.strict.toFixed(3)), why).toBeGreaterThanOrEqual(want.strict);
    }, 120_000);
  }
  it('every positive line of both corpora has a hand-checked family', () => {
    for (const corpus of ['fixtures/eval', 'fixtures/eval-holdout']) {
      const l = JSON.parse(fs.readFileSync(path.join(ROOT, corpus, 'labels.json'), 'utf8')) as { files: Record<string, FileLabels> };
      const fam = JSON.parse(fs.readFileSync(path.join(ROOT, corpus, 'families.json'), 'utf8')).lines as Record<string, string>;
      const positives = Object.entries(l.files).flatMap(([f, x]) => [...x.secret, ...x.weak].map((n) => `${f}:${n}`));
      expect(positives.filter((k) => !(k in fam)), corpus).toEqual([]);
      expect(Object.keys(fam).length, corpus).toBe(positives.length);
      expect(new Set(Object.values(fam))).toEqual(new Set(['signing-key', 'password', 'provider', 'generic']));
    }
  });
});
