// Builds the shipped CLI as an esbuild bundle: dist/cli.js and dist/detect-worker.js (the worker
// thread entry, found next to the CLI). One file each: measured 3 ms faster to start than
// split chunks, since --staged needs the engine and rules, which are nearly all of the code.
// Usage: node scripts/build.mjs [outdir]   (default: dist)

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

export async function buildCli(outdir = join(root, 'dist')) {
  for (const stale of ['cli.js', 'detect-worker.js']) rmSync(join(outdir, stale), { force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli.ts', 'detect-worker': 'src/parallel/detect-worker.ts' },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // yargs and simple-git ship CommonJS parts that call require(): give the ESM bundle one.
    banner: { js: "import { createRequire as __ssCreateRequire } from 'node:module'; const require = __ssCreateRequire(import.meta.url);" },
    // simple-git serves `init` only (a dynamic import): left in node_modules, it stays off the
    // start-up path of every other command instead of adding ~170 KB to parse.
    external: ['simple-git'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  // The CLI reads its version from ../package.json: give a build outside dist/ one too.
  const pkg = join(outdir, '..', 'package.json');
  if (!existsSync(pkg)) {
    const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    writeFileSync(pkg, JSON.stringify({ name, version, private: true, type: 'module' }) + '\n');
  }
  return outdir;
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
