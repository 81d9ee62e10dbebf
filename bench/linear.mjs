#!/usr/bin/env node
// `npm run bench:linear`: does the scan of one pathological line grow linearly with its size?
// For each shape (many base64 words, a long white-space run before a key, a long minified line,
// a base64 image) it scans files of 1x, 2x, 4x and 8x the base size through the CLI and prints
// the scan time (the report's durationMs, so start-up is left out) and its ratio to the 1x time:
// linear growth shows as ratios near 1, 2, 4, 8.
// Usage: node bench/linear.mjs [--runs N] [--timeout SECONDS] [--shape NAME] [--cli PATH]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const runs = Number(opt('runs', '3'));
const timeoutS = Number(opt('timeout', '120'));
const only = opt('shape', undefined);
// --cli another/dist/cli.js: the same figures for another build (e.g. the main branch's), as a baseline.
const cli = resolve(opt('cli', join(root, 'dist/cli.js')));

/** Deterministic base64 characters (a seeded LCG), for a blob that is not text. */
function noise(n, seed, a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') {
  let x = seed;
  let s = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += a[(x >>> 16) % a.length];
  }
  return s;
}

const minifiedUnit = 'function(a,b){return a.map(function(c){return c+b})};';
const shapes = [
  // The first shape: one line of base64 words, each decoding to text.
  { name: 'base64-array', file: 'data.py', unit: '100 words', make: (k) => `data = [${Array.from({ length: 100 * k }, () => '"aGVsbG93b3JsZA=="').join(', ')}]\n` },
  // A long run of spaces before a `name`/`key` line and a password line.
  { name: 'whitespace-run', file: 'config.yaml', unit: '1,000 spaces', make: (k) => `${' '.repeat(1000 * k)}monkey: 1\npassword: x\n` },
  // Minified code on one line with a key in the middle (it must still be found).
  { name: 'long-line', file: 'app.min.js', unit: '512 KiB', make: (k) => { const half = minifiedUnit.repeat(Math.ceil((256 * 1024 * k) / minifiedUnit.length)); return `${half};var k="sk_live_${noise(24, k, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}";${half}\n`; } },
  // A notebook's embedded image: one base64 value of 512 KiB and up.
  { name: 'base64-image', file: 'plot.ipynb', unit: '512 KiB', make: (k) => `{"outputs": [{"data": {"image/png": "${noise(512 * 1024 * k, 7)}"}}]}\n` },
].filter((s) => !only || s.name === only);

const dir = mkdtempSync(join(tmpdir(), 'secret-scan-linear-'));
function scanMs(file) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const res = spawnSync(process.execPath, [cli, '--no-config', '--quiet', '--format', 'json', '--fail-on', 'never', file], { cwd: dir, encoding: 'utf8', timeout: timeoutS * 1000, maxBuffer: 64 * 1024 * 1024 });
    if (res.error || res.status !== 0) return { ms: null, why: res.error ? `over ${timeoutS} s` : `exit ${res.status}: ${res.stderr.trim().split('\n')[0]}` };
    const report = JSON.parse(res.stdout);
    times.push({ ms: report.stats.durationMs, findings: report.findings.length });
  }
  times.sort((a, b) => a.ms - b.ms);
  return times[Math.floor(times.length / 2)];
}

console.log(`${cli}: scan time of one file per shape, median of ${runs} (ms; ratio to 1x)`);
try {
  for (const shape of shapes) {
    const row = [];
    let base = null;
    for (const k of [1, 2, 4, 8]) {
      const path = join(dir, shape.file);
      writeFileSync(path, shape.make(k));
      const r = scanMs(shape.file);
      if (r.ms === null) {
        row.push(`${k}x: ${r.why}`);
        break;
      }
      base ??= Math.max(r.ms, 1);
      row.push(`${k}x ${r.ms} ms (${(r.ms / base).toFixed(1)}, ${r.findings} finding${r.findings === 1 ? '' : 's'})`);
    }
    console.log(`${shape.name.padEnd(15)} [1x = ${shape.unit}]  ${row.join('  ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
