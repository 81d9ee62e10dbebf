// Each not-a-credential class, through the whole engine: a realistic line that must stay quiet,
// and a twin of the same shape that holds a credential and must still be reported.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/detect/engine.js';
import { isFilledPlaceholder, isPlaceholder } from '../../src/detect/filters/filters.js';
import * as N from '../../src/detect/filters/not-credentials.js';
import { synth } from '../../src/detect/synthetic.js';
import type { Fragment } from '../../src/types.js';

const B64 = synth('base64url', 86, 'csrf');
const TOK = synth('base62', 40, 'not-cred-token');
const HEX = synth('hex', 32, 'not-cred-hex');
const HEX64 = synth('hex', 64, 'not-cred-hex64');

function scan(file: string, text: string) {
  const lines = text.split('\n').map((t, i) => ({ number: i + 1, text: t }));
  const fragment: Fragment = { file, lines };
  return createEngine().detect(fragment);
}

/** [class, file, quiet line, twin that must be reported, twin's severity]. */
const classes: [string, string, string, string, 'error' | 'warning'][] = [
  ['CSRF token in an HTML form', 'views/form.html', `<input type="hidden" name="authenticity_token" value="${B64}" autocomplete="off">`, `<input type="hidden" name="api_token" value="${B64}">`, 'error'],
  ['authenticity token in a request log', 'log/development.log', `  Parameters: {"authenticity_token"=>"${B64}==", "post"=>{"title"=>"x"}}`, `  Parameters: {"api_token"=>"${B64}=="}`, 'error'],
  ['authenticity_token: option in code', 'app/helpers/form.rb', `form_with(url: "/x", authenticity_token: "${HEX}")`, `client = Client.new(access_token: "${TOK}")`, 'error'],
  ['XSRF token', 'src/api.ts', `const xsrfToken = "${TOK}";`, `const apiToken = "${TOK}";`, 'error'],
  ['digest-auth nonce', 'tests/test_auth.py', `    'Digest username="u", realm="r", nonce=${HEX}${HEX.slice(0, 6)}, uri="/", qop=auth,'`, `    'Authorization: Bearer ${TOK}'`, 'error'],
  ['webhook nonce', 'spec/webhooks_spec.rb', `  nonce: "${TOK}",`, `  token: "${TOK}",`, 'error'],
  ['the token of a signed webhook payload (after its timestamp)', 'test/webhooks_test.rb', `  params: {\n    timestamp: 1700000000,\n    token: "${TOK}",\n    signature: "${HEX64}",\n  }`, `  params: {\n    account: "acme",\n    token: "${TOK}",\n  }`, 'error'],
  ['AES-GCM IV', 'config/crypto.yml', `encryption_iv: ${synth('base64', 24, 'iv')}`, `encryption_key: ${synth('base64', 44, 'iv-key')}`, 'error'],
  ['cookie salt (public Rails config)', 'config/initializers/cookies.rb', `config.action_dispatch.encrypted_cookie_salt = "${HEX}"`, `config.secret_key_base = "${HEX64}"`, 'error'],
  ['key-derivation salt', 'config/credentials.yml', `  key_derivation_salt: ${TOK}`, `  encryption_key: ${TOK}`, 'error'],
  ['webhook signature', 'test/webhook_test.rb', `  signature: "${HEX64}",`, `  signing_key: "${HEX64}",`, 'error'],
  ['ciphertext and auth tag in a SQL log', 'log/encryption.log', `INSERT INTO "people" ("email") VALUES (?)  [["email", "{\\"p\\":\\"${synth('base64', 24, 'p')}=\\",\\"h\\":{\\"iv\\":\\"${synth('base64', 16, 'iv2')}\\",\\"at\\":\\"${synth('base64', 22, 'at')}==\\"}}"]]`, `INSERT INTO "keys" ("value") VALUES ('api_key=${TOK}')`, 'error'],
  ['encrypted cookie value (MessageEncryptor)', 'test/cookies_test.rb', `cookies[:session] = "${synth('base64', 96, 'ck')}--${synth('base64', 16, 'ck-iv')}--${synth('base64', 22, 'ck-tag')}=="`, `cookies_secret = "${synth('base64', 44, 'ck-key')}"`, 'error'],
  ['hashed_secret (detect-secrets style)', 'audit/results.json', `      "hashed_secret": "${synth('hex', 40, 'hs')}",`, `      "client_secret": "${synth('hex', 40, 'hs')}",`, 'error'],
  ['password digest', 'db/seeds.rb', `  password_digest: "${synth('base62', 40, 'pd')}",`, `  password: "${synth('base62', 40, 'pd')}",`, 'error'],
  ['fingerprint and checksum names', 'deploy/keys.yml', `key_fingerprint: ${synth('hex', 40, 'fp')}`, `deploy_key: ${synth('base62', 40, 'fp2')}`, 'error'],
  ['argon2 password hash under a password name', 'app/users.py', `    "hashed_password": "$argon2id$v=19$m=65536,t=3,p=4$${synth('base64', 22, 'salt')}$${synth('base64', 43, 'hash')}",`, `    "password": "${synth('base62', 24, 'pw-twin')}",`, 'error'],
  ['a generated value after # => in a doc comment', 'app/models/user.rb', `  #   user.api_token # => "${synth('base62', 24, 'gen')}"`, `  user.api_token = "${synth('base62', 24, 'gen')}"`, 'error'],
  ['a token format shown in a comment', 'lib/tokens.rb', `  # a token looks like: ${synth('abcdefghijklmnopqrstuvwxyz0123456789', 28, 'fmt')}.`, `  TOKEN = "${synth('base62', 28, 'fmt2')}"`, 'error'],
  ['dotted identifier string given to a secret name', 'lib/cookies.rb', '    SECRET_KEY_BASE = "action_dispatch.secret_key_base"', `    SECRET_KEY_BASE = "${HEX64}"`, 'error'],
  ['snake-case config key given to a secret name', 'config/app.py', 'SESSION_SECRET = "app_session_secret_name"', 'SESSION_SECRET = "tangerine-orbit-4417"', 'error'],
  ['prose about a secret', 'app/models/rotation.rb', '#   app.rotate(secret_key_base: "old secret_key_base")', "#   app.rotate(secret_key_base: 'violet harbour lanterns')", 'error'],
  ['"new password" prose', 'app/models/token.rb', '#   user.update!(password: "new password")', '  user.update!(password: "Tr0ub4dor&3x")', 'error'],
  ['Eloquent cast', 'app/Models/User.php', "            'password' => 'hashed',", "            'password' => 'Rk9-plum-Quartz',", 'error'],
  ['password broker name', 'config/auth.php', "    'passwords' => env('AUTH_PASSWORD_BROKER', 'users'),", "    'password' => env('DB_PASSWORD', 'Rk9-plum-Quartz'),", 'error'],
  ['AWS key filled with TEST', 'docs/aws.md', 'aws_access_key_id = AKIATESTTESTTESTTEST', `aws_access_key_id = AKIA${synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'akia')}`, 'error'],
  ['GitHub fine-grained token of x', 'docs/setup.md', `GITHUB_TOKEN=github_pat_${'x'.repeat(82)}`, `GITHUB_TOKEN=ghp_${synth('base62', 36, 'ghp-twin')}`, 'error'],
  ['alphabet run in a key shape', 'src/config.js', 'const apiKey = "AIzaSyAbcdefghijklmnopqrstuvwxyz0123456";', `const apiKey = "AIzaSy${synth('base64url', 33, 'aiza')}";`, 'error'],
  ['punctuation-only password', 'config/db.yml', '  password: ",,,,"', '  password: "Rk9-plum-Quartz"', 'error'],
  ['CHANGEME fill', 'lib/protection.rb', `#     use Rack::Session::Cookie, secret: 'CHANGEME${'a'.repeat(56)}'`, `    use Rack::Session::Cookie, secret: '${HEX64}'`, 'error'],
  ['private key whose body is a placeholder', 'docs/sa.json', '    "privateKey": "-----BEGIN PRIVATE KEY-----xxxx"', `    "privateKey": "-----BEGIN PRIVATE KEY-----\\n${synth('base64', 64, 'pk')}\\n"`, 'error'],
  ['German word compound near auth', 'docs/de/auth.md', 'Der `WWW-Authenticate`-Header folgt den HTTP-Spezifikationen und RFC-Empfehlungen.', `Authorization: Bearer ${TOK}`, 'error'],
];

describe('not-a-credential classes', () => {
  for (const [what, file, quiet, twin, severity] of classes) {
    it(`${what}: stays quiet`, () => expect(scan(file, quiet)).toEqual([]));
    it(`${what}: the twin is still reported`, () => {
      const f = scan(file, twin);
      expect(f.length, JSON.stringify(f)).toBeGreaterThanOrEqual(1);
      expect(f[0]!.severity).toBe(severity);
    });
  }
});

describe('named predicates', () => {
  it('nameBefore reads the name of a value in code, config, logs and HTML', () => {
    const at = (line: string, v: string) => N.nameBefore(line, line.indexOf(v));
    expect(at('token: "abc"', 'abc')).toBe('token');
    expect(at('"authenticity_token"=>"abc"', 'abc')).toBe('authenticity_token');
    expect(at('<input name="csrf_token" value="abc">', 'abc')).toBe('csrf_token');
    expect(at('{\\"iv\\":\\"abc\\"}', 'abc')).toBe('iv');
    expect(at('f("abc")', 'abc')).toBe(null);
  });
  it('isPublicSaltName: cookie and key-derivation salts, not WordPress or CakePHP salts', () => {
    expect(N.isPublicSaltName('encrypted_cookie_salt')).toBe(true);
    expect(N.isPublicSaltName('key_derivation_salt')).toBe(true);
    expect(N.isPublicSaltName('AUTH_SALT')).toBe(false);
    expect(N.isPublicSaltName('Security.salt')).toBe(false);
  });
  it('isPasswordHash: crypt and PHC formats only', () => {
    expect(N.isPasswordHash(`$2b$12$${synth('base64', 53, 'bc')}`)).toBe(true);
    expect(N.isPasswordHash(`pbkdf2_sha256$600000$${synth('base62', 22, 's')}$${synth('base64', 44, 'h')}`)).toBe(true);
    expect(N.isPasswordHash(`$${TOK}`)).toBe(false);
  });
  it('isIdentifierString: lower-case dotted or three-part snake names, nothing with digits or capitals', () => {
    expect(N.isIdentifierString('action_dispatch.secret_key_base')).toBe(true);
    expect(N.isIdentifierString('app.session')).toBe(true);
    expect(N.isIdentifierString('my_app_secret')).toBe(true);
    expect(N.isIdentifierString('my_secret')).toBe(false); // two parts: a weak value, judged as such
    expect(N.isIdentifierString('app.s3ssion')).toBe(false);
  });
  it('isReportFieldLine: fields of scanner reports and workflow annotations', () => {
    expect(N.isReportFieldLine('    {"fingerprint":"app.py:secret-key-assignment:0123456789abcdef","rule":"x"}')).toBe(true);
    expect(N.isReportFieldLine('::error file=app.py,line=3::Flask SECRET_KEY assigned a literal value')).toBe(true);
    expect(N.isReportFieldLine(`{"secret_key": "${HEX64}"}`)).toBe(false);
  });
});

describe('placeholder fills (isPlaceholder, applied to every rule in the engine)', () => {
  const yes = ['AKIATESTTESTTESTTEST', `rk_live_${'TESTtest'.repeat(6)}`, 'abcdefghijklmnopqrstuvwxyz', '0123456789abcdef0123', 'sk-qwertyuiopasdfghjkl', ',', '!!!', `CHANGEME${'a'.repeat(20)}`];
  for (const v of yes) it(`recognises ${v.slice(0, 40)}`, () => expect(isPlaceholder(v)).toBe(true));
  // Boundaries: a unit repeated to 11 characters, a run of 7 letters, 6 keys of a row are not fills.
  const no = [TOK, HEX64, synth('base64', 44, 'ph'), 'abababababa', 'Xabcdefg9', 'qwerty-9Zk'];
  for (const v of no) it(`lets through ${v.slice(0, 40)}`, () => expect(isFilledPlaceholder(v.toLowerCase()) || isPlaceholder(v)).toBe(false));
});
