// The tree reader (src/parallel/tree-reader.ts): a thread that reads a tree's files and settles
// the byte gate's verdicts while the main thread detects. Every file is scanned once, with the
// findings and counts of the main thread reading every file itself; a file the reader does not
// read whole (binary, too big, a long line, gone, a link, a directory) is left to the main thread.

import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import { createEngine } from '../../src/detect/engine.js';
import { synth } from '../../src/detect/synthetic.js';
import { createDetector, type JobResult, type ReadBatch } from '../../src/parallel/jobs.js';
import { BATCH_BYTES, BATCH_FILES, MAX_AHEAD, scanWithReader, startReader, stopReader, type TreeReader } from '../../src/parallel/tree-reader.js';
import { lineTexts, WHOLE_FILE_BYTES } from '../../src/sources/worktree.js';
import { makeRepo, PROJECT_ROOT, type Repo } from '../helpers/git-repo.js';

const WORKER = join(PROJECT_ROOT, 'dist/detect-worker.js');
let r: Repo;
let files: string[];

/** The nice value of each thread of this process (Linux /proc), by thread id. */
function threadNices(): Map<number, number> {
  const out = new Map<number, number>();
  for (const t of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      out.set(Number(t), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}
const MAX_BYTES = 4 * 1024 * 1024;

beforeAll(() => {
  r = makeRepo();
  const put = (name: string, body: string | Buffer): void => {
    mkdirSync(join(r.dir, name, '..'), { recursive: true });
    writeFileSync(join(r.dir, name), body);
  };
  for (let i = 0; i < 300; i++) {
    const k = i % 10;
    if (k === 0) put(`app/settings${i}.py`, `import os\nDEBUG = False\nSECRET_KEY = "${synth('base62', 40, `reader-${i}`)}"\nSTATIC_PATH = "/srv/static"\n`);
    else if (k === 1) put(`app/routes${i}.rb`, Array.from({ length: 30 }, (_, j) => `  get "/path/${j}", to: "pages#show", as: :page_${j} # author: someone`).join('\r\n') + '\r\n');
    else if (k === 2) put(`docs/guide${i}.md`, `# Guide ${i}\n\nLe mot de passe (pass) est réglé: ${'é'.repeat(3)}\n\nexport GITHUB_TOKEN=ghp_${synth('base62', 36, `gh-${i}`)}\n`);
    else if (k === 3) put(`config/secrets${i}.yml`, `production:\n  secrets:\n    path: ${synth('base62', 32, `yaml-${i}`)}\n  other:\n    path: /var/lib\n`);
    else if (k === 5) put(`config/app${i}.py`, `app.secret_key = "dev"\nDATABASE_URL = "postgres://admin:pw${i}x@db.internal:5432/app"\nPASSWD = "changeme"\nsigning_salt = "abcdef12"\nuser_pwd = "qwerty12"\nauth_pass = "hunter22"\n`)
    else if (k === 4) put(`db/schema${i}.rb`, Array.from({ length: 20 }, (_, j) => `  add_foreign_key "t${j}", "users", column: "user_id", primary_key: "id"`).join('\n'));
    else put(`lib/mod${i}.js`, Array.from({ length: 10 + k }, (_, j) => `export const pattern_${j} = compute(${j}, 'path/to/${j}');`).join('\n') + '\n');
  }
  put('bin/blob.bin', Buffer.from([0, 1, 2, 3, 4, 5]));
  put('assets/big.txt', `${'a'.repeat(100)}\n`.repeat(Math.ceil((WHOLE_FILE_BYTES + 10) / 101)) + `password = "${synth('base62', 24, 'big')}"\n`);
  put('assets/minified.js', `var k="${synth('base62', 40, 'long')}";${'x=1;'.repeat(20_000)}\n`);
  put('empty.txt', '');
  put('latin1.txt', Buffer.from('caf\xe9 token = "abc"\n', 'latin1'));
  symlinkSync('app/settings0.py', join(r.dir, 'link.py'));
  mkdirSync(join(r.dir, 'adir'));
  files = [...r.git('ls-files').stdout.trim().split('\n'), 'untracked-missing.txt', 'adir']
    .concat(r.git('ls-files', '--others').stdout.trim().split('\n'))
    .filter((f) => f)
    .map((f) => join(r.dir, f));
}, 120_000);

afterAll(() => r.cleanup());

/** Findings and counts, in an order that does not depend on which thread scanned what. */
function summary(results: JobResult[]): { findings: string[]; files: number; lines: number; bytes: number; skipped: string[] } {
  const all = results.flatMap((x) => x.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.secret}`));
  return {
    findings: all.sort(),
    files: results.reduce((n, x) => n + x.files, 0),
    lines: results.reduce((n, x) => n + x.lines, 0),
    bytes: results.reduce((n, x) => n + x.bytes, 0),
    skipped: results.flatMap((x) => x.skipped.map((s) => `${s.file} ${s.reason}`)).sort(),
  };
}

function mainThreadAlone(): ReturnType<typeof summary> {
  const detect = createDetector(EMPTY_CONFIG);
  return summary(files.map((f) => detect({ kind: 'files', files: [f], base: r.dir, maxBytes: MAX_BYTES })));
}

describe('tree reader', () => {
  it('reads every file once, in batches of at most BATCH_FILES files and about BATCH_BYTES bytes, and leaves the ones it does not read whole to the main thread', async () => {
    // The built reader in a thread of its own, this test its main thread.
    const control = new Int32Array(new SharedArrayBuffer(12));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER, { workerData: { reader: { control: control.buffer, port: port2 } }, transferList: [port2] });
    let exitCode: number | null = null;
    worker.once('exit', (code) => (exitCode = code));
    // Nothing is read before the work comes.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(Atomics.load(control, 0)).toBe(0);
    port1.postMessage({ files, maxBytes: MAX_BYTES, config: EMPTY_CONFIG });
    // A batch is made in one of MAX_AHEAD slots of shared memory, reused once the main thread
    // scanned the batch before in it: each is copied out here before it is said to be scanned,
    // and the first MAX_AHEAD only once all of them are posted (the reader then waits), so a
    // batch written over before its scan shows as bytes unlike its file's.
    const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
    for (let t = 0; t < 500 && Atomics.load(control, 1) < MAX_AHEAD; t++) await sleep(20);
    const batches: ReadBatch[] = [];
    let shared = 0;
    for (;;) {
      const done = exitCode !== null;
      for (let m = receiveMessageOnPort(port1); m !== undefined; m = receiveMessageOnPort(port1)) {
        const b = m.message as ReadBatch;
        if (b.bytes.buffer instanceof SharedArrayBuffer) shared++;
        batches.push({ index: b.index.slice(), spans: b.spans.slice(), bytes: b.bytes.slice(), verdicts: b.verdicts?.slice() ?? null });
      }
      if (done) break;
      Atomics.store(control, 2, batches.length);
      Atomics.notify(control, 2);
      await sleep(5);
    }
    port1.close();
    expect(exitCode).toBe(0);
    expect(control[1]).toBe(batches.length);
    expect(batches.length).toBeGreaterThan(MAX_AHEAD);
    expect(shared).toBe(batches.length);
    const seen = batches.flatMap((b) => [...b.index]);
    expect(seen.sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    const notRead = new Set<string>();
    const engine = createEngine({ byteGateAfter: 0 });
    let settled = 0;
    for (const b of batches) {
      expect(b.index.length).toBeLessThanOrEqual(BATCH_FILES);
      // Past BATCH_BYTES by at most its last file.
      let last = 0;
      for (let k = 0; k < b.index.length; k++) {
        const file = files[b.index[k]!]!;
        const [start, end, vs, ve] = [...b.spans.subarray(4 * k, 4 * k + 4)];
        if (start === -1) {
          notRead.add(file.slice(r.dir.length + 1));
          continue;
        }
        expect(start).toBe(last);
        last = end!;
        const bytes = Buffer.from(b.bytes.subarray(start, end));
        expect(bytes.equals(readFileSync(file)), file).toBe(true);
        // The verdicts are the byte gate's, some keyword lines cleared, none set.
        const gate = engine.fileVerdicts(bytes)!;
        const v = b.verdicts!.subarray(vs, ve);
        expect(v.length).toBe(gate.length);
        for (let j = 0; j < v.length; j++) {
          if (v[j] !== gate[j]) {
            expect(v[j]).toBe(0);
            settled++;
          }
        }
      }
      if (b.index.length < BATCH_FILES && b !== batches[batches.length - 1]) expect(last).toBeGreaterThanOrEqual(BATCH_BYTES);
    }
    expect([...notRead].sort()).toEqual(['adir', 'assets/big.txt', 'assets/minified.js', 'bin/blob.bin', 'link.py', 'untracked-missing.txt']);
    // Lines with `path`, `pattern`, `author`, `foreign_key` and the like, passed over.
    expect(settled).toBeGreaterThan(1000);
    // Scanned as the main thread scans the reader's batches: what the main thread alone finds.
    const detect = createDetector(EMPTY_CONFIG);
    const expected = mainThreadAlone();
    expect(summary(batches.map((batch) => detect({ kind: 'read', files, base: r.dir, maxBytes: MAX_BYTES, batch })))).toEqual(expected);
    expect(expected.findings.length).toBeGreaterThan(60);
  });

  it('scans every file once beside the main thread, with the findings and counts of the main thread alone', async () => {
    const expected = mainThreadAlone();
    expect(expected.findings.length).toBeGreaterThan(60);
    expect(expected.skipped).toEqual(['bin/blob.bin binary']);
    const results: JobResult[] = [];
    await scanWithReader(startReader(WORKER, 4), { config: EMPTY_CONFIG, files, base: r.dir, maxBytes: MAX_BYTES, onResult: (x) => results.push(x) });
    expect(summary(results)).toEqual(expected);
  });

  it('fails the scan, rather than miss files or wait for ever, when the reader dies holding files', async () => {
    // A reader that takes every index, then dies before it posts anything.
    const entry = join(r.dir, 'dying-reader.mjs');
    writeFileSync(entry, "import { workerData } from 'node:worker_threads';\nAtomics.add(new Int32Array(workerData.reader.control), 0, 1 << 20);\nthrow new Error('reader died');\n");
    // The scan starts once the reader holds the indexes: this thread takes files too, and on a
    // loaded machine it took them all before the reader started (the scan then rightly succeeded).
    const holding = async (reader: TreeReader): Promise<TreeReader> => {
      while (Atomics.load(reader.control, 0) < 1 << 20) await new Promise((resolve) => setTimeout(resolve, 1));
      return reader;
    };
    const results: JobResult[] = [];
    const scan = scanWithReader(await holding(startReader(entry, 4)), { config: EMPTY_CONFIG, files, base: r.dir, maxBytes: MAX_BYTES, onResult: (x) => results.push(x) });
    await expect(scan).rejects.toThrow('reader died');
    expect(results.reduce((n, x) => n + x.files + x.skipped.length, 0)).toBeLessThan(files.length);
    // One that takes every index and ends without an error, having posted nothing.
    const quitting = join(r.dir, 'quitting-reader.mjs');
    writeFileSync(quitting, "import { workerData } from 'node:worker_threads';\nAtomics.add(new Int32Array(workerData.reader.control), 0, 1 << 20);\nworkerData.reader.port.close();\n");
    const quit = scanWithReader(await holding(startReader(quitting, 4)), { config: EMPTY_CONFIG, files, base: r.dir, maxBytes: MAX_BYTES, onResult: () => {} });
    await expect(quit).rejects.toThrow('the tree reader thread stopped before it was done');
  });

  it('grows a batch past its first room, keeping what it holds: bytes past 2 x BATCH_BYTES, verdicts past BATCH_BYTES / 32 lines', async () => {
    // One batch of three files: 100 lines, then 9,000 (the verdicts outgrow their room with 100
    // in it), then 900 KB (the bytes outgrow theirs with ~200 KB in it, by more than twice it). Every line holds a live
    // marker word, which the reader never clears: its verdicts are the gate's, one for one.
    const dir = join(r.dir, 'grow');
    mkdirSync(dir);
    const lines = (count: number, tag: string): string => Array.from({ length: count }, (_, j) => `password_${tag}${j} = "v${j}"`).join('\n') + '\n';
    const grown = [join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'c.txt')];
    writeFileSync(grown[0]!, lines(100, 'a'));
    writeFileSync(grown[1]!, lines(9000, 'b'));
    writeFileSync(grown[2]!, `${'b'.repeat(99)}\n`.repeat(9000));
    expect(statSync(grown[0]!).size + statSync(grown[1]!).size).toBeLessThan(BATCH_BYTES);
    expect(statSync(grown[0]!).size + statSync(grown[1]!).size + statSync(grown[2]!).size).toBeGreaterThan(4 * BATCH_BYTES);
    expect(statSync(grown[2]!).size).toBeLessThan(WHOLE_FILE_BYTES);
    const control = new Int32Array(new SharedArrayBuffer(12));
    control[2] = 1 << 30;
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER, { workerData: { reader: { control: control.buffer, port: port2 } }, transferList: [port2] });
    port1.postMessage({ files: grown, maxBytes: MAX_BYTES, config: EMPTY_CONFIG });
    expect(await new Promise((resolve) => worker.once('exit', resolve))).toBe(0);
    const batches: ReadBatch[] = [];
    for (let m = receiveMessageOnPort(port1); m !== undefined; m = receiveMessageOnPort(port1)) batches.push(m.message as ReadBatch);
    port1.close();
    expect(batches).toHaveLength(1);
    const [b] = batches as [ReadBatch];
    expect([...b.index]).toEqual([0, 1, 2]);
    const engine = createEngine({ byteGateAfter: 0 });
    for (let k = 0; k < 3; k++) {
      const [start, end, vs, ve] = [...b.spans.subarray(4 * k, 4 * k + 4)];
      const bytes = Buffer.from(b.bytes.subarray(start, end));
      expect(bytes.equals(readFileSync(grown[k]!))).toBe(true);
      expect([...b.verdicts!.subarray(vs, ve)]).toEqual([...engine.fileVerdicts(bytes)!]);
    }
    expect(b.spans[7]! - b.spans[2]!).toBeGreaterThan(BATCH_BYTES / 32);
  });

  it('waits for its work after it starts, and a reader stopped before any comes exits', async () => {
    const reader = startReader(WORKER, 4);
    const exited = new Promise<number>((resolve) => reader.worker.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reader.exited).toBe(false);
    expect(Atomics.load(reader.control, 0)).toBe(0); // no file taken
    stopReader(reader);
    await exited;
    expect(reader.exited).toBe(true);
    expect(reader.failure).toBeNull();
  });

  it('cuts lines as the tree read does: CR before LF dropped, lone CR kept, UTF-8 decoded, the last line without LF', () => {
    const line = lineTexts(Buffer.from('a\r\nb\rc\n\nd'));
    expect([0, 1, 2, 3].map(line)).toEqual(['a', 'b\rc', '', 'd']);
    const skip = lineTexts(Buffer.from('é=1\r\nx\ny ü\r\n'));
    expect([0, 2].map(skip)).toEqual(['é=1', 'y ü']);
    const invalid = lineTexts(Buffer.from([0x61, 0xff, 0x0a, 0x62]));
    expect([0, 1].map(invalid)).toEqual(['a\ufffd', 'b']);
  });

  it('decodes each line it is asked for from its own bytes, as the whole file decoded and cut at its line ends reads', () => {
    // Files of ASCII, two-, three- and four-byte characters, a byte order mark, CR LF, lone CR,
    // and bytes that are not UTF-8 (a lone continuation byte, a character cut by the line's end,
    // an overlong form, a surrogate's encoding), in random lines: lineTexts asked for some lines
    // must give what the file decoded whole (as the main thread decodes it) gives for them.
    const pieces = ['a', 'key = "v"', 'é', '€', '😀', '\r', ' ', 'ü1'].map((t) => Buffer.from(t, 'utf8'));
    const bad = [[0x80], [0xe2, 0x82], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0xf0, 0x9f, 0x98]].map((b) => Buffer.from(b));
    let seed = 7;
    const rand = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    let checked = 0;
    for (let f = 0; f < 300; f++) {
      const parts: Buffer[] = f % 5 === 0 ? [Buffer.from([0xef, 0xbb, 0xbf])] : [];
      const lineCount = 1 + rand(12);
      for (let l = 0; l < lineCount; l++) {
        for (let k = rand(6); k > 0; k--) parts.push(f % 3 === 0 && rand(4) === 0 ? bad[rand(bad.length)]! : pieces[rand(pieces.length)]!);
        if (l < lineCount - 1 || rand(2) === 0) parts.push(Buffer.from(rand(3) === 0 ? '\r\n' : '\n'));
      }
      const whole = Buffer.concat(parts);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(whole);
      const expected = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n').map((t) => (t.endsWith('\r') ? t.slice(0, -1) : t));
      const line = lineTexts(whole);
      // Lines asked for in increasing order, some skipped, as the reader asks.
      for (let i = 0; i < expected.length; i += 1 + rand(2)) {
        expect(line(i), `file ${f} line ${i}`).toBe(expected[i]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('runs at most MAX_AHEAD batches ahead of the main thread', async () => {
    expect(MAX_AHEAD).toBe(8);
    // 300 small files: 10 batches of BATCH_FILES files.
    const control = new Int32Array(new SharedArrayBuffer(12));
    const { port1, port2 } = new MessageChannel();
    const niceBefore = threadNices();
    const worker = new Worker(WORKER, { workerData: { reader: { control: control.buffer, port: port2 } }, transferList: [port2] });
    // Nothing is read before the work comes.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(Atomics.load(control, 0)).toBe(0);
    port1.postMessage({ files, maxBytes: MAX_BYTES, config: EMPTY_CONFIG });
    const until = async (what: () => boolean): Promise<void> => {
      for (let t = 0; t < 500 && !what(); t++) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    try {
      await until(() => Atomics.load(control, 1) >= MAX_AHEAD);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(Atomics.load(control, 1)).toBe(MAX_AHEAD);
      // The reader runs at the lowest priority (its thread is the one new thread at nice 19).
      const niceNow = threadNices();
      expect([...niceNow].filter(([tid, nice]) => nice === 19 && !niceBefore.has(tid))).toHaveLength(1);
      // The main thread scanned one: one more comes.
      Atomics.store(control, 2, 1);
      Atomics.notify(control, 2);
      await until(() => Atomics.load(control, 1) > MAX_AHEAD);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(Atomics.load(control, 1)).toBe(MAX_AHEAD + 1);
      // All scanned: the rest.
      Atomics.store(control, 2, 1 << 20);
      Atomics.notify(control, 2);
      await new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      let batches = 0;
      for (let m = receiveMessageOnPort(port1); m !== undefined; m = receiveMessageOnPort(port1)) batches++;
      expect(batches).toBe(Atomics.load(control, 1));
      expect(batches).toBeGreaterThan(MAX_AHEAD + 1);
      expect(threadNices().get(process.pid)).toBe(niceBefore.get(process.pid));
    } finally {
      port1.close();
      await worker.terminate();
    }
  });
});
