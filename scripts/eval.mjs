#!/usr/bin/env node
// `npm run eval`: scores secret-scan and secretlint (recommended preset) on a labeled corpus (fixtures/eval/, or --corpus DIR).
// A measurement, not a gate: exits 0 unless --check is given and our precision or recall is below 0.97.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = process.cwd();
const argv = process.argv.slice(2);

/** The value of `--name DIR` or `--name=DIR`, or undefined. */
function optionValue(name) {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].slice(name.length + 1) : argv[i + 1];
}

// A corpus directory holds corpus/ (the files scanned) and labels.json; fixtures/eval unless --corpus says otherwise.
const CORPUS_DIR_REL = path.relative(ROOT, path.resolve(ROOT, optionValue('--corpus') ?? 'fixtures/eval')).split(path.sep).join('/');
const CORPUS_REL = `${CORPUS_DIR_REL}/corpus`;
const CORPUS = path.join(ROOT, CORPUS_REL);
const LABELS = path.join(ROOT, CORPUS_DIR_REL, 'labels.json');
const CLI = path.join(ROOT, 'dist/cli.js');
const SL_DIR = path.join(ROOT, '.cache/secretlint');
const SL_BIN = path.join(SL_DIR, 'node_modules/.bin/secretlint');
const TARGET = 0.97;

const args = new Set(argv);
const wantJson = args.has('--json');
const wantCheck = args.has('--check');
const noBuild = args.has('--no-build');
const noSecretlint = args.has('--no-secretlint');

// Progress and tool errors go to stderr so `--json` stdout stays machine-readable.
const note = (msg) => console.error(msg);

// ---------------------------------------------------------------------------------------------
// Corpus and labels

function loadLabels() {
  if (!fs.existsSync(LABELS)) {
    note(`eval: ${path.relative(ROOT, LABELS)} not found; run node ${CORPUS_DIR_REL}/generate.mjs`);
    process.exit(2);
  }
  const doc = JSON.parse(fs.readFileSync(LABELS, 'utf8'));
  const byKey = new Map();
  for (const [file, l] of Object.entries(doc.files)) {
    for (const kind of ['secret', 'weak', 'negative']) for (const line of l[kind] ?? []) byKey.set(`${file}:${line}`, kind);
  }
  // Hand-checked rule family per positive line (families.json next to labels.json), when present.
  const famFile = path.join(path.dirname(LABELS), 'families.json');
  const families = fs.existsSync(famFile) ? new Map(Object.entries(JSON.parse(fs.readFileSync(famFile, 'utf8')).lines)) : undefined;
  return { files: Object.keys(doc.files), byKey, families };
}

/** The family a rule belongs to, as families.json names them. */
export function familyOf(ruleId) {
  if (ruleId === 'secret-key-assignment' || ruleId === 'weak-secret-key') return 'signing-key';
  if (ruleId === 'hardcoded-password' || ruleId === 'weak-password') return 'password';
  if (ruleId === 'high-entropy' || ruleId.startsWith('generic-')) return 'generic';
  return 'provider';
}

const lineCache = new Map();
function lineText(file, line) {
  if (!lineCache.has(file)) {
    const full = path.join(CORPUS, file);
    lineCache.set(file, fs.existsSync(full) ? fs.readFileSync(full, 'utf8').split('\n') : []);
  }
  return lineCache.get(file)[line - 1] ?? '';
}

/** Corpus-relative path of a finding, whatever the tool reports (relative to the cwd, or absolute). */
function corpusPath(file) {
  const norm = path.resolve(ROOT, file).split(path.sep).join('/');
  const base = CORPUS.split(path.sep).join('/') + '/';
  return norm.startsWith(base) ? norm.slice(base.length) : null;
}

// ---------------------------------------------------------------------------------------------
// Tools: each returns { findings: [{ file, line, rule }] } or { error }

function newestMtime(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function ensureBuilt() {
  if (noBuild) return;
  const stale = !fs.existsSync(CLI) || (fs.existsSync(path.join(ROOT, 'src')) && newestMtime(path.join(ROOT, 'src')) > fs.statSync(CLI).mtimeMs);
  if (!stale) return;
  note('eval: building secret-scan (npm run build)…');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) note(`eval: build failed; using the existing dist/ if any. ${firstLine(r.stdout || r.stderr)}`);
}

function firstLine(s) {
  return String(s ?? '').trim().split('\n').find((l) => l.trim()) ?? '';
}

function runOurs() {
  ensureBuilt();
  if (!fs.existsSync(CLI)) return { error: 'dist/cli.js not found (npm run build failed or has not run)' };
  const r = spawnSync(process.execPath, [CLI, '--no-config', '--format', 'json', '--no-redact', '--fail-on', 'never', CORPUS_REL], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0 && r.status !== 1) return { error: `secret-scan exited ${r.status}: ${firstLine(r.stderr)}` };
  try {
    const doc = JSON.parse(r.stdout);
    return {
      findings: doc.findings.map((f) => ({ file: corpusPath(f.file), line: f.line, rule: f.ruleId, severity: f.severity })),
    };
  } catch {
    return { error: `secret-scan printed no JSON: ${firstLine(r.stdout || r.stderr)}` };
  }
}

function ensureSecretlint() {
  if (fs.existsSync(SL_BIN)) return null;
  note('eval: installing secretlint into .cache/secretlint…');
  fs.mkdirSync(SL_DIR, { recursive: true });
  const r = spawnSync(
    'npm',
    ['install', '--prefix', SL_DIR, '--no-audit', '--no-fund', 'secretlint', '@secretlint/secretlint-rule-preset-recommend'],
    { cwd: ROOT, encoding: 'utf8', timeout: 300_000 },
  );
  if (r.status !== 0 || !fs.existsSync(SL_BIN)) return `could not install secretlint (${firstLine(r.stderr) || `npm exited ${r.status}`})`;
  return null;
}

function runSecretlint() {
  const installError = ensureSecretlint();
  if (installError) return { error: installError };
  const rc = path.join(SL_DIR, '.secretlintrc.json');
  const ignore = path.join(SL_DIR, '.secretlintignore');
  fs.writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2) + '\n');
  // An empty ignore file of our own, so a .secretlintignore at the repository root cannot change the measurement.
  fs.writeFileSync(ignore, '');
  const r = spawnSync(SL_BIN, ['--secretlintrc', rc, '--secretlintignore', ignore, '--format', 'json', '--no-color', `${CORPUS_REL}/**/*`], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let results;
  try {
    results = JSON.parse(r.stdout);
  } catch {
    return { error: `secretlint printed no JSON (exit ${r.status}): ${firstLine(r.stderr || r.stdout)}` };
  }
  const findings = [];
  for (const res of results) {
    for (const m of res.messages ?? []) {
      findings.push({ file: corpusPath(res.filePath), line: m.loc?.start?.line ?? 0, rule: m.ruleId, severity: m.severity });
    }
  }
  return { findings };
}

// ---------------------------------------------------------------------------------------------
// Scoring: per labeled line and per file:line, each counted once however many findings it has.

export function score(labels, findings) {
  const found = new Map();
  for (const f of findings) {
    if (!f.file) continue;
    const key = `${f.file}:${f.line}`;
    if (!found.has(key)) found.set(key, []);
    found.get(key).push(f);
  }
  const misses = [];
  const falseAlarms = [];
  const byKind = { secret: { tp: 0, total: 0 }, weak: { tp: 0, total: 0 } };
  let tp = 0;
  // Strict: a finding on the line with the label's severity (secret = error, weak = warning) and,
  // where families.json gives one, the labelled rule family.
  let strictTp = 0;
  const wrongKind = [];
  for (const [key, kind] of labels.byKey) {
    if (kind === 'negative') continue;
    byKind[kind].total++;
    if (found.has(key)) {
      tp++;
      byKind[kind].tp++;
      const severity = kind === 'secret' ? 'error' : 'warning';
      const family = labels.families?.get(key);
      const on = found.get(key);
      if (on.some((f) => f.severity === severity && (family === undefined || familyOf(f.rule) === family))) strictTp++;
      else wrongKind.push({ key, label: kind, family, got: [...new Set(on.map((f) => `${f.rule}/${f.severity}`))] });
    } else misses.push({ key, label: kind });
  }
  let fpNegative = 0;
  for (const [key, fs_] of found) {
    const label = labels.byKey.get(key) ?? 'unlabeled';
    if (label === 'secret' || label === 'weak') continue;
    if (label === 'negative') fpNegative++;
    falseAlarms.push({ key, label, rules: [...new Set(fs_.map((f) => f.rule))] });
  }
  const fp = falseAlarms.length;
  const fn = misses.length;
  const sortKey = (a, b) => a.key.localeCompare(b.key, 'en', { numeric: true });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    tp,
    fp,
    fn,
    fpOnNegative: fpNegative,
    fpOnUnlabeled: fp - fpNegative,
    precision,
    recall,
    f1,
    strictTp,
    strictRecall: tp + fn === 0 ? 0 : strictTp / (tp + fn),
    wrongKind: wrongKind.sort(sortKey),
    recallSecret: byKind.secret.total ? byKind.secret.tp / byKind.secret.total : 0,
    recallWeak: byKind.weak.total ? byKind.weak.tp / byKind.weak.total : 0,
    secretLines: byKind.secret.total,
    weakLines: byKind.weak.total,
    misses: misses.sort(sortKey),
    falseAlarms: falseAlarms.sort(sortKey),
  };
}

// ---------------------------------------------------------------------------------------------
// Report

/** The line, trimmed and shortened, with long random-looking runs cut to their ends: enough to recognise it. */
function snippet(key) {
  const i = key.lastIndexOf(':');
  const text = lineText(key.slice(0, i), Number(key.slice(i + 1))).trim();
  const cut = (run) => `${run.slice(0, 6)}…${run.slice(-3)}`;
  const masked = text
    .replace(/(['"])([^'"\s]{24,})\1/g, (all, q, run) => (run.includes('://') ? all : q + cut(run) + q))
    .replace(/[A-Za-z0-9+/_~-]{16,}=*/g, (run) => (/\d/.test(run) && /[A-Za-z]/.test(run) ? cut(run) : run));
  return masked.length > 110 ? `${masked.slice(0, 107)}…` : masked;
}

const fmt = (x) => (x === undefined ? '  n/a' : x.toFixed(3));

function printReport(labels, results) {
  const kinds = { secret: 0, weak: 0, negative: 0 };
  for (const k of labels.byKey.values()) kinds[k]++;
  console.log(
    `Corpus ${CORPUS_DIR_REL}: ${labels.files.length} files, ${labels.byKey.size} labeled lines ` +
      `(${kinds.secret} secret, ${kinds.weak} weak, ${kinds.negative} negative); a finding on any other line is a false alarm too.\n`,
  );
  const rows = [['tool', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN', 'FP on negative', 'FP on unlabeled']];
  const rows2 = [['tool', `recall on secret (${kinds.secret})`, `recall on weak (${kinds.weak})`]];
  for (const [name, r] of Object.entries(results)) {
    if (r.error) {
      rows.push([name, 'error', '', '', '', '', '', '', '']);
      rows2.push([name, 'error', '']);
      continue;
    }
    const s = r.score;
    rows.push([name, fmt(s.precision), fmt(s.recall), fmt(s.f1), s.tp, s.fp, s.fn, s.fpOnNegative, s.fpOnUnlabeled].map(String));
    rows2.push([name, fmt(s.recallSecret), fmt(s.recallWeak)]);
  }
  printTable(rows);
  console.log('');
  printTable(rows2);
  for (const [name, r] of Object.entries(results)) if (r.error) console.log(`\n${name}: ${r.error}`);

  const ours = results['secret-scan'];
  if (ours && !ours.error) {
    console.log(`\nsecret-scan misses (${ours.score.misses.length}):`);
    for (const m of ours.score.misses) console.log(`  ${m.key}  ${m.label}  ${snippet(m.key)}`);
    console.log(`\nstrict recall (severity and rule family per line): ${fmt(ours.score.strictRecall)}; found with another severity or family (${ours.score.wrongKind.length}):`);
    for (const w of ours.score.wrongKind) console.log(`  ${w.key}  ${w.label}${w.family ? `/${w.family}` : ''}  got ${w.got.join(',')}  ${snippet(w.key)}`);
    console.log(`\nsecret-scan false alarms (${ours.score.falseAlarms.length}):`);
    for (const f of ours.score.falseAlarms) console.log(`  ${f.key}  ${f.label}  ${f.rules.join(',')}  ${snippet(f.key)}`);
  }
}

function printTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

// ---------------------------------------------------------------------------------------------

function main() {
  if (args.has('--help') || args.has('-h')) {
    console.log('usage: node scripts/eval.mjs [--corpus DIR] [--json] [--check] [--no-build] [--no-secretlint]');
    console.log('  --corpus DIR  score DIR/corpus against DIR/labels.json (default fixtures/eval)');
    return;
  }
  const labels = loadLabels();
  const results = {};
  for (const [name, run] of [
    ['secret-scan', runOurs],
    ['secretlint', noSecretlint ? null : runSecretlint],
  ]) {
    if (!run) continue;
    const r = run();
    if (r.error) note(`eval: ${name}: ${r.error}`);
    results[name] = r.error ? { error: r.error } : { score: score(labels, r.findings) };
  }

  if (wantJson) {
    const out = {};
    for (const [name, r] of Object.entries(results)) {
      if (r.error) {
        out[name] = { error: r.error };
        continue;
      }
      const { misses, falseAlarms, wrongKind, ...numbers } = r.score;
      out[name] = {
        ...numbers,
        misses: misses.map((m) => ({ ...m, snippet: snippet(m.key) })),
        falseAlarms: falseAlarms.map((f) => ({ ...f, snippet: snippet(f.key) })),
        wrongKind,
      };
    }
    console.log(JSON.stringify({ corpus: CORPUS_REL, labeledLines: labels.byKey.size, results: out }, null, 2));
  } else {
    printReport(labels, results);
  }

  if (wantCheck) {
    const ours = results['secret-scan'];
    const ok = ours && !ours.error && ours.score.precision >= TARGET && ours.score.recall >= TARGET;
    if (!ok) {
      note(`eval: --check failed: secret-scan precision/recall below ${TARGET}`);
      process.exit(1);
    }
  }
}

// Run only as a script, so tests can import the scoring function.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
