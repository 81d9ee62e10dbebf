#!/usr/bin/env node
// `npm run sweep -- DIR…`: scans real repositories with the built CLI, prints findings per rule
// and severity per repository, and writes a JSONL label file (secrets redacted) to label by hand.
//
//   node scripts/sweep.mjs [--out FILE] [--labels FILE] DIR…
//   --out FILE     where to write the label file (default .cache/sweep/labels.jsonl; never commit
//                  real repositories' content: the file holds only redacted values)
//   --labels FILE  a labelled file from an earlier sweep: findings at the same repo/file/line/rule
//                  keep their label, and the summary counts credentials and false alarms
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CLI = path.join(ROOT, 'dist/cli.js');

function parseArgs(argv) {
  const dirs = [];
  let out = path.join(ROOT, '.cache/sweep/labels.jsonl');
  let labels;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') out = path.resolve(argv[++i]);
    else if (a === '--labels') labels = path.resolve(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/sweep.mjs [--out FILE] [--labels FILE] DIR…');
      process.exit(0);
    } else dirs.push(path.resolve(a));
  }
  return { dirs, out, labels };
}

/** The snapshot's commit and date, when the directory is a git checkout. */
function snapshot(dir) {
  const r = spawnSync('git', ['-C', dir, 'log', '-1', '--format=%h %cs'], { encoding: 'utf8' });
  const [commit = '', date = ''] = r.status === 0 ? r.stdout.trim().split(' ') : [];
  return { commit, date };
}

function scan(dir) {
  const r = spawnSync(process.execPath, [CLI, '--no-config', '--format', 'json', '--fail-on', 'never', '--quiet'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`secret-scan exited ${r.status} in ${dir}: ${String(r.stderr).trim().split('\n')[0]}`);
  return JSON.parse(r.stdout);
}

const keyOf = (row) => `${row.repo}\0${row.file}\0${row.line}\0${row.rule}`;

function loadLabels(file) {
  const map = new Map();
  if (!file || !fs.existsSync(file)) return map;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line);
    if (row.label) map.set(keyOf(row), row);
  }
  return map;
}

function main() {
  const { dirs, out, labels } = parseArgs(process.argv.slice(2));
  if (dirs.length === 0) {
    console.error('sweep: name at least one directory (e.g. npm run sweep -- /work/real/*)');
    process.exit(2);
  }
  if (!fs.existsSync(CLI)) {
    console.error('sweep: dist/cli.js not found; run npm run build first');
    process.exit(2);
  }
  const known = loadLabels(labels);
  const rows = [];
  const summary = [];
  for (const dir of dirs) {
    const repo = path.basename(dir);
    const doc = scan(dir);
    const snap = snapshot(dir);
    const perRule = new Map();
    const counts = { error: 0, warning: 0, credError: 0, credWarning: 0, faError: 0, faWarning: 0, unlabelled: 0 };
    for (const f of doc.findings) {
      const row = { repo, file: f.file, line: f.line, rule: f.ruleId, severity: f.severity, secret: f.secret, label: '' /* redacted by the scanner (no --no-redact) */ };
      const old = known.get(keyOf(row));
      if (old) {
        row.label = old.label;
        if (old.note) row.note = old.note;
      }
      rows.push(row);
      const k = `${f.ruleId} ${f.severity}`;
      perRule.set(k, (perRule.get(k) ?? 0) + 1);
      counts[f.severity]++;
      const sev = f.severity === 'error' ? 'Error' : 'Warning';
      if (row.label === 'credential') counts[`cred${sev}`]++;
      else if (row.label === 'not-a-credential') counts[`fa${sev}`]++;
      else counts.unlabelled++;
    }
    const lines = doc.stats?.lines ?? 0;
    summary.push({ repo, ...snap, lines, ...counts });
    console.log(`${repo} (${snap.commit} ${snap.date}): ${lines} lines, ${counts.error} errors, ${counts.warning} warnings`);
    for (const [k, n] of [...perRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
  console.log(`\nlabel file: ${path.relative(process.cwd(), out) || out} (${rows.length} findings; label each: credential | not-a-credential)`);

  const per100k = (n, lines) => (lines ? ((n * 100_000) / lines).toFixed(2) : '-');
  console.log('\n| repository | snapshot | lines | errors | warnings | credentials (err/warn) | false alarms (err/warn) | blocking false alarms / 100k lines | unlabelled |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const total = { lines: 0, error: 0, warning: 0, credError: 0, credWarning: 0, faError: 0, faWarning: 0, unlabelled: 0 };
  for (const s of summary) {
    for (const k of Object.keys(total)) total[k] += s[k];
    console.log(
      `| ${s.repo} | ${s.commit} ${s.date} | ${s.lines} | ${s.error} | ${s.warning} | ${s.credError}/${s.credWarning} | ${s.faError}/${s.faWarning} | ${per100k(s.faError, s.lines)} | ${s.unlabelled} |`,
    );
  }
  console.log(
    `| total | | ${total.lines} | ${total.error} | ${total.warning} | ${total.credError}/${total.credWarning} | ${total.faError}/${total.faWarning} | ${per100k(total.faError, total.lines)} | ${total.unlabelled} |`,
  );
}

main();
