// Provider rules: private keys and signed tokens (PEM private keys of every kind, OpenSSH, PGP, PuTTY,
// age, WireGuard, JWK, JWTs), reported on the line that starts them.

import type { ProviderRule } from './rule.js';
import { synth } from '../synthetic.js';
import { decodedJsonObject, onSameLine } from './shared.js';

/** A JWK key type that has private members (not "oct", a symmetric key). */
const PRIVATE_KTY = /"kty"\s*:\s*"(?:RSA|EC|OKP)"/g;

// Patterns spell the PEM dashes as -{5} and samples build headers at run time, so this file
// never holds a key header itself (our own hook would stop it).
const DASHES = '-'.repeat(5);
const header = (kind: string) => `${DASHES}BEGIN ${kind}${DASHES}`;
const footer = (kind: string) => `${DASHES}END ${kind}${DASHES}`;

/**
 * A PEM private key on one line with escaped newlines, as a pattern source: the header and the
 * body (base64 and `\\n` escapes, one character class so that no two quantifiers overlap), up to
 * the footer's dashes.
 */
export const INLINE_PEM = String.raw`-----BEGIN [A-Z0-9. ]{0,40}PRIVATE KEY-----(?:\\r)?\\n[A-Za-z0-9+/=\\]{16,20000}`;

/** A sample key up to its footer: the span the inline-key rules report. */
export const untilFooter = (key: string): string => key.slice(0, key.indexOf(`${DASHES}END `));

/** A sample escaped one-line key of `lines` body lines of 64 characters, with its footer. */
export const inlineKey = (kind: string, seed: string, lines: number): string =>
  `${header(kind)}\\nMII${Array.from({ length: lines }, (_, i) => synth('base64', 64, seed + i)).join('\\n')}\\n${footer(kind)}`;

const PEM_REMEDIATION =
  'Revoke the key wherever it is trusted (authorized_keys, certificate, deploy key, cloud key pair), generate a new pair and keep the private half out of the repository; if it reached a shared branch, rotation is mandatory.';

/**
 * A PEM header on its own is reported, except when a string literal closes right after it
 * (`'-----BEGIN … PRIVATE KEY-----'`): that is a parser constant, not a key. The escaped
 * one-line form (`…-----\nMII…`) is left to the private-key-inline rule.
 */
function pem(id: string, kind: string, description: string): ProviderRule {
  return {
    id,
    description,
    keywords: [`begin ${kind.toLowerCase()}`],
    pattern: new RegExp(`(?<secret>-{5}BEGIN ${kind}-{5})(?!\\\\[rn]|["'\`])`),
    severity: 'error',
    remediation: PEM_REMEDIATION,
    samples: () => ({
      positive: [header(kind), `  ${header(kind)}`, `KEY = """${header(kind)}`, `key: "${header(kind)}`],
      negative: [
        footer(kind),
        `const PEM_HEADER = '${header(kind)}';`,
        header(kind.replace('PRIVATE', 'PUBLIC')),
        `if line.startswith("${header(kind)}"):`,
      ],
    }),
  };
}

function b64url(json: string): string {
  return Buffer.from(json, 'utf8').toString('base64url');
}

/**
 * A JWT is reported only when its header decodes to a JSON object naming an `alg` and its
 * payload to a JSON object. Supabase `anon` keys are JWTs meant to be public, and the jwt.io
 * example token is documentation, so both are skipped.
 */
export function isPlausibleJwt(token: string): boolean {
  const [h, p, sig] = token.split('.');
  if (!h || !p || sig === undefined) return false;
  const headerJson = decodedJsonObject(h);
  if (!headerJson || typeof headerJson.alg !== 'string' || headerJson.alg.toLowerCase() === 'none') return false;
  const payload = decodedJsonObject(p);
  if (!payload) return false;
  if (payload.role === 'anon') return false;
  // The jwt.io debugger's default token, pasted into countless READMEs and tests.
  if (payload.sub === '1234567890' && payload.name === 'John Doe') return false;
  return true;
}

export const rules: readonly ProviderRule[] = [
  pem('private-key-rsa', 'RSA PRIVATE KEY', 'RSA private key (PKCS#1 PEM)'),
  pem('private-key-ec', 'EC PRIVATE KEY', 'Elliptic-curve private key (SEC1 PEM)'),
  pem('private-key-dsa', 'DSA PRIVATE KEY', 'DSA private key (PEM)'),
  pem('private-key-openssh', 'OPENSSH PRIVATE KEY', 'OpenSSH private key'),
  pem('private-key-pkcs8', 'PRIVATE KEY', 'Private key (PKCS#8 PEM)'),
  pem('private-key-pkcs8-encrypted', 'ENCRYPTED PRIVATE KEY', 'Passphrase-encrypted private key (PKCS#8 PEM)'),
  pem('pgp-private-key-block', 'PGP PRIVATE KEY BLOCK', 'PGP / GnuPG private key block'),
  {
    id: 'private-key-pem-other',
    description: 'Private key in PEM form (other algorithms: SSH2, DH, ANY …)',
    keywords: ['private key-----'],
    pattern: /(?<secret>-{5}BEGIN (?!(?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )[A-Z0-9.][A-Z0-9. ]{0,40} PRIVATE KEY-{5})(?!\\[rn]|["'`])/,
    severity: 'error',
    remediation: PEM_REMEDIATION,
    samples: () => ({
      positive: [header('SSH2 ENCRYPTED PRIVATE KEY'), `  ${header('ANY PRIVATE KEY')}`],
      negative: [header('CERTIFICATE'), `x = "${header('X9.42 DH PRIVATE KEY')}"`, header('RSA PRIVATE KEY').replace('RSA', 'rsa')],
    }),
  },
  {
    id: 'private-key-inline',
    description: 'PEM private key written on one line with escaped newlines (JSON, env files, strings)',
    keywords: ['private key-----\\n', 'private key-----\\r\\n'],
    // The secret is the whole key, BEGIN to END: one finding, and no second one on a body chunk.
    pattern: new RegExp(`(?<!"private_key"\\s{0,8}:\\s{0,8}")(?<secret>${INLINE_PEM})`),
    severity: 'error',
    remediation: PEM_REMEDIATION,
    samples: () => {
      const one = `${header('PRIVATE KEY')}\\nMIIEv${synth('base64', 64, 'pk1')}\\n${footer('PRIVATE KEY')}`;
      const two = `${header('RSA PRIVATE KEY')}\\r\\nMIIEo${synth('base64', 40, 'pk2')}`;
      const long = inlineKey('EC PRIVATE KEY', 'pk4', 12);
      return {
        positive: [`PRIVATE_KEY="${one}\\n"`, `{"key": "${two}"}`, `  signing_key: "${long}\\n"`],
        negative: [`const START = "${header('PRIVATE KEY')}\\n";`, `PUBLIC_KEY="${header('PUBLIC KEY')}\\nMIIBI${synth('base64', 60, 'pk3')}"`],
        secrets: [untilFooter(one), two, untilFooter(long)],
      };
    },
  },
  {
    id: 'private-key-base64-pem',
    description: 'Base64-encoded PEM private key (Kubernetes Secret data, CI variables)',
    keywords: ['ls0tls1crudjti'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,}={0,2})(?![A-Za-z0-9+/=])/,
    severity: 'error',
    validate: (s: string) => {
      // Decode only the start: the header is all we need to tell a private key from a certificate.
      const head = Buffer.from(s.slice(0, 80), 'base64').toString('latin1');
      return /^-{5}BEGIN [A-Z0-9. ]{0,40}PRIVATE KEY(?: BLOCK)?-{5}/.test(head);
    },
    remediation: PEM_REMEDIATION,
    samples: () => {
      const b64 = (t: string) => Buffer.from(t, 'utf8').toString('base64');
      const key = (kind: string, seed: string) => b64(`${header(kind)}\nMIIEv${synth('base64', 120, seed)}\n${footer(kind)}\n`);
      return {
        positive: [`  tls.key: ${key('PRIVATE KEY', 'b64pk1')}`, `SSH_KEY_B64=${key('OPENSSH PRIVATE KEY', 'b64pk2')}`],
        negative: [`  tls.crt: ${key('CERTIFICATE', 'b64pk3')}`, `  ca.pub: ${key('PUBLIC KEY', 'b64pk4')}`],
      };
    },
  },
  {
    id: 'putty-private-key',
    description: 'PuTTY private key file (.ppk)',
    keywords: ['putty-user-key-file-'],
    pattern: /^\s*(?<secret>PuTTY-User-Key-File-[23]: [a-z0-9-]+)\s*$/,
    severity: 'error',
    remediation: PEM_REMEDIATION,
    samples: () => ({
      positive: ['PuTTY-User-Key-File-3: ssh-ed25519', 'PuTTY-User-Key-File-2: ssh-rsa'],
      negative: ['Files start with "PuTTY-User-Key-File-3: ssh-ed25519" followed by the key', 'PuTTY-User-Key-File-9: ssh-rsa'],
    }),
  },
  {
    id: 'age-secret-key',
    description: 'age encryption secret key',
    keywords: ['age-secret-key-1'],
    pattern: /(?<![A-Z0-9-])(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Z0-9])/,
    severity: 'error',
    remediation: 'Generate a new age identity, re-encrypt the files to the new recipient and remove the old recipient everywhere.',
    samples: () => ({
      positive: [`AGE-SECRET-KEY-1${synth('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58, 'age1')}`, `SOPS_AGE_KEY=AGE-SECRET-KEY-1${synth('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58, 'age2')}`],
      negative: [`AGE-SECRET-KEY-1${synth('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 40, 'age3')}`, `# public key: age1${synth('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58, 'age4')}`],
    }),
  },
  {
    id: 'wireguard-private-key',
    description: 'WireGuard interface private key',
    keywords: ['privatekey'],
    pattern: /^\s*PrivateKey\s*=\s*(?<secret>[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)\s*$/,
    severity: 'error',
    requireRandom: true,
    remediation: 'Generate a new key pair (wg genkey), update the peer configurations with the new public key and remove the old one.',
    samples: () => ({
      positive: [`PrivateKey = ${synth('base64', 42, 'wg1')}A=`, `PrivateKey=${synth('base64', 42, 'wg2')}Q=`],
      negative: [`PublicKey = ${synth('base64', 42, 'wg3')}A=`, 'PrivateKey = <client-private-key>', `PrivateKey = ${synth('base64', 30, 'wg4')}A=`],
    }),
  },
  {
    id: 'jwk-private-key',
    description: 'JSON Web Key with private material (the "d" member)',
    keywords: ['"kty"'],
    // The "kty" of a private key type must be on the same line, before or after: checked by the
    // validator on the match's line rather than by lookarounds over .*, which rescan the line.
    pattern: /"d"\s*:\s*"(?<secret>[A-Za-z0-9_-]{32,})"/,
    validate: (_secret: string, m: RegExpExecArray) => onSameLine(m, PRIVATE_KTY),
    severity: 'error',
    requireRandom: true,
    remediation: 'Remove the key from the key set it belongs to, publish a new one and re-issue anything it signed.',
    samples: () => ({
      positive: [
        `{"kty":"EC","crv":"P-256","x":"${synth('base64url', 43, 'jwk1')}","y":"${synth('base64url', 43, 'jwk2')}","d":"${synth('base64url', 43, 'jwk3')}"}`,
        `JWK='{"d": "${synth('base64url', 43, 'jwk4')}", "kty": "OKP", "crv": "Ed25519"}'`,
      ],
      negative: [
        `{"kty":"EC","crv":"P-256","x":"${synth('base64url', 43, 'jwk5')}","y":"${synth('base64url', 43, 'jwk6')}"}`,
        `{"kty":"oct","k":"short","d":"${'A'.repeat(43)}"}`,
        `{"kty":"oct","d":"${synth('base64url', 43, 'jwk7')}"}`,
      ],
    }),
  },
  {
    id: 'jwt',
    description: 'JSON Web Token (signed)',
    keywords: ['eyj'],
    pattern: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,}\.ey[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_.-])/,
    severity: 'error',
    validate: isPlausibleJwt,
    remediation:
      'Rotate the signing key or secret if the token is long-lived or a service key (for example a Supabase service_role key), and revoke the session it belongs to.',
    samples: () => {
      const jwt = (h: object, p: object, seed: string) => `${b64url(JSON.stringify(h))}.${b64url(JSON.stringify(p))}.${synth('base64url', 43, seed)}`;
      return {
        positive: [
          `Authorization: Bearer ${jwt({ alg: 'HS256', typ: 'JWT' }, { sub: synth('lowerAlnum', 12, 'jwts'), iat: 1700000000 }, 'jwt1')}`,
          `SUPABASE_SERVICE_ROLE_KEY=${jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', role: 'service_role', exp: 2000000000 }, 'jwt2')}`,
        ],
        negative: [
          `token = "eyJ${synth('base64url', 30, 'jwt3')}.eyJ${synth('base64url', 30, 'jwt4')}.${synth('base64url', 43, 'jwt5')}"`,
          `token = "${b64url('{"typ":"JWT"}')}.${b64url('{"sub":"1"}')}.${synth('base64url', 43, 'jwt6')}"`,
          `SUPABASE_ANON_KEY=${jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', role: 'anon' }, 'jwt7')}`,
          `const example = "${jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '1234567890', name: 'John Doe', iat: 1516239022 }, 'jwt9')}";`,
          `token = "${b64url('{"alg":"HS256"}')}.${b64url('[1,2,3,4,5,6,7]')}.${synth('base64url', 43, 'jwt8')}"`,
        ],
      };
    },
  },
];
