// The byte gate alone, old against new, in one process: main's byte-gate.wat (its assembled bytes
// from `git show main:…`, or --old-wasm FILE with the same memory layout) and this checkout's
// byte-gate.ts, run alternately over a tree's files ($diff = 0, one scanLines call per file, as
// a tree scan makes) and over `git log -p -U0` output ($diff = 1, in 2 MB batches). Asserts that
// both give the same verdicts, byte for byte, then prints min and median ns/byte per round.
//
//   node bench/gate.mjs [--repo DIR] [--log FILE] [--rounds N] [--cold N] [--only old|new|var] [--variant FILE.wat]
//
// --log FILE: the history text (default: generated once from --history-repo into .cache/bench).
// --cold N: N fresh processes per gate, each timing its first pass (what a CLI run pays: V8's
// compilation of the wasm and its tiering included), alternating old and new.
// --child old:tree|new:tree|old:log|new:log [--passes N]: one process's passes alone (run under
// `valgrind --tool=callgrind` for instruction counts; --passes 1 and 3 give a steady pass).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildModules } from '../scripts/build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const repo = resolve(opt('--repo', '/work/real/rails__rails'));
const historyRepo = resolve(opt('--history-repo', '/work/real/pallets__flask'));
const rounds = Number(opt('--rounds', '15'));
const cold = Number(opt('--cold', '0'));
const child = opt('--child', null); // 'old:tree', 'new:log', … (a --cold child)
const libFile = join(root, '.cache/bench/gate-lib.mjs');

if (!child) {
  await buildModules(
    {
      createByteGate: 'src/detect/gate/byte-gate.ts',
      buildKeywordIndex: 'src/detect/gate/prefilter.ts',
      providerRules: 'src/detect/rules/index.ts',
      SECRET_NAME_MARKERS: 'src/detect/filters/names.ts',
      SHAPE_CHAR: 'src/detect/randomness/token-runs.ts',
    },
    libFile,
  );
}
const { createByteGate, buildKeywordIndex, providerRules, SECRET_NAME_MARKERS, SHAPE_CHAR } = await import(pathToFileURL(libFile).href);

// --variant FILE.wat: a third gate, this checkout's byte-gate.ts around another .wat (same
// layout), to compare two versions of the new gate in one process.
const variantWat = opt('--variant', null);
const variantFile = join(root, '.cache/bench/gate-variant.mjs');
if (variantWat && !child) {
  const { assemble } = await import('../scripts/build-wasm.mjs');
  const generated = await assemble(readFileSync(variantWat, 'utf8'));
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints: ['src/detect/gate/byte-gate.ts'],
    outfile: variantFile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    plugins: [{ name: 'variant', setup: (b) => b.onLoad({ filter: /byte-gate-wasm\.ts$/ }, () => ({ contents: generated, loader: 'ts' })) }],
  });
}
const createVariant = variantWat ? (await import(pathToFileURL(variantFile).href)).createByteGate : null;

/** The log text, `git log -p` as a history scan runs it (src/sources/history.ts logArgs). */
function logFile() {
  const given = opt('--log', null);
  if (given) return given;
  const file = join(root, '.cache/bench', `gate-${historyRepo.split('/').pop()}.log`);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const args = ['-c', 'log.showRoot=true', '-c', 'core.quotePath=false', 'log', '-p', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', '--unified=0', '--inter-hunk-context=0', '-M', '--date-order', '--diff-merges=off', '--format=%x00%x01%H%x01%ct%x01%aI%x01%an <%ae>'];
    writeFileSync(file, execFileSync('git', args, { cwd: historyRepo, maxBuffer: 1 << 30 }));
  }
  return file;
}

/** The tree's files as a tree scan reads them: text files up to 1 MiB. */
function treeFiles() {
  const names = execFileSync('git', ['ls-files', '-z'], { cwd: repo, maxBuffer: 256 << 20 }).toString('utf8').split('\0').filter(Boolean);
  const out = [];
  for (const name of names) {
    const abs = join(repo, name);
    let st;
    try {
      st = statSync(abs);
    } catch {
      continue;
    }
    if (!st.isFile() || st.size > 1 << 20) continue;
    const buf = readFileSync(abs);
    if (buf.includes(0)) continue;
    out.push(buf);
  }
  return out;
}

/** The log cut into batches of about 2 MB at line ends. */
function logBatches() {
  const buf = readFileSync(logFile());
  const out = [];
  for (let at = 0; at < buf.length; ) {
    let end = Math.min(buf.length, at + (2 << 20));
    if (end < buf.length) end = buf.indexOf(10, end) + 1 || buf.length;
    out.push(buf.subarray(at, end));
    at = end;
  }
  return out;
}

/** main's byte-gate.ts set-up around a module with main's memory layout and `scan` export. */
function oldGate(index, wasm) {
  const dfa = index.fullDfa();
  const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), {});
  const memory = instance.exports.memory;
  const run = instance.exports.scan;
  const delta = 1024;
  const rowBytes = dfa.width * 4;
  const input = (delta + dfa.states * rowBytes + 15) & ~15;
  let capacity = 0;
  const reserve = (bytes) => {
    if (bytes <= capacity) return;
    const need = input + 2 * bytes + 16;
    if (need > memory.buffer.byteLength) memory.grow(Math.ceil((need - memory.buffer.byteLength) / 65536));
    capacity = bytes;
  };
  reserve(65536);
  const words = new Int32Array(memory.buffer, 0, input >> 2);
  for (let b = 0; b < 256; b++) words[b] = b < 128 ? (dfa.asciiClass[b] * 4) | (SHAPE_CHAR[b] << 16) : 0;
  for (let j = 0; j < dfa.next.length; j++) {
    const v = dfa.next[j];
    words[(delta >> 2) + j] = v >= 0 ? v * rowBytes : (~v * rowBytes) | 1;
  }
  const verdicts = (data, diff) => {
    reserve(data.length);
    const out = input + capacity + 16;
    new Uint8Array(memory.buffer, input, data.length).set(data);
    const lines = run(input, input + data.length, out, delta, diff);
    return new Uint8Array(memory.buffer, out, lines).slice();
  };
  return { scan: (d) => verdicts(d, 1), scanLines: (d) => verdicts(d, 0) };
}

function oldWasm() {
  const given = opt('--old-wasm', null);
  if (given) return readFileSync(given);
  const ts = execFileSync('git', ['show', `${opt('--base', 'main')}:src/detect/gate/byte-gate-wasm.ts`], { cwd: root }).toString('utf8');
  return Buffer.from(/'([A-Za-z0-9+/=]+)'/.exec(ts)[1], 'base64');
}

const index = buildKeywordIndex(providerRules, SECRET_NAME_MARKERS);
const makeGate = (which) => (which === 'old' ? oldGate(index, oldWasm()) : which === 'var' ? createVariant(index) : createByteGate(index));

/** One pass; returns [wall ns, CPU ns of the process's threads, verdicts written]. */
function pass(gate, what, data) {
  let sum = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  if (what === 'tree') for (const buf of data) sum += gate.scanLines(buf).length;
  else for (const buf of data) sum += gate.scan(buf).length;
  const wall = Number(process.hrtime.bigint() - t0);
  const cpu = process.cpuUsage(cpu0);
  return [wall, (cpu.user + cpu.system) * 1000, sum];
}

const bytesOf = (data) => data.reduce((n, b) => n + b.length, 0);

if (child) {
  const [which, what] = child.split(':');
  const data = what === 'tree' ? treeFiles() : logBatches();
  const gate = makeGate(which); // module compile and tables untimed in both: the same work
  // Read the input once first: on this machine the first read of freshly read pages costs ~2.5
  // ns a byte by itself (a VM's page faults), the same for any gate; the pass should time the gate.
  let touched = 0;
  for (const buf of data) for (let i = 0; i < buf.length; i += 64) touched += buf[i];
  if (touched < 0) throw new Error('unreachable');
  const [ns, cpu] = pass(gate, what, data); // CPU of all threads: V8's background compilation included
  // More passes, for an instruction count: (count with --passes 3 - count with 1) / 2 is one
  // steady pass.
  for (let p = 1; p < Number(opt('--passes', '1')); p++) pass(gate, what, data);
  process.stdout.write(`${ns / bytesOf(data)} ${cpu / bytesOf(data)}\n`);
  process.exit(0);
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${s[0].toFixed(2)}  median ${s[Math.floor(s.length / 2)].toFixed(2)}`;
};

if (cold > 0) {
  const res = { 'old:tree': [], 'new:tree': [], 'old:log': [], 'new:log': [] };
  const cpuRes = { 'old:tree': [], 'new:tree': [], 'old:log': [], 'new:log': [] };
  for (let r = 0; r < cold; r++) {
    for (const key of Object.keys(res)) {
      const p = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...argv.filter((a, i) => a !== '--cold' && argv[i - 1] !== '--cold'), '--child', key], { encoding: 'utf8' });
      if (p.status !== 0) throw new Error(p.stderr);
      const [wall, cpu] = p.stdout.trim().split(' ').map(Number);
      res[key].push(wall);
      cpuRes[key].push(cpu);
    }
  }
  for (const [key, xs] of Object.entries(res)) console.log(`cold ${key.padEnd(9)} ns/byte over ${cold} processes: wall ${stats(xs)}; CPU ${stats(cpuRes[key])}`);
  process.exit(0);
}

const tree = treeFiles();
const log = logBatches();
console.log(`tree ${repo}: ${tree.length} files, ${(bytesOf(tree) / 1e6).toFixed(1)} MB; log ${(bytesOf(log) / 1e6).toFixed(1)} MB in ${log.length} batches`);
const gates = { old: makeGate('old'), new: makeGate('new'), ...(variantWat ? { var: makeGate('var') } : {}) };

// The same verdicts, byte for byte, on every file and batch.
let lines = 0;
for (const [what, data] of [['tree', tree], ['log', log]]) {
  for (const buf of data) {
    const [a, ...others] = Object.values(gates).map((g) => (what === 'tree' ? g.scanLines(buf) : g.scan(buf)));
    for (const b of others) if (Buffer.compare(a, b) !== 0) throw new Error(`verdicts differ on a ${what} input of ${buf.length} bytes`);
    lines += a.length;
  }
}
console.log(`verdicts identical on ${lines} lines`);

const only = opt('--only', null);
const times = Object.fromEntries(['tree', 'log'].flatMap((what) => Object.keys(gates).map((which) => [`${which}:${what}`, []])));
const cpuTimes = Object.fromEntries(Object.keys(times).map((k) => [k, []]));
for (let r = 0; r < rounds; r++) {
  for (const key of r % 2 ? Object.keys(times).reverse() : Object.keys(times)) {
    const [which, what] = key.split(':');
    if (only && which !== only) continue;
    const data = what === 'tree' ? tree : log;
    const [wall, cpu] = pass(gates[which], what, data);
    times[key].push(wall / bytesOf(data));
    cpuTimes[key].push(cpu / bytesOf(data));
  }
}
for (const [key, xs] of Object.entries(times)) if (xs.length) console.log(`steady ${key.padEnd(9)} ns/byte over ${rounds} rounds: wall ${stats(xs)}; CPU ${stats(cpuTimes[key])}`);
