// The README's quick start: commit the leaky Flask fixture in a throw-away repository whose
// pre-commit hook runs `secret-scan --staged`, and show what the hook says.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = process.argv[2] ?? 'flask-leaky';
const dir = mkdtempSync(join(tmpdir(), 'secret-scan-demo-'));
const git = (...args) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'] });
try {
  spawnSync('git', ['init', '-q', dir]);
  git('config', 'user.name', 'Demo');
  git('config', 'user.email', 'demo@example.com');
  const hooks = join(dir, '.hooks');
  mkdirSync(hooks);
  writeFileSync(join(hooks, 'pre-commit'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'dist/cli.js')}" --staged\n`);
  chmodSync(join(hooks, 'pre-commit'), 0o755);
  git('config', 'core.hooksPath', hooks);
  cpSync(join(root, 'fixtures', fixture), dir, { recursive: true });
  git('add', '-A', '--', '.', ':!.hooks');
  console.log(`$ git commit -m "Add the app"    # fixtures/${fixture}, pre-commit hook: secret-scan --staged\n`);
  const r = git('commit', '-q', '-m', 'Add the app');
  console.log(`\ngit commit exited ${r.status}: ${r.status === 0 ? 'the commit went through' : 'the commit was blocked'}.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
