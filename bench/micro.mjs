#!/usr/bin/env node
// `npm run bench:micro`: timings that used to be asserted in unit tests (a shared machine makes
// them flaky there): the cost of looksRandom per call, and how much slower a pattern the
// backtracking check refuses runs than its accepted rewrite.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, '.cache/bench'), { recursive: true });
const out = join(root, '.cache/bench', `micro-${process.pid}.mjs`);
await build({
  stdin: { contents: "export { looksRandom } from './src/detect/randomness/randomness.ts'; export { synth } from './src/detect/synthetic.ts'; export { backtrackingRisk } from './src/detect/regex-safety.ts';", resolveDir: root, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
});
const { looksRandom, synth, backtrackingRisk } = await import(pathToFileURL(out).href);
rmSync(out);

/** Best of five rounds, in microseconds per call: the fastest round is the function's own cost. */
function best(run, calls) {
  let min = Infinity;
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    run();
    min = Math.min(min, ((performance.now() - t0) * 1000) / calls);
  }
  return min;
}

const keys = Array.from({ length: 2000 }, (_, i) => synth('base62', 40, `perf-${i}`));
const names = ['getElementByIdInternal', 'createReadStreamSync', 'XMLHttpRequestEventTarget', 'ERR_INVALID_ARG_TYPE'];
for (const k of keys) looksRandom(k); // warm-up
const perKey = best(() => keys.forEach((k) => looksRandom(k)), keys.length);
const perName = best(() => {
  for (let r = 0; r < 500; r++) for (const v of names) looksRandom(v);
}, 500 * names.length);
console.log(`looksRandom: ${perKey.toFixed(2)} us per 40-character random key, ${perName.toFixed(2)} us per identifier (was asserted < 30 us)`);

// 22 characters are enough for (a+)+$ to take far longer than a+$.
const input = 'a'.repeat(22) + '!';
const time = (re) => best(() => re.test(input), 1);
const slow = time(/(a+)+$/);
const fast = time(/a+$/);
console.log(`(a+)+$ (refused: ${backtrackingRisk('(a+)+$') !== null}) ${(slow / 1000).toFixed(1)} ms vs a+$ (refused: ${backtrackingRisk('a+$') !== null}) ${(fast / 1000).toFixed(4)} ms on 23 characters: ${(slow / fast).toFixed(0)}x`);
