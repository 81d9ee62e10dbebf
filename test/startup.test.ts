// The start-up loader (dist/cli.js, src/startup/loader.ts) runs the bundle from the build's V8
// code cache when it fits, and otherwise compiles it and keeps a per-user cache: whatever state
// the caches are in, the CLI prints the same output and exits with the same code.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synth } from '../src/detect/synthetic.js';
import { makeRepo, makeTempDir, PROJECT_ROOT, run, type Repo, type RunResult } from './helpers/git-repo.js';

const CACHE = 'secret-scan.v8cache';
const BUNDLE = 'secret-scan.cjs';

let repo: Repo;
let work: string;
let install = 0;
let reference: Record<string, RunResult>;

const CASES: Record<string, string[]> = {
  staged: ['--staged'],
  json: ['--staged', '--format', 'json', '--no-redact'],
  version: ['--version'],
  help: ['--help'],
  usage: ['--staged', '--history'],
};

/** A copy of the built CLI (dist/ and the package.json it reads its version from) that a test may damage. */
function copyCli(): { dist: string; xdg: string } {
  const root = join(work, `install-${++install}`);
  cpSync(join(PROJECT_ROOT, 'dist'), join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'package.json'), readFileSync(join(PROJECT_ROOT, 'package.json')));
  return { dist: join(root, 'dist'), xdg: join(root, 'xdg-cache') };
}

/** Runs the CLI the way the hook does (plain `node`, no NODE_OPTIONS), with its own per-user cache dir. */
function cli(dist: string, xdg: string, args: string[], nodeArgs: string[] = []): RunResult {
  const env = { XDG_CACHE_HOME: xdg, NODE_OPTIONS: '', NO_COLOR: '1' };
  return run(process.execPath, [...nodeArgs, join(dist, 'cli.js'), ...args], repo.dir, env);
}

function userCaches(xdg: string): string[] {
  const dir = join(xdg, 'secret-scan');
  return existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : [];
}

/** The output without the scan's duration, the one part that differs between runs. */
function stable(r: RunResult): RunResult {
  const t = (s: string) => s.replace(/("durationMs": )\d+/g, '$1N').replace(/\b\d+(\.\d+)? ?m?s\b/g, 'N ms');
  return { code: r.code, stdout: t(r.stdout), stderr: t(r.stderr) };
}

/** Every case gives the output and exit code of the untouched build. */
function expectSameOutput(dist: string, xdg: string, nodeArgs: string[] = []): void {
  for (const [name, args] of Object.entries(CASES)) {
    const r = stable(cli(dist, xdg, args, nodeArgs));
    expect({ name, ...r }).toEqual({ name, ...stable(reference[name]) });
  }
}

beforeAll(() => {
  work = makeTempDir('secret-scan-startup-');
  repo = makeRepo();
  repo.write('app.py', 'import os\n\nPORT = int(os.environ.get("PORT", "8080"))\n');
  repo.git('add', '.');
  repo.git('commit', '-q', '--no-verify', '-m', 'base');
  repo.write('settings.py', `DEBUG = False\nSECRET_KEY = '${synth('hex', 64, 'startup-test')}'\n`);
  repo.git('add', '.');
  const { dist, xdg } = copyCli();
  reference = Object.fromEntries(Object.entries(CASES).map(([name, args]) => [name, cli(dist, xdg, args)]));
});

afterAll(() => {
  repo.cleanup();
  rmSync(work, { recursive: true, force: true });
});

describe('the reference runs', () => {
  it('find the staged secret, print help and version, and reject a bad command line in one line', () => {
    expect(reference.staged.code).toBe(1);
    expect(reference.staged.stdout).toContain('settings.py:2');
    expect(JSON.parse(reference.json.stdout).findings).toHaveLength(1);
    expect(reference.version).toMatchObject({ code: 0, stdout: `${JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version}\n` });
    expect(reference.help.stdout).toContain('--staged');
    expect(reference.usage.code).toBe(2);
    expect(reference.usage.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('start-up from the code cache', () => {
  it('uses the cache the build made: no per-user cache is written', () => {
    const { dist, xdg } = copyCli();
    expect(statSync(join(dist, CACHE)).size).toBeGreaterThan(100_000);
    expectSameOutput(dist, xdg);
    expect(userCaches(xdg)).toEqual([]);
  });

  it('compiles without a cache when it is missing, then keeps one per user and uses it', () => {
    const { dist, xdg } = copyCli();
    rmSync(join(dist, CACHE));
    expectSameOutput(dist, xdg);
    const [made, ...more] = userCaches(xdg);
    expect(more).toEqual([]);
    const madeAt = statSync(made).mtimeMs;
    expectSameOutput(dist, xdg);
    // Accepted the second time, so not rewritten.
    expect(statSync(made).mtimeMs).toBe(madeAt);
  });

  it('falls back when the cache payload is damaged but its header is intact', () => {
    const { dist, xdg } = copyCli();
    const raw = readFileSync(join(dist, CACHE));
    for (let i = raw.length >> 1; i < (raw.length >> 1) + 400; i++) raw[i] ^= 0x5a;
    writeFileSync(join(dist, CACHE), raw);
    expectSameOutput(dist, xdg);
    expect(userCaches(xdg)).toHaveLength(1);
  });

  it('falls back when the cache is truncated or is not a cache at all', () => {
    const { dist, xdg } = copyCli();
    const raw = readFileSync(join(dist, CACHE));
    writeFileSync(join(dist, CACHE), raw.subarray(0, raw.length - 1000));
    expectSameOutput(dist, xdg);
    writeFileSync(join(dist, CACHE), Buffer.alloc(4096, 7));
    rmSync(join(xdg, 'secret-scan'), { recursive: true, force: true });
    expectSameOutput(dist, xdg);
  });

  it('ignores a cache made for another build of the bundle', () => {
    const { dist, xdg } = copyCli();
    const bundle = readFileSync(join(dist, BUNDLE), 'latin1');
    // Same length, other build id: V8 alone would accept the cache.
    writeFileSync(join(dist, BUNDLE), bundle.replace(/^(\/\/ secret-scan build )(.)/, (_, p: string, c: string) => p + (c === 'a' ? 'b' : 'a')), 'latin1');
    expectSameOutput(dist, xdg);
    expect(userCaches(xdg)).toHaveLength(1);
  });

  it('leaves the shipped cache alone when V8 rejects it, and keeps a per-user one instead', () => {
    const { dist, xdg } = copyCli();
    // A well-formed file for this build and runtime whose payload V8 refuses (made for other source).
    const buildId = readFileSync(join(dist, BUNDLE), 'latin1').split('\n')[0].split(' ')[3];
    const data = new Script('"another script"').createCachedData();
    const line = `secret-scan-code-cache ${buildId} ${process.version} ${process.arch} 811c9dc5 ${data.length} ${crc32(data)}`;
    // The loader's header is padded to a multiple of 8 bytes (so the payload is aligned).
    const shipped = Buffer.concat([Buffer.from(`${line}${' '.repeat(7 - (line.length % 8))}\n`, 'latin1'), data]);
    writeFileSync(join(dist, CACHE), shipped);
    expectSameOutput(dist, xdg);
    expect(readFileSync(join(dist, CACHE)).equals(shipped)).toBe(true);
    expect(userCaches(xdg)).toHaveLength(1);
  });

  it('decodes a bundle the build marked as UTF-8 (not ASCII) as UTF-8', () => {
    const { dist, xdg } = copyCli();
    const bundle = readFileSync(join(dist, BUNDLE), 'utf8');
    const usage = 'Finds secrets before they are committed.';
    expect(bundle).toContain(usage);
    const marked = bundle.replace(/^(\/\/ secret-scan build \S+) latin1\n/, '$1 utf8\n');
    expect(marked).not.toBe(bundle);
    writeFileSync(join(dist, BUNDLE), marked.replace(usage, 'Finds secrets before they are committed…'), 'utf8');
    const help = cli(dist, xdg, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.split('\n')[0]).toBe('Finds secrets before they are committed…');
  });

  it('keeps a separate per-user cache when node runs with other V8 options', () => {
    const { dist, xdg } = copyCli();
    expectSameOutput(dist, xdg, ['--stack-size=2000']);
    expect(userCaches(xdg)).toHaveLength(1);
  });

  it('still runs when the per-user cache cannot be written', () => {
    const { dist, xdg } = copyCli();
    rmSync(join(dist, CACHE));
    mkdirSync(join(xdg, '..'), { recursive: true });
    writeFileSync(xdg, 'a file where the cache directory would be');
    expectSameOutput(dist, xdg);
  });
});

describe('the shipped bundles', () => {
  it('read no `performance` global: its first read loads perf_hooks, which node compiles without its code cache once a V8 flag is set', () => {
    for (const file of [BUNDLE, 'detect-worker.js']) {
      const text = readFileSync(join(PROJECT_ROOT, 'dist', file), 'latin1');
      expect([file, /\bperformance\b/.exec(text)?.[0]]).toEqual([file, undefined]);
      expect(text).toContain('__ssClock.now()');
    }
  });
});

describe("the build's rewrite of non-ASCII characters in regular expressions", () => {
  it('keeps what each regular expression matches and leaves strings and tagged templates alone', async () => {
    const { asciiRegExps } = (await import('../scripts/build.mjs')) as { asciiRegExps: (text: string) => Promise<string> };
    const src = 'return [/^[x*•#]+$/i, /…{3}|•/, /[𝒳•]/u, /𝒳+/v, String.raw`a•b`, "•"];';
    const out = await asciiRegExps(src);
    expect(out).toBe(String.raw`return [/^[x*\u2022#]+$/i, /\u2026{3}|\u2022/, /[\ud835\udcb3\u2022]/u, /\ud835\udcb3+/v, String.raw` + '`a•b`, "•"];');
    const before = new Function(src)() as [RegExp, RegExp, RegExp, RegExp, string, string];
    const after = new Function(out)() as typeof before;
    for (const s of ['x•#', 'x*', '………', '……', '•', '𝒳', '𝒳𝒳', '\ud835', 'abc']) {
      for (let i = 0; i < 4; i++) expect([i, s, after[i].test(s)]).toEqual([i, s, before[i].test(s)]);
    }
    expect(after.slice(4)).toEqual(['a•b', '•']);
  });
});

describe('the rule catalog as the shipped CLI builds it', () => {
  it('has the same rules in the same order, each built the same, with no samples', async () => {
    const { buildRuntimeCatalog } = (await import('../scripts/build.mjs')) as { buildRuntimeCatalog: (outfile: string) => Promise<string> };
    const { providerRules } = await import('../src/detect/rules/index.js');
    const dir = makeTempDir('secret-scan-catalog-');
    try {
      const file = await buildRuntimeCatalog(join(dir, 'catalog.mjs'));
      const text = readFileSync(file, 'utf8');
      const shipped = (await import(pathToFileURL(file).href)).providerRules as typeof providerRules;
      expect(shipped.map((r) => r.id)).toEqual(providerRules.map((r) => r.id));
      expect(new Set(shipped).size).toBe(providerRules.length);
      for (const [i, rule] of providerRules.entries()) {
        const s = shipped[i]!;
        expect({ id: s.id, keywords: s.keywords, description: s.description, source: s.pattern.source, flags: s.pattern.flags, severity: s.severity, requireRandom: s.requireRandom, remediation: s.remediation, validates: typeof s.validate }).toEqual({
          id: rule.id,
          keywords: rule.keywords,
          description: rule.description,
          source: rule.pattern.source,
          flags: rule.pattern.flags,
          severity: rule.severity,
          requireRandom: rule.requireRandom,
          remediation: rule.remediation,
          validates: typeof rule.validate,
        });
        // The validators decide the rule's own samples alike (the positive ones pass).
        if (rule.validate) {
          for (const line of rule.samples().positive) {
            const m = rule.pattern.exec(line);
            if (!m) continue;
            const secret = m.groups?.secret ?? m[1] ?? m[0];
            expect([rule.id, line, s.validate!(secret, s.pattern.exec(line)!)]).toEqual([rule.id, line, rule.validate(secret, m)]);
          }
        }
        expect(s.samples).toBeUndefined();
      }
      // No sample text: the positive samples' secrets are generated by the synthetic module, left out.
      expect(text).not.toMatch(/\bpositive\s*:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the word tables as the shipped CLI loads them', () => {
  it('are the same tables as english.ts, read from the file next to the bundle, and not in the bundle', async () => {
    const english = await import('../src/detect/randomness/english.js');
    expect(english.MAX_WORD_LENGTH).toBe(english.WORDS_BY_LENGTH.length - 1);
    expect(english.lexicon()).toEqual({ words: english.WORDS_BY_LENGTH, costs: english.COST_BY_LENGTH, prefix2: english.PREFIX2, prefix3: english.PREFIX3 });
    const shipped: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, 'dist', 'english-lexicon.json'), 'latin1'));
    expect(shipped).toEqual(english.lexicon());
    // The longest record (words of 8 letters) is in the file only.
    const longest = english.WORDS_BY_LENGTH.reduce((a, b) => (b.length > a.length ? b : a));
    expect(readFileSync(join(PROJECT_ROOT, 'dist', BUNDLE), 'latin1')).not.toContain(longest.slice(0, 200));
  });
});
