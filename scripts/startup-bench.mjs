// Measures start-up the way bench/run.mjs does for the staged hook: interleaved runs of
// `node -e 0` and each given CLI with `--staged` in a repository, median wall time of each.
// Usage: node scripts/startup-bench.mjs [--runs N] [--cwd DIR] cli.js [other-cli.js ...]

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const argv = process.argv.slice(2);
let runs = 21;
let cwd = resolve('.cache/bench/staged-repo');
const clis = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') runs = Number(argv[++i]);
  else if (argv[i] === '--cwd') cwd = resolve(argv[++i]);
  else clis.push(argv[i]);
}
const cases = { 'node -e 0': ['-e', '0'], ...Object.fromEntries(clis.map((c) => [c, [resolve(c), '--staged']])) };
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let r = 0; r < runs + 1; r++) {
  for (const [name, args] of Object.entries(cases)) {
    const t0 = performance.now();
    const p = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = performance.now() - t0;
    if (p.status !== 0) throw new Error(`${name} exited ${p.status}: ${p.stderr}`);
    if (r > 0) times[name].push(ms); // the first round warms the page cache
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const base = median(times['node -e 0']);
for (const [name, t] of Object.entries(times)) {
  const m = median(t);
  process.stdout.write(`${name.padEnd(40)} ${m.toFixed(1)} ms  ${(m / base).toFixed(2)}x\n`);
}
