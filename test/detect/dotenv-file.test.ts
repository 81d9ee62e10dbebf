// A dotenv file with secret values in the repository gets one file-level finding
// (tracked-dotenv, a warning) whose advice is to stop tracking it; templates and files of
// placeholders do not. Through the engine, and end to end with real git.
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/detect/engine.js';
import { synth } from '../../src/detect/synthetic.js';
import type { Finding } from '../../src/types.js';
import { makeRepo, run, type Repo } from '../helpers/git-repo.js';

const KEY = synth('hex', 48, 'dotenv-a');
const PASS = synth('base62', 20, 'dotenv-b');
const TOKEN = synth('base62', 32, 'dotenv-c');

function scan(file: string, text: string, disable: string[] = []): Finding[] {
  const lines = text.split('\n').map((t, i) => ({ number: i + 1, text: t }));
  return createEngine({ disable: new Set(disable) }).detect({ file, lines });
}
const fileLevel = (fs: Finding[]): Finding[] => fs.filter((f) => f.ruleId === 'tracked-dotenv');

describe('tracked-dotenv', () => {
  it('one warning for the file, on its first secret value, naming the secret names', () => {
    const found = fileLevel(scan('.env', `FLASK_APP=app.py\nSECRET_KEY=${KEY}\nDB_PASSWORD="${PASS}"\nexport API_TOKEN=${TOKEN} # prod\n`));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', file: '.env', line: 2, column: 1, secret: KEY });
    expect(found[0]!.message).toBe('Dotenv file with 3 secret values (SECRET_KEY, DB_PASSWORD, API_TOKEN) in the repository');
    expect(found[0]!.remediation).toMatch(/^Stop tracking \.env: git rm --cached \.env && echo \.env >> \.gitignore/);
    expect(found[0]!.remediation).toContain('rotate every value');
  });

  it.each(['.env', '.env.production', '.env.local', 'config/.env.development.local'])('reports %s', (file) => {
    expect(fileLevel(scan(file, `SECRET_KEY=${KEY}\n`))).toHaveLength(1);
  });

  it.each(['.env.example', '.env.sample', '.env.template', '.env.dist', '.env.vault', 'env', 'app.env.py', '.envrc', 'settings.py'])('does not report %s', (file) => {
    expect(fileLevel(scan(file, `SECRET_KEY=${KEY}\n`))).toEqual([]);
  });

  it('does not report placeholders, references, defaults, empty values or names that are not secret', () => {
    const text = ['SECRET_KEY=your-secret-key-here', 'DB_PASSWORD=', 'API_TOKEN=${API_TOKEN}', 'JWT_SECRET=changeme', "AUTH_TOKEN='<token>'", 'FOO=env', 'SPAM=1', `BUILD_ID=${TOKEN}`, '# SECRET_KEY=' + KEY].join('\n');
    expect(fileLevel(scan('.env', text))).toEqual([]);
  });

  it('counts only values reported as secrets: a test env file of made-up values gets none', () => {
    expect(fileLevel(scan('.env.test', 'SECRET_KEY=test-secret-key\nDATABASE_URL=postgres://postgres:postgres@localhost:5432/app_test\n'))).toEqual([]);
    expect(fileLevel(scan('.env', 'SECRET_KEY=dev\n'))).toEqual([]); // a weak value: a warning on its line, no file finding
  });

  it('counts a database URL with a password as a secret value', () => {
    expect(fileLevel(scan('.env', `DATABASE_URL=postgres://app:${PASS}@db:5432/app\n`))).toHaveLength(1);
  });

  it('is a rule id the config can disable', () => {
    expect(fileLevel(scan('.env', `SECRET_KEY=${KEY}\n`, ['tracked-dotenv']))).toEqual([]);
    expect(scan('.env', `SECRET_KEY=${KEY}\n`, ['tracked-dotenv']).length).toBeGreaterThan(0); // the value itself is still reported
  });
});

describe('tracked-dotenv with real git', () => {
  const repos: Repo[] = [];
  afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

  it('a staged .env is reported with the command that fixes it, and after running it the commit passes', () => {
    const r = makeRepo();
    repos.push(r);
    r.write('app.py', 'import os\nSECRET_KEY = os.environ["SECRET_KEY"]\n');
    r.write('.env', `SECRET_KEY=${KEY}\n`);
    r.git('add', '-A');
    const blocked = r.scan('--staged');
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('.env:1:1  warning  tracked-dotenv');
    expect(blocked.stdout).toContain('fix: Stop tracking .env: git rm --cached .env && echo .env >> .gitignore');
    // The advice, run as printed.
    const fix = /git rm --cached \.env && echo \.env >> \.gitignore/.exec(blocked.stdout)![0];
    expect(run('sh', ['-c', fix], r.dir).code).toBe(0);
    r.git('add', '-A');
    const clean = r.scan('--staged');
    expect(clean.code, clean.stdout).toBe(0);
    expect(r.git('status', '--porcelain', '--ignored').stdout).toContain('!! .env');
  });
});
