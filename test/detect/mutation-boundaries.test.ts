// Boundaries of the detectors, each pinned so that a one-character change to it fails a test:
// the 16-byte weak-key floor, the weak values that only the list catches, environment-lookup
// fallbacks, bytes literals, the randomness threshold in context, and the base64 text checks.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/detect/engine.js';
import { decodeBase64Text } from '../../src/detect/detectors/encoded.js';
import { byteLength, decodeEscapes, findLiterals } from '../../src/detect/detectors/literals.js';
import { prng, synth } from '../../src/detect/synthetic.js';

const engine = createEngine({ lineBudgetMs: Infinity });
const scan = (file: string, text: string) => engine.detect({ file, lines: [{ number: 1, text }] });
const rules = (file: string, text: string) => scan(file, text).map((f) => f.ruleId);
const b64 = (s: string) => Buffer.from(s).toString('base64');

/**
 * A value no randomness test accepts, `n` characters long: words, but not the words secret or key
 * (values spelled from those are weak), and no alphabet run (a hand-filled placeholder).
 */
const plain = (n: number) => 'purple-tomato-dishwasher-river'.slice(0, n);
/** A bytes literal of `n` high bytes, as os.urandom prints them. */
function urandomLiteral(n: number, seed: string): string {
  const next = prng(n * 7919 + seed.length);
  return `b'${Array.from({ length: n }, () => `\\x${(0x80 + Math.floor(next() * 128)).toString(16)}`).join('')}'`;
}

describe('the 16-byte floor of a signing key', () => {
  it.each([
    [15, 'weak-secret-key'],
    [16, 'secret-key-assignment'],
    [17, 'secret-key-assignment'],
  ])('a plain %i-byte SECRET_KEY is reported as %s', (n, rule) => {
    expect(rules('app/config.py', `SECRET_KEY = '${plain(n)}'`)).toEqual([rule]);
  });

  it.each([
    [15, 'weak-secret-key'],
    [16, 'secret-key-assignment'],
  ])('a bytes literal of %i bytes from os.urandom is reported as %s (one byte per \\x escape)', (n, rule) => {
    const f = scan('app/config.py', `app.secret_key = ${urandomLiteral(n, 'floor')}`);
    expect(f.map((x) => x.ruleId)).toEqual([rule]);
  });

  it('counts a bytes literal one byte per escape and a text literal in UTF-8 bytes', () => {
    const [bytes] = findLiterals(`k = b'\\x8f\\x1a\\xff\\x00'`);
    expect(bytes!.value).toBe('\x8f\x1a\xff\x00');
    expect(byteLength(bytes!)).toBe(4);
    const [text] = findLiterals(`k = '\u00e9t\u00e9'`);
    expect(byteLength(text!)).toBe(5);
    expect(decodeEscapes('\\x41\\x4a\\xZZ')).toBe('AJ\\xZZ');
  });
});

describe('weak values the length rule alone would not catch', () => {
  // Each is 16 bytes or more, or prose: only the list of well-known values makes it a warning.
  it.each(['hard to guess string', 'hard-to-guess-string', 'somerandomstring', 'super-secret-key'])('SECRET_KEY = %j is a weak key', (value) => {
    expect(rules('app/__init__.py', `app.config['SECRET_KEY'] = os.environ.get('SECRET_KEY') or '${value}'`)).toEqual(['weak-secret-key']);
    expect(rules('config.py', `SECRET_KEY = '${value}'`)).toEqual(['weak-secret-key']);
  });
});

describe('environment lookups with a literal fallback', () => {
  it("reads os.environ.get('SECRET_KEY', '…') as a hard-coded fallback, not a plain call", () => {
    const value = 'flask-fallback-purple-tomato';
    const f = scan('settings.py', `SECRET_KEY = os.environ.get('SECRET_KEY', '${value}')`);
    expect(f.map((x) => [x.ruleId, x.secret])).toEqual([['secret-key-assignment', value]]);
    expect(f[0]!.message).toMatch(/hard-coded fallback/);
  });

  it("does the same for a random fallback, and os.getenv('JWT_SECRET', '…')", () => {
    const key = synth('hex', 48, 'fallback');
    expect(scan('settings.py', `SECRET_KEY = os.environ.get("SECRET_KEY", "${key}")`)[0]!.message).toMatch(/hard-coded fallback/);
    expect(scan('auth.py', `JWT_SECRET = os.getenv('JWT_SECRET', '${key}')`)[0]!.message).toMatch(/hard-coded fallback/);
  });

  it('does not read an arbitrary call with a plain value as a fallback', () => {
    expect(scan('views.py', `render('secret_key', '${plain(20)}')`)).toEqual([]);
  });
});

describe('the randomness threshold in context', () => {
  // Random tokens of every common alphabet and length, next to a secret-looking word: a stricter
  // threshold (a score of 0.75 instead of 0.5) loses several percent of them.
  const alphabets = ['hex', 'base62', 'base64url', 'upperAlnum', 'lowerAlnum'] as const;
  // (40 hex digits are left out: that is a commit id, rightly not reported.)
  const tokens = alphabets.flatMap((a) => Array.from({ length: 80 }, (_, k) => synth(a, a === 'hex' && k % 29 === 20 ? 41 : 20 + (k % 29), `ctx-${a}-${k}`)));

  it('reports every one of 400 generated random tokens after `Authorization: token`', () => {
    // The header rule (generic-token-auth-header) now names most of them; high-entropy the rest.
    const missed = tokens.filter((t) => !scan('deploy.sh', `curl -H "Authorization: token ${t}" https://api.internal.test/v1`).some((f) => f.secret === t));
    expect(missed).toEqual([]);
  });

  it('reports every one of them as a literal on a line that speaks of auth (the in-context path of high-entropy)', () => {
    const missed = tokens.filter((t) => !rules('client.py', `client.authenticate("${t}")`).includes('high-entropy'));
    expect(missed).toEqual([]);
  });

  it('reports every one of them as an api_token value', () => {
    const missed = tokens.filter((t) => scan('client.py', `api_token = "${t}"`).length === 0);
    expect(missed).toEqual([]);
  });
});

describe('base64 blobs decode only when they are really base64 of text', () => {
  it('decodes a canonical encoding and refuses one whose padding bits are not zero (no round trip)', () => {
    expect(decodeBase64Text('YWJjZA==')).toBe('abcd');
    expect(decodeBase64Text('YWJjZB==')).toBeNull();
    expect(decodeBase64Text('YWJjZGU=')).toBe('abcde');
    expect(decodeBase64Text('YWJjZGV=')).toBeNull();
  });

  it('accepts text with exactly 97% printable characters and refuses 96%', () => {
    const text = (printable: number) => 'a'.repeat(printable) + '\u0001'.repeat(100 - printable);
    expect(decodeBase64Text(b64(text(97)))).toBe(text(97));
    expect(decodeBase64Text(b64(text(96)))).toBeNull();
    expect(decodeBase64Text(b64('line one\r\n\tline two'))).toBe('line one\r\n\tline two');
  });

  it('refuses fewer than 4 decoded bytes and a body of length 4n+1', () => {
    expect(decodeBase64Text('YWJj')).toBeNull(); // 'abc'
    expect(decodeBase64Text('YWJjZA')).toBe('abcd');
    expect(decodeBase64Text('YWJjZ')).toBeNull();
  });

  it('finds the password in a Kubernetes Secret value', () => {
    const password = synth('base62', 20, 'k8s');
    const good = b64(password);
    expect(rules('k8s/secret.yaml', `  DB_PASSWORD: ${good}`)).toEqual(['hardcoded-password']);
  });
});

describe("a private key's identity: its first line of material, within 4 lines of the header", () => {
  const header = '-----BEGIN RSA PRIVATE KEY-----';
  const pem = (before: string[], material: string, numbers?: number[]) => {
    const texts = [header, ...before, material, '-----END RSA PRIVATE KEY-----'];
    return engine.detect({ file: 'keys/k.pem', lines: texts.map((text, i) => ({ number: numbers?.[i] ?? i + 1, text })) });
  };
  const identity = (f: ReturnType<typeof pem>) => f.filter((x) => x.ruleId === 'private-key-rsa').map((x) => x.identity);

  it('takes the first run of 40 base64 characters, not 39', () => {
    const run = synth('base64', 40, 'identity-40');
    expect(identity(pem([], `${run}`))).toEqual([run]);
    expect(identity(pem([], `${run.slice(0, 39)}`))).toEqual([undefined]);
  });

  it('looks past Proc-Type, DEK-Info and a blank line: material on the 4th line after counts, on the 5th not', () => {
    const run = synth('base64', 64, 'identity-far');
    const encrypted = ['Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-128-CBC,00112233', ''];
    expect(identity(pem(encrypted, run))).toEqual([run]);
    expect(identity(pem([...encrypted, 'x'], run))).toEqual([undefined]);
  });

  it('takes no material from a line that is not the next one (a diff that adds the header and a far line)', () => {
    const run = synth('base64', 64, 'identity-gap');
    expect(identity(pem([], run, [1, 3, 4]))).toEqual([undefined]);
  });

  it.each([
    ['a PuTTY key (its public half, after three header lines)', 'keys/deploy.ppk', ['PuTTY-User-Key-File-3: ssh-ed25519', 'Encryption: none', 'Comment: deploy', 'Public-Lines: 2'], 'putty-private-key'],
    ['a minisign secret key file', 'keys/minisign.key', ['untrusted comment: minisign encrypted secret key'], 'minisign-secret-key'],
    ['a PGP private key block', 'keys/release.asc', ['-----BEGIN PGP PRIVATE KEY BLOCK-----', ''], 'pgp-private-key-block'],
  ])('identifies %s by its material', (_, file, head, rule) => {
    const run = synth('base64', 64, `identity-${rule}`);
    const f = engine.detect({ file, lines: [...head, run].map((text, i) => ({ number: i + 1, text })) });
    expect(f.filter((x) => x.ruleId === rule).map((x) => x.identity)).toEqual([run]);
  });

  it('gives two keys with the same header two fingerprints, and one key the same fingerprint wherever it is', () => {
    const a = synth('base64', 64, 'identity-a');
    const b = synth('base64', 64, 'identity-b');
    const [fa] = pem([], a);
    const [fb] = pem([], b);
    const [moved] = engine.detect({ file: 'keys/k.pem', lines: [header, a].map((text, i) => ({ number: i + 40, text })) });
    expect(fa!.fingerprint).not.toBe(fb!.fingerprint);
    expect(moved!.fingerprint).toBe(fa!.fingerprint);
  });
});
