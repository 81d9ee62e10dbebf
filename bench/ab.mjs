// Two builds of the CLI on the same inputs, runs interleaved (A, B, A, B …) so that the load of a
// shared machine hits both alike: median wall time and median CPU time (user + system, children
// included) per command. For before/after figures of a speed change.
//
//   node bench/ab.mjs A/cli.js B/cli.js --tree DIR... [--history DIR...] [--staged DIR] [--runs N]

import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const argv = process.argv.slice(2);
const [a, b] = argv.slice(0, 2).map((f) => resolve(f));
const list = (flag) => argv.flatMap((x, i) => (argv[i - 1] === flag ? [x] : []));
const runs = Number(list('--runs')[0] ?? 3);
const timeFile = join(tmpdir(), `secret-scan-ab-${process.pid}.txt`);

function once(cli, args, cwd, env = {}) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, process.execPath, cli, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  const [u, s, kb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { ms, cpu: (u + s) * 1000, rss: kb / 1024, status: r.status };
}

const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)];

function ab(label, args, cwd, env) {
  const res = { a: [], b: [] };
  for (let i = 0; i < runs; i++) {
    res.a.push(once(a, args, cwd, env));
    res.b.push(once(b, args, cwd, env));
  }
  for (const r of [...res.a, ...res.b]) if (r.status !== 0 && r.status !== 1) throw new Error(`${label}: exited ${r.status}`);
  const row = (k) => {
    const r = res[k];
    return `wall ${med(r.map((x) => x.ms)).toFixed(0)} ms, CPU ${med(r.map((x) => x.cpu)).toFixed(0)} ms, RSS ${Math.max(...r.map((x) => x.rss)).toFixed(0)} MB`;
  };
  const wa = med(res.a.map((x) => x.ms));
  const wb = med(res.b.map((x) => x.ms));
  const ca = med(res.a.map((x) => x.cpu));
  const cb = med(res.b.map((x) => x.cpu));
  console.log(`${label}\n  A ${row('a')}\n  B ${row('b')}\n  B/A: wall ${(wb / wa).toFixed(2)}, CPU ${(cb / ca).toFixed(2)}`);
}

console.log(`A = ${a}\nB = ${b}\n${runs} runs each, interleaved; load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
for (const dir of list('--tree').map((d) => resolve(d))) {
  ab(`tree ${dir}`, ['--format', 'json', '--quiet', '--output', '/dev/null'], dir);
  ab(`tree ${dir}, one thread`, ['--format', 'json', '--quiet', '--output', '/dev/null'], dir, { SECRET_SCAN_WORKERS: '0' });
}
for (const dir of list('--history').map((d) => resolve(d))) ab(`history ${dir}`, ['--history', '--format', 'json', '--quiet', '--output', '/dev/null'], dir);
for (const dir of list('--staged').map((d) => resolve(d))) ab(`staged ${dir}`, ['--staged'], dir);
console.log(`load at the end ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
rmSync(timeFile, { force: true });
