// The per-user code cache the README documents: written under $XDG_CACHE_HOME/secret-scan when
// the cache shipped in the package does not fit this Node's options, and never with the opt-out
// SECRET_SCAN_NO_USER_CACHE set.
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, makeTempDir, PROJECT_ROOT, run } from '../helpers/git-repo.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => run('rm', ['-rf', d], '/')));

/** `--no-opt` changes V8's flags, so the shipped cache does not fit and a user cache is due. */
function version(env: Record<string, string>, home = makeTempDir('secret-scan-cache-home-')): { code: number; cache: string[] } {
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

  it('keeps the 8 newest caches: the one this run wrote and the 7 newest others (other builds, Nodes, options)', () => {
    const home = makeTempDir('secret-scan-cache-home-');
    const dir = join(home, 'secret-scan');
    mkdirSync(dir, { recursive: true });
    // Ten caches of other runtimes, old-0 the newest; and a file that is not a cache.
    const now = Date.now() / 1000;
    for (let i = 0; i < 10; i++) {
      const f = join(dir, `old-${i}.v8cache`);
      writeFileSync(f, 'x');
      utimesSync(f, now - 100 - i, now - 100 - i);
    }
    writeFileSync(join(dir, 'notes.txt'), 'kept');
    const r = version({ SECRET_SCAN_NO_USER_CACHE: '' }, home);
    expect(r.code).toBe(0);
    const caches = r.cache.filter((f) => f.endsWith('.v8cache'));
    expect(caches).toHaveLength(8);
    expect(caches.filter((f) => f.startsWith('old-')).sort()).toEqual(['old-0', 'old-1', 'old-2', 'old-3', 'old-4', 'old-5', 'old-6'].map((f) => `${f}.v8cache`));
    expect(r.cache).toContain('notes.txt');
  });
});
