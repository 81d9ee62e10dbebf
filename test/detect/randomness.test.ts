// Specification of the randomness model (src/detect/randomness/randomness.ts): a statistical test on
// uniformly random keys, a large corpus of real identifiers, words, paths and placeholders, and
// edge cases. The measured rates are printed so that a reader sees the figures.

import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alphabetOf, looksRandom, randomnessReport, randomnessScore } from '../../src/detect/randomness/randomness.js';
import { ALPHABETS, prng, synth } from '../../src/detect/synthetic.js';

const LENGTHS = [16, 20, 24, 32, 40, 64] as const;
const KEYS_PER_CELL = 10_000;

/** `length` characters drawn uniformly from `alphabet` with crypto.randomBytes (rejection sampling). */
function uniformKey(alphabet: string, length: number): string {
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      if (b < limit) out += alphabet[b % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}

/** Standard base64 of random bytes whose encoding is `length` characters long, `=` padding included. */
function base64OfBytes(length: number, padding: 1 | 2): string {
  const bytes = (length / 4) * 3 - padding;
  return randomBytes(bytes).toString('base64');
}

function rate(values: readonly string[], judge: (v: string) => boolean): number {
  let n = 0;
  for (const v of values) if (judge(v)) n++;
  return n / values.length;
}

function pct(x: number): string {
  return (100 * x).toFixed(2) + '%';
}

describe('random keys are judged random', () => {
  const families: Record<string, (length: number, i: number) => string> = {
    'hex (lower)': (n) => uniformKey(ALPHABETS.hex, n),
    'HEX (upper)': (n) => uniformKey(ALPHABETS.HEX, n),
    base62: (n) => uniformKey(ALPHABETS.base62, n),
    'base64 (+/, uniform)': (n) => uniformKey(ALPHABETS.base64, n),
    'base64 of bytes (= padding)': (n, i) => base64OfBytes(n, i % 2 === 0 ? 1 : 2),
    base64url: (n) => uniformKey(ALPHABETS.base64url, n),
    'alnum lower': (n) => uniformKey(ALPHABETS.lowerAlnum, n),
  };
  const cells: { family: string; length: number; rate: number; misses: string[] }[] = [];
  for (const [family, make] of Object.entries(families)) {
    for (const length of LENGTHS) {
      const keys = Array.from({ length: KEYS_PER_CELL }, (_, i) => make(length, i));
      const misses = keys.filter((k) => !looksRandom(k));
      cells.push({ family, length, rate: 1 - misses.length / keys.length, misses });
    }
  }
  const table = Object.keys(families).map(
    (family) =>
      family.padEnd(28) +
      cells
        .filter((c) => c.family === family)
        .map((c) => `${c.length}: ${pct(c.rate)}`)
        .join('  '),
  );
  const overall = cells.reduce((s, c) => s + c.rate, 0) / cells.length;
  console.log(
    `[randomness] share of ${KEYS_PER_CELL} random keys per cell judged random (overall ${pct(overall)}):\n` +
      table.join('\n') +
      '\n  e.g. rejected: ' +
      cells.flatMap((c) => c.misses.slice(0, 1)).slice(0, 8).join(' '),
  );

  for (const c of cells) {
    it(`${c.family}, ${c.length} chars: ${pct(c.rate)} of ${KEYS_PER_CELL} judged random (>= 99%)`, () => {
      expect(c.rate).toBeGreaterThanOrEqual(0.99);
    });
  }
  it(`all cells together: ${pct(overall)} judged random (>= 99.8%)`, () => {
    expect(overall).toBeGreaterThanOrEqual(0.998);
  });

  // What Python programs generate as keys.
  const generated: Record<string, () => string> = {
    'secrets.token_hex(32) (64 hex)': () => randomBytes(32).toString('hex'),
    'secrets.token_urlsafe() (43 base64url)': () => randomBytes(32).toString('base64url'),
    'uuid4().hex (32 hex)': () => randomUUID().replaceAll('-', ''),
    'os.urandom(24) as hex (48)': () => randomBytes(24).toString('hex'),
    'os.urandom(24) as base64 (32)': () => randomBytes(24).toString('base64'),
    'secrets.token_bytes(16) as base64 (24, ==)': () => randomBytes(16).toString('base64'),
  };
  for (const [name, make] of Object.entries(generated)) {
    const keys = Array.from({ length: KEYS_PER_CELL }, make);
    const r = rate(keys, looksRandom);
    it(`${name}: ${pct(r)} of ${KEYS_PER_CELL} judged random (>= 99.5%)`, () => {
      expect(r).toBeGreaterThanOrEqual(0.995);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The negative corpus: real identifiers, words, paths, URLs, placeholders and sequences.

const NODE_MODULES = join(process.cwd(), 'node_modules');

function sourceFiles(dir: string, depth = 0, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (depth < 10 && e.name !== '.cache') sourceFiles(p, depth + 1, out);
    } else if (/\.(d\.ts|js|mjs|cjs)$/.test(e.name) && !/\.min\./.test(e.name)) out.push(p);
  }
  return out;
}

interface Harvest {
  identifiers: Set<string>;
  literals: Set<string>;
  prose: string[][];
  urls: Set<string>;
  paths: Set<string>;
}

const DECLARATION = /\b(?:function|class|interface|type|enum|const|let|var|namespace)\s+([A-Za-z_$][\w$]{11,63})\b/g;
const MEMBER = /^\s*(?:(?:readonly|static|public|private|protected|abstract|declare|get|set|async)\s+)*([A-Za-z_$][\w$]{11,63})\??\s*[:(<]/gm;
const EXPORT = /\bexports\.([A-Za-z_$][\w$]{11,63})\s*=/g;
const LITERAL = /(["'`])([^"'`\\\n]{16,100})\1/g;
const URL = /\bhttps?:\/\/[A-Za-z0-9.-]+\.[a-z]{2,}(?:\/[\w./%-]*)?/g;
const HEX_OR_UUID = /^(?:[0-9a-f]{16,}|[0-9A-F]{16,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * Names and strings as they appear in the installed packages: declared names (.d.ts
 * declarations and members, CommonJS exports), string literals of 16-100 characters from code
 * lines, English prose from doc comments, URLs and the files' own paths. Lines over 400
 * characters are skipped (minified bundles, embedded data), and so are literals that are hex
 * digests or UUIDs: those really are random.
 */
function harvest(): Harvest {
  const h: Harvest = { identifiers: new Set(), literals: new Set(), prose: [], urls: new Set(), paths: new Set() };
  for (const file of sourceFiles(NODE_MODULES)) {
    if (statSync(file).size > 12e6) continue;
    h.paths.add(relative(NODE_MODULES, file));
    const dts = file.endsWith('.d.ts');
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.length > 400) continue;
      const t = line.trimStart();
      if (t.startsWith('*') || t.startsWith('//')) {
        const words = t.replace(/^[*/]+/, '').match(/[A-Za-z]{2,}/g);
        if (dts && words && words.length >= 4) h.prose.push(words);
        for (const m of t.matchAll(URL)) h.urls.add(m[0]);
        continue;
      }
      for (const re of dts ? [DECLARATION, MEMBER] : [DECLARATION, EXPORT]) {
        for (const m of line.matchAll(re)) h.identifiers.add(m[1]);
      }
      for (const m of line.matchAll(LITERAL)) if (!HEX_OR_UUID.test(m[2])) h.literals.add(m[2]);
    }
  }
  return h;
}

/** Every `step`-th element (deterministic thinning). */
function every<T>(items: Iterable<T>, max: number): T[] {
  const all = [...items];
  const step = Math.max(1, Math.floor(all.length / max));
  return all.filter((_, i) => i % step === 0).slice(0, max);
}

function capital(w: string): string {
  return w[0].toUpperCase() + w.slice(1).toLowerCase();
}

/** Names people build from words: camelCase, PascalCase, snake_case, SCREAMING_CASE, kebab-case, dotted. */
function namesFromProse(prose: string[][]): Record<string, string[]> {
  const next = prng(20260);
  const out: Record<string, string[]> = { camel: [], snake: [], screaming: [], kebab: [], dotted: [], phrase: [], joined: [] };
  for (const words of prose) {
    const k = 3 + Math.floor(next() * 3);
    const start = Math.floor(next() * Math.max(1, words.length - k));
    const ws = words.slice(start, start + k).map((w) => w.toLowerCase());
    if (ws.length < 3) continue;
    const joinedLength = ws.join('').length;
    if (joinedLength < 14) continue;
    out.camel.push(ws[0] + ws.slice(1).map(capital).join(''));
    out.camel.push(ws.map(capital).join(''));
    out.snake.push(ws.join('_'));
    out.screaming.push(ws.join('_').toUpperCase());
    out.kebab.push(ws.join('-'));
    out.dotted.push((next() < 0.5 ? 'com.' : 'org.') + ws.join('.'));
    out.phrase.push(ws.join(' '));
    out.joined.push(ws.join(''));
  }
  return out;
}

const PLACEHOLDERS = [
  'your-secret-key-here', 'change-me-in-production', 'xxxxxxxxxxxxxxxx', 'REPLACE_ME_WITH_A_REAL_KEY',
  'your_api_key_here', 'YOUR_API_KEY_HERE', 'insert-your-token-here', 'put-your-secret-here',
  'changeme-changeme', 'super-secret-password', 'my-super-secret-key', 'this-is-not-a-real-key',
  'not-a-real-secret-value', 'development-secret-key', 'dev-secret-key-do-not-use', 'secret_key_base_for_tests',
  'please-change-this-secret', 'keyboard cat keyboard cat', 'XXXXXXXXXXXXXXXXXXXXXXXX', 'xxxx-xxxx-xxxx-xxxx',
  '<your-api-key-here>', '${SECRET_KEY_FROM_ENV}', '{{ .Values.secretKey }}', '%(SECRET_KEY)s-placeholder',
  'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx', 'abcdefghijklmnopqrstuvwxyz', 'EXAMPLEKEYEXAMPLEKEY', 'dummy-api-key-for-testing',
  'fake-token-for-unit-tests', 'test_secret_do_not_use', 'TODO_SET_A_REAL_SECRET', 'set-me-before-deploying',
  'default-jwt-signing-secret', 'session-secret-change-me', 'replace_with_your_own_key', 'example-client-secret',
];

const SEQUENCES = [
  'abcdefghijklmnop', '1234567890abcdef', 'aaaaaaaaaaaaaaaaaaaa', '0123456789abcdef0123', 'abcdefabcdefabcdef',
  'qwertyuiopasdfghjkl', 'qwertyuiop1234567890', 'zxcvbnmasdfghjkl', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789ABCDEF',
  'abcabcabcabcabcabc', '1111111111111111', '1234123412341234', 'abcd1234abcd1234', 'a1b2c3d4e5f6g7h8',
  'password123password123', 'deadbeefdeadbeef', 'deadbeefcafebabe', 'ffffffffffffffffffff', '0000000000000000000000000000',
  'zyxwvutsrqponmlkjihg', '9876543210987654321', 'aAaAaAaAaAaAaAaAaA', 'AbCdEfGhIjKlMnOpQr', 'abc123abc123abc123',
  'xyzxyzxyzxyzxyzxyz', 'testtesttesttest', 'asdfasdfasdfasdf', 'qazwsxedcrfvtgbyhn', '12345678901234567890',
];

const CSS = [
  'btn btn-primary btn-lg', 'flex items-center justify-between', 'col-md-6 col-sm-12', 'text-gray-500 hover:text-gray-700',
  'navbar-expand-lg', 'container-fluid', 'justify-content-center', 'text-muted small', 'grid-cols-3 gap-4',
  'form-control-plaintext', 'list-group-item-action', 'dropdown-menu-right', 'border-bottom-0', 'font-weight-bold',
];

describe('identifiers, words, paths and placeholders are judged not random', () => {
  const h = harvest();
  const names = namesFromProse(h.prose);
  const corpus: Record<string, string[]> = {
    'declared identifiers (node_modules)': every(h.identifiers, 6000),
    'string literals (node_modules)': every(h.literals, 4000),
    'camelCase / PascalCase from prose': every(names.camel, 1500),
    'snake_case from prose': every(names.snake, 800),
    'SCREAMING_CASE from prose': every(names.screaming, 800),
    'kebab-case from prose': every(names.kebab, 800),
    'Java-style package names': every(names.dotted, 800),
    'English phrases': every(names.phrase, 800),
    'words run together (lower case)': every(names.joined, 800),
    'file paths (node_modules)': every(h.paths, 1500),
    'URLs and URLs without scheme': every(
      [...h.urls].flatMap((u) => [u, u.replace(/^https?:\/\//, '')]).filter((u) => u.length >= 16),
      800,
    ),
    'placeholders, sequences, CSS classes': [...PLACEHOLDERS, ...SEQUENCES, ...CSS],
  };
  let total = 0;
  let judgedRandom = 0;
  const lines: string[] = [];
  const results: { name: string; size: number; rate: number }[] = [];
  for (const [name, values] of Object.entries(corpus)) {
    const randomOnes = values.filter(looksRandom);
    total += values.length;
    judgedRandom += randomOnes.length;
    const r = 1 - randomOnes.length / values.length;
    results.push({ name, size: values.length, rate: r });
    lines.push(`${name.padEnd(38)} ${String(values.length).padStart(5)}  ${pct(r)}  ${randomOnes.slice(0, 4).join('  ')}`);
  }
  const overall = 1 - judgedRandom / total;
  console.log(`[randomness] share judged NOT random (overall ${pct(overall)} of ${total}):\n${lines.join('\n')}`);

  it(`the corpus is large: ${total} entries (>= 2000), with >= 1000 harvested identifiers`, () => {
    expect(total).toBeGreaterThanOrEqual(2000);
    expect(corpus['declared identifiers (node_modules)'].length).toBeGreaterThanOrEqual(1000);
  });
  for (const r of results) {
    it(`${r.name}: ${pct(r.rate)} of ${r.size} judged not random (>= 99%)`, () => {
      expect(r.rate).toBeGreaterThanOrEqual(0.99);
    });
  }
  it(`all together: ${pct(overall)} judged not random (>= 99.5%)`, () => {
    expect(overall).toBeGreaterThanOrEqual(0.995);
  });
  it('every placeholder and sequence of the issue is judged not random', () => {
    expect([...PLACEHOLDERS, ...SEQUENCES].filter(looksRandom)).toEqual([]);
  });
});

describe('edge cases', () => {
  it('judges strings under 12 characters never random', () => {
    for (const v of ['', 'a', 'Xk9#mQ2!vL', 'aB3dE5fG7hJ']) expect(looksRandom(v)).toBe(false);
  });

  it('judges 12-15 characters random only with three character classes', () => {
    expect(looksRandom(synth('hex', 15, 'short-hex'))).toBe(false);
    expect(looksRandom(synth('lowerAlnum', 15, 'short-lower'))).toBe(false);
    const mixed = Array.from({ length: 200 }, (_, i) => synth('base62', 14, `short-${i}`)).filter(
      (v) => /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v),
    );
    expect(rate(mixed, looksRandom)).toBeGreaterThan(0.7);
    expect(looksRandom('getUserById2x')).toBe(false);
  });

  it('passes a real random key of exactly 16 characters', () => {
    expect(looksRandom('k3J9xQ2mZ7vR4tWb')).toBe(true);
    expect(looksRandom('8f3a9c2e1b7d4f6a')).toBe(true);
  });

  it('never judges digits-only strings under 20 characters random (ids, timestamps, phone numbers)', () => {
    expect(looksRandom('1700000000000')).toBe(false);
    expect(looksRandom('4111111111111111')).toBe(false);
    expect(looksRandom('8302749561038274')).toBe(false);
    expect(looksRandom('83027495610382749153')).toBe(true);
  });

  it('rejects made-up passwords, secret names and config values of the kind found in secret-looking places', () => {
    for (const v of [
      'SuperSecretPassword123!', 'correcthorsebatterystaple', 'MySecretKey2024', 'Summer2024!Summer',
      'admin123admin123', 'changeme123456789', 'password1234567890', 'hunter2hunter2hunter2',
      'my_super_secret_jwt_key_2024', 'supersecretkey1234567890', 'ThisIsMySecretKeyForJWT', 'AWS_SECRET_ACCESS_KEY',
      'abc123def456ghi789', 'us-east-1.amazonaws.com', 'redis-master.default.svc.cluster.local',
      'projects/my-project/secrets/db-password/versions/latest', 'my-bucket-name-prod-2024', 'v1.2.3-beta.4+build.5678',
    ]) {
      expect(looksRandom(v), v).toBe(false);
    }
  });

  it('rejects strings of punctuation only', () => {
    for (const v of ['----------------', '________________', '+/+/+/+/+/+/+/+/', '////////////////', '-_-_-_-_-_-_-_-_']) {
      expect(looksRandom(v), v).toBe(false);
    }
  });

  it('rejects URLs, sentences, non-ASCII and control characters', () => {
    expect(looksRandom('https://api.example.com/v1/resources')).toBe(false);
    expect(looksRandom('the quick brown fox jumps')).toBe(false);
    expect(looksRandom('k3J9xQ2mZ7vR4tWbé')).toBe(false);
    expect(looksRandom('k3J9xQ2m\u0001Z7vR4tWb')).toBe(false);
  });

  it('rejects paths, templates, regular expressions and addresses written with punctuation', () => {
    for (const v of [
      './dist/utils.BX5Fg8C4.js',
      '../config/secrets.yml',
      '${process.env.SECRET}',
      '^[a-zA-Z0-9_]+@[a-z]+$',
      '(?:\\d+\\.\\d+\\.\\d+)',
      'urn:uuid:f81d4fae-7dec',
      '192.168.100.254:8080',
      '2024-01-15T10:30:00.000Z',
      '%E2%84%AA%C5%BF%E2%84%AA',
    ]) {
      expect(looksRandom(v), v).toBe(false);
    }
  });

  it('keeps a random key with a token prefix such as sk_live_ or glpat-', () => {
    let passed = 0;
    for (let i = 0; i < 200; i++) {
      if (looksRandom('sk_live_' + synth('base62', 24, `stripe-${i}`))) passed++;
      if (looksRandom('glpat-' + synth('base62', 20, `gitlab-${i}`))) passed++;
    }
    expect(passed / 400).toBeGreaterThan(0.98);
  });

  it('keeps Django-style keys (50 characters over lower case, digits and 14 symbols)', () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
    const keys = Array.from({ length: 2000 }, (_, i) => synth(alphabet, 50, `django-${i}`));
    expect(rate(keys, looksRandom)).toBeGreaterThan(0.995);
    expect(rate(keys.map((k) => 'django-insecure-' + k), looksRandom)).toBeGreaterThan(0.99);
  });

  it('rejects identifiers that a Shannon-entropy gate would pass', () => {
    for (const v of ['getElementByIdInternal', 'XMLHttpRequestEventTarget', 'ERR_INVALID_ARG_TYPE', 'createReadStreamSync']) {
      expect(looksRandom(v), v).toBe(false);
    }
  });

  it('names the test that decided, with a ratio of evidence to threshold', () => {
    expect(randomnessReport('aaaaaaaaaaaaaaaaaaaa').ratio).toBeGreaterThanOrEqual(1);
    expect(randomnessReport('abcdefghijklmnopqrst').test).toBe('patterns');
    expect(randomnessReport('getElementByIdInternal').ratio).toBeGreaterThanOrEqual(1);
    expect(randomnessReport('short').test).toBe('rule');
    expect(randomnessReport('k3J9xQ2mZ7vR4tWb').ratio).toBeLessThan(1);
  });

  it('scores in [0, 1], above 0.5 exactly when looksRandom is true', () => {
    const values = [
      '', 'short', 'getElementByIdInternal', 'your-secret-key-here', 'aaaaaaaaaaaaaaaaaaaa',
      ...Array.from({ length: 50 }, (_, i) => synth('base64url', 16 + i, `score-${i}`)),
    ];
    for (const v of values) {
      const s = randomnessScore(v);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
      expect(s > 0.5, v).toBe(looksRandom(v));
    }
    expect(randomnessScore('')).toBe(0);
    expect(randomnessScore('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toBe(0);
  });

  it('answers a repeated value as it did the first time, also once the per-value cache was cleared (5,000 values, twice)', () => {
    const values = Array.from({ length: 5000 }, (_, i) => (i % 2 ? synth('base62', 20 + (i % 30), `cache-${i}`) : `get_user_${i}_token_name`));
    for (let round = 0; round < 2; round++) {
      for (const v of values) {
        const fresh = randomnessReport(v).ratio < 1; // the model itself, never cached
        expect(looksRandom(v), v).toBe(fresh);
        expect(randomnessScore(v) > 0.5, v).toBe(fresh);
      }
    }
    expect(values.filter((v) => looksRandom(v)).length).toBeGreaterThan(2000);
  });

  it('names the smallest usual alphabet', () => {
    expect(alphabetOf('0123456789')).toBe('decimal');
    expect(alphabetOf('8f3a9c2e1b7d4f6a')).toBe('hex');
    expect(alphabetOf('8F3A9C2E1B7D4F6A')).toBe('hex');
    expect(alphabetOf('8f3A9c2e1b7d4f6a')).toBe('base62');
    expect(alphabetOf('k3J9xQ2mZ7vR4tWb')).toBe('base62');
    expect(alphabetOf('k3J9xQ2m+7vR4t/b')).toBe('base64');
    expect(alphabetOf('k3J9xQ2mZ7vR4tW=')).toBe('base64');
    expect(alphabetOf('k3J9xQ2m-7vR4t_b')).toBe('base64url');
    expect(alphabetOf('k3J9xQ2m!7vR4t$b')).toBe('printable');
    expect(alphabetOf('k3J9xQ2m-7vR4t/b')).toBe('printable');
    expect(alphabetOf('AAAAAAAAAAAAAAAAAAAAAA==')).toBe('base64');
    expect(alphabetOf('k3J9xQ2m-7vR4t_b==')).toBe('base64url');
    expect(alphabetOf('')).toBe('printable');
  });
  // Its speed (a few microseconds per call) is measured by bench/micro.mjs, not asserted here.
});
