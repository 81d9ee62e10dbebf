// npm pack / npm publish hooks. `prepack` builds dist/ (the tarball ships it) and takes `prepare`
// out of the packed package.json, so installing the tarball runs no script and npm prints no
// install-script warning; `postpack` puts package.json back.
// Usage: node scripts/pack.mjs prepack|postpack
// Everything goes to stderr: `npm pack` prints the tarball's name on stdout, and tools (the
// pre-commit framework) read it from there.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = join(root, 'package.json');
/** package.json as it was before prepack; outside `files`, so never packed. */
const saved = join(root, '.cache', 'package.json.before-pack');

function restore() {
  if (existsSync(saved)) renameSync(saved, manifest);
}

function prepack() {
  // A pack that died between the two hooks left the stripped manifest behind: undo that first
  // (only then: a saved copy next to a manifest that has `prepare` is stale, and is dropped).
  if (existsSync(saved)) {
    if (JSON.parse(readFileSync(manifest, 'utf8')).scripts?.prepare) rmSync(saved);
    else restore();
  }
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const text = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(text);
  // `prepare` builds the CLI in a git checkout (this repository, or npm's clone for a git
  // dependency); a packed tarball already holds dist/, so it needs none.
  if (!pkg.scripts?.prepare) return;
  delete pkg.scripts.prepare;
  mkdirSync(dirname(saved), { recursive: true });
  writeFileSync(saved, text);
  writeFileSync(manifest, JSON.stringify(pkg, null, 2) + '\n');
}

const step = process.argv[2];
if (step === 'prepack') prepack();
else if (step === 'postpack') restore();
else {
  process.stderr.write('usage: node scripts/pack.mjs prepack|postpack\n');
  process.exit(2);
}
