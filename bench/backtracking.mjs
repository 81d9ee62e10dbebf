#!/usr/bin/env node
// Long white-space runs through the assignment finder (issue #10 item 2): a file of lines such as
// ' ' * 40000 + 'monkey: 1' followed by 'password: x' is scanned by the built CLI, next to a file of
// the same size made of ordinary lines, in the same run. Linear patterns keep the ratio near 1;
// the old env-list name pattern took ~25 s on 4000 spaces.
//   node bench/backtracking.mjs   (after npm run build)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CLI = path.join(ROOT, 'dist/cli.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-scan-bt-'));
const N = 40_000;
const shapes = [
  ' '.repeat(N) + 'monkey: 1\npassword: x',
  'a: b' + ' '.repeat(N) + 'x',
  'name:' + '\t '.repeat(N / 2) + ',',
  '-' + ' '.repeat(N / 2) + '-' + ' '.repeat(N / 2) + 'x',
];
const hostile = shapes.join('\n') + '\n';
const ordinary = Array.from({ length: Math.ceil(hostile.length / 40) }, (_, i) => `key_${i}: value number ${i} here`).join('\n').slice(0, hostile.length) + '\n';
fs.writeFileSync(path.join(dir, 'hostile.yml'), hostile);
fs.writeFileSync(path.join(dir, 'ordinary.yml'), ordinary);

function time(file) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [CLI, '--no-config', '--quiet', '--fail-on', 'never', file], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return runs.sort((a, b) => a - b)[2];
}
const h = time('hostile.yml');
const o = time('ordinary.yml');
console.log(`long white-space runs (${(hostile.length / 1024).toFixed(0)} KB): ${h.toFixed(0)} ms; ordinary lines of the same size: ${o.toFixed(0)} ms -> ${(h / o).toFixed(2)}x (median of 5)`);
fs.rmSync(dir, { recursive: true, force: true });
