#!/usr/bin/env node
// Deep fuzz runs: `npm run fuzz -- --runs N [--target engine|report|pattern] [--seed S] [--budget MS]`.
// Runs the targets of test/fuzz/targets.ts with fast-check, times every input, and fails (exit 1)
// on a crash, a broken invariant or an input over the budget (default 100 ms). Failing and slow
// inputs are written to .cache/fuzz/<target>-<seed>.json: add them to regressions.json. The pattern
// target times each accepted pattern's slowest adversarial line in CPU time (wall-clock is noted too).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const runs = Number(opt('runs', '100000'));
const seed = Number(opt('seed', String(Date.now() % 2 ** 31)));
const budget = Number(opt('budget', '100'));
const only = opt('target', 'all');
const patternLine = Number(opt('pattern-line', '3000'));
if (!Number.isInteger(runs) || runs < 1 || !Number.isFinite(seed) || !(budget > 0)) {
  console.error('fuzz: --runs must be a positive integer, --seed a number, --budget a positive number of ms');
  process.exit(2);
}

// The targets are TypeScript: bundle them into .cache/fuzz (inside the project, so that the
// bundle and this script share node_modules/fast-check).
mkdirSync(join(root, '.cache/fuzz'), { recursive: true });
const out = join(root, '.cache/fuzz', `targets-${process.pid}.mjs`);
await build({
  entryPoints: [join(root, 'test/fuzz/targets.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  external: ['fast-check'],
  loader: { '.wasm': 'binary' },
  logLevel: 'warning',
});
const targets = await import(pathToFileURL(out).href);
rmSync(out);

const slowPatterns = [];
let accepted = 0;
// The pattern target's figure: CPU time of the slowest adversarial line of an accepted pattern.
let slowestPattern = 0;
let slowestPatternWall = 0;
const chosen = [targets.engineTarget, targets.reportTarget, targets.patternTarget({ lineLength: patternLine, budget, onAccepted: (p, { slowest: ms, wall }) => { accepted++; slowestPattern = Math.max(slowestPattern, ms); slowestPatternWall = Math.max(slowestPatternWall, wall); if (ms > budget) slowPatterns.push({ pattern: p, cpuMs: Math.round(ms), wallMs: Math.round(wall) }); } })].filter((t) => only === 'all' || t.name === only);
if (chosen.length === 0) {
  console.error(`fuzz: unknown --target ${only} (engine, report, pattern or all)`);
  process.exit(2);
}

let failed = false;
for (const target of chosen) {
  const started = performance.now();
  const slow = [];
  let count = 0;
  let slowest = 0;
  const property = fc.property(target.arbitrary, (input) => {
    const t = performance.now();
    target.check(input);
    const ms = performance.now() - t;
    count++;
    if (ms > slowest) slowest = ms;
    if (ms > budget) slow.push({ ms: Math.round(ms), input: target.show(input) });
    if (count % 50_000 === 0) {
      console.error(`fuzz ${target.name}: ${count} inputs, ${slow.length} over ${budget} ms, ${((performance.now() - started) / 1000).toFixed(0)} s`);
      // A long run may be stopped: what it found so far is on disk.
      writeFileSync(join(root, '.cache/fuzz', `${target.name}-${seed}.partial.json`), JSON.stringify({ seed, runs: count, slow: slow.slice(0, 200) }, null, 1));
    }
  });
  const result = fc.check(property, { seed, numRuns: runs, endOnFailure: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const overBudget = target.name === 'pattern' ? slowPatterns.length : slow.length;
  const file = join(root, '.cache/fuzz', `${target.name}-${seed}.json`);
  writeFileSync(file, JSON.stringify({ seed, runs: count, failure: result.failed ? { counterexample: result.counterexample?.map((x) => target.show(x)), error: String(result.errorInstance ?? result.error) } : null, slow: slow.slice(0, 50), slowPatterns: target.name === 'pattern' ? slowPatterns.slice(0, 50) : undefined }, null, 1));
  console.log(`${target.name}: ${count} inputs in ${seconds} s (seed ${seed}); ${result.failed ? 'FAILED: ' + String(result.errorInstance?.message ?? result.error) : 'no crash or broken invariant'}; ${overBudget} over ${budget} ms (slowest ${slowest.toFixed(1)} ms)${target.name === 'pattern' ? ` of ${accepted} accepted patterns, on lines up to ${patternLine} characters (CPU time; slowest accepted ${slowestPattern.toFixed(1)} ms, ${slowestPatternWall.toFixed(1)} ms wall-clock)` : ''}`);
  if (result.failed || overBudget > 0) {
    failed = true;
    console.log(`  details: ${file}`);
  }
}
process.exit(failed ? 1 : 0);
