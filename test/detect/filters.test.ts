// Each named false-positive filter, alone: what it recognises and what it must let through.
import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fileContext } from '../../src/detect/filters/file-context.js';
import * as F from '../../src/detect/filters/filters.js';
import { synth } from '../../src/detect/synthetic.js';

const KEY = synth('base62', 40, 'filters');
const sha1 = createHash('sha1').update('x').digest('hex');

const table: [string, (v: string) => boolean, string[], string[]][] = [
  ['isTemplateReference', F.isTemplateReference, ['${SECRET_KEY}', '{{ .Values.secret }}', '${{ secrets.TOKEN }}', '%(secret)s', '$SECRET', '#{secret}', '<%= ENV["X"] %>', '%SECRET%', '$(cat /run/secrets/key)'], [KEY, 'dollar$sign-in-middle-ok', 'plain-value']],
  ['isPlaceholder', F.isPlaceholder, ['your-secret-key-here', '<your-api-key>', 'xxxxxxxxxxxx', 'REPLACE_ME', '********', 'changeme-placeholder', 'insert-token', '...', 'TODO', 'null'], [KEY, 'dev', 'keyboard cat']],
  ['isKnownWeakValue', F.isKnownWeakValue, ['dev', 'secret', 'changeme', 'keyboard cat', 'Keyboard Cat', 'supersecret'], [KEY, 'dev-7f3a9c2b1e']],
  ['isUuid', F.isUuid, [randomUUID(), randomUUID().toUpperCase()], [KEY, randomUUID().replaceAll('-', '')]],
  ['isDocumentedExample', F.isDocumentedExample, ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'], [KEY]],
  ['isPointerValue', F.isPointerValue, ['^1.2.3', '~2.0', 'file:../lib', 'workspace:*', 'https://example.com/callback', './secrets/key.pem', '/run/secrets/db_password', 'dist/cli.js'], [KEY, 'https://user:pa55word@db.internal/app']],
  ['isEncryptedValue', F.isEncryptedValue, ['ENC[AES256_GCM,data:abcd,iv:efgh,tag:ijkl,type:str]', '$ANSIBLE_VAULT;1.1;AES256', 'vault:v1:8SDd3WHDOjf7mq69CyCqYjBXAiQQAVZRkFM13ok481zoCmHnSeDX9vyf7w==', 'ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)', '{cipher}AQB3c2lm', 'Ag' + synth('base64', 200, 'sealed')], [KEY, 'ENC']],
  ['isTestOrCiPath', F.isTestOrCiPath, ['tests/test_app.py', 'src/app.test.ts', '.github/workflows/ci.yml', '.env.test', 'spec/models/user_spec.rb', '.gitlab-ci.yml'], ['app/config.py', '.env', 'src/contest/winner.py']],
  ['isTranslationPath', F.isTranslationPath, ['locales/en.json', 'src/i18n/fr.yml', 'messages.po'], ['config/en.py', 'app.json']],
];

describe('named filters', () => {
  for (const [name, fn, yes, no] of table) {
    for (const v of yes) it(`${name} recognises ${JSON.stringify(v).slice(0, 60)}`, () => expect(fn(v)).toBe(true));
    for (const v of no) it(`${name} lets through ${JSON.stringify(v).slice(0, 60)}`, () => expect(fn(v)).toBe(false));
  }

  it('isGitShaContext: 40-hex commit ids in action pins and commit fields', () => {
    expect(F.isGitShaContext(sha1, `uses: actions/checkout@${sha1}`)).toBe(true);
    expect(F.isGitShaContext(sha1, `"commit": "${sha1}"`)).toBe(true);
    expect(F.isGitShaContext(sha1, `API_TOKEN = "${sha1}"`)).toBe(false);
  });
  it('isDigest: image and content digests', () => {
    const line = `image: nginx@sha256:${'a'.repeat(64)}`;
    expect(F.isDigest('a'.repeat(64), line, line.indexOf('a'.repeat(64)))).toBe(true);
    expect(F.isDigest(KEY, `token: ${KEY}`, 7)).toBe(false);
  });
  it('isIntegrityHash: SRI attributes and lockfile integrity fields', () => {
    expect(F.isIntegrityHash('<script integrity="sha384-abc" src=x>')).toBe(true);
    expect(F.isIntegrityHash('"integrity": "sha512-abc=="')).toBe(true);
    expect(F.isIntegrityHash(`token = "${KEY}"`)).toBe(false);
  });
  it('isDataUri: inline images', () => {
    const line = 'src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAE"';
    expect(F.isDataUri(line, line.indexOf('iVBOR'))).toBe(true);
    expect(F.isDataUri(`token="${KEY}"`, 7)).toBe(false);
  });
  it('isPublicKeyLine: certificates and public keys, never private keys', () => {
    expect(F.isPublicKeyLine('-----BEGIN CERTIFICATE-----')).toBe(true);
    expect(F.isPublicKeyLine('-----BEGIN PUBLIC KEY-----')).toBe(true);
    expect(F.isPublicKeyLine('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA user@host')).toBe(true);
    expect(F.isPublicKeyLine('-----BEGIN RSA PRIVATE KEY-----')).toBe(false);
  });
  it('isTestVectorContext and isHashContext', () => {
    expect(F.isTestVectorContext('# NIST test vector for HMAC-SHA256')).toBe(true);
    expect(F.isHashContext('EXPECTED_SHA256 = "abc"')).toBe(true);
    expect(F.isHashContext(`api_token = "${KEY}"`)).toBe(false);
  });
  it('lockfiles and minified bundles are recognised by path', () => {
    for (const p of ['package-lock.json', 'web/yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'deno.lock', 'poetry.lock', 'Pipfile.lock', 'Cargo.lock', 'go.sum', 'composer.lock', 'Gemfile.lock']) {
      expect(fileContext(p).isLockfile, p).toBe(true);
    }
    // Every name of the list (those not ending in .lock: the rest are lockfiles by their suffix too), in any case.
    for (const p of ['npm-shrinkwrap.json', 'bun.lockb', 'pdm.lock', 'uv.lock', 'Podfile.lock', 'packages.lock.json', 'flake.lock', 'mix.lock', 'pubspec.lock', 'gradle.lockfile', 'conda-lock.yml', 'paket.lock', 'Package.resolved', 'app/PACKAGE-LOCK.JSON']) {
      expect(fileContext(p).isLockfile, p).toBe(true);
    }
    expect(fileContext('src/lock.ts').isLockfile).toBe(false);
    // Any other *.lock is one; a file named .lock, or a lockfile's name with more around it, is not.
    expect(fileContext('vendor/anything.lock').isLockfile).toBe(true);
    for (const p of ['.lock', 'dir/.lock', 'package-lock.json.bak', 'my-package-lock.json', 'go.sum.txt', 'conda-lock.yaml']) expect(fileContext(p).isLockfile, p).toBe(false);
    expect(fileContext('dist/app.min.js').isMinified).toBe(true);
    expect(fileContext('dist/app.js.map').isMinified).toBe(true);
    expect(fileContext('src/app.js').isMinified).toBe(false);
  });
});
