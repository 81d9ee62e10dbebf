// Where a tree scan's time goes on real code: runs the engine on the main thread over every file
// of a repository (the tree scan's own reading and detection, no workers) and prints time per
// file type, CPU per thread (main, V8 helpers), and, with --cpu, self time per source module and
// per function, and each function's total time (callees included), from a V8 CPU profile.
//
//   node bench/profile.mjs /path/to/repo [--cpu] [--rules] [--cold] [--top N] [--only ext,ext]
// --rules: time of the provider rules' patterns per rule family (the id's first word), on the
// lines the keyword prefilter gives them.

import { execFileSync } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildModules } from '../scripts/build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const libFile = join(root, '.cache/bench/profile-lib.mjs');

const argv = process.argv.slice(2);
const repo = argv.find((a, i) => !a.startsWith('-') && !['--top', '--only'].includes(argv[i - 1]));
if (!repo) {
  process.stderr.write('usage: node bench/profile.mjs /path/to/repo [--cpu] [--rules] [--cold] [--top N] [--only ext,ext]\n');
  process.exit(2);
}
const cpu = argv.includes('--cpu');
const top = argv.includes('--top') ? Number(argv[argv.indexOf('--top') + 1]) : 25;
const only = argv.includes('--only') ? new Set(argv[argv.indexOf('--only') + 1].split(',')) : null;

// Unminified, so the profile keeps function names; one module per `// src/...` banner.
await buildModules(
  {
    createDetector: 'src/parallel/jobs.ts',
    loadConfig: 'src/config/config.ts',
    buildKeywordIndex: 'src/detect/gate/prefilter.ts',
    matchRule: 'src/detect/detectors/provider-match.ts',
    providerRules: 'src/detect/rules/index.ts',
    SECRET_NAME_MARKERS: 'src/detect/filters/names.ts',
  },
  libFile,
);
const { createDetector, loadConfig, buildKeywordIndex, matchRule, providerRules, SECRET_NAME_MARKERS } = await import(pathToFileURL(libFile).href);

const base = resolve(repo);
const files = execFileSync('git', ['ls-files', '-z'], { cwd: base, maxBuffer: 256 << 20 })
  .toString('utf8')
  .split('\0')
  .filter((f) => f && (!only || only.has(extname(f).slice(1) || '(none)')))
  .map((f) => join(base, f));

/**
 * CPU milliseconds of this process's threads (Linux /proc): the main thread, and the rest (V8's
 * compiler and garbage-collector helpers), which process.cpuUsage() sums into one figure.
 */
function threadCpu() {
  let main = 0;
  let other = 0;
  try {
    for (const t of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in 1/100 s ticks
      if (Number(t) === process.pid) main += ms;
      else other += ms;
    }
  } catch {
    return null;
  }
  return { main, other };
}

const config = loadConfig(undefined, base);
const detect = createDetector(config);
const maxBytes = 10 << 20;

// Warm-up on a slice, so the table is not about V8's first compilations; --cold measures the one
// pass a CLI run makes, compilations included.
if (!argv.includes('--cold')) detect({ kind: 'files', files: files.slice(0, 200), base, maxBytes });

let session;
if (cpu) {
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}

const byExt = new Map();
let total = 0;
let bytes = 0;
let findings = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const threads0 = threadCpu();
for (const abs of files) {
  const s = performance.now();
  const r = detect({ kind: 'files', files: [abs], base, maxBytes });
  const ms = performance.now() - s;
  const ext = extname(abs).slice(1) || '(none)';
  const e = byExt.get(ext) ?? { ms: 0, bytes: 0, files: 0 };
  e.ms += ms;
  e.bytes += r.bytes;
  e.files++;
  byExt.set(ext, e);
  bytes += r.bytes;
  findings += r.findings.length;
}
total = performance.now() - t0;
const cpuUsed = process.cpuUsage(cpu0);
const cpuMs = (cpuUsed.user + cpuUsed.system) / 1000;
const threads1 = threadCpu();

const mb = (b) => b / 1048576;
console.log(`${base}: ${files.length} files, ${mb(bytes).toFixed(1)} MB, ${findings} findings, ${(total / 1000).toFixed(2)} s on one thread = ${(mb(bytes) / (total / 1000)).toFixed(1)} MB/s; CPU ${(cpuMs / 1000).toFixed(2)} s = ${(mb(bytes) / (cpuMs / 1000)).toFixed(1)} MB per CPU second`);
if (threads0 && threads1) console.log(`CPU by thread: main ${((threads1.main - threads0.main) / 1000).toFixed(2)} s, V8 helper threads (compiler, GC) ${((threads1.other - threads0.other) / 1000).toFixed(2)} s`);
console.log('\nper file type (share of time, MB/s)');
for (const [ext, e] of [...byExt].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) {
  console.log(`  ${ext.padEnd(10)} ${String(e.files).padStart(5)} files ${mb(e.bytes).toFixed(1).padStart(6)} MB ${((100 * e.ms) / total).toFixed(1).padStart(5)}% ${(mb(e.bytes) / (e.ms / 1000)).toFixed(1).padStart(6)} MB/s`);
}

if (session) {
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  // Module of each bundle line, from esbuild's `// src/...` banners.
  const lib = readFileSync(libFile, 'utf8').split('\n');
  const moduleAt = [];
  let current = '(bundle)';
  for (const line of lib) {
    const m = /^\/\/ (src\/\S+|node_modules\/\S+)$/.exec(line);
    if (m) current = m[1].startsWith('node_modules') ? m[1].split('/').slice(0, 2).join('/') : m[1];
    moduleAt.push(current);
  }
  const dt = profile.timeDeltas;
  const selfUs = new Map();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (dt[i] ?? 0)));
  const perModule = new Map();
  const perFn = new Map();
  let sum = 0;
  for (const n of profile.nodes) {
    const us = selfUs.get(n.id) ?? 0;
    if (us === 0) continue;
    sum += us;
    const cf = n.callFrame;
    const mod = cf.url.endsWith('profile-lib.mjs') ? (moduleAt[cf.lineNumber] ?? '(bundle)') : cf.url ? '(node)' : `(${cf.functionName || 'vm'})`;
    perModule.set(mod, (perModule.get(mod) ?? 0) + us);
    const fn = `${cf.functionName || '(anonymous)'} ${mod}:${cf.lineNumber + 1}`;
    perFn.set(fn, (perFn.get(fn) ?? 0) + us);
  }
  console.log('\nself time per module (CPU profile)');
  for (const [m, us] of [...perModule].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${((100 * us) / sum).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${m}`);
  console.log('\nself time per function');
  for (const [f, us] of [...perFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${((100 * us) / sum).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${f}`);
  // Total time per function name: the samples whose stack holds it (once per sample, recursion aside).
  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parentOf.get(at)) {
      const name = nodeById.get(at).callFrame.functionName;
      if (!name || seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + (dt[i] ?? 0));
    }
  });
  console.log('\ntotal time per function (callees included)');
  for (const [f, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${((100 * us) / sum).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${f}`);
}

if (argv.includes('--rules')) {
  const index = buildKeywordIndex(providerRules, SECRET_NAME_MARKERS);
  const family = new Map();
  let lines = 0;
  let withRules = 0;
  let all = 0;
  for (let rep = 0; rep < 2; rep++) {
    for (const abs of files) {
      let text;
      try {
        const buf = readFileSync(abs);
        if (buf.subarray(0, 8000).includes(0)) continue;
        text = buf.toString('utf8');
      } catch {
        continue;
      }
      for (const line of text.split('\n')) {
        const rules = index.candidates(line);
        if (rep === 0) lines++;
        if (rules.length === 0) continue;
        if (rep === 0) withRules++;
        for (const rule of rules) {
          const s = performance.now();
          matchRule(rule, line);
          const ms = performance.now() - s;
          if (rep === 0) continue; // the first round warms the patterns up
          const f = rule.id.split('-')[0];
          const e = family.get(f) ?? { ms: 0, calls: 0 };
          e.ms += ms;
          e.calls++;
          family.set(f, e);
          all += ms;
        }
      }
    }
  }
  console.log(`\nprovider rules: ${withRules} of ${lines} lines have candidates; patterns ${all.toFixed(0)} ms in all`);
  for (const [f, e] of [...family].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) console.log(`  ${f.padEnd(14)} ${e.ms.toFixed(0).padStart(6)} ms ${String(e.calls).padStart(7)} lines`);
}
