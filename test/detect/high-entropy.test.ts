// high-entropy reports random-looking tokens in secret-looking places, and never the strings
// that make people turn other scanners off: hashes, digests, ids, encoded content, public keys.
import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/detect/engine.js';
import { synth } from '../../src/detect/synthetic.js';
import { detectHighEntropy } from '../../src/detect/detectors/high-entropy.js';
import { fileContext } from '../../src/detect/filters/file-context.js';

const engine = createEngine({ disable: new Set() });
function scan(file: string, text: string) {
  return engine.detect({ file, lines: text.split('\n').map((t, i) => ({ number: i + 1, text: t })) });
}

const B62 = synth('base62', 40, 'he-b62');
const B64 = synth('base64', 44, 'he-b64');
const HEX = synth('hex', 32, 'he-hex');
const sha1 = createHash('sha1').update('secret-scan').digest('hex');
const sha256 = createHash('sha256').update('secret-scan').digest('hex');
const sri = 'sha384-' + createHash('sha384').update('bundle').digest('base64');
const sha512b64 = 'sha512-' + createHash('sha512').update('left-pad').digest('base64');

describe('high-entropy: reported', () => {
  const cases: [string, string, string][] = [
    ['client.py', `headers = {"Authorization": "Bearer ${B62}"}`, B62],
    ['deploy.sh', `curl -H "Authorization: token ${B62}" https://api.internal.test/v1`, B62],
    ['settings.py', `STRIPE_KEY = "${B64}"`, B64],
    ['config.yaml', `  api_token: ${B62}`, B62],
    ['.env', `SERVICE_AUTH_TOKEN=${HEX}`, HEX],
    ['app.js', `const accessKey = '${B62}';`, B62],
  ];
  for (const [file, text, secret] of cases) {
    it(`reports ${text.slice(0, 50)}…`, () => {
      const f = scan(file, text);
      expect(f.map((x) => x.secret)).toContain(secret);
      const hit = f.find((x) => x.secret === secret)!;
      expect(hit.column).toBe(text.indexOf(secret) + 1);
    });
  }
});

describe('high-entropy: never', () => {
  const quiet: [string, string, string][] = [
    ['lockfile integrity hashes', 'package-lock.json', `      "integrity": "${sha512b64}",`],
    ['yarn.lock checksums', 'yarn.lock', `  integrity ${sha512b64}`],
    ['SRI integrity= attributes', 'index.html', `<script src="https://cdn.example.com/app.js" integrity="${sri}" crossorigin="anonymous"></script>`],
    ['git SHAs in action pins', '.github/workflows/ci.yml', `      - uses: actions/checkout@${sha1} # v4`],
    ['git SHAs in prose', 'CHANGELOG.md', `- Fix token refresh (${sha1})`],
    ['commit fields', 'deploy.json', `{ "commit": "${sha1}", "auth": "none" }`],
    ['docker digests', 'docker-compose.yml', `    image: postgres@sha256:${sha256}`],
    ['UUIDs', 'config.py', `API_CLIENT_ID = "${randomUUID()}"`],
    ['data: URIs', 'style.css', `.logo { background: url("data:image/png;base64,${synth('base64', 120, 'png')}"); }`],
    ['public keys', 'authorized_keys', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${synth('base64', 43, 'ssh')} deploy@ci`],
    ['certificates', 'ca.pem', `-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE${synth('base64', 44, 'cert')}\n-----END CERTIFICATE-----`],
    ['hash contexts', 'checksums.py', `EXPECTED_SHA256 = "${sha256}"`],
    ['test vectors', 'test_hmac.py', `# test vector: key = "${HEX}"`],
    ['minified bundles', 'dist/app.min.js', `var a="${B62}",b=function(){return a};`],
    ['SOPS ciphertext', 'secrets.enc.yaml', `api_token: ENC[AES256_GCM,data:${synth('base64', 40, 'sops')},iv:${synth('base64', 16, 'iv')}=,type:str]`],
    ['paths and identifiers', 'app.ts', 'const tokenStorageKeyForRefreshTokens = "auth/refresh/tokenStorageKeyForRefreshTokens";'],
    ['AWS documented example keys', 'README.md', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['DER public keys in base64', 'seeds.json', `{"keyval": {"public": "MCowBQYDK2VwAyEA${synth('base64', 43, 'ed25519')}="}, "keytype": "ed25519"}`],
    ['base64 of prose, judged decoded', 'config.js', `  auth: '${Buffer.from('isaacs:not my real password').toString('base64')}',`],
  ];
  for (const [what, file, text] of quiet) {
    it(`does not report ${what}`, () => {
      expect(scan(file, text).filter((f) => f.ruleId === 'high-entropy')).toEqual([]);
    });
  }
});

describe('braced values', () => {
  it('reports an ODBC Pwd={…} password but not a Maven <password>{…}</password> ciphertext', () => {
    const pw = synth('base62', 20, 'odbc');
    const odbc = scan('db.py', `conn = "Driver={ODBC Driver 18 for SQL Server};Server=tcp:db.internal,1433;Uid=app;Pwd={${pw}};"`);
    expect(odbc.map((f) => f.secret)).toContain(`{${pw}}`);
    expect(scan('settings.xml', `      <password>{${synth('base64', 44, 'mvn')}}</password>`)).toEqual([]);
  });
});

describe('placeholder private keys', () => {
  it('does not report an inline PEM whose body is a placeholder, but reports a real-looking one', () => {
    expect(scan('docs/config.md', 'key="-----BEGIN PRIVATE KEY-----\\nXXXX\\nXXXX\\n-----END PRIVATE KEY-----"')).toEqual([]);
    const real = scan('config.json', `"key": "-----BEGIN PRIVATE KEY-----\\nMIIEv${synth('base64', 60, 'pk-inline')}\\n-----END PRIVATE KEY-----\\n"`);
    expect(real.map((f) => f.ruleId.startsWith('private-key'))).toContain(true);
  });
});

describe('blobs over several lines', () => {
  it('does not report XML-DSig signature values', () => {
    const sig = `    <dsig:SignatureValue>${synth('base64', 64, 'sig1')}\n${synth('base64', 22, 'sig2')}==</dsig:SignatureValue>`;
    expect(scan('signed.xml', sig)).toEqual([]);
  });
  it('reports a random blob split into string chunks once, on its first line', () => {
    const chunks = Array.from({ length: 5 }, (_, i) => `  "${synth('base64', 64, `chunk${i}`)}"`).join('\n');
    const f = scan('bench.c', `static const char *key =\n  "api_token=${synth('base64', 64, 'chunk-head')}"\n${chunks};`);
    expect(f.map((x) => x.line)).toEqual([2]);
  });
});

describe('high-entropy without a context word', () => {
  // With no context word on the line, only Bearer tokens and 20+ character runs inside literals
  // are candidates; a line with neither returns before the hash, test-vector and ciphertext filters.
  const ctx = fileContext('src/app.js');
  const he = (text: string) => detectHighEntropy(text, ctx).map((m) => m.secret);
  it('reports a very random literal, and not the same value unquoted', () => {
    expect(he(`const value = "${B62}";`)).toEqual([B62]);
    expect(he(`const value = ${B62};`)).toEqual([]);
  });
  it('reads a backtick literal only when the line also holds a quote or an apostrophe, as before', () => {
    expect(he(`const value = \`${B62}\`;`)).toEqual([]);
    expect(he(`const value = \`${B62}\`; // it's the "value"`)).toEqual([B62]);
  });
  it('still applies the filters to a literal run: an integrity field is no finding', () => {
    expect(he(`const integrity = "${B62}";`)).toEqual([]);
    expect(he(`const checksum = 1, value = "${B62}";`)).toEqual([]);
  });
  it('with a context word, judges an unquoted run by looksRandom', () => {
    expect(he(`const token = ${B62};`)).toEqual([B62]);
  });
});
