// Every leak syntax has a case that must be reported at its exact line and column, and a twin
// that must not. `{KEY}`, `{B64}` and `{BYTES}` are replaced by generated synthetic keys.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/detect/engine.js';
import { synth } from '../../src/detect/synthetic.js';
import type { Fragment } from '../../src/types.js';

const KEY = synth('hex', 64, 'assignment-test');
const B64 = synth('base64', 43, 'assignment-b64') + '=';
const BYTES = (synth('hex', 48, 'assignment-bytes').match(/../g) ?? []).map((h) => `\\x${h}`).join('');

function fill(s: string): string {
  return s.replaceAll('{KEY}', KEY).replaceAll('{B64}', B64).replaceAll('{BYTES}', BYTES);
}

interface Case {
  readonly what: string;
  readonly file: string;
  /** Lines of the file; the secret sits on `line` (1-based, default 1). */
  readonly text: string;
  readonly line?: number;
  /** The reported value as written in the file (default: the generated hex KEY). */
  readonly secret?: string;
  readonly rule?: string;
  /** A twin that must not be reported. */
  readonly twin: string;
}

const cases: readonly Case[] = [
  { what: 'Python module constant', file: 'config.py', text: "SECRET_KEY = '{KEY}'", twin: "SECRET_KEY = os.environ['SECRET_KEY']" },
  { what: 'app.secret_key', file: 'app.py', text: 'app.secret_key = "{KEY}"', twin: 'app.secret_key = os.urandom(24)' },
  { what: "app.config['SECRET_KEY']", file: 'app.py', text: "app.config['SECRET_KEY'] = '{KEY}'", twin: "app.config['SECRET_KEY'] = secrets.token_hex(32)" },
  { what: 'app.config.update(SECRET_KEY=…)', file: 'app.py', text: "app.config.update(SECRET_KEY='{KEY}', DEBUG=False)", twin: "app.config.update(SECRET_KEY=os.environ['SECRET_KEY'], DEBUG=False)" },
  { what: 'dict(SECRET_KEY=…)', file: 'settings.py', text: "settings = dict(SECRET_KEY='{KEY}')", twin: 'settings = dict(SECRET_KEY=get_random_secret_key())' },
  { what: 'class attribute', file: 'config.py', text: "class Config:\n    DEBUG = False\n    SECRET_KEY = '{KEY}'", line: 3, twin: "class Config:\n    DEBUG = False\n    SECRET_KEY = os.getenv('SECRET_KEY')" },
  { what: "the fallback in os.environ.get('SECRET_KEY', '…')", file: 'config.py', text: "SECRET_KEY = os.environ.get('SECRET_KEY', '{KEY}')", twin: "SECRET_KEY = os.environ.get('SECRET_KEY')" },
  { what: 'the fallback in os.getenv("SECRET_KEY", "…")', file: 'config.py', text: 'SECRET_KEY = os.getenv("SECRET_KEY", "{KEY}")', twin: 'SECRET_KEY = os.getenv("SECRET_KEY")' },
  { what: 'environ.setdefault', file: 'wsgi.py', text: "os.environ.setdefault('SECRET_KEY', '{KEY}')", twin: "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'mysite.settings.production')" },
  { what: 'a bytes literal from os.urandom(24)', file: 'app.py', text: "app.secret_key = b'{BYTES}'", secret: '{BYTES}', twin: "app.secret_key = bytes.fromhex(os.environ['SECRET_KEY_HEX'])" },
  { what: 'a fallback after `or`', file: 'app.py', text: "app.secret_key = os.environ.get('FLASK_SECRET') or '{KEY}'", twin: "app.secret_key = os.environ.get('FLASK_SECRET') or secrets.token_urlsafe()" },
  { what: 'dotenv', file: '.env', text: 'FLASK_APP=app.py\nSECRET_KEY={KEY}', line: 2, twin: 'FLASK_APP=app.py\nSECRET_KEY=' },
  { what: 'dotenv, quoted', file: '.env.production', text: 'SESSION_SECRET="{KEY}"', twin: 'SESSION_SECRET="${VAULT_SESSION_SECRET}"' },
  { what: 'shell export', file: 'deploy.sh', text: '#!/bin/sh\nexport JWT_SECRET={KEY}', line: 2, twin: '#!/bin/sh\nexport JWT_SECRET="$(openssl rand -hex 32)"' },
  { what: 'YAML', file: 'config.yml', text: 'app:\n  secret_key: {KEY}', line: 2, twin: 'app:\n  secret_key: "{{ vault_secret_key }}"' },
  { what: 'Rails secrets.yml', file: 'config/secrets.yml', text: 'production:\n  secret_key_base: {KEY}', line: 2, twin: 'production:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>' },
  { what: 'JSON', file: 'config/default.json', text: '{\n  "port": 3000,\n  "jwtSecret": "{KEY}"\n}', line: 3, twin: '{\n  "port": 3000,\n  "jwtSecret": ""\n}' },
  { what: 'TOML', file: 'config.toml', text: '[server]\nsecret_key = "{KEY}"', line: 2, twin: '[server]\nsecret_key = "${SECRET_KEY}"' },
  { what: 'INI', file: 'app.ini', text: '[app]\nSECRET_KEY = {KEY}', line: 2, twin: '[app]\nSECRET_KEY = %(ENV_SECRET_KEY)s' },
  { what: 'Java properties', file: 'src/main/resources/application.properties', text: 'server.port=8080\njwt.secret={KEY}', line: 2, twin: 'server.port=8080\njwt.secret=${JWT_SECRET}' },
  { what: 'an Express session secret', file: 'server.js', text: "app.use(session({ secret: '{KEY}', resave: false }));", twin: 'app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));' },
  { what: "process.env.X || '…'", file: 'auth.js', text: "const jwtSecret = process.env.JWT_SECRET || '{KEY}';", twin: 'const jwtSecret = process.env.JWT_SECRET;' },
  { what: "process.env.X ?? '…'", file: 'auth.ts', text: 'const secret = process.env.SESSION_SECRET ?? "{KEY}";', twin: "const secret = process.env.SESSION_SECRET ?? randomBytes(32).toString('hex');" },
  { what: 'a TypeScript object key', file: 'config.ts', text: "export const config = { appSecret: '{KEY}' };", twin: 'export const config = { appSecret: env.APP_SECRET };' },
  { what: 'a typed TypeScript constant', file: 'keys.ts', text: "const SIGNING_KEY: string = '{KEY}';", twin: "const SIGNING_KEY: string = requireEnv('SIGNING_KEY');" },
  { what: 'jwt.sign with a literal key', file: 'token.js', text: "const token = jwt.sign({ sub: user.id }, '{KEY}', { expiresIn: '1h' });", twin: "const token = jwt.sign({ sub: user.id }, config.jwtSecret, { expiresIn: '1h' });" },
  { what: 'Dockerfile ENV', file: 'Dockerfile', text: 'FROM python:3.12-slim\nENV SECRET_KEY={KEY}', line: 2, twin: 'FROM python:3.12-slim\nENV SECRET_KEY=${SECRET_KEY}' },
  { what: 'Dockerfile ENV, space form', file: 'Dockerfile', text: 'FROM python:3.12-slim\nENV SECRET_KEY {KEY}', line: 2, twin: 'FROM python:3.12-slim\nENV FLASK_APP app.py' },
  { what: 'Dockerfile ARG default', file: 'Dockerfile', text: 'ARG APP_KEY=base64:{B64}', secret: 'base64:{B64}', twin: 'ARG APP_KEY' },
  { what: 'docker-compose environment list', file: 'docker-compose.yml', text: 'services:\n  web:\n    environment:\n      - SECRET_KEY={KEY}', line: 4, twin: 'services:\n  web:\n    environment:\n      - SECRET_KEY=${SECRET_KEY}' },
  { what: 'docker-compose environment map', file: 'compose.yaml', text: 'services:\n  web:\n    environment:\n      SECRET_KEY: {KEY}', line: 4, twin: 'services:\n  web:\n    environment:\n      SECRET_KEY: ${SECRET_KEY:?set SECRET_KEY}' },
  { what: 'a ${X:-default} fallback', file: 'docker-compose.yml', text: '    environment:\n      - SECRET_KEY=${SECRET_KEY:-{KEY}}', line: 2, twin: '    environment:\n      - SECRET_KEY=${SECRET_KEY:-}' },
  { what: 'a Kubernetes env list value', file: 'k8s/deployment.yaml', text: '        env:\n        - name: DJANGO_SECRET_KEY\n          value: "{KEY}"', line: 3, twin: '        env:\n        - name: DJANGO_SECRET_KEY\n          valueFrom:\n            secretKeyRef: { name: django, key: secret-key }' },
  { what: 'Laravel .env APP_KEY', file: '.env', text: 'APP_NAME=Laravel\nAPP_KEY=base64:{B64}', line: 2, secret: 'base64:{B64}', twin: 'APP_NAME=Laravel\nAPP_KEY=' },
  { what: "Laravel env('APP_KEY', '…') fallback", file: 'config/app.php', text: "    'key' => env('APP_KEY', 'base64:{B64}'),", secret: 'base64:{B64}', twin: "    'key' => env('APP_KEY')," },
  { what: 'Rails config.secret_key_base', file: 'config/environments/production.rb', text: '  config.secret_key_base = "{KEY}"', twin: '  config.secret_key_base = ENV.fetch("SECRET_KEY_BASE")' },
  { what: 'a Go []byte key', file: 'main.go', text: 'var jwtSecret = []byte("{KEY}")', twin: 'var jwtSecret = []byte(os.Getenv("JWT_SECRET"))' },
  { what: "python-decouple config('SECRET_KEY', default='…')", file: 'settings.py', text: "SECRET_KEY = config('SECRET_KEY', default='{KEY}')", twin: "SECRET_KEY = config('SECRET_KEY')" },
  { what: "Ruby ENV.fetch('…') { '…' }", file: 'config/initializers/session.rb', text: "SECRET = ENV.fetch('SESSION_SECRET') { '{KEY}' }", twin: "SECRET = ENV.fetch('SESSION_SECRET')" },
  { what: 'a Spring ${jwt.secret:default}', file: 'JwtConfig.java', text: '    @Value("${jwt.secret:{KEY}}")', twin: '    @Value("${jwt.secret}")' },
  { what: 'an Express secret array', file: 'app.js', text: "app.use(session({ secret: ['{KEY}'], resave: false }));", twin: 'app.use(session({ secret: [process.env.SESSION_SECRET], resave: false }));' },
  { what: 'a typed Python setting', file: 'settings.py', text: "    secret_key: str = '{KEY}'", twin: "    secret_key: str = Field(..., env='SECRET_KEY')" },
  { what: 'an Elixir keyword list', file: 'config/prod.exs', text: 'config :shop, ShopWeb.Endpoint, secret_key_base: "{KEY}"', twin: 'config :shop, ShopWeb.Endpoint, secret_key_base: System.fetch_env!("SECRET_KEY_BASE")' },
  { what: 'a Django key', file: 'mysite/settings.py', text: "SECRET_KEY = 'django-insecure-{KEY}'", secret: 'django-insecure-{KEY}', twin: 'SECRET_KEY = get_random_secret_key()' },
];

function scanText(file: string, text: string) {
  const lines = text.split('\n').map((t, i) => ({ number: i + 1, text: t }));
  const fragment: Fragment = { file, lines };
  // The file-level tracked-dotenv finding has its own tests (dotenv-file.test.ts).
  return createEngine({ disable: new Set(['tracked-dotenv']) }).detect(fragment);
}

describe('secret-key-assignment', () => {
  for (const c of cases) {
    it(`reports ${c.what}`, () => {
      const text = fill(c.text);
      const secret = fill(c.secret ?? '{KEY}');
      const line = c.line ?? 1;
      const lineText = text.split('\n')[line - 1]!;
      const findings = scanText(c.file, text);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        ruleId: c.rule ?? 'secret-key-assignment',
        severity: 'error',
        line,
        column: lineText.indexOf(secret) + 1,
        endColumn: lineText.indexOf(secret) + secret.length + 1,
        secret,
      });
    });
    it(`does not report its twin: ${c.twin.split('\n').pop()}`, () => {
      expect(scanText(c.file, fill(c.twin))).toEqual([]);
    });
  }
});

describe('weak and placeholder values', () => {
  const weak: [string, string][] = [
    ['config.py', "SECRET_KEY = 'dev'"],
    ['server.js', "app.use(session({ secret: 'keyboard cat' }))"],
    ['.env', 'SECRET_KEY=changeme'],
    ['settings.py', "SECRET_KEY = 'short-key-9'"],
    ['config.yml', 'jwt_secret: secret'],
  ];
  for (const [file, text] of weak) {
    it(`warns on ${text} (weak-secret-key)`, () => {
      const f = scanText(file, text);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ ruleId: 'weak-secret-key', severity: 'warning' });
      expect(f[0]!.remediation).toContain("python -c 'import secrets; print(secrets.token_hex(32))'");
    });
  }
  const quiet: [string, string][] = [
    ['config.py', "SECRET_KEY = 'your-secret-key-here'"],
    ['.env', 'SECRET_KEY=<generate-one>'],
    ['config.py', "SECRET_KEY = 'xxxxxxxxxxxxxxxxxxxx'"],
    ['.env', 'SECRET_KEY=REPLACE_ME'],
    ['.env.example', 'SECRET_KEY=change-me-in-production'],
    ['config.sample.yml', 'secret_key: dev'],
    ['.env.template', 'JWT_SECRET=some-long-human-readable-value'],
    ['app.py', "SECRET_KEY = ''"],
    ['app.py', "secret_key_name = 'flask-session-signing-key-prod'"],
    ['deploy.yml', '      - name: SECRET_KEY_FILE'],
    ['ci.yml', '          SECRET_KEY: ${{ secrets.SECRET_KEY }}'],
    ['README.md', 'Set `SECRET_KEY=dev` for local development.'],
    ['imaplib.py', '    PASSWD = getpass.getpass("IMAP password for %s on %s: " % (USER, host or "localhost"))'],
    ['sysconfig.py', " 'MODULE_PWD_STATE': 'yes',"],
    ['topics.py', " 'pass': 'The \"pass\" statement\\n',"],
  ];
  for (const [file, text] of quiet) {
    it(`does not report ${text} in ${file}`, () => expect(scanText(file, text)).toEqual([]));
  }
  it('reports a random-looking value even in an example file', () => {
    const f = scanText('.env.example', fill('SECRET_KEY={KEY}'));
    expect(f.map((x) => x.ruleId)).toEqual(['secret-key-assignment']);
  });
});

describe('credential file formats', () => {
  const PW = synth('base62', 20, 'file-formats') + '!8';
  const cases: [string, string, string][] = [
    ['~/.pgpass line', '.pgpass', `db.internal:5432:reports:report_reader:${PW}`],
    ['curl config user = "name:password"', '.curlrc', `user = "deploy:${PW}"`],
    ["Bundler's BUNDLE_<HOST> credentials", '.bundle/config', `BUNDLE_GEMS__EXAMPLE__COM: "ci-bot:${PW}"`],
    // The name's two halves are read up to 64 characters each (a bounded pattern, #10).
    ['Bundler key with 64-character halves', '.bundle/config', `BUNDLE_${'G'.repeat(64)}__${'C'.repeat(64)}: "ci-bot:${PW}"`],
  ];
  for (const [what, file, text] of cases) {
    it(`reports the password of a ${what}`, () => {
      const f = scanText(file, text);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ ruleId: 'hardcoded-password', secret: PW, column: text.indexOf(PW) + 1 });
    });
  }
  it('stays quiet without a password', () => {
    expect(scanText('.pgpass', 'db.internal:5432:reports:report_reader:*')).toEqual([]);
    expect(scanText('.curlrc', 'user = "deploy"')).toEqual([]);
    expect(scanText('.bundle/config', 'BUNDLE_GEMS__EXAMPLE__COM: "${GEMS_CREDENTIALS}"')).toEqual([]);
  });
});

describe('session secrets and more syntaxes (#11)', () => {
  // Human-chosen phrases are real secrets in use: an error (only the weak list warns).
  const PHRASE = 'tangerine orbit, very quiet';
  const reported: [string, string, string, string, string][] = [
    ['express-session option on its own line', 'app.js', `app.use(session({\n  resave: false,\n  secret: '${PHRASE}',\n  saveUninitialized: true\n}));`, PHRASE, 'secret-key-assignment'],
    ['cookieSession({ secret })', 'server.js', "app.use(cookieSession({ secret: 'walrus hums at dawn' }));", 'walrus hums at dawn', 'secret-key-assignment'],
    ['koa app.keys', 'app.js', `app.keys = ['${KEY}'];`, KEY, 'secret-key-assignment'],
    ['fastify-secure-session secret', 'server.ts', `fastify.register(secureSession, { secret: 'amber walrus, quietly humming' });`, 'amber walrus, quietly humming', 'secret-key-assignment'],
    ['Rack::Session secret', 'config.ru', `use Rack::Session::Cookie, secret: '${KEY}'`, KEY, 'secret-key-assignment'],
    ['SESSION_SECRET in dotenv', '.env', `SESSION_SECRET=${KEY}`, KEY, 'secret-key-assignment'],
    ['SESSION_SECRET in YAML', 'config.yml', `session_secret: "${PHRASE}"`, PHRASE, 'secret-key-assignment'],
    ['SESSION_SECRET fallback in JS', 'config.js', `const secret = process.env.SESSION_SECRET || '${PHRASE}';`, PHRASE, 'secret-key-assignment'],
    ['Go typed var', 'config.go', `var ClickHouseToken string = "${B64}"`, B64, 'high-entropy'],
    ['Go typed const', 'client.go', `const apiKey string = "${B64}"`, B64, 'high-entropy'],
    ['XML element whose value sits on its own line', 'settings.xml', `<server>\n  <password>\n    ${KEY}\n  </password>\n</server>`, KEY, 'hardcoded-password'],
    ['dotenv text inside a JSON string', 'deploy.json', `{ "env": "DEBUG=0\\nSECRET_KEY=${KEY}\\nPORT=8080" }`, KEY, 'secret-key-assignment'],
  ];
  for (const [what, file, text, secret, rule] of reported) {
    it(`reports ${what}`, () => {
      const f = scanText(file, text);
      expect(f.map((x) => [x.ruleId, x.secret, x.severity])).toContainEqual([rule, secret, 'error']);
      const line = text.split('\n')[f[0]!.line - 1]!;
      expect(line.slice(f[0]!.column - 1, f[0]!.endColumn - 1)).toBe(secret);
    });
  }
  it('warns (not blocks) on keys spelled from the words secret or key, and on guessable passwords', () => {
    expect(scanText('server.js', "app.use(session({ secret: 'shhhh, very secret' }))").map((x) => x.ruleId)).toEqual(['weak-secret-key']);
    expect(scanText('config.yml', 'jwt_secret: orders-service-signing-secret').map((x) => x.ruleId)).toEqual(['weak-secret-key']);
    for (const line of ['RABBITMQ_DEFAULT_PASS=rabbitmq', 'DB_PASSWORD=portal123', 'ADMIN_PASSWORD=Admin123!', 'REDIS_PASSWORD=verylongpassword']) {
      expect(scanText('.env', line).map((x) => [x.ruleId, x.severity])).toEqual([['weak-password', 'warning']]);
    }
    // Boundaries: five digits after the word, or a word that is not the service's name, stay errors.
    expect(scanText('.env', 'DB_PASSWORD=portal12345').map((x) => x.ruleId)).toEqual(['hardcoded-password']);
    expect(scanText('.env', 'RABBITMQ_DEFAULT_PASS=marmalade').map((x) => x.ruleId)).toEqual(['hardcoded-password']);
  });
  it('keeps the weak list a warning in the same forms', () => {
    expect(scanText('app.js', "app.use(session({\n  secret: 'keyboard cat',\n}));").map((x) => x.ruleId)).toEqual(['weak-secret-key']);
  });
  it('stays quiet on the twins: a value read at run time, a typed Go declaration of a non-secret, an XML label', () => {
    expect(scanText('app.js', 'app.use(session({\n  secret: process.env.SESSION_SECRET,\n}));')).toEqual([]);
    expect(scanText('config.go', `var ClickHouseHost string = "clickhouse.internal:9000"`)).toEqual([]);
    expect(scanText('form.xml', '<label>\n  Password\n</label>')).toEqual([]);
    expect(scanText('sarif.ts', "  'secret-key-assignment': 'A signing key or secret assigned a literal value in source or config',")).toEqual([]);
    expect(scanText('deploy.json', '{ "env": "DEBUG=0\\nSECRET_KEY=${SECRET_KEY}" }')).toEqual([]);
  });
  it('parses a password line after a 4000-space indented line (the env-list name pattern no longer backtracks)', () => {
    const f = scanText('config.yml', `${' '.repeat(4000)}monkey: 1\npassword: ${KEY}`);
    expect(f.map((x) => [x.line, x.secret])).toEqual([[2, KEY]]);
  });
});
