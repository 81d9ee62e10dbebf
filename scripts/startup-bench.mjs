// Measures start-up the way bench/run.mjs does for the staged hook: interleaved runs of
// `node -e 0` and each given CLI with `--staged` in a repository, median wall and CPU time
// (user + system, children included) of each, as a ratio to `node -e 0` in the same run.
// --pin also runs every case held to one core (`taskset -c 0`), what a slower machine pays;
// --instructions counts the instructions of one run of each case (valgrind's callgrind, the
// whole process and git), which the load of a shared machine does not move.
// Usage: node scripts/startup-bench.mjs [--runs N] [--cwd DIR] [--pin] [--instructions] cli.js [other-cli.js ...]

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const argv = process.argv.slice(2);
let runs = 21;
let cwd = resolve('.cache/bench/staged-repo');
let pin = false;
let instructions = false;
const clis = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') runs = Number(argv[++i]);
  else if (argv[i] === '--cwd') cwd = resolve(argv[++i]);
  else if (argv[i] === '--pin') pin = true;
  else if (argv[i] === '--instructions') instructions = true;
  else clis.push(argv[i]);
}
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
if (pin && !has('taskset')) throw new Error('--pin needs taskset');
const base = { 'node -e 0': ['-e', '0'], ...Object.fromEntries(clis.map((c) => [c, [resolve(c), '--staged']])) };
const cases = Object.fromEntries(
  Object.entries(base).flatMap(([name, args]) => [
    [name, [process.execPath, ...args]],
    ...(pin ? [[`${name} [one core]`, ['taskset', '-c', '0', process.execPath, ...args]]] : []),
  ]),
);

const scratch = mkdtempSync(join(tmpdir(), 'secret-scan-startup-bench-'));
const timeFile = join(scratch, 'time.txt');
const timed = has('/usr/bin/time');

function once(cmd) {
  const [file, ...args] = timed ? ['/usr/bin/time', '-f', '%U %S', '-o', timeFile, ...cmd] : cmd;
  const t0 = performance.now();
  const p = spawnSync(file, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (p.status !== 0) throw new Error(`${cmd.join(' ')} exited ${p.status}: ${p.stderr}`);
  const cpu = timed ? readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number).reduce((a, b) => a + b, 0) * 1000 : NaN;
  return { ms, cpu };
}

/** Instructions of one run, every process of it (node's threads, git) included. */
function counted(cmd) {
  const dir = mkdtempSync(join(scratch, 'cg-'));
  const p = spawnSync('valgrind', ['--tool=callgrind', '--trace-children=yes', `--callgrind-out-file=${dir}/out.%p`, ...cmd], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  if (p.status !== 0) throw new Error(`valgrind ${cmd.join(' ')} exited ${p.status}`);
  let total = 0;
  for (const f of readdirSync(dir)) total += Number(/^summary: (\d+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? 0);
  return total;
}

try {
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let r = 0; r < runs + 1; r++) {
    for (const [name, cmd] of Object.entries(cases)) {
      const t = once(cmd);
      if (r > 0) times[name].push(t); // the first round warms the page cache
    }
  }
  const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
  const row = (name) => ({ ms: median(times[name].map((t) => t.ms)), cpu: median(times[name].map((t) => t.cpu)) });
  process.stdout.write(`${runs} interleaved runs, median wall and CPU (user+sys), ratio to node -e 0 in the same run\n`);
  for (const name of Object.keys(cases)) {
    const ref = row(name.endsWith(' [one core]') ? 'node -e 0 [one core]' : 'node -e 0');
    const m = row(name);
    process.stdout.write(`${name.padEnd(52)} wall ${m.ms.toFixed(1).padStart(6)} ms ${(m.ms / ref.ms).toFixed(2)}x   CPU ${m.cpu.toFixed(0).padStart(4)} ms ${(m.cpu / ref.cpu).toFixed(2)}x\n`);
  }
  if (instructions) {
    if (!has('valgrind')) throw new Error('--instructions needs valgrind');
    const ref = counted(cases['node -e 0']);
    process.stdout.write('instructions (callgrind, one run, all processes)\n');
    for (const [name, cmd] of Object.entries(base).map(([n, a]) => [n, [process.execPath, ...a]])) {
      const n = name === 'node -e 0' ? ref : counted(cmd);
      process.stdout.write(`${name.padEnd(52)} ${(n / 1e6).toFixed(1).padStart(7)} M ${(n / ref).toFixed(3)}x\n`);
    }
  }
  process.stdout.write(`load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
