// Large inputs: time and the CLI's own peak RSS (all threads, not git) for file shapes that once
// ran out of memory or time — many short lines (a CSV), a file of newlines, one long line — at
// 1x, 2x, 4x, 8x, in the tree scan, --staged and --history; `git log -p` of the same repository
// is the same-run baseline for history. `--giant` adds a 200 MB file with --max-file-size raised.
// `--targets` runs only the rows with a memory target (#10: <= 200 MB): staged 20 MB of newlines,
// a 200 MB file (staged and history), a 50 MB line with the key at its end (tree, staged, history). `--cli` measures
// another build (e.g. a copy of dist/ from before a change) for a before/after table. git's own
// memory is not counted: `git diff --cached` of a staged 20 MB file of newlines peaks at ~865 MB
// by itself (its line records), whatever the scanner does with the output.
// Usage: npm run build && node bench/large-input.mjs [--giant] [--targets] [--shapes csv,newlines,long-line,key-at-end]
//          [--modes tree,staged,history] [--cli path/to/cli.js]

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const PROBE = resolve(HERE, 'rss-probe.mjs');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const CLI = resolve(opt('--cli', resolve(HERE, '../dist/cli.js')));
const giant = args.includes('--giant');
const targets = args.includes('--targets');
const shapes = opt('--shapes', 'csv,newlines,long-line').split(',');
const allModes = opt('--modes', 'tree,staged,history').split(',');
let modes = allModes;
const MB = 1024 * 1024;
const KEY = 'aws_access_key_id = AKIA' + 'QZ3XW7VB5N2M8K4J'; // synthetic: a planted AKIA shape, found at the end

/** Writes `bytes` of the shape to `file` in pieces (never holding it whole), then a secret line. */
function writeShape(file, shape, bytes) {
  const fd = openSync(file, 'w');
  const piece = {
    csv: () => Array.from({ length: 4096 }, (_, i) => `${i},name${i % 97},${(i * 7) % 1000}`).join('\n') + '\n',
    newlines: () => '\n'.repeat(64 * 1024),
    'long-line': () => 'lorem ipsum dolor sit amet '.repeat(2400),
    'key-at-end': () => 'lorem ipsum dolor sit amet '.repeat(2400),
    lines: () => Array.from({ length: 1024 }, (_, i) => `    value_${i} = compute(${i}, "item-${i % 13}")  # ordinary code`).join('\n') + '\n',
  }[shape]();
  const buf = Buffer.from(piece);
  let written = 0;
  while (written < bytes) written += writeSync(fd, buf, 0, Math.min(buf.length, bytes - written));
  // key-at-end: the key ends the long line itself (line 1), so the reader must reach it inside the line.
  writeSync(fd, shape === 'key-at-end' ? ` ${KEY}\n` : `\n${KEY}\n`);
  closeSync(fd);
}

function git(dir, ...a) {
  return execFileSync('git', a, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30, env: { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.test', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.test' } });
}

function measure(dir, cliArgs) {
  const rssFile = join(dir, '..', 'rss.txt');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', PROBE, CLI, ...cliArgs, '--quiet', '--format', 'json'], {
    cwd: dir,
    env: { ...process.env, SECRET_SCAN_RSS_FILE: rssFile },
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  let found = 0;
  try {
    found = JSON.parse(r.stdout).findings.filter((f) => f.ruleId === 'aws-access-key-id').length;
  } catch {
    found = -1;
  }
  const rss = Number(readFileSync(rssFile, 'utf8')) / 1024;
  return { ms, rss, code: r.status, found, err: r.stderr.trim().split('\n')[0] ?? '' };
}

const rows = [];
function run(shape, bytes, extra = []) {
  const base = mkdtempSync(join(tmpdir(), 'secret-scan-large-'));
  const dir = join(base, 'repo');
  try {
    execFileSync('git', ['init', '-q', dir]);
    writeShape(join(dir, `data.${shape}.txt`), shape, bytes);
    git(dir, 'add', '-A');
    for (const mode of modes) {
      if (mode === 'history') {
        git(dir, 'commit', '-q', '--no-verify', '-m', 'big');
        const t0 = performance.now();
        spawnSync('git', ['log', '-p', '-U0', 'HEAD'], { cwd: dir, stdio: ['ignore', 'ignore', 'ignore'] });
        const gitMs = performance.now() - t0;
        rows.push({ shape, mb: bytes / MB, mode, ...measure(dir, ['--history', ...extra]), gitMs });
      } else {
        rows.push({ shape, mb: bytes / MB, mode, ...measure(dir, [...(mode === 'staged' ? ['--staged'] : []), ...extra]) });
      }
      const r = rows[rows.length - 1];
      console.log(
        `${r.shape.padEnd(10)} ${String(r.mb).padStart(4)} MB  ${r.mode.padEnd(7)} ${(r.ms / 1000).toFixed(2).padStart(7)} s  peak RSS ${r.rss.toFixed(0).padStart(4)} MB  exit ${r.code}  found ${r.found}` +
          (r.gitMs !== undefined ? `  (git log -p: ${(r.gitMs / 1000).toFixed(2)} s, ratio ${(r.ms / r.gitMs).toFixed(2)}x)` : '') +
          (targets ? `  ${r.rss <= 200 && r.found === 1 ? 'MET' : 'MISS'} (<= 200 MB, key found once)` : '') +
          (r.code === 2 ? `  ${r.err}` : ''),
      );
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

const sizes = { csv: [2.5, 5, 10, 20], newlines: [2.5, 5, 10, 20], 'long-line': [6.25, 12.5, 25, 50], 'key-at-end': [6.25, 12.5, 25, 50] };
const raised = (mb) => ['--max-file-size', String(Math.max(64, 2 * mb) * MB)];
if (targets) {
  const pick = (m) => allModes.filter((x) => m.includes(x));
  modes = pick(['staged']);
  run('newlines', 20 * MB, raised(20));
  modes = pick(['staged', 'history']);
  run('lines', 200 * MB, raised(200));
  modes = pick(['tree', 'staged', 'history']);
  run('key-at-end', 50 * MB, raised(50));
} else {
  for (const shape of shapes) for (const mb of sizes[shape] ?? []) run(shape, Math.round(mb * MB), mb >= 10 ? raised(mb) : []);
  if (giant) run('lines', 200 * MB, ['--max-file-size', String(256 * MB)]);
}
writeFileSync(join(tmpdir(), 'secret-scan-large-input.json'), JSON.stringify(rows, null, 2));
