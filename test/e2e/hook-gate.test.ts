// The built CLI answers `secret-scan --staged` for a staged diff no detector would look at from
// its loader (src/startup/hook-gate.ts), without reading the CLI's bundle: shown here by a copy
// of dist/ whose bundle is gone. A clean commit still goes through, through a real pre-commit
// hook; whatever the gate leaves to the CLI then fails, because the CLI is needed there.

import { chmodSync, cpSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, makeTempDir, PROJECT_ROOT, run, type Repo } from '../helpers/git-repo.js';

let copy: string;
let r: Repo;
const CODE = 'def handler(request):\n    return render(request, "page.html")\n';

beforeAll(() => {
  copy = makeTempDir('secret-scan-hook-gate-dist-');
  cpSync(join(PROJECT_ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'package.json'), join(copy, 'package.json'));
});
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
  r?.cleanup();
});

const staged = (cli: string): { code: number; stdout: string; stderr: string } => run(process.execPath, [cli, '--staged'], r.dir);
/** Writes `content` to `path` in the repository and stages it. */
const stage = (path: string, content: string): void => {
  r.write(path, content);
  r.git('add', path);
};

describe('the loader answers a clean staged diff without the CLI', () => {
  it('clean: exit 0 and no output, with the bundle and without it; anything else needs the CLI', () => {
    r = makeRepo();
    r.write('app/views.py', CODE);
    r.git('add', '-A');
    const cli = join(copy, 'dist/cli.js');
    expect(staged(cli)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    // A line with a marker word but no secret: the CLI scans it and lets it through.
    r.write('app/settings.py', 'API_TOKEN = os.environ["API_TOKEN"]\n');
    r.git('add', '-A');
    expect(staged(cli)).toMatchObject({ code: 0, stdout: '', stderr: '' });

    rmSync(join(copy, 'dist/secret-scan.cjs'));
    // Now the CLI cannot run: the same change fails, the clean one alone still passes.
    expect(staged(cli).code).not.toBe(0);
    r.git('rm', '-q', '--cached', 'app/settings.py');
    expect(staged(cli)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    // Names of code that read as base64 (both cases, a multiple of four letters) but decode to
    // no text are the gate's too; a run that decodes to text is the CLI's.
    stage('app/session.py', 'class SessionMixin(Protocol):\n    storage = getAsyncLocalStorage(options)\n');
    expect(staged(cli)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    stage('app/greeting.py', 'GREETING = "SGVsbG8gd29ybGQ="\n');
    expect(staged(cli).code).not.toBe(0);
    r.git('rm', '-q', '--cached', 'app/greeting.py');
    // Two more kinds of line the gate answers, each by a file it reads beside its bundle, and
    // leaves to the CLI without that file: a keyword whose rules' patterns all miss its line (a
    // link holds `://` and `github`: hook-patterns.txt), and a marker word inside another word
    // (`pat` in `path`, `key` in `monkey`: the engine's own test, hook-markers.js).
    for (const [path, content, needs] of [
      ['docs/links.md', 'The source: https://github.com/pallets/flask\n', 'hook-patterns.txt'],
      ['app/paths.py', 'for path in paths:\n    monkey.patch(path)\n', 'hook-markers.js'],
    ] as const) {
      stage(path, content);
      expect(staged(cli), path).toMatchObject({ code: 0, stdout: '', stderr: '' });
      renameSync(join(copy, 'dist', needs), join(copy, needs));
      expect(staged(cli).code, needs).not.toBe(0);
      renameSync(join(copy, needs), join(copy, 'dist', needs));
      expect(staged(cli), path).toMatchObject({ code: 0, stdout: '', stderr: '' });
    }
    // A lockfile update (a package named by a marker word, a registry link, an SRI digest: a
    // random run) is the gate's, where only its rules' patterns count; in any other file those
    // lines, and a generic-* rule's keyword (`curl`) anywhere else, are the CLI's.
    const digest = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 97 + 13) & 255)).toString('base64');
    const entry = `{\n  "packages": {\n    "node_modules/js-tokens": {\n      "resolved": "https://registry.npmjs.org/js-tokens/-/js-tokens-4.0.0.tgz",\n      "integrity": "sha512-${digest}"\n    }\n  }\n}\n`;
    stage('package-lock.json', entry);
    expect(staged(cli)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    // So is one of ~400 KB, 2,000 packages (diffs up to HOOK_GATE_MAX_BYTES, 1 MB, are judged).
    const packages = Array.from({ length: 2_000 }, (_, k) => {
      const sri = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 97 + k * 31 + 13) & 255)).toString('base64');
      return `    "node_modules/pkg-${k}": {\n      "version": "1.0.${k}",\n      "resolved": "https://registry.npmjs.org/pkg-${k}/-/pkg-${k}-1.0.${k}.tgz",\n      "integrity": "sha512-${sri}"\n    }`;
    });
    const big = `{\n  "packages": {\n${packages.join(',\n')}\n  }\n}\n`;
    expect(big.length).toBeGreaterThan(350_000);
    stage('package-lock.json', big);
    expect(staged(cli)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    // A changelog's release heading: its underline of dashes holds the PEM marker word, alone on its line.
    stage('CHANGES.rst', 'Version 3.2.0\n-------------\n\nReleased 2026-12-05\n');
    expect(staged(cli)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    r.git('rm', '-q', '--cached', 'CHANGES.rst');
    for (const [path, content] of [
      ['vendor/lock.json', entry],
      ['scripts/health.sh', 'curl https://example.com/health\n'],
      // The same marker word beside a word, under the heading.
      ['CHANGES.rst', 'Version 3.2.0\n------------- draft\n'],
    ] as const) {
      stage(path, content);
      expect(staged(cli).code, path).not.toBe(0);
      r.git('rm', '-q', '--cached', path);
      rmSync(join(r.dir, path));
    }
    // A config file at the top level (untracked, as the CLI reads it from the working tree) is the CLI's.
    writeFileSync(join(r.dir, '.secret-scan.json'), '{}\n');
    expect(staged(cli).code).not.toBe(0);
    rmSync(join(r.dir, '.secret-scan.json'));

    // A real commit through a pre-commit hook that runs it.
    const hook = join(r.dir, '.git/hooks/pre-commit');
    writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${cli}" --staged\n`);
    chmodSync(hook, 0o755);
    const commit = r.git('commit', '-q', '-m', 'views');
    expect(commit.code, commit.stderr).toBe(0);
    expect(r.git('log', '--format=%s').stdout.trim()).toBe('views');
    expect(r.git('show', '--name-only', '--format=').stdout.trim().split('\n').sort()).toEqual(['app/paths.py', 'app/session.py', 'app/views.py', 'docs/links.md', 'package-lock.json']);
    // The next one, with the marker line, is stopped: the hook needed the CLI.
    r.git('add', '-A');
    expect(r.git('commit', '-q', '-m', 'settings').code).not.toBe(0);
    expect(r.git('log', '--format=%s').stdout.trim()).toBe('views');
  });
});
