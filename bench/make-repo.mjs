// Deterministic synthetic repository for the bench: thousands of commits of code and config in
// several languages, renames, deletions, merged topic branches, regenerated lockfiles, and
// planted secrets (the rule catalog's generated samples) whose introducing commit and line are
// recorded in a manifest. Built with `git fast-import`, so it takes seconds, not minutes.

import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = (
  'account order invoice session cache request response payload config handler service client item product cart price total ' +
  'status event queue worker retry timeout limit page report customer address shipment region metric counter batch record ' +
  'profile message channel upload export import schedule task job user group role permission plan billing coupon refund ' +
  'inventory warehouse route station sensor reading device firmware build release deploy cluster node volume bucket image'
).split(' ');
const VERBS = 'get set load save fetch update create delete parse render build compute validate apply sync send handle merge split'.split(' ');
const MODULES = 'os sys json time logging re typing dataclasses pathlib itertools collections functools'.split(' ');
const DIRS = ['src/api', 'src/core', 'src/models', 'src/utils', 'web/components', 'web/pages', 'services/billing', 'services/auth', 'cmd/server', 'pkg/store', 'docs', 'deploy', 'scripts', 'tests'];
const EXTS = ['py', 'py', 'ts', 'js', 'go', 'yaml', 'json', 'md', 'java', 'rb'];
const AUTHORS = ['Ada Lovelace <ada@example.test>', 'Grace Hopper <grace@example.test>', 'Alan Turing <alan@example.test>', 'Edsger Dijkstra <edsger@example.test>', 'Barbara Liskov <barbara@example.test>'];

export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), pick: (xs) => xs[Math.floor(next() * xs.length)] };
}

const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** One plausible line of source for a file type. */
function lineFor(ext, r, depth) {
  const w = () => r.pick(WORDS);
  const v = () => r.pick(VERBS);
  const n = () => r.int(0, 5000);
  const ind = '    '.repeat(depth);
  switch (ext) {
    case 'py':
      return r.pick([
        () => `def ${v()}_${w()}(${w()}_id, ${w()}=None):`,
        () => `${ind}${w()} = ${w()}.get("${w()}_${w()}", ${n()})`,
        () => `${ind}if ${w()}.${w()}_count > ${n()}:`,
        () => `${ind}return ${w()}`,
        () => `import ${r.pick(MODULES)}`,
        () => `${ind}logger.info("${v()} ${w()} %s", ${w()}_id)`,
        () => `# ${v()} the ${w()} before the ${w()} is ${v()}d`,
        () => `${ind}${w()}_${w()} = os.environ.get("${w().toUpperCase()}_URL")`,
        () => `${ind}self.${w()} = ${w()}`,
        () => '',
      ])();
    case 'ts':
    case 'js':
      return r.pick([
        () => `export function ${v()}${cap(w())}(${w()}: ${cap(w())}) {`,
        () => `  const ${w()}${cap(w())} = await ${w()}.${v()}(${n()});`,
        () => `  if (${w()}.length > ${n()}) return null;`,
        () => `  return { ${w()}, ${w()}: ${n()} };`,
        () => `import { ${v()}${cap(w())} } from './${w()}.js';`,
        () => `// ${v()} ${w()} when the ${w()} changes`,
        () => `  console.debug('${v()} ${w()}', ${w()}Id);`,
        () => '}',
        () => '',
      ])();
    case 'go':
      return r.pick([
        () => `func (s *${cap(w())}Store) ${cap(v())}${cap(w())}(ctx context.Context, id int64) error {`,
        () => `\t${w()}, err := s.${w()}.${cap(v())}(ctx, id)`,
        () => '\tif err != nil {\n\t\treturn err\n\t}',
        () => `\treturn s.${w()}.${cap(v())}(${n()})`,
        () => `// ${cap(v())} ${w()} records for the ${w()} view.`,
        () => '}',
      ])();
    case 'java':
      return r.pick([
        () => `    public ${cap(w())} ${v()}${cap(w())}(long ${w()}Id) {`,
        () => `        ${cap(w())} ${w()} = repository.find${cap(w())}(${w()}Id);`,
        () => `        return ${w()}.get${cap(w())}();`,
        () => '    }',
        () => `    private static final int ${w().toUpperCase()}_LIMIT = ${n()};`,
      ])();
    case 'rb':
      return r.pick([
        () => `  def ${v()}_${w()}(${w()})`,
        () => `    @${w()} = ${cap(w())}.find(params[:${w()}_id])`,
        () => '  end',
        () => `    render json: @${w()}, status: :ok`,
      ])();
    case 'yaml':
      return r.pick([
        () => `${'  '.repeat(depth)}${w()}_${w()}: ${n()}`,
        () => `- name: ${w()}-${v()}`,
        () => `${'  '.repeat(depth)}image: registry.example.test/${w()}:${r.int(1, 9)}.${r.int(0, 20)}`,
        () => `${'  '.repeat(depth)}${w()}: "${v()} ${w()}"`,
      ])();
    case 'json':
      return r.pick([() => `  "${w()}${cap(w())}": ${n()},`, () => `  "${w()}": "${v()}-${w()}",`, () => `  "${w()}Enabled": ${r.next() < 0.5},`])();
    case 'env':
      return `${w().toUpperCase()}_${w().toUpperCase()}=${r.pick([n(), `${w()}.internal`, 'true', 'false'])}`;
    default:
      return r.pick([
        () => `The ${w()} ${v()}s each ${w()} in ${r.int(2, 40)} steps before the ${w()} is ${v()}d.`,
        () => `## ${cap(v())} ${w()}`,
        () => `- ${cap(w())}: ${v()} the ${w()} first.`,
        () => '',
      ])();
  }
}

function linesFor(ext, r, count) {
  const out = [];
  let depth = 0;
  while (out.length < count) {
    for (const l of lineFor(ext, r, depth).split('\n')) out.push(l);
    depth = r.next() < 0.3 ? Math.min(3, depth + 1) : r.next() < 0.3 ? Math.max(0, depth - 1) : depth;
  }
  return out;
}

/** A lockfile-shaped generated file: hash-like integrity values that must not be reported. */
function lockfile(r, synth, seed, entries) {
  const out = ['{', '  "name": "bench-app",', '  "lockfileVersion": 3,', '  "packages": {'];
  for (let i = 0; i < entries; i++) {
    const name = `${r.pick(WORDS)}-${r.pick(VERBS)}-${i}`;
    const ver = `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 40)}`;
    out.push(
      `    "node_modules/${name}": {`,
      `      "version": "${ver}",`,
      `      "resolved": "https://registry.npmjs.org/${name}/-/${name}-${ver}.tgz",`,
      `      "integrity": "sha512-${synth('base64', 86, `${seed}-${i}`)}==",`,
      `      "license": "MIT"`,
      '    },',
    );
  }
  out.push('  }', '}');
  return out;
}

/** The header of a private key (PEM, PGP, minisign, signify, PuTTY) on a line without key material, else null. */
function pemHeader(line) {
  const m = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|untrusted comment: [a-z ]*secret key|PuTTY-User-Key-File-[23]: [a-z0-9-]+/.exec(line);
  return m && !/[A-Za-z0-9+/]{40,}/.test(line) ? m[0] : null;
}

/**
 * Writes the repository into `dir` (replacing it) and returns the manifest of planted secrets:
 * { file, line, commit, text, removed, readded }.
 */
export async function makeRepo(dir, catalog, { commits = 6000, seed = 1 } = {}) {
  const { providerRules, synth } = catalog;
  const r = makeRng(seed);
  const samples = providerRules.flatMap((rule) => rule.samples().positive.map((text) => ({ rule: rule.id, text }))).filter((s) => !s.text.includes('\n'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const fi = spawn('git', ['fast-import', '--quiet', '--export-marks=.git/bench-marks'], { cwd: dir, stdio: ['pipe', 'inherit', 'inherit'] });
  const closed = new Promise((resolve, reject) => fi.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`)))));
  const chunks = [];
  let pendingBytes = 0;
  const out = async (s) => {
    chunks.push(s);
    pendingBytes += s.length;
    if (pendingBytes > 1 << 20) await flush();
  };
  const flush = async () => {
    if (chunks.length === 0) return;
    const ok = fi.stdin.write(chunks.join(''));
    chunks.length = 0;
    pendingBytes = 0;
    if (!ok) await new Promise((res) => fi.stdin.once('drain', res));
  };

  const main = new Map(); // path -> lines
  const planted = []; // { file, line, mark, text, rule, removed, readded }
  const plantedText = new Set();
  let mark = 0;
  let time = Date.UTC(2020, 0, 1) / 1000;
  let sampleIndex = 0;
  let lastMain = 0;

  const blob = (path, lines) => {
    const body = lines.join('\n') + '\n';
    return `M 100644 inline ${path}\ndata ${Buffer.byteLength(body)}\n${body}\n`;
  };
  const commitHeader = (ref, message, from, merge) => {
    mark++;
    time += r.int(60, 4000);
    const who = `${r.pick(AUTHORS)} ${time} +0000`;
    return (
      `commit ${ref}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\ndata ${Buffer.byteLength(message)}\n${message}\n` +
      (from ? `from :${from}\n` : '') +
      (merge ? `merge :${merge}\n` : '')
    );
  };
  const newPath = (i) => {
    const ext = r.pick(EXTS);
    return `${r.pick(DIRS)}/${r.pick(WORDS)}_${r.pick(VERBS)}_${i}.${ext}`;
  };
  const extOf = (p) => p.slice(p.lastIndexOf('.') + 1);

  /** Random edits of one file: insert a block, delete and rewrite a few lines; never touches a planted line. */
  const edit = (lines, ext) => {
    const at = r.int(0, lines.length);
    lines.splice(at, 0, ...linesFor(ext, r, r.int(3, 90)));
    for (let k = r.int(0, 6); k > 0 && lines.length > 5; k--) {
      const i = r.int(0, lines.length - 1);
      if (!plantedText.has(lines[i])) lines.splice(i, 1);
    }
    for (let k = r.int(0, 4); k > 0; k--) {
      const i = r.int(0, lines.length - 1);
      if (!plantedText.has(lines[i])) lines[i] = lineFor(ext, r, 1).split('\n')[0];
    }
    // Files do not grow for ever: big ones are cut back, like real refactors. Planted lines
    // stay where they are (moving one would really add it again).
    if (lines.length > 700) {
      let budget = 300;
      const kept = lines.filter((l) => plantedText.has(l) || budget-- > 0);
      lines.length = 0;
      lines.push(...kept);
    }
  };

  const plant = (files, tag, i) => {
    const candidates = [...files.keys()].filter((p) => p.endsWith('.env') || p.endsWith('.yaml'));
    let path;
    if (candidates.length < 5 || r.next() < 0.3) {
      path = `${tag}/${r.pick(WORDS)}-${i}.env`;
      files.set(path, linesFor('env', r, r.int(2, 12)));
    } else path = r.pick(candidates);
    const lines = files.get(path);
    let s = samples[sampleIndex++ % samples.length];
    // The same sample twice in one file would be one finding; take the next one.
    while (lines.includes(s.text)) s = samples[sampleIndex++ % samples.length];
    const at = r.int(0, lines.length);
    lines.splice(at, 0, s.text);
    plantedText.add(s.text);
    const p = { file: path, line: at + 1, mark, text: s.text, rule: s.rule, removed: false, readded: 0 };
    planted.push(p);
    return path;
  };

  let topic = null; // { files, base, last, left }
  for (let i = 0; i < commits; i++) {
    // A topic branch now and then: three commits of its own files, then a merge into main.
    if (!topic && i % 250 === 120) topic = { files: new Map(), base: lastMain, last: lastMain, left: 3, start: i };
    if (topic && topic.left > 0 && i % 2 === 1) {
      let s = commitHeader(`refs/heads/topic`, `feature ${topic.start}: step ${4 - topic.left}`, topic.last);
      const p = `features/f${topic.start}/${r.pick(WORDS)}_${topic.left}.py`;
      topic.files.set(p, linesFor('py', r, r.int(20, 120)));
      if (topic.left === 2) plant(topic.files, `features/f${topic.start}`, i);
      for (const [path, lines] of topic.files) s += blob(path, lines);
      await out(s + '\n');
      topic.last = mark;
      topic.left--;
      continue;
    }
    if (topic && topic.left === 0) {
      let s = commitHeader('refs/heads/main', `Merge branch 'feature-${topic.start}'`, lastMain, topic.last);
      for (const [path, lines] of topic.files) {
        main.set(path, lines);
        s += blob(path, lines);
      }
      await out(s + '\n');
      lastMain = mark;
      topic = null;
      continue;
    }

    let s = commitHeader('refs/heads/main', `${cap(r.pick(VERBS))} ${r.pick(WORDS)} ${r.pick(WORDS)} (#${i})`, lastMain === 0 ? 0 : lastMain);
    const touched = new Set();
    const paths = [...main.keys()];
    const ops = r.int(1, 3);
    for (let k = 0; k < ops; k++) {
      const roll = r.next();
      if (paths.length < 30 || roll < 0.3) {
        const p = newPath(i * 10 + k);
        main.set(p, linesFor(extOf(p), r, r.int(30, 350)));
        touched.add(p);
      } else if (roll < 0.93) {
        const p = r.pick(paths);
        if (touched.has(p) || !main.has(p)) continue;
        edit(main.get(p), extOf(p));
        touched.add(p);
      } else if (roll < 0.96) {
        const p = r.pick(paths);
        if (touched.has(p) || !main.has(p) || main.get(p).some((l) => plantedText.has(l))) continue;
        main.delete(p);
        s += `D ${p}\n`;
      } else {
        // A move, planted secrets included: -M must not report them again.
        const p = r.pick(paths);
        if (touched.has(p) || !main.has(p)) continue;
        const to = `moved/${p}`;
        if (main.has(to)) continue;
        main.set(to, main.get(p));
        main.delete(p);
        s += `R ${p} ${to}\n`;
      }
    }
    if (i % 400 === 200) {
      main.set('package-lock.json', lockfile(r, synth, `lock${i}`, r.int(1500, 3000)));
      touched.add('package-lock.json');
    }
    if (i % 9 === 4) touched.add(plant(main, 'config', i));
    // Deliberate removals and re-additions of planted secrets (history must still report them).
    if (i % 150 === 75) {
      const live = planted.filter((p) => !p.removed && main.has(p.file) && !touched.has(p.file) && main.get(p.file).includes(p.text));
      if (live.length > 0) {
        const p = r.pick(live);
        const lines = main.get(p.file);
        lines.splice(lines.indexOf(p.text), 1);
        p.removed = true;
        touched.add(p.file);
      }
    }
    if (i % 300 === 290) {
      const gone = planted.filter((p) => p.removed && p.readded === 0 && main.has(p.file) && !touched.has(p.file));
      if (gone.length > 0) {
        const p = r.pick(gone);
        main.get(p.file).push(p.text);
        p.readded++;
        touched.add(p.file);
      }
    }
    for (const p of touched) if (main.has(p)) s += blob(p, main.get(p));
    await out(s + '\n');
    lastMain = mark;
  }
  if (topic) {
    let s = commitHeader('refs/heads/main', `Merge branch 'feature-${topic.start}'`, lastMain, topic.last);
    for (const [path, lines] of topic.files) {
      main.set(path, lines);
      s += blob(path, lines);
    }
    await out(s + '\n');
  }
  await flush();
  fi.stdin.end();
  await closed;
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: dir });
  execFileSync('git', ['branch', '-q', '-D', 'topic'], { cwd: dir, stdio: 'ignore' });

  const marks = new Map(
    readFileSync(join(dir, '.git/bench-marks'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' '))
      .map(([m, sha]) => [Number(m.slice(1)), sha]),
  );
  const headText = new Set();
  const headHeaders = new Set();
  for (const lines of main.values()) {
    for (const l of lines) {
      if (plantedText.has(l)) headText.add(l);
      const h = pemHeader(l);
      if (h) headHeaders.add(h);
    }
  }
  // A private key planted as its header line alone (the samples are one line) has no material to
  // tell it from another key of its kind: it is in HEAD while such a header is (README, JSON output).
  const inHead = (text) => headText.has(text) || (pemHeader(text) !== null && headHeaders.has(pemHeader(text)));
  const manifest = planted.map((p) => ({ ...p, commit: marks.get(p.mark), inHead: inHead(p.text) }));
  writeFileSync(join(dir, '.git/bench-manifest.json'), JSON.stringify({ commits: mark, planted: manifest }, null, 1));
  return { commits: mark, planted: manifest };
}
