// The per-user code cache the README documents: written under $XDG_CACHE_HOME/secret-scan when
// the cache shipped in the package does not fit this Node's options, and never with the opt-out
// SECRET_SCAN_NO_USER_CACHE set.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, makeTempDir, PROJECT_ROOT, run } from '../helpers/git-repo.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => run('rm', ['-rf', d], '/')));

/** `--no-opt` changes V8's flags, so the shipped cache does not fit and a user cache is due. */
function version(env: Record<string, string>): { code: number; cache: string[] } {
  const home = makeTempDir('secret-scan-cache-home-');
  dirs.push(home);
  const res = run(process.execPath, ['--no-opt', CLI, '--version'], PROJECT_ROOT, { XDG_CACHE_HOME: home, ...env });
  const dir = join(home, 'secret-scan');
  return { code: res.code, cache: existsSync(dir) ? readdirSync(dir) : [] };
}

describe('per-user code cache', () => {
  it('is written under $XDG_CACHE_HOME/secret-scan when the shipped cache does not fit', () => {
    const r = version({ SECRET_SCAN_NO_USER_CACHE: '' });
    expect(r.code).toBe(0);
    expect(r.cache.filter((f) => f.endsWith('.v8cache'))).toHaveLength(1);
  });

  it('is neither read nor written with SECRET_SCAN_NO_USER_CACHE=1', () => {
    const r = version({ SECRET_SCAN_NO_USER_CACHE: '1' });
    expect(r.code).toBe(0);
    expect(r.cache).toEqual([]);
  });
});
