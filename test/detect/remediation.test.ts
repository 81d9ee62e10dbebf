// Advice that fixes the cause where the secret is: untrack dotenv and key files first; for a
// framework signing key, the command that generates a new one and the line that loads it.
import { describe, expect, it } from 'vitest';
import { adviceHere, untrackableFile, untrackAdvice } from '../../src/detect/remediation.js';
import { createEngine } from '../../src/detect/engine.js';
import { synth } from '../../src/detect/synthetic.js';

describe('adviceHere', () => {
  it.each(['.env', '.env.local', 'config/.env.production', 'deploy/id_rsa', 'certs/server.key', 'tls/site.pem', 'config/master.key', '.pgpass'])('untracks %s first', (path) => {
    expect(untrackableFile(path)).toBe(true);
    expect(adviceHere(path, 'Revoke it.')).toBe(`${untrackAdvice(path)} Then revoke it.`);
    expect(untrackAdvice(path)).toContain(`git rm --cached ${path} && echo ${path} >> .gitignore`);
  });

  it.each(['.env.example', '.env.sample', '.env.template', 'app.py', 'config/settings.py', 'README.md', 'keys.py'])('keeps the finding\'s own advice for %s', (path) => {
    expect(untrackableFile(path)).toBe(false);
    expect(adviceHere(path, 'Revoke it.')).toBe('Revoke it.');
  });

  it('suggests a template only for dotenv files, and quotes a path the shell would split', () => {
    expect(untrackAdvice('.env')).toContain('commit a .env.example with placeholders');
    expect(untrackAdvice('id_rsa')).not.toContain('.example');
    expect(untrackAdvice("my app/.env")).toContain("git rm --cached 'my app/.env' && echo 'my app/.env' >> .gitignore");
  });
});

describe('advice on findings', () => {
  const key = synth('hex', 48, 'remediation-a');
  const detect = (file: string, text: string) => createEngine().detect({ file, lines: text.split('\n').map((t, i) => ({ number: i + 1, text: t })) });

  it('a Flask key in app.py: generate a new key, load it from the environment, rotate', () => {
    const [f] = detect('app.py', `app.config['SECRET_KEY'] = '${key}'`);
    expect(f!.remediation).toContain("python -c 'import secrets; print(secrets.token_hex(32))'");
    expect(f!.remediation).toContain("os.environ['SECRET_KEY']");
    expect(f!.remediation).toMatch(/rotat/);
    expect(f!.remediation).not.toContain('git rm');
  });

  it('the same key in .env: untrack the file first, then the key advice', () => {
    const found = detect('.env', `SECRET_KEY=${key}`);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.remediation).toMatch(/^Stop tracking \.env: git rm --cached \.env && echo \.env >> \.gitignore/);
  });
});
