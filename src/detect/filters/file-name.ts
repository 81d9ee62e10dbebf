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
