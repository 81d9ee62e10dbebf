// Where a history scan's lane time goes, on one thread, over a repository's whole `git log -p`
// text (read first, so git's own time is not in it): the lane's code path (createDetector over
// the batches the batcher cuts), or only its parts — decoding, the byte gate, the line parser —
// with detection left out. Run under `valgrind --tool=callgrind` for instruction counts.
//
//   node bench/history-profile.mjs /path/to/repo [--stage none|decode|gate|parse|all] [--runs N] [--cpu] [--ascii]
// --cpu: self time per function from a V8 CPU profile of the last run (top 30).

import { execFileSync } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { dirname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildModules } from '../scripts/build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const libFile = join(root, '.cache/bench/history-profile-lib.mjs');
const argv = process.argv.slice(2);
const opt = (name, def) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : def);
const repo = argv.find((a, i) => !a.startsWith('-') && !['--stage', '--runs'].includes(argv[i - 1]));
if (!repo) {
  process.stderr.write('usage: node bench/history-profile.mjs /path/to/repo [--stage none|decode|gate|parse|all] [--runs N] [--cpu]\n');
  process.exit(2);
}
const stage = opt('--stage', 'all');
const runs = Number(opt('--runs', '1'));

await buildModules(
  {
    createDetector: 'src/parallel/jobs.ts',
    pieceEnd: 'src/parallel/jobs.ts',
    createBatcher: 'src/parallel/batcher.ts',
    createHistoryParser: 'src/sources/history.ts',
    logArgs: 'src/sources/history.ts',
    loadConfig: 'src/config/config.ts',
    createEngine: 'src/detect/engine.ts',
  },
  libFile,
);
// As the history worker does (parallel/detect-worker.ts), before anything is compiled.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
const { createDetector, pieceEnd, createBatcher, createHistoryParser, logArgs, loadConfig, createEngine } = await import(pathToFileURL(libFile).href);

const dir = resolve(repo);
const log = execFileSync('git', [...logArgs(), 'HEAD'], { cwd: dir, maxBuffer: 1 << 30 });
// --ascii: every byte over 0x7f made '?', to see what non-ASCII text (two-byte strings) costs.
if (argv.includes('--ascii')) for (let i = 0; i < log.length; i++) if (log[i] > 0x7f) log[i] = 0x3f;
const batches = [];
const batcher = createBatcher((data, continues) => batches.push({ data, continues }), { minBytes: 1024 * 1024, maxBytes: 2 * 1024 * 1024 });
for (let i = 0; i < log.length; i += 65536) batcher.push(log.subarray(i, Math.min(log.length, i + 65536)));
batcher.end();

const config = loadConfig(undefined, dir);
const gate = createEngine().byteGate();

function once() {
  let lines = 0;
  if (stage === 'none') return 'nothing run (the set-up alone, to subtract from instruction counts)';
  if (stage === 'all') {
    const detect = createDetector(config);
    let findings = 0;
    batches.forEach((b, seq) => {
      const r = detect({ kind: 'history', seq, data: b.data.slice(), continues: b.continues });
      findings += r.findings.length;
      lines += r.lines;
    });
    return `${lines} lines, ${findings} findings`;
  }
  const parser = createHistoryParser((f) => {
    lines += f.lines.length;
  });
  // Decoded as the lane decodes (parallel/jobs.ts): texts of up to 64 KB cut after a '\n'.
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  for (const b of batches) {
    const data = Buffer.from(b.data.buffer, b.data.byteOffset, b.data.byteLength);
    // Stages add up: decode; decode and gate; decode, gate and parse.
    const gates = stage === 'decode' || !gate ? undefined : gate.scan(b.data);
    const open = b.continues && b.data[b.data.length - 1] !== 10;
    let k = 0;
    for (let at = 0; at < data.length; ) {
      const end = pieceEnd(data, at);
      const text = utf8.decode(data.subarray(at, end), { stream: true });
      if (stage === 'parse') k = parser.text(text, gates, open && end === data.length, k);
      else if (stage === 'decode') lines += text.length;
      at = end;
    }
    if (stage === 'gate') lines += gates.length;
    if (stage === 'parse' && !b.continues) parser.end();
  }
  return `${lines} lines (or characters) reached`;
}

let session;
for (let r = 0; r < runs; r++) {
  if (argv.includes('--cpu') && r === runs - 1) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  const t0 = performance.now();
  const what = once();
  console.log(`${stage}: ${(performance.now() - t0).toFixed(0)} ms over ${(log.length / 1048576).toFixed(1)} MB in ${batches.length} batches: ${what}`);
}
if (session) {
  const { profile } = await session.post('Profiler.stop');
  const self = new Map();
  const dt = new Map();
  profile.timeDeltas.forEach((d, i) => dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + d));
  for (const n of profile.nodes) {
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(v / 1000).toFixed(1).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}
