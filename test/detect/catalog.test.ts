// Every provider rule proves itself on its own samples.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { providerRules } from '../../src/detect/rules/index.js';
import { hasKeyword, matchRule } from '../../src/detect/detectors/provider-match.js';
import { createEngine } from '../../src/detect/engine.js';

const engine = createEngine();
import { isPlaceholderPassword } from '../../src/detect/rules/databases.js';
import { inlineKey, isPlausibleJwt, untilFooter } from '../../src/detect/rules/private-keys.js';
import { synth } from '../../src/detect/synthetic.js';

function reports(rule: (typeof providerRules)[number], line: string): boolean {
  return hasKeyword(rule, line.toLowerCase()) && matchRule(rule, line).length > 0;
}

/** Characters that end a token: a positive sample's secret, unless the rule lists it, is the whole token. */
const TOKEN_END = /[\s"'`=,;&()<>[\]{}]/;

function tokenAround(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && !TOKEN_END.test(text[a - 1]!)) a--;
  while (b < text.length && !TOKEN_END.test(text[b]!)) b++;
  return text.slice(a, b);
}

describe('provider rule catalog', () => {
  it('has unique ids', () => {
    const ids = providerRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has as many rules as the README says', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(/\*\*Provider credentials\*\*: (\d+) rules/.exec(readme)?.[1]).toBe(String(providerRules.length));
  });

  for (const rule of providerRules) {
    const samples = rule.samples();
    describe(rule.id, () => {
      it('has at least two true and two false samples and lower-case keywords', () => {
        expect(samples.positive.length).toBeGreaterThanOrEqual(2);
        expect(samples.negative.length).toBeGreaterThanOrEqual(2);
        for (const k of rule.keywords) expect(k).toBe(k.toLowerCase());
        expect(rule.pattern.global || rule.pattern.sticky).toBe(false);
        if (samples.secrets) expect(samples.secrets.length).toBeLessThanOrEqual(samples.positive.length);
      });
      samples.positive.forEach((s, i) => {
        const lines = s.split('\n');
        const listed = samples.secrets?.[i];
        it(`reports exactly the secret of ${JSON.stringify(s.slice(0, 60))}`, () => {
          const found = lines.flatMap((text, n) => (hasKeyword(rule, text.toLowerCase()) ? matchRule(rule, text).map((m) => ({ ...m, n, text })) : []));
          expect(found).toHaveLength(1);
          const m = found[0]!;
          expect(m.ruleId).toBe(rule.id);
          expect(m.text.slice(m.start, m.end)).toBe(m.secret);
          if (listed !== undefined) {
            expect(m.secret).toBe(listed);
            expect(m.start).toBe(m.text.indexOf(listed));
          } else {
            expect(m.secret).toBe(tokenAround(m.text, m.start, m.end));
          }
        });
        // Through the whole engine too: no later filter may drop what the rule finds (an overlapping
        // rule of the engine's choice may name it, e.g. a JWT-shaped vendor token).
        it(`the engine reports the secret of ${JSON.stringify(s.slice(0, 60))}`, () => {
          const found = lines.flatMap((text, n) => (hasKeyword(rule, text.toLowerCase()) ? matchRule(rule, text).map((m) => ({ ...m, n })) : []));
          const m = found[0]!;
          const findings = engine.detect({ file: 'sample.conf', lines: lines.map((text, n) => ({ number: n + 1, text })) });
          const covering = findings.filter((f) => f.line === m.n + 1 && f.column - 1 <= m.start && f.endColumn - 1 >= m.end);
          expect(covering.length).toBeGreaterThan(0);
        });
      });
      for (const s of samples.negative) {
        it(`does not report ${JSON.stringify(s.slice(0, 60))}`, () => expect(reports(rule, s)).toBe(false));
      }
    });
  }
});

describe('one finding per credential (#13)', () => {
  const detect = (text: string) => engine.detect({ file: 'service-account.json', lines: [{ number: 1, text }] });

  it.each([
    ['a service-account JSON line', (k: string) => `  "private_key": "${k}\\n",`, 'gcp-service-account-private-key'],
    ['a whole service-account JSON on one line', (k: string) => `{"type": "service_account", "private_key": "${k}\\n", "client_email": "ci@acme.iam.gserviceaccount.com"}`, 'gcp-service-account-private-key'],
    ['an env file', (k: string) => `SIGNING_KEY="${k}\\n"`, 'private-key-inline'],
  ])('reports a JSON-escaped PEM key of 26 body lines once, as the key up to its footer, in %s', (_, wrap, ruleId) => {
    const key = inlineKey('PRIVATE KEY', 'one-finding', 26);
    const text = wrap(key);
    const findings = detect(text);
    expect(findings.map((f) => [f.ruleId, f.column, f.secret])).toEqual([[ruleId, text.indexOf(key) + 1, untilFooter(key)]]);
  });

  it('reports the token, not the constant password, in https://<token>:x-oauth-basic@github.com', () => {
    const token = `ghp_${synth('base62', 36, 'oauth-basic')}`;
    const text = `git clone https://${token}:x-oauth-basic@github.com/acme/app.git`;
    const findings = detect(text);
    expect(findings.map((f) => [f.ruleId, f.column, f.secret])).toEqual([['url-token-oauth-basic', text.indexOf(token) + 1, token]]);
  });

  it('still reports a real password in https://user:password@host', () => {
    const pw = synth('base62', 18, 'oauth-basic-twin');
    expect(detect(`https://deploy:${pw}@git.acme-corp.io/app.git`).map((f) => f.secret)).toEqual([pw]);
  });
});

describe('catalog conventions', () => {
  it('uses kebab-case ids, one-line remediation and error severity for provider rules', () => {
    for (const rule of providerRules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(rule.remediation.length).toBeGreaterThan(10);
      expect(rule.remediation).not.toContain('\n');
      expect(rule.keywords.length).toBeGreaterThan(0);
    }
  });
});

describe('isPlaceholderPassword (database URLs)', () => {
  it.each(['${DB_PASSWORD}', '<password>', 'password', 'pass', 'changeme', '****', '%s', '{password}', '$PASSWORD', 'postgres', 'YOUR_PASSWORD', '%(pw)s', 'xx'])(
    'treats %j as a placeholder',
    (pw) => expect(isPlaceholderPassword(pw)).toBe(true),
  );
  it.each([synth('base62', 16, 'pw1'), 'Tr0ub4dor&3x', `${synth('base62', 10, 'pw2')}%40${synth('base62', 6, 'pw3')}`])('treats %j as a real password', (pw) =>
    expect(isPlaceholderPassword(pw)).toBe(false),
  );
});

describe('isPlausibleJwt', () => {
  const seg = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const sig = synth('base64url', 43, 'sig');
  it('accepts a header with alg and an object payload', () => {
    expect(isPlausibleJwt(`${seg({ alg: 'RS256', kid: 'k1' })}.${seg({ sub: 'x' })}.${sig}`)).toBe(true);
  });
  it.each([
    ['a header that is not JSON', `eyJ${synth('base64url', 20, 'h')}.${seg({ sub: 'x' })}.${sig}`],
    ['a header without alg', `${seg({ typ: 'JWT' })}.${seg({ sub: 'x' })}.${sig}`],
    ['alg none', `${seg({ alg: 'none' })}.${seg({ sub: 'x' })}.${sig}`],
    ['a payload that is not an object', `${seg({ alg: 'HS256' })}.${seg([1, 2])}.${sig}`],
    ['a Supabase anon key (public by design)', `${seg({ alg: 'HS256' })}.${seg({ role: 'anon' })}.${sig}`],
    ['two segments', `${seg({ alg: 'HS256' })}.${seg({ sub: 'x' })}`],
  ])('rejects %s', (_, token) => expect(isPlausibleJwt(token)).toBe(false));
});

describe('ordinary code stays quiet', () => {
  // Lines that name secrets without holding one: no provider rule (generic ones included) may report them.
  const lines = [
    "password = request.form['password']",
    'token = jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")',
    'api_key = config["api_key"]',
    "const token = req.headers.authorization?.split(' ')[1];",
    'this.password = password;',
    'password: { type: String, required: true, minlength: 12 },',
    'if (password !== confirmPassword) throw new Error("passwords differ");',
    'PASSWORD_MIN_LENGTH = 12',
    'token_url = "https://oauth2.googleapis.com/token"',
    'secret_name = "prod/database/master-password"',
    'access_token = response.json()["access_token"]',
    '  clientSecret: process.env.GOOGLE_CLIENT_SECRET!,',
    'export API_KEY="$(vault kv get -field=api_key secret/app)"',
    'String password = System.getenv("DB_PASSWORD");',
    'db_password = os.getenv("DB_PASSWORD", "")',
    '  password: ${{ secrets.REGISTRY_PASSWORD }}',
    'auth_token = AuthToken.objects.create(user=user)',
    'private_key = load_pem_private_key(data, password=None)',
    '<input type="password" name="password" autocomplete="current-password">',
    'Authorization: Bearer <token>',
    'git clone https://github.com/org/repo.git',
    'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app_test',
    'redis_url = "redis://localhost:6379/0"',
    'mongodb://mongo:27017/app',
    'const apiKeyHeader = "X-Api-Key";',
    '  "token_type": "Bearer",',
    'refresh_token_expires_in = 7776000',
    'hashed_password = bcrypt.hashpw(password.encode(), bcrypt.gensalt())',
    '# Set AWS_SECRET_ACCESS_KEY in your shell before running terraform',
    'ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519 -N ""',
  ];
  it.each(lines)('%s', (line) => {
    const reported = providerRules.filter((rule) => reports(rule, line)).map((r) => r.id);
    expect(reported).toEqual([]);
  });
});
