// What a path's name alone says about a file, for the engine (file-context.ts) and for the hook
// gate (startup/hook-gate.ts), which must agree on it without loading the rest of file-context.

/** A path's last segment, lower case, and its extension after the last dot (none for a leading dot alone). */
export function nameParts(path: string): { baseName: string; ext: string } {
  const baseName = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = baseName.lastIndexOf('.');
  return { baseName, ext: dot > 0 ? baseName.slice(dot + 1) : '' };
}

/**
 * A file whose whole content may be a bare key (engine.ts keyFileMatch): `*.key`, Rails'
 * `master.key`, `.secret_key`. Its line need hold no keyword nor random shape (a 64-character hex
 * key has neither), so the line gate never skips a few-line fragment of one.
 */
export function isKeyFile(name: { readonly baseName: string; readonly ext: string }): boolean {
  return name.ext === 'key' || name.baseName === 'master.key' || name.baseName === '.secret_key' || name.baseName === 'secret_key';
}

/** Lockfiles by name (lower case); any other `*.lock` is one too. */
const LOCKFILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'deno.lock',
  'poetry.lock',
  'pipfile.lock',
  'pdm.lock',
  'uv.lock',
  'cargo.lock',
  'go.sum',
  'composer.lock',
  'gemfile.lock',
  'podfile.lock',
  'packages.lock.json',
  'flake.lock',
  'mix.lock',
  'pubspec.lock',
  'gradle.lockfile',
  'conda-lock.yml',
  'paket.lock',
  'package.resolved',
]);

/**
 * A package manager's lockfile (engine.ts: only provider rules run there, its hashes being
 * neither names nor keys): a name of LOCKFILES, or any `*.lock` but a file named `.lock`.
 */
export function isLockfile(name: { readonly baseName: string }): boolean {
  return LOCKFILES.has(name.baseName) || (name.baseName.endsWith('.lock') && name.baseName !== '.lock');
}
