// The shipped entry point (built to dist/cli.js, CommonJS): runs the bundled CLI
// (dist/secret-scan.cjs) from a V8 code cache so the pre-commit hook does not parse and compile
// half a megabyte of JavaScript on every commit. Any cache problem falls back to a plain compile.
// For the hook's command line it first asks the hook gate (hook-gate.ts, dist/hook-gate.js)
// whether the staged diff can hold a finding at all, and exits 0 without the CLI when not.

import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type * as NodeModule from 'node:module';
import { basename, dirname, join } from 'node:path';
import type * as NodeV8 from 'node:v8';
import type * as NodeVm from 'node:vm';
import type * as NodeZlib from 'node:zlib';
import { startStagedGitEarly } from '../sources/staged-git.js';
import { startLogEarly, wantsEarlyLog } from '../sources/history-log.js';

// Names shared with scripts/build.mjs.
const BUNDLE_NAME = 'secret-scan.cjs';
const HOOK_GATE_NAME = 'hook-gate.js';
const CACHE_NAME = 'secret-scan.v8cache';
/** Set by the build's warm-up runs: read and then (re)write the cache at this path. */
const BUILD_CACHE_ENV = 'SECRET_SCAN_BUILD_CODE_CACHE';
const MAGIC = 'secret-scan-code-cache';
const USER_CACHES_KEPT = 8;

// V8 checks its version, flags and the source length, but not the source text nor (in release
// builds) the payload: a stale or damaged cache would run old code or abort the process. So the
// header names the bundle's build id, the runtime, and the payload's length and CRC-32. It is
// padded with spaces to a multiple of 8 bytes: V8 copies a payload that is not 8-byte aligned
// (half a megabyte, and as many fresh pages), and the file's buffer itself is.
function header(tag: string, data: Buffer, crc32: (b: Buffer) => number): string {
  const line = `${MAGIC} ${tag} ${data.length} ${crc32(data)}`;
  return `${line}${' '.repeat(7 - (line.length % 8))}\n`;
}

/**
 * A file's bytes, read into `into` when they fit. The code cache is read into the memory the
 * bundle's text was read into (decoded to a string by then): ~90 fewer fresh pages, each a page
 * fault when first touched, which on a virtual machine costs as much as thousands of instructions.
 */
function readWhole(file: string, into?: Buffer): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const buf = into && into.length >= size ? into : Buffer.allocUnsafeSlow(size);
    let n = 0;
    for (let r = 1; n < size && r > 0; n += r) r = readSync(fd, buf, n, size - n, null);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function readCache(file: string, tag: string, crc32: (b: Buffer) => number, into: Buffer): Buffer | undefined {
  let raw: Buffer;
  try {
    raw = readWhole(file, into);
  } catch {
    return undefined;
  }
  const nl = raw.indexOf(10);
  if (nl < 0 || nl > 512) return undefined;
  const data = raw.subarray(nl + 1);
  return raw.toString('latin1', 0, nl + 1) === header(tag, data, crc32) ? data : undefined;
}

function writeCache(file: string, tag: string, data: Buffer, crc32: (b: Buffer) => number): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(header(tag, data, crc32), 'latin1'), data]));
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** A small, stable key for the V8 options this process runs with (they change V8's flag hash). */
function flagsKey(flags: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < flags.length; i++) h = Math.imul(h ^ flags.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

/** Per-user cache for runtimes the shipped cache was not made for (another Node, V8 options). */
function userCacheDir(): string | null {
  // The README's opt-out: nothing is read from or written to the user's cache directory.
  if (process.env.SECRET_SCAN_NO_USER_CACHE) return null;
  const base = process.env.XDG_CACHE_HOME || (process.env.HOME ? join(process.env.HOME, '.cache') : '');
  return base ? join(base, 'secret-scan') : null;
}

/** Keeps the newest few caches: one per build, Node version and V8 options seen, never many. */
function pruneUserCaches(dir: string, keep: string): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.v8cache') && f !== keep)
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of files.slice(USER_CACHES_KEPT - 1)) rmSync(join(dir, f), { force: true });
}

/**
 * Whether the hook gate (hook-gate.ts, its own small bundle) finds that the staged diff cannot
 * hold a finding. A gate that is missing or fails leaves the answer to the CLI.
 */
function hookGateClean(settled: { readonly root: string; readonly diff: Buffer }): boolean {
  try {
    const gate = require(join(__dirname, HOOK_GATE_NAME)) as typeof import('./hook-gate.js');
    return gate.stagedDiffIsClean(settled.root, settled.diff);
  } catch {
    return false;
  }
}

function main(): void {
  // The pre-commit hook's command: its one git call is made before the CLI loads (staged-git.ts).
  const hook = process.argv.length === 3 && process.argv[2] === '--staged';
  if (hook) {
    const early = startStagedGitEarly(process.cwd());
    // A staged diff no detector would look at: the scan's answer is exit 0 and no output, given
    // here without reading, compiling or running the CLI (hook-gate.ts). Left at once, as the
    // CLI leaves (4 ms sooner than letting node wind down on its own).
    if (early.settled && hookGateClean(early.settled)) process.exit(0);
  }
  // A whole history's scan: its git log, the scan's long pole, starts before the CLI loads.
  else if (wantsEarlyLog(process.argv.slice(2))) startLogEarly(process.cwd());
  loadCli(hook);
}

/**
 * Reads, compiles (from the code cache) and runs the CLI's bundle. The built-ins only this needs
 * are loaded here, after the hook gate, which answers without them (~3 ms of module loading).
 */
function loadCli(hook: boolean): void {
  const { createRequire } = require('node:module') as typeof NodeModule;
  const { setFlagsFromString } = require('node:v8') as typeof NodeV8;
  const { Script } = require('node:vm') as typeof NodeVm;
  const { crc32: zlibCrc32 } = require('node:zlib') as typeof NodeZlib;
  const dir = __dirname;
  const bundle = join(dir, BUNDLE_NAME);
  // The build writes `// secret-scan build <hash of the bundle> <latin1|utf8>` as the first line:
  // latin1 when the bundle is ASCII, which it decodes without UTF-8's validation pass (1 ms).
  const text = readWhole(bundle);
  const [, , , buildId = '', encoding] = text.toString('latin1', 0, Math.max(0, text.indexOf(10))).split(' ');
  const source = text.toString(encoding === 'latin1' ? 'latin1' : 'utf8');
  // zlib.crc32 arrived in Node 20.15: without it the cache cannot be checked, so it is not used.
  const crc32 = zlibCrc32 as ((b: Buffer) => number) | undefined;
  const forBuild = process.env[BUILD_CACHE_ENV];
  let cached: Buffer | undefined;
  let fresh: string | null = null;
  let tag = '';
  if (buildId && crc32) {
    const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim();
    tag = `${buildId} ${process.version} ${process.arch} ${flagsKey(flags)}`;
    const users = userCacheDir();
    const user = users ? join(users, `${buildId}-${process.version}-${process.arch}-${flagsKey(flags)}.v8cache`) : null;
    // A user cache exists only where the shipped one did not fit: try it first.
    const candidates = forBuild ? [forBuild] : [user, flags === '' ? join(dir, CACHE_NAME) : null];
    for (const file of candidates) if (file && !cached) cached = readCache(file, tag, crc32, text);
    // Where a cache made by this run goes: never over the shipped one, except by the build.
    fresh = forBuild || user;
  }
  // The bundle is a function expression taking CommonJS's module arguments (see scripts/build.mjs).
  const script = new Script(source, { filename: bundle, ...(cached ? { cachedData: cached } : {}) });
  const target = fresh && (forBuild || !cached || script.cachedDataRejected) ? fresh : null;
  if (target && crc32) {
    // At exit, so the functions this run compiled lazily are in the cache too.
    process.once('exit', () => {
      try {
        if (!forBuild) {
          mkdirSync(dirname(target), { recursive: true });
          pruneUserCaches(dirname(target), basename(target));
        }
        writeCache(target, tag, script.createCachedData(), crc32);
      } catch {
        // A cache that cannot be written only costs start-up time.
      }
    });
  }
  // A hook run lives ~30 ms: optimizing compilers started in it only make the exit wait for
  // their background jobs (measured 2-3 ms). A 15x larger tier-up budget keeps them for code
  // that is really hot (a huge staged diff). Only when this run writes no cache: V8 stamps a
  // cache with a hash of its flags and rejects it under others.
  if (hook && !target) setFlagsFromString('--interrupt-budget=1000000');
  const mod = { exports: {} };
  (script.runInThisContext() as (...a: unknown[]) => void).call(mod.exports, mod.exports, createRequire(bundle), mod, bundle, dir);
}

main();
