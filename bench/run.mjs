// `npm run bench`: measures the built CLI against baselines in the same run (git log -p -U0,
// cat, secretlint, node -e 0) on a generated repository or on one given by path, and checks
// that every planted secret is found once, at its introducing commit and line.
//
//   node bench/run.mjs [repo] [--commits N] [--runs N] [--cli path/to/cli.js] [--sweep] [--no-secretlint]
//                      [--real DIR]... [--real-history N] [--only-real]
// Real repositories (--real, repeatable, or SECRET_SCAN_BENCH_REAL=dir:dir) add rows of their own:
// tree MB/s on all cores and on one thread, cat and secretlint on the same files, and the history
// against git log -p -U0 for those with at most --real-history commits (default 20000), and
// how many of their newest commits the hook gate answers without loading the CLI.

import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog, buildCli } from '../scripts/build.mjs';
import { makeRepo } from './make-repo.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.cache');
const work = join(cache, 'bench');

function parseArgs(argv) {
  const o = { repo: null, commits: 10500, seed: 1, runs: 2, cli: null, sweep: false, secretlint: true, real: [], realHistory: 20000, onlyReal: false };
  const env = process.env.SECRET_SCAN_BENCH_REAL;
  if (env) o.real.push(...env.split(':').filter(Boolean).map((d) => resolve(d)));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--real') o.real.push(resolve(argv[++i]));
    else if (a === '--real-history') o.realHistory = Number(argv[++i]);
    else if (a === '--only-real') o.onlyReal = true;
    else if (a === '--commits') o.commits = Number(argv[++i]);
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--cli') o.cli = resolve(argv[++i]);
    else if (a === '--sweep') o.sweep = true;
    else if (a === '--no-secretlint') o.secretlint = false;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else o.repo = resolve(a);
  }
  return o;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const DEVNULL = '/dev/null';
/** One invocation for the whole file list (xargs would otherwise start secretlint several times). */
const XARGS_MAX = 1900000;
/** What the scan adds to git's GLIBC_TUNABLES (src/git.ts HUGE_PAGE_TUNABLE). */
const HUGE_PAGE_GLIBC_TUNABLES = 'glibc.malloc.hugetlb=1';

/** CPU time (user + system) of this process's waited-for children so far, in ms (Linux; 0 elsewhere). */
function childCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[13]) + Number(f[14])) * 1000) / 100; // cutime + cstime, in 1/100 s (USER_HZ)
  } catch {
    return 0;
  }
}

/**
 * Runs a command once: wall time (ms) measured here; peak RSS (MB) of the node process itself
 * (`probe`: preloads bench/rss-probe.mjs, which slows the run, see peakRss; threads included,
 * git children not), else of the largest process of the run, from /usr/bin/time when present.
 */
function measure(cmd, args, { cwd, env, stdoutFile = DEVNULL, shell = false, probe = false } = {}) {
  const rssFile = join(work, 'rss.txt');
  rmSync(rssFile, { force: true });
  const fullArgs = probe ? ['--import', join(root, 'bench/rss-probe.mjs'), ...args] : args;
  const argv = shell ? ['sh', '-c', cmd] : TIME && !probe ? [TIME, '-f', '%M', '-o', rssFile, cmd, ...fullArgs] : [cmd, ...fullArgs];
  const out = openSync(stdoutFile, 'w');
  const t0 = performance.now();
  const c0 = childCpuMs();
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd,
    env: { ...process.env, ...env, ...(probe ? { SECRET_SCAN_RSS_FILE: rssFile } : {}) },
    stdio: ['ignore', out, 'pipe'],
    maxBuffer: 64 << 20,
  });
  const ms = performance.now() - t0;
  const cpuMs = childCpuMs() - c0;
  closeSync(out);
  if (r.error) throw r.error;
  let rssMb = null;
  if (existsSync(rssFile)) {
    const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    rssMb = Number.isFinite(kb) ? kb / 1024 : null;
  }
  return { ms, cpuMs, rssMb, status: r.status, stderr: r.stderr.toString('utf8') };
}

/**
 * Peak RSS (MB) of the node process alone, from one more run with bench/rss-probe.mjs preloaded.
 * Timed runs are never preloaded: `--import` starts node's ES module loader and moves the CLI off
 * its shipped code cache (node flags are part of the cache's key), ~60 ms a run (flask tree 463
 * vs 523 ms, 9 runs each, 2026-12-02), which the bench had counted as the scan's own time.
 */
function peakRss(cmd, args, options) {
  return measure(cmd, args, { ...options, probe: true }).rssMb;
}

/** Runs each named command `runs` times, interleaved so machine load hits all alike; keeps the median. */
function compare(runs, cases) {
  const seen = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [k, run] of Object.entries(cases)) seen[k].push(run());
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  return Object.fromEntries(
    Object.entries(seen).map(([k, rs]) => [k, { ms: med(rs.map((r) => r.ms)), cpuMs: med(rs.map((r) => r.cpuMs ?? 0)), rssMb: Math.max(...rs.map((r) => r.rssMb ?? 0)) || null, last: rs[rs.length - 1] }]),
  );
}

const fmtS = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtMb = (mb) => (mb === null ? 'n/a' : `${Math.round(mb)} MB`);
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

function ensureRepo(o, catalog) {
  if (o.repo) return { dir: o.repo, manifest: null };
  const dir = join(cache, 'bench-repo');
  const stampFile = join(dir, '.git', 'bench-stamp.json');
  const stamp = JSON.stringify({ commits: o.commits, seed: o.seed, generator: readFileSync(join(root, 'bench/make-repo.mjs'), 'utf8').length });
  const manifestFile = join(dir, '.git', 'bench-manifest.json');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(manifestFile)) {
    return { dir, manifest: JSON.parse(readFileSync(manifestFile, 'utf8')) };
  }
  return (async () => {
    process.stderr.write(`generating ${o.commits} commits in ${dir} ...\n`);
    const t0 = performance.now();
    const manifest = await makeRepo(dir, catalog, { commits: o.commits, seed: o.seed });
    writeFileSync(stampFile, stamp);
    process.stderr.write(`generated in ${fmtS(performance.now() - t0)}\n`);
    return { dir, manifest };
  })();
}

function ensureSecretlint() {
  const dir = join(cache, 'secretlint');
  const bin = join(dir, 'node_modules', '.bin', 'secretlint');
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  // Its own package.json, so npm installs here and never into the project.
  if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  process.stderr.write('installing secretlint into .cache/secretlint ...\n');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', dir, 'secretlint', '@secretlint/secretlint-rule-preset-recommend'], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0 || !existsSync(bin)) return null;
  return bin;
}

/**
 * Checks the history report against the planted manifest. A planted line is found when a
 * finding sits at its file, line and commit (the reported secret may be a decoded part of
 * it, e.g. a base64 PEM or a Basic auth header); reported more than once when another
 * finding carries the same fingerprint.
 */
function checkPlanted(findings, manifest) {
  const result = { planted: manifest.planted.length, found: 0, duplicated: 0, inHeadWrong: 0, countWrong: 0, missing: [], unplanted: 0, unplantedRules: {} };
  const at = new Map();
  for (const f of findings) {
    const k = `${f.commit} ${f.file}:${f.line}`;
    at.set(k, [...(at.get(k) ?? []), f]);
  }
  const byPrint = new Map();
  for (const f of findings) byPrint.set(f.fingerprint, (byPrint.get(f.fingerprint) ?? 0) + 1);
  const claimed = new Set();
  for (const p of manifest.planted) {
    const here = at.get(`${p.commit} ${p.file}:${p.line}`) ?? [];
    if (here.length === 0) {
      result.missing.push(p);
      continue;
    }
    result.found++;
    for (const f of here) claimed.add(f);
    if (here.some((f) => byPrint.get(f.fingerprint) > 1)) result.duplicated++;
    if (here.some((f) => (f.inHead ?? true) !== p.inHead)) result.inHeadWrong++;
    if (p.readded > 0 && here.every((f) => (f.occurrences ?? 0) < p.readded)) result.countWrong++;
  }
  for (const f of findings) {
    if (claimed.has(f)) continue;
    result.unplanted++;
    result.unplantedRules[f.ruleId] = (result.unplantedRules[f.ruleId] ?? 0) + 1;
  }
  return result;
}

function stagedRepo() {
  const dir = join(work, 'staged-repo');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (...a) => execFileSync('git', a, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bench@example.test');
  git('config', 'user.name', 'Bench');
  git('config', 'commit.gpgsign', 'false');
  const body = (n, k) => Array.from({ length: 60 }, (_, i) => `def handler_${n}_${i}(request):\n    return render(request, "page_${n}_${i + k}.html")`).join('\n') + '\n';
  for (const n of [1, 2, 3]) writeFileSync(join(dir, `view${n}.py`), body(n, 0));
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  for (const n of [1, 2, 3]) writeFileSync(join(dir, `view${n}.py`), body(n, 1));
  git('add', '.');
  return dir;
}

/** The files a tree scan reads, for cat and secretlint: tracked plus untracked-but-not-ignored. */
function treeFiles(dir) {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: dir, maxBuffer: 256 << 20 });
  return [...new Set(out.toString('utf8').split('\0').filter(Boolean))];
}

const RSS_TARGET_MB = 200;
/** A real tree with at least this much text (MiB) is held to the tree targets (rails/rails: 25.4). */
const LARGE_TREE_MB = 16;
const rssVerdict = (mb) => `target <= ${RSS_TARGET_MB} MB: ${verdict(mb !== null && mb <= RSS_TARGET_MB)}`;

/**
 * The working tree: secret-scan on all cores and on the main thread alone, cat and secretlint
 * over the same files, interleaved. `targets`: MB/s on all cores and on one thread, and how
 * many times faster than secretlint.
 */
function measureTree(dir, o, cli, say, tag, targets) {
  const files = treeFiles(dir);
  const listFile = join(work, `files-${tag}.txt`);
  writeFileSync(listFile, files.map((f) => join(dir, f)).join('\0'));
  const treeOut = join(work, `tree-${tag}.json`);
  const scanArgs = [cli, '--format', 'json', '--quiet', '--output', treeOut];
  const oneEnv = { SECRET_SCAN_WORKERS: '0' };
  const t = compare(o.runs, {
    scan: () => measure(process.execPath, scanArgs, { cwd: dir }),
    cat: () => measure(`xargs -0 -s ${XARGS_MAX} cat < '${listFile}' > /dev/null`, [], { cwd: dir, shell: true }),
    ...(targets.oneThread ? { one: () => measure(process.execPath, scanArgs, { cwd: dir, env: oneEnv }) } : {}),
  });
  t.scan.rssMb = peakRss(process.execPath, scanArgs, { cwd: dir });
  if (t.one) t.one.rssMb = peakRss(process.execPath, scanArgs, { cwd: dir, env: oneEnv });
  const secretlint = o.secretlint ? ensureSecretlint() : null;
  if (secretlint) {
    const rc = join(work, 'secretlintrc.json');
    writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    // secretlint resolves rules from its own install: run it from there, on absolute paths. Once is enough.
    t.secretlint = measure(`xargs -0 -s ${XARGS_MAX} '${secretlint}' --secretlintrc '${rc}' --format json < '${listFile}' > /dev/null`, [], { cwd: join(cache, 'secretlint'), shell: true });
  }
  const tree = JSON.parse(readFileSync(treeOut, 'utf8'));
  const mb = tree.stats.bytes / 1048576;
  const mbs = mb / (t.scan.ms / 1000);
  // The MB/s targets are for a large tree (rails/rails, 25 MB): on a small one the process's
  // start-up is a large share of the time, and the figure is shown without a verdict.
  const small = targets.minMb !== undefined && mb < targets.minMb;
  const goal = (x, min) => (!min ? '' : small ? ` (no target under ${targets.minMb} MB of text)` : ` (target >= ${min} MB/s: ${verdict(x >= min)})`);
  say(`tree     secret-scan ${fmtS(t.scan.ms)} = ${mbs.toFixed(1)} MB/s${goal(mbs, targets.mbs)} over ${mb.toFixed(1)} MB (${tree.stats.files} files, ${tree.stats.skipped?.length ?? 0} skipped), peak RSS ${fmtMb(t.scan.rssMb)} (${rssVerdict(t.scan.rssMb)})`);
  if (t.one) {
    const one = mb / (t.one.ms / 1000);
    say(`         one thread (SECRET_SCAN_WORKERS=0) ${fmtS(t.one.ms)} = ${one.toFixed(1)} MB/s${goal(one, targets.oneThread)}, peak RSS ${fmtMb(t.one.rssMb)}`);
  }
  // CPU time (medians, git ls-files included): steadier than wall time on a shared machine.
  say(`         CPU (user + system): ${fmtS(t.scan.cpuMs)}${t.one ? `, one thread ${fmtS(t.one.cpuMs)}` : ''}`);
  say(`         cat ${fmtS(t.cat.ms)} (secret-scan takes ${(t.scan.ms / t.cat.ms).toFixed(1)}x cat's time)`);
  if (t.secretlint) {
    const x = t.secretlint.ms / t.scan.ms;
    say(`         secretlint ${fmtS(t.secretlint.ms)} (secret-scan ${x.toFixed(1)}x faster; ${small ? `no target under ${targets.minMb} MB of text` : `target >= ${targets.secretlint}x: ${verdict(x >= targets.secretlint)}`})`);
  } else say('         secretlint: not measured (--no-secretlint, or it could not be installed)');
  return tree;
}

/** The history scan against git's own time to produce the same text. */
function measureHistory(dir, o, cli, say, tag, target) {
  const historyOut = join(work, `history-${tag}.json`);
  const historyArgs = [cli, '--history', '--format', 'json', '--no-redact', '--quiet', '--output', historyOut];
  const h = compare(o.runs, {
    git: () => measure('git', ['log', '-p', '-U0'], { cwd: dir }),
    scan: () => measure(process.execPath, historyArgs, { cwd: dir }),
    // git as the scan runs it: its heap in huge pages (src/git.ts hugePageTunables).
    ...(process.platform === 'linux' ? { hugeGit: () => measure('git', ['log', '-p', '-U0'], { cwd: dir, env: { GLIBC_TUNABLES: HUGE_PAGE_GLIBC_TUNABLES } }) } : {}),
  });
  h.scan.rssMb = peakRss(process.execPath, historyArgs, { cwd: dir });
  if (h.scan.last.status !== 0 && h.scan.last.status !== 1) {
    say(`history  not measured: secret-scan --history exited ${h.scan.last.status}: ${h.scan.last.stderr.trim().split('\n')[0]}`);
    return null;
  }
  const ratio = h.scan.ms / h.git.ms;
  say(`history  secret-scan --history ${fmtS(h.scan.ms)} | git log -p -U0 ${fmtS(h.git.ms)} | ratio ${ratio.toFixed(2)}x (target <= ${target}x: ${verdict(ratio <= target)})`);
  // CPU time, git's included: on a shared machine steadier than wall time, and on 2 cores what bounds the scan.
  say(`         CPU (user + system): secret-scan ${fmtS(h.scan.cpuMs)} (git log inside it included) | git log -p -U0 ${fmtS(h.git.cpuMs)}`);
  say(`         peak RSS of secret-scan ${fmtMb(h.scan.rssMb)} (${rssVerdict(h.scan.rssMb)}); git log alone ${fmtMb(h.git.rssMb)}`);
  if (h.hugeGit) say(`         git log -p -U0 with GLIBC_TUNABLES=${HUGE_PAGE_GLIBC_TUNABLES}, as the scan runs git: ${fmtS(h.hugeGit.ms)} (secret-scan ${(h.scan.ms / h.hugeGit.ms).toFixed(2)}x that)`);
  if (o.sweep) {
    for (const w of [0, 1, 2, 3]) {
      const swArgs = [cli, '--history', '--format', 'json', '--quiet', '--output', join(work, 'sweep.json')];
      const swEnv = { SECRET_SCAN_WORKERS: String(w) };
      const sw = compare(1, { scan: () => measure(process.execPath, swArgs, { cwd: dir, env: swEnv }) });
      sw.scan.rssMb = peakRss(process.execPath, swArgs, { cwd: dir, env: swEnv });
      say(`         workers=${w}: ${fmtS(sw.scan.ms)} (${(sw.scan.ms / h.git.ms).toFixed(2)}x git), peak RSS ${fmtMb(sw.scan.rssMb)}`);
    }
  }
  return JSON.parse(readFileSync(historyOut, 'utf8'));
}

/** Commits of a real history whose diffs the hook gate is asked about (the newest, merges aside). */
const HOOK_COMMITS = 200;

/**
 * How many of the newest HOOK_COMMITS commits of `dir` the built hook gate (startup/hook-gate.ts)
 * answers by itself, their diffs taken as `--staged` takes the index's: each of the others pays
 * for loading the CLI (~25 ms more on this machine, bench/README.md twenty-fourth pass).
 */
function measureHookShare(dir, cli, say) {
  const gate = createRequire(import.meta.url)(join(dirname(cli), 'hook-gate.js'));
  const shas = execFileSync('git', ['rev-list', '--no-merges', '-n', String(HOOK_COMMITS), 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  let asked = 0;
  let answered = 0;
  for (const sha of shas) {
    const r = spawnSync('git', ['-c', 'core.quotePath=false', 'diff', '-U0', '--no-color', '--no-ext-diff', '-M', '-C', '--diff-filter=ACMR', '--ignore-submodules=all', `${sha}^`, sha], { cwd: dir, maxBuffer: 1 << 28 });
    if (r.status !== 0) continue; // a root commit
    asked++;
    if (gate.stagedDiffIsClean(dir, r.stdout)) answered++;
  }
  if (asked > 0) say(`hook     the hook gate answers ${answered} of the ${asked} newest commits' diffs (${Math.round((100 * answered) / asked)}%) without loading the CLI`);
}

/** `taskset -c 0` when it runs here: the process held to one core, as on a slower machine. */
function oneCore() {
  const r = spawnSync('taskset', ['-c', '0', 'true']);
  return r.status === 0 ? ['taskset', '-c', '0'] : null;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  mkdirSync(work, { recursive: true });
  const cli = o.cli ?? join(await buildCli(join(work, 'dist')), 'cli.js');
  const gitVersion = execFileSync('git', ['--version'], { encoding: 'utf8' }).trim();

  const lines = [];
  const say = (s) => {
    lines.push(s);
    process.stdout.write(s + '\n');
  };
  say(`secret-scan bench`);
  say(`  machine: ${cpus()[0]?.model ?? 'unknown cpu'} x${cpus().length}, ${(totalmem() / 1073741824).toFixed(1)} GB, node ${process.version}, ${gitVersion}, load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  say(`  cli: ${cli}`);

  if (!o.onlyReal) {
    const catalog = o.repo ? null : await import(await buildCatalog(join(work, 'catalog.mjs')));
    const { dir, manifest } = await ensureRepo(o, catalog);
    const commits = execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    const patchBytes = Number(spawnSync('sh', ['-c', 'git log -p -U0 | wc -c'], { cwd: dir, encoding: 'utf8' }).stdout.trim());
    say('');
    say(`${o.repo ? 'repository' : 'synthetic'}: ${dir}`);
    say(`  ${commits} commits, ${(patchBytes / 1048576).toFixed(1)} MB of git log -p -U0 text`);
    const report = measureHistory(dir, o, cli, say, 'synthetic', 1.3) ?? { findings: [] };
    measureTree(dir, o, cli, say, 'synthetic', { secretlint: 10 });
    if (manifest) {
      const c = checkPlanted(report.findings, manifest);
      const ok = c.found === c.planted && c.duplicated === 0 && c.inHeadWrong === 0 && c.countWrong === 0;
      say(`planted  ${c.found}/${c.planted} found at their introducing commit and line, ${c.duplicated} reported more than once, ${c.inHeadWrong} wrong "in HEAD", ${c.countWrong} wrong re-add counts: ${verdict(ok)}`);
      say(`         ${c.unplanted} other findings${c.unplanted ? ` (${Object.entries(c.unplantedRules).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}`);
      for (const m of c.missing.slice(0, 5)) say(`         missing: ${m.rule} ${m.file}:${m.line} @ ${m.commit?.slice(0, 12)}`);
    } else say(`findings ${report.findings.length} in history (no manifest for a repository given by path)`);
  }

  // Real repositories, given by path (never copied into the project).
  if (o.real.length === 0) {
    say('');
    say('real     not measured: give real repositories with --real DIR (repeatable) or SECRET_SCAN_BENCH_REAL=dir:dir');
  }
  for (const dir of o.real) {
    say('');
    if (!existsSync(join(dir, '.git'))) {
      say(`real: ${dir}: skipped (not a git working tree)`);
      continue;
    }
    const tag = dir.split('/').filter(Boolean).pop().replace(/[^\w.-]/g, '_');
    const commits = Number(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim());
    const head = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    say(`real: ${dir} (HEAD ${head}, ${commits} commits)`);
    const tree = measureTree(dir, o, cli, say, tag, { mbs: 30, oneThread: 15, secretlint: 5, minMb: LARGE_TREE_MB });
    say(`         findings ${tree.findings.length} in the tree`);
    if (commits <= o.realHistory) {
      const report = measureHistory(dir, o, cli, say, tag, 1.25);
      if (report) say(`         findings ${report.findings.length} in history`);
    } else say(`history  not measured: ${commits} commits > --real-history ${o.realHistory}`);
    if (commits > 1) measureHookShare(dir, cli, say);
  }

  const ds = spawnSync('sh', ['-c', 'command -v detect-secrets'], { encoding: 'utf8' }).stdout.trim();
  say('');
  say(ds ? `detect-secrets found at ${ds} but not wired in` : 'detect-secrets: not measurable here (not installed; not packaged in Debian bookworm; PyPI unreachable)');

  // Staged pre-commit: a 3-file commit against node's own start-up, on all cores and held to one.
  const sdir = stagedRepo();
  const pin = oneCore();
  // A CA bundle named by NODE_EXTRA_CA_CERTS is parsed at every node start (this project's build
  // machine sets one: ~40 ms of node's ~110): it makes `node -e 0` slower and every ratio to it
  // smaller, so the hook is also timed against node's start without it (empty is unset to node).
  const caBundle = Boolean(process.env.NODE_EXTRA_CA_CERTS);
  const noCa = { NODE_EXTRA_CA_CERTS: '' };
  const s = compare(Math.max(9, o.runs * 5), {
    node: () => measure(process.execPath, ['-e', '0'], { cwd: sdir }),
    staged: () => measure(process.execPath, [cli, '--staged'], { cwd: sdir }),
    ...(caBundle
      ? {
          nodeNoCa: () => measure(process.execPath, ['-e', '0'], { cwd: sdir, env: noCa }),
          stagedNoCa: () => measure(process.execPath, [cli, '--staged'], { cwd: sdir, env: noCa }),
        }
      : {}),
    ...(pin
      ? {
          node1: () => measure(pin[0], [...pin.slice(1), process.execPath, '-e', '0'], { cwd: sdir }),
          staged1: () => measure(pin[0], [...pin.slice(1), process.execPath, cli, '--staged'], { cwd: sdir }),
        }
      : {}),
  });
  if (s.staged.last.status !== 0) say(`staged   scan exited ${s.staged.last.status}: ${s.staged.last.stderr.trim()}`);
  const sRatio = s.staged.ms / s.node.ms;
  say('');
  say(`staged   secret-scan --staged ${fmtS(s.staged.ms)} | node -e 0 ${fmtS(s.node.ms)} | ratio ${sRatio.toFixed(2)}x (target <= 1.3x: ${verdict(sRatio <= 1.3)}), peak RSS ${fmtMb(s.staged.rssMb)}`);
  if (pin) {
    const r1 = s.staged1.ms / s.node1.ms;
    say(`         one core (taskset -c 0): ${fmtS(s.staged1.ms)} | node -e 0 ${fmtS(s.node1.ms)} | ratio ${r1.toFixed(2)}x (target <= 1.4x: ${verdict(r1 <= 1.4)})`);
  } else say('         one core: not measured (taskset not found)');
  if (caBundle) {
    const r0 = s.stagedNoCa.ms / s.nodeNoCa.ms;
    say(`         without NODE_EXTRA_CA_CERTS (set here; node parses its CA bundle at every start): ${fmtS(s.stagedNoCa.ms)} | node -e 0 ${fmtS(s.nodeNoCa.ms)} | ratio ${r0.toFixed(2)}x, ${fmtS(s.stagedNoCa.ms - s.nodeNoCa.ms)} above node's start (${fmtS(s.staged.ms - s.node.ms)} with it)`);
  }
  say(`  load at the end ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  writeFileSync(join(work, 'last-run.txt'), lines.join('\n') + '\n');
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
