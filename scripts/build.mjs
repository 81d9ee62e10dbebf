// Builds the shipped CLI with esbuild: dist/secret-scan.cjs (the whole CLI, one file: measured
// 3 ms faster to start than split chunks), its V8 code cache, dist/cli.js (the small entry that
// runs it from the cache, src/startup/loader.ts) and dist/detect-worker.js (the worker thread
// entry, found next to the bundle).
// Usage: node scripts/build.mjs [outdir]   (default: dist)

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild from the project's devDependencies, or from .cache/tools (npm install --prefix .cache/tools esbuild). */
async function esbuild() {
  try {
    return await import('esbuild');
  } catch {
    const local = join(root, '.cache/tools/node_modules/esbuild/lib/main.js');
    if (existsSync(local)) return (await import(local)).default;
    throw new Error('esbuild is not installed: npm install --save-dev esbuild');
  }
}

async function build(options) {
  return (await esbuild()).build(options);
}

// Names shared with src/startup/loader.ts, the dist/cli.js entry that runs the bundle.
const BUNDLE = 'secret-scan.cjs';
const CACHE = 'secret-scan.v8cache';
const BUILD_CACHE_ENV = 'SECRET_SCAN_BUILD_CODE_CACHE';

/**
 * Built-ins the staged path need not load (~1.4 ms for crypto, ~0.5 ms for assert here; the CLI's
 * bundle only, the worker's loads them as usual), as
 * wrappers that require them on first need. Each lists the functions the bundled code imports
 * from it (importing anything else fails the build), with the body of each wrapper.
 */
const LAZY_BUILTINS = {
  // Finding fingerprints: a clean commit has no findings.
  'node:crypto': {
    createHash: 'return load().createHash(...args);',
    // Salted fingerprints and new baselines' salts (src/config/fingerprint.ts).
    createHmac: 'return load().createHmac(...args);',
    randomBytes: 'return load().randomBytes(...args);',
  },
  // yargs' internal invariants, which hold: the real assert is only needed to throw its error.
  assert: {
    notStrictEqual: 'if (Object.is(args[0], args[1])) load().notStrictEqual(...args);',
    strictEqual: 'if (!Object.is(args[0], args[1])) load().strictEqual(...args);',
  },
};

const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const names = Object.keys(LAZY_BUILTINS);
    const filter = new RegExp(`^(${names.join('|')})$`);
    b.onResolve({ filter }, (a) => (a.namespace === 'lazy-builtin' ? { path: a.path, external: true } : { path: a.path, namespace: 'lazy-builtin' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (a) => ({
      loader: 'js',
      contents: [
        'let m;',
        `const load = () => (m ??= require(${JSON.stringify(a.path)}));`,
        ...Object.entries(LAZY_BUILTINS[a.path]).map(([f, body]) => `export function ${f}(...args) { ${body} }`),
      ].join('\n'),
    }));
  },
};

/** The rule catalog's files (src/detect/rules/**); index.ts lists the families in catalog order. */
const RULES_DIR = join(root, 'src/detect/rules');
const RULE_FILES = /[\\/]src[\\/]detect[\\/]rules[\\/][^\\/]+\.ts$/;
const CATALOG_INDEX = /[\\/]src[\\/]detect[\\/]rules[\\/]index\.ts$/;

/**
 * A catalog file without its rules' `samples` (evidence for the tests, test/detect/catalog.test.ts;
 * nothing on the scan path reads them), so the shipped bundle neither holds nor compiles them;
 * the helpers only they use are then left out by esbuild. `samplesParams` gives, per function of
 * the catalog files, the index of its parameter named `samples` (shared.ts `prefixed`): that
 * argument goes too. Returns TypeScript source.
 */
export async function withoutSamples(text, samplesParams) {
  const ts = (await import('typescript')).default;
  const file = ts.createSourceFile('rules.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent) && ts.isIdentifier(node.name) && node.name.text === 'samples') {
      edits.push([node.initializer.getStart(file), node.initializer.end]);
      return;
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && samplesParams.has(node.expression.text)) {
      const arg = node.arguments[samplesParams.get(node.expression.text)];
      if (arg) edits.push([arg.getStart(file), arg.end]);
      for (const a of node.arguments) if (a !== arg) visit(a);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let at = 0;
  for (const [start, end] of edits.sort((a, b) => a[0] - b[0])) {
    out += text.slice(at, start) + 'undefined';
    at = end;
  }
  return out + text.slice(at);
}

/** Per function declared in the catalog files: the index of its parameter named `samples`. */
async function samplesParameters() {
  const ts = (await import('typescript')).default;
  const found = new Map();
  for (const f of readdirSync(RULES_DIR).filter((n) => n.endsWith('.ts'))) {
    const file = ts.createSourceFile(f, readFileSync(join(RULES_DIR, f), 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node) => {
      if (ts.isFunctionDeclaration(node) && node.name) {
        const i = node.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === 'samples');
        if (i >= 0) found.set(node.name.text, i);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

/**
 * The families of src/detect/rules/index.ts in catalog order: its `providerRules` array spreads
 * each family's `rules` import. Returns [{ local, path }] with path relative to the rules folder.
 */
async function catalogFamilies() {
  const ts = (await import('typescript')).default;
  const text = readFileSync(join(RULES_DIR, 'index.ts'), 'utf8');
  const file = ts.createSourceFile('index.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const from = new Map();
  let order = null;
  for (const st of file.statements) {
    if (ts.isImportDeclaration(st) && !st.importClause?.isTypeOnly) {
      for (const el of st.importClause?.namedBindings?.elements ?? []) if ((el.propertyName ?? el.name).text === 'rules') from.set(el.name.text, st.moduleSpecifier.text);
    }
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (d.name.text === 'providerRules' && d.initializer && ts.isArrayLiteralExpression(d.initializer)) {
          order = d.initializer.elements.map((e) => (ts.isSpreadElement(e) && ts.isIdentifier(e.expression) ? e.expression.text : null));
        }
      }
    }
  }
  if (!order || order.some((n) => n === null || !from.has(n))) throw new Error('src/detect/rules/index.ts: providerRules must be the spread of each family\'s `rules` import');
  return order.map((local) => ({ local, path: from.get(local) }));
}

/** Bundles `contents` (TypeScript importing from the sources) to a scratch ES module and imports it. */
async function importSources(contents) {
  const scratch = mkdtempSync(join(tmpdir(), 'secret-scan-sources-'));
  try {
    const outfile = join(scratch, 'sources.mjs');
    await build({ absWorkingDir: root, stdin: { contents, resolveDir: root, loader: 'ts' }, outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The rules' ids and keywords per family, read from the catalog itself: what the prefilter
 * needs before any family is built.
 */
async function catalogManifest(families) {
  const m = await importSources(families.map((f, i) => `export { rules as f${i} } from './src/detect/rules/${f.path}';`).join('\n'));
  return families.map((_, i) => m[`f${i}`].map((r) => [r.id, [...r.keywords]]));
}

const ENGLISH = /[\\/]src[\\/]detect[\\/]randomness[\\/]english\.ts$/;
const LEXICON_FILE = 'english-lexicon.json';

/**
 * english.ts as the shipped CLI loads it: the small tables inline, the word tables (lexicon(),
 * ~150 KB) read from LEXICON_FILE next to the bundle the first time a value is judged. So they
 * are neither in the bundle's text nor in its code cache, and a hook run that judges no value
 * never reads them. Returns the module's source and the file's text.
 */
export async function runtimeEnglish() {
  const e = await importSources("export * from './src/detect/randomness/english.ts';");
  if (e.MAX_WORD_LENGTH !== e.WORDS_BY_LENGTH.length - 1) throw new Error('english.ts: MAX_WORD_LENGTH is not the last index of WORDS_BY_LENGTH');
  const source = `// Generated by scripts/build.mjs (runtimeEnglish) from src/detect/randomness/english.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lexicon } from ${JSON.stringify(join(root, 'src/detect/randomness/english.ts'))};

declare const __dirname: string;
export const BIGRAM_COST: readonly number[] = ${JSON.stringify(e.BIGRAM_COST)};
export const MAX_WORD_LENGTH = ${e.MAX_WORD_LENGTH};
let lex: Lexicon | undefined;
export function lexicon(): Lexicon {
  return (lex ??= JSON.parse(readFileSync(join(__dirname, ${JSON.stringify(LEXICON_FILE)}), 'latin1')) as Lexicon);
}
`;
  return { source, lexicon: JSON.stringify(e.lexicon()) };
}

/**
 * The catalog index the shipped CLI loads instead of src/detect/rules/index.ts: the same rules in
 * the same order, each known by its id and keywords (all the prefilter reads) until something
 * else of it is read. Then its family's module runs, building that family's rules (patterns,
 * validators) only: a hook run builds the families whose keywords its staged lines hold.
 */
export function lazyCatalogSource(families, manifest) {
  const fields = ['description', 'pattern', 'severity', 'requireRandom', 'validate', 'remediation', 'samples'];
  return `// Generated by scripts/build.mjs (lazyCatalogSource) from src/detect/rules/index.ts.
import type { ProviderRule } from './rule.js';

declare const require: (path: string) => { rules: readonly ProviderRule[] };
const FAMILIES: (() => readonly ProviderRule[])[] = [
${families.map((f) => `  () => require(${JSON.stringify(f.path)}).rules,`).join('\n')}
];
const built: (readonly ProviderRule[] | undefined)[] = [];

class CatalogRule {
  constructor(
    readonly id: string,
    readonly keywords: readonly string[],
    private readonly family: number,
    private readonly at: number,
  ) {}
  private get rule(): ProviderRule {
    const r = (built[this.family] ??= FAMILIES[this.family]!())[this.at];
    if (r?.id !== this.id) throw new Error(\`rule catalog out of step with its build: \${this.id}\`);
    return r;
  }
${fields.map((f) => `  get ${f}(): ProviderRule['${f}'] {\n    return this.rule.${f};\n  }`).join('\n')}
}

// Per family, its rules' ids and keywords, one after the other: [id, keywords, id, keywords, …].
const MANIFEST: readonly (readonly (string | readonly string[])[])[] = ${JSON.stringify(manifest.map((rules) => rules.flat(1)))};

// Plain loops: this runs once per process, in the interpreter, before anything is warm.
const rules: ProviderRule[] = [];
for (let family = 0; family < MANIFEST.length; family++) {
  const list = MANIFEST[family]!;
  for (let i = 0; i < list.length; i += 2) rules.push(new CatalogRule(list[i] as string, list[i + 1] as readonly string[], family, i >> 1) as ProviderRule);
}
export const providerRules: readonly ProviderRule[] = rules;
`;
}

/** The shipped CLI's english.ts (runtimeEnglish), and the lexicon file to write next to the bundle. */
let english;

const runtimeEnglishTables = {
  name: 'runtime-english',
  setup(b) {
    b.onLoad({ filter: ENGLISH }, async () => ({ loader: 'ts', contents: (english ??= await runtimeEnglish()).source, resolveDir: join(root, 'src/detect/randomness') }));
  },
};

const HOOK_WORDS_MODULE = /[\\/]src[\\/]startup[\\/]hook-words\.ts$/;
/** The rules' pattern texts the hook gate reads, one per line, beside its bundle. */
const HOOK_PATTERNS_FILE = 'hook-patterns.txt';
let hookPatterns;

/**
 * hook-words.ts as the hook gate's bundle holds it: the lists written out (the catalog's keywords
 * and the marker words, and which patterns settle each word, computed from the sources here), so
 * no rule object is in that bundle; the pattern texts go to HOOK_PATTERNS_FILE, read the first
 * time a diff holds a keyword (as a string in the bundle they took ~1.5 ms to compile at each start).
 */
const hookWords = {
  name: 'hook-words',
  setup(b) {
    b.onLoad({ filter: HOOK_WORDS_MODULE }, async () => {
      const m = await importSources("export { HOOK_MARKERS, HOOK_PATTERNS, HOOK_WORD_MARKERS, HOOK_WORDS, hookWordOpens, hookWordPatterns } from './src/startup/hook-words.ts';");
      // One string, split when loaded: quicker to compile than an array of 600 literals.
      if ([...m.HOOK_WORDS, ...m.HOOK_PATTERNS].some((w) => w.includes('\n'))) throw new Error('hook-words.ts: a word or pattern holds a newline');
      const list = (name) => `export const ${name}: readonly string[] = ${JSON.stringify(m[name].join('\n'))}.split('\\n');\n`;
      hookPatterns = m.HOOK_PATTERNS.join('\n');
      // Each word's patterns as `i,j` (empty for a marker word that is no rule's keyword), after a
      // `*` where a line holding the word goes to every detector outside a lockfile; parsed only
      // for the words a diff holds, once each (the gate asks again for each line holding the word).
      const entries = m.HOOK_WORDS.map((_, i) => `${m.hookWordOpens(i) ? '*' : ''}${m.hookWordPatterns(i).join(',')}`).join(';');
      const functions = `import { readFileSync } from 'node:fs';
import { join } from 'node:path';
declare const __dirname: string;
const entries = ${JSON.stringify(entries)}.split(';');
const parsed: (readonly number[])[] = [];
export function hookWordPatterns(word: number): readonly number[] {
  let p = parsed[word];
  if (p === undefined) {
    const e = entries[word]?.replace('*', '') ?? '';
    p = parsed[word] = e === '' ? [] : e.split(',').map(Number);
  }
  return p;
}
export function hookWordOpens(word: number): boolean {
  const e = entries[word];
  return e === undefined || e.charCodeAt(0) === 42;
}
let patterns: string[] | undefined;
export function hookPattern(i: number): string {
  return (patterns ??= readFileSync(join(__dirname, ${JSON.stringify(HOOK_PATTERNS_FILE)}), 'utf8').split('\\n'))[i]!;
}
`;
      return { loader: 'ts', contents: `// Generated by scripts/build.mjs (hookWords) from src/startup/hook-words.ts.\n${list('HOOK_WORDS')}${list('HOOK_MARKERS')}${list('HOOK_WORD_MARKERS')}${functions}` };
    });
  },
};

const HOOK_MARKERS_MODULE = /[\\/]src[\\/]startup[\\/]hook-markers\.ts$/;
/** hook-markers.ts's own bundle, beside the gate's. */
const HOOK_MARKERS_FILE = 'hook-markers.js';

/**
 * hook-markers.ts as the hook gate's bundle holds it: a stub that loads HOOK_MARKERS_FILE the
 * first time a diff holds a marker word read only as a word of a name, so the name rules' marker
 * scan and the section tracker are not compiled at every start (~1 ms).
 */
const hookMarkers = {
  name: 'hook-markers',
  setup(b) {
    b.onLoad({ filter: HOOK_MARKERS_MODULE }, () => ({
      loader: 'ts',
      contents: `// Generated by scripts/build.mjs (hookMarkers): src/startup/hook-markers.ts, loaded when first needed.
import { join } from 'node:path';
declare const __dirname: string;
declare const require: (id: string) => typeof import(${JSON.stringify(join(root, 'src/startup/hook-markers.ts'))});
let m: ReturnType<typeof require> | undefined;
const load = (): ReturnType<typeof require> => (m ??= require(join(__dirname, ${JSON.stringify(HOOK_MARKERS_FILE)})));
export function markerClosed(line: string): boolean {
  return load().markerClosed(line);
}
export function markersSettled(lines: readonly string[], files: readonly number[]): boolean {
  return load().markersSettled(lines, files);
}
`,
    }));
  },
};

const runtimeCatalog = {
  name: 'runtime-catalog',
  setup(b) {
    let params;
    let index;
    b.onLoad({ filter: RULE_FILES }, async (a) => {
      if (CATALOG_INDEX.test(a.path)) {
        if (!index) {
          const families = await catalogFamilies();
          index = lazyCatalogSource(families, await catalogManifest(families));
        }
        return { loader: 'ts', contents: index, resolveDir: RULES_DIR };
      }
      params ??= await samplesParameters();
      return { loader: 'ts', contents: await withoutSamples(readFileSync(a.path, 'utf8'), params) };
    });
  },
};

/**
 * CommonJS, because Node starts a CommonJS entry faster than an ES module and only a classic
 * script can use a V8 code cache. import.meta.url (yargs, the CLI's version, the worker's path)
 * becomes the bundle's own file URL; import() becomes require() since the loader's vm.Script has
 * no ES module loader behind it.
 */
const CJS = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: { 'dynamic-import': false },
  // `performance` is a clock here (its now() is all the sources use): the global's first read
  // loads perf_hooks, ten modules (3.5 M instructions), and once a V8 flag is set (the hook's
  // tier-up budget, the tree scan's inlining budget) node compiles them without its code cache
  // (13 M, a tenth of the hook's work). process.hrtime is monotonic too; only differences count.
  define: { 'import.meta.url': '__ssMeta.url', performance: '__ssClock', __SECRET_SCAN_VERSION__: JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version) },
  banner: { js: '"use strict";var __ssMeta={get url(){return this.u??=require("node:url").pathToFileURL(__filename).href}},__ssClock={now(){const t=process.hrtime();return t[0]*1e3+t[1]/1e6}};' },
  plugins: [lazyBuiltins, runtimeCatalog, runtimeEnglishTables],
  // simple-git serves `init` only: left in node_modules, it stays off the start-up path of
  // every other command instead of adding ~170 KB to parse.
  external: ['simple-git'],
  // yargs' help layout with word wrapping (src/help-layout.ts): cliui's ES module build wraps inside words.
  alias: { cliui: './src/help-layout.ts' },
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * The loader reads the bundle as latin1, 1 ms faster than UTF-8 for 540 KB, which decodes only
 * ASCII right. esbuild escapes non-ASCII characters in strings but not in regular expression
 * literals (•, … in placeholder checks) nor in tagged templates (where \u would change .raw).
 * In a regular expression \uXXXX means the same, per UTF-16 unit, so those are rewritten (found
 * with TypeScript's parser); a bundle still not ASCII is marked for UTF-8.
 */
export async function asciiRegExps(text) {
  const nonAscii = /[^\x00-\x7f]/;
  if (!nonAscii.test(text)) return text;
  const ts = (await import('typescript')).default;
  const file = ts.createSourceFile('bundle.js', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(file);
      const literal = text.slice(start, node.end);
      // Only an unescaped character can become \uXXXX (\• would turn into \\u2022).
      if (nonAscii.test(literal) && !/\\[^\x00-\x7f]/.test(literal)) {
        edits.push([start, node.end, literal.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let at = 0;
  for (const [start, end, replacement] of edits) {
    out += text.slice(at, start) + replacement;
    at = end;
  }
  return out + text.slice(at);
}

/** The hook gate's bundle (startup/hook-gate.ts), which the loader reads for `--staged` alone. */
const HOOK_GATE = 'hook-gate.js';
const OUTPUTS = ['package.json', BUNDLE, CACHE, LEXICON_FILE, 'detect-worker.js', HOOK_GATE, HOOK_PATTERNS_FILE, HOOK_MARKERS_FILE, 'cli.js'];

export async function buildCli(outdir = join(root, 'dist')) {
  // Built in a scratch dir inside outdir (ignored by git with it), then renamed into outdir file
  // by file: a hook or test running the CLI meanwhile never finds it missing, and a loader that
  // meets the other build's bundle or cache only loses the cache (build ids differ).
  const scratch = join(outdir, `.next-${process.pid}`);
  const next = join(scratch, 'dist');
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  try {
    // What the warm-up's `--version` lookup (../package.json) finds.
    const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name, version, private: true }) + '\n');
    // The .js files here are CommonJS whatever the package's "type".
    writeFileSync(join(next, 'package.json'), '{ "type": "commonjs" }\n');
    // Minified: a third less text to read, and smaller code cache to load.
    const main = await build({ ...CJS, entryPoints: ['src/cli.ts'], outfile: join(next, BUNDLE), write: false, minify: true });
    const text = await asciiRegExps(main.outputFiles[0].text.replace(/^#!.*\n/, ''));
    // Wrapped as Node wraps a CommonJS module, so the loader compiles the file's text as it is
    // (no 540 KB concatenation); the first line gives the build id a code cache must match and
    // how to decode the file.
    const wrapped = `(function (exports, require, module, __filename, __dirname) {${text}\n})`;
    const id = createHash('sha256').update(wrapped).digest('hex').slice(0, 20);
    const encoding = /[^\x00-\x7f]/.test(wrapped) ? 'utf8' : 'latin1';
    writeFileSync(join(next, BUNDLE), `// secret-scan build ${id} ${encoding}\n${wrapped}`);
    // The worker's built-ins load with its bundle, not lazily: the hook never starts a worker, and a
    // history worker changes V8's flags once its bundle is loaded, after which a built-in is
    // compiled from source instead of taken from node's code cache (crypto, at the first finding:
    // ~20 ms of a flask history scan's worker).
    await build({ ...CJS, plugins: CJS.plugins.filter((p) => p !== lazyBuiltins), entryPoints: ['src/parallel/detect-worker.ts'], outfile: join(next, 'detect-worker.js') });
    writeFileSync(join(next, LEXICON_FILE), (english ??= await runtimeEnglish()).lexicon);
    await build({ ...CJS, plugins: [hookWords, hookMarkers], entryPoints: ['src/startup/hook-gate.ts'], outfile: join(next, HOOK_GATE), minify: true });
    await build({ ...CJS, plugins: [], entryPoints: ['src/startup/hook-markers.ts'], outfile: join(next, HOOK_MARKERS_FILE), minify: true });
    writeFileSync(join(next, HOOK_PATTERNS_FILE), hookPatterns);
    await build({ ...CJS, plugins: [], define: {}, banner: { js: '#!/usr/bin/env node' }, entryPoints: ['src/startup/loader.ts'], outfile: join(next, 'cli.js') });
    chmodSync(join(next, 'cli.js'), 0o755);
    // The CLI reads its version from ../package.json: give a build outside dist/ one too.
    const pkg = join(outdir, '..', 'package.json');
    if (!existsSync(pkg)) writeFileSync(pkg, JSON.stringify({ name, version, private: true, type: 'module' }) + '\n');
    warmCodeCache(next);
    for (const f of OUTPUTS) {
      if (existsSync(join(next, f))) renameSync(join(next, f), join(outdir, f));
      else rmSync(join(outdir, f), { force: true });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return outdir;
}

/**
 * Makes dist's V8 code cache by running the built CLI the way the pre-commit hook does, in a
 * scratch repository: a clean commit, then one with a finding, so the cache holds the functions
 * both compile (V8 compiles most functions lazily, on first call). Without git the CLI still
 * works, compiling at each start.
 */
function warmCodeCache(outdir) {
  const repo = mkdtempSync(join(tmpdir(), 'secret-scan-warm-'));
  const env = { ...process.env, [BUILD_CACHE_ENV]: join(outdir, CACHE), GIT_CONFIG_NOSYSTEM: '1' };
  // The cache is only valid for the V8 options it was made with: the hook runs plain `node`.
  delete env.NODE_OPTIONS;
  const run = (cmd, args) => spawnSync(cmd, args, { cwd: repo, env, encoding: 'utf8' });
  try {
    const code = (n) => Array.from({ length: 40 }, (_, i) => `def handler_${n}_${i}(request):\n    return render(request, "page_${i}.html", {"limit": ${i}})`).join('\n') + '\n';
    writeFileSync(join(repo, 'views.py'), code(1));
    // A marker word with no secret: the hook gate (startup/hook-gate.ts) leaves the commit to the
    // CLI, so the clean scan's functions are compiled into the cache too.
    writeFileSync(join(repo, 'app.js'), `import { serve } from './server.js';\nconst port = process.env.PORT ?? 8080;\nconst token = process.env.API_TOKEN;\nserve({ port, token, name: 'demo' });\n`);
    // A password-shaped value made here, so no secret-looking literal sits in this file.
    const fake = createHash('sha256').update('secret-scan code cache warm-up').digest('base64url').slice(0, 24);
    const steps = [
      [['git', ['init', '-q']], ['git', ['add', '.']], [process.execPath, [join(outdir, 'cli.js'), '--staged']], 0],
      [['git', ['add', '.']], null, [process.execPath, [join(outdir, 'cli.js'), '--staged']], 1],
    ];
    for (const [i, [first, second, scan, expected]] of steps.entries()) {
      if (i === 1) writeFileSync(join(repo, 'settings.py'), `DEBUG = False\nDB_PASSWORD = "${fake}"\n`);
      for (const [cmd, args] of [first, second].filter(Boolean)) {
        const r = run(cmd, args);
        if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.error?.message ?? r.stderr}`);
      }
      const r = run(...scan);
      if (r.status !== expected) throw new Error(`warm-up scan exited ${r.status}, expected ${expected}: ${r.stderr}`);
    }
    if (!existsSync(join(outdir, CACHE))) throw new Error('no code cache written');
  } catch (e) {
    rmSync(join(outdir, CACHE), { force: true });
    process.stderr.write(`build: no V8 code cache (${e instanceof Error ? e.message.trim() : e}); the CLI works, starting slower\n`);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

/**
 * Bundles named exports of TypeScript modules into one ESM file for scripts that run under plain
 * Node (benchmarks): `{ exportName: 'src/path.ts' }`.
 */
export async function buildModules(exports, outfile) {
  const byFile = new Map();
  for (const [name, file] of Object.entries(exports)) byFile.set(file, [...(byFile.get(file) ?? []), name]);
  const contents = [...byFile].map(([file, names]) => `export { ${names.join(', ')} } from './${file}';`).join('\n');
  await build({
    absWorkingDir: root,
    stdin: { contents, resolveDir: root, loader: 'ts' },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}

/** The catalog as the shipped CLI builds it (runtimeCatalog), as one ESM file exporting providerRules: for tests. */
export async function buildRuntimeCatalog(outfile) {
  await build({ ...CJS, format: 'esm', define: {}, banner: {}, plugins: [runtimeCatalog], entryPoints: ['src/detect/rules/index.ts'], outfile });
  return outfile;
}

/**
 * Bundles the rule catalog's samples and the synthetic generator for the bench's repository
 * generator (plain ESM cannot import the TypeScript sources).
 */
export function buildCatalog(outfile) {
  return buildModules(
    { providerRules: 'src/detect/rules/index.ts', synth: 'src/detect/synthetic.ts', prng: 'src/detect/synthetic.ts' },
    outfile,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildCli(process.argv[2] ? resolve(process.argv[2]) : undefined);
  process.stdout.write(`built ${out}/cli.js\n`);
}
