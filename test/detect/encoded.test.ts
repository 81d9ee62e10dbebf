// Encoded secrets: base64 blobs are decoded and scanned again; a finding inside reports the
// blob's location and says it was encoded.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/detect/engine.js';
import { decodeBase64Text } from '../../src/detect/detectors/encoded.js';
import { synth } from '../../src/detect/synthetic.js';

const engine = createEngine();
function scan(file: string, text: string) {
  return engine.detect({ file, lines: text.split('\n').map((t, i) => ({ number: i + 1, text: t })) });
}
const b64 = (s: string) => Buffer.from(s).toString('base64');

const KEY = synth('hex', 64, 'encoded-key');
const PASSWORD = synth('base62', 24, 'encoded-pw');

describe('encoded secrets', () => {
  it('decodes a Kubernetes Secret data value and keeps its name', () => {
    const blob = b64(PASSWORD);
    const text = `apiVersion: v1\nkind: Secret\ndata:\n  DB_PASSWORD: ${blob}`;
    const f = scan('k8s/secret.yaml', text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 4, column: text.split('\n')[3]!.indexOf(blob) + 1, encoded: 'base64' });
    expect(f[0]!.secret).toBe(PASSWORD);
  });

  it('finds a private key inside a base64 PEM (tls.key)', () => {
    const pem = `-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA${synth('base64', 60, 'pem')}\n-----END RSA PRIVATE KEY-----\n`;
    const f = scan('k8s/tls.yaml', `data:\n  tls.key: ${b64(pem)}`);
    expect(f.map((x) => [x.line, x.encoded])).toEqual([[2, 'base64']]);
    expect(f[0]!.ruleId).toMatch(/private-key/);
  });

  it('reports the password in an Authorization: Basic header', () => {
    const f = scan('client.sh', `curl -H "Authorization: Basic ${b64(`deploy:${PASSWORD}`)}" https://ci.internal.test`);
    expect(f).toHaveLength(1);
    expect(f[0]!.encoded).toBe('base64');
  });

  it('finds a signing key inside base64-encoded JSON', () => {
    const json = JSON.stringify({ jwt_secret: KEY, region: 'eu-west-1' });
    const f = scan('config.json', `{"settings": "${b64(json)}"}`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ruleId: 'secret-key-assignment', encoded: 'base64', secret: KEY });
  });

  it('stays quiet on base64 of ordinary text and on encoded placeholders', () => {
    expect(scan('k8s/cm.yaml', `data:\n  GREETING: ${b64('hello from the config map, nothing secret')}`)).toEqual([]);
    expect(scan('k8s/secret.yaml', `data:\n  DB_PASSWORD: ${b64('${DB_PASSWORD}')}`)).toEqual([]);
  });

  it('decodes only real base64 text', () => {
    expect(decodeBase64Text(b64('user:pa55w0rd-2024'))).toBe('user:pa55w0rd-2024');
    expect(decodeBase64Text(synth('base64', 44, 'random-bytes'))).toBeNull(); // binary
    expect(decodeBase64Text('NotBase64AtAll!!')).toBeNull();
  });

  // decodeBase64Text first counts, from the bytes alone, those that must decode to a character it
  // does not count as printable (ASCII controls, a lone continuation byte, 0xC0/0xC1/0xF5-0xFF)
  // and returns null when they are over 4% of the bytes. These pin that count at its edges.
  const bytesOf = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
  it('decodes text with 3 control bytes in 100 and refuses 4 and 5 (the early count starts refusing at 5)', () => {
    for (const [controls, decoded] of [[3, true], [4, false], [5, false], [6, false]] as const) {
      const bytes = bytesOf('a'.repeat(100 - controls), new Array(controls).fill(1));
      expect(decodeBase64Text(bytes.toString('base64'))).toBe(decoded ? bytes.toString('utf8') : null);
    }
  });

  it('counts a lone continuation byte as one character, and not a continuation after a lead byte', () => {
    // 97 letters and 3 lone 0x80: 3 U+FFFD in 100 characters, exactly 97% printable.
    const lone = bytesOf('a'.repeat(97), [0x80, 0x80, 0x80]);
    expect(decodeBase64Text(lone.toString('base64'))).toBe(lone.toString('utf8'));
    expect(decodeBase64Text(bytesOf('a'.repeat(96), [0x80, 0x80, 0x80, 0x80]).toString('base64'))).toBeNull();
    // Two-, three- and four-byte characters decode as text (all their bytes are 0x80 or more).
    for (const text of ['é'.repeat(40), '中文'.repeat(20), '😀'.repeat(12), `${'é'.repeat(40)}\u0001`]) expect(decodeBase64Text(Buffer.from(text).toString('base64'))).toBe(text);
    // Bytes that never occur in UTF-8, each one U+FFFD: 3 in 100 pass, 4 do not.
    for (const bad of [0xc0, 0xc1, 0xf5, 0xff]) {
      const three = bytesOf('b'.repeat(97), [bad, bad, bad]);
      expect(decodeBase64Text(three.toString('base64url'))).toBe(three.toString('utf8'));
      expect(decodeBase64Text(bytesOf('b'.repeat(96), [bad, bad, bad, bad]).toString('base64url'))).toBeNull();
    }
  });

  it('leaves a token with other characters than base64 ones to the full decoding', () => {
    expect(decodeBase64Text(`${b64('user:pa55w0rd-2024')}\n`)).toBeNull();
    expect(decodeBase64Text(`AAAA.${b64('user:pa55w0rd-2024')}`)).toBeNull();
    expect(decodeBase64Text(b64('user:pa55w0rd-2024').replace(/=+$/, ''))).toBe('user:pa55w0rd-2024');
  });
});
