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
});
