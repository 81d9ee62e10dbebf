// The engine skips lines that no detector can report (keyword pass + one character scan). These
// tests hold it to that: with and without the skip, every corpus we have gives the same
// findings, and every name the name rules accept carries one of the marker words.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, prepareByteGate } from '../../src/detect/engine.js';
import { classifyName, hasLiveMarker, hasNameMarker, nameVocabulary } from '../../src/detect/filters/names.js';
import { providerRules } from '../../src/detect/rules/index.js';
import { prng, synth } from '../../src/detect/synthetic.js';
import { base64Runs, SHAPE_BASE64_RUN, SHAPE_COLON_FIELDS, SHAPE_RANDOM_RUN } from '../../src/detect/randomness/token-runs.js';
import { buildKeywordIndex, shapeOf } from '../../src/detect/gate/prefilter.js';
import type { Finding, Fragment } from '../../src/types.js';
import type { ProviderRule } from '../../src/detect/rules/rule.js';
import { lineTexts, readFileWindows } from '../../src/sources/worktree.js';
import { GATE_KEYWORD } from '../../src/detect/gate/byte-gate.js';
import { namesNextLine } from '../../src/detect/detectors/assignments.js';
import { PROJECT_ROOT } from '../helpers/git-repo.js';
import { filesUnder, textFixtures } from '../helpers/fixtures.js';

const gated = createEngine();
const ungated = createEngine({ lineGate: false });

function fragment(file: string, text: string): Fragment {
  return { file, lines: text.split('\n').map((t, i) => ({ number: i + 1, text: t.replace(/\r$/, '') })) };
}


/**
 * Each of `extra` and the fixture files written to a directory of their own and read as a tree
 * scan reads it, with and without verdicts: `visit` gets its name, its fragments read without
 * any, and a reader that puts a gate's verdicts on them, checks them and returns the findings it
 * expected. Binary files are passed over. The files must be many and their findings too (300 and
 * 400) for the comparison to mean something.
 */
function compareTreeFiles(extra: readonly [string, Buffer][], visit: (name: string, plain: Fragment[], read: (gate: (data: Uint8Array) => Uint8Array | undefined) => Fragment[]) => readonly Finding[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'secret-scan-tree-gate-'));
  try {
    const fixtures = filesUnder(join(PROJECT_ROOT, 'fixtures')).map((abs) => [relative(PROJECT_ROOT, abs), readFileSync(abs)] as [string, Buffer]);
    let n = 0;
    let compared = 0;
    let findings = 0;
    for (const [name, buf] of [...extra, ...fixtures]) {
      const abs = join(dir, `${n++}-${basename(name)}`);
      writeFileSync(abs, buf);
      const read = (gate?: (data: Uint8Array) => Uint8Array | undefined): Fragment[] => {
        const out: Fragment[] = [];
        readFileWindows(abs, dir, 1 << 30, (f) => out.push({ ...f, file: name }), gate);
        return out;
      };
      const plain = read();
      if (plain.length === 0) continue;
      findings += visit(name, plain, read).length;
      compared++;
    }
    expect(compared).toBeGreaterThan(300);
    expect(findings).toBeGreaterThan(400);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('line gate', () => {
  it('changes no finding on any fixture corpus (eval, hold-out, sample apps)', () => {
    let compared = 0;
    let findings = 0;
    for (const { name, text } of textFixtures()) {
      const f = fragment(name, text);
      const expected = ungated.detect(f);
      expect(gated.detect(f), f.file).toEqual(expected);
      compared++;
      findings += expected.length;
    }
    // The corpora are big enough for this to mean something.
    expect(compared).toBeGreaterThan(300);
    expect(findings).toBeGreaterThan(400);
  });

  it("the engine's own byte gate over whole fragments changes no finding (fixtures, CRLF, non-ASCII and short colon lines)", () => {
    const withGate = createEngine({ byteGateAfter: 0 });
    const withoutGate = createEngine({ byteGateAfter: Infinity });
    let compared = 0;
    let findings = 0;
    const extra: Fragment[] = [
      fragment('notes.txt', ['a', 'b', '::::éé', 'x:y:z:w:', 'é:é:é:é:', `token = "${synth('base62', 24, 'colon')}"`, '😀 key 😀', 'c', 'd'].join('\n')),
      fragment('app.env', ['A=1', 'B=2', `SECRET_KEY=${synth('base62', 40, 'env')}\r`, 'C=3\r', 'D=4', 'E=5', 'F=6', 'G=7'].join('\n')),
    ];
    const fixtures = textFixtures().map(({ name, text }) => fragment(name, text));
    for (const f of [...extra, ...fixtures]) {
      const expected = withoutGate.detect(f);
      expect(withGate.detect(f), f.file).toEqual(expected);
      compared++;
      findings += expected.length;
    }
    expect(compared).toBeGreaterThan(300);
    expect(findings).toBeGreaterThan(400);
  });

  it('the verdicts a tree read puts on lines from the bytes of a whole file (fileVerdicts) change no finding (fixtures, CRLF, invalid UTF-8)', () => {
    const withGate = createEngine({ byteGateAfter: 0 });
    const withoutGate = createEngine({ byteGateAfter: Infinity });
    const extra: [string, Buffer][] = [
      ['crlf.env', Buffer.from(['A=1', 'x:y:z:w', `SECRET_KEY=${synth('base62', 40, 'env')}`, 'é:é:é:é:', 'C=3', 'D=4', 'E=5', 'F=6'].join('\r\n'))],
      ['bad.yml', Buffer.concat([Buffer.from('a: 1\nb: \xff\n'), Buffer.from([0xc3, 0x0a, 0x80, 0x3a, 0x3a, 0x3a, 0x3a, 0x0a]), Buffer.from(`password: "${synth('base62', 24, 'bad')}"\nc: 2\nd: 3\n`)])],
    ];
    compareTreeFiles(extra, (name, plain, read) => {
      const gatedRead = read(withGate.fileVerdicts);
      expect(gatedRead.every((f) => f.lines.every((l) => l.gate !== undefined)), name).toBe(true);
      const expected = plain.flatMap((f) => withoutGate.detect(f));
      expect(gatedRead.flatMap((f) => withGate.detect(f)), name).toEqual(expected);
      return expected;
    });
  });

  it('verdicts settled by another engine (settleVerdicts, the tree reader) change no finding, and pass over keyword lines and base64 runs that decode to nothing (fixtures, CRLF, sections, key files, blobs, long lines)', () => {
    const reader = createEngine({ byteGateAfter: 0 });
    const detector = createEngine({ byteGateAfter: 0 });
    const withoutGate = createEngine({ byteGateAfter: Infinity });
    const pem = ['-----BEGIN PUBLIC KEY-----', ...Array.from({ length: 6 }, (_, i) => synth('base64', 64, `pem-${i}`)), '-----END PUBLIC KEY-----'];
    const extra: [string, Buffer][] = [
      ['crlf.env', Buffer.from(['A=1', 'PATH_PREFIX=/srv', `SECRET_KEY=${synth('base62', 40, 'env')}`, 'author: me', 'C=3', 'D=4', 'E=5', 'F=6'].join('\r\n'))],
      // A section named for a secret opens its values up; `path` lines under it and elsewhere.
      ['sections.yml', Buffer.from(['production:', '  secrets:', `    path: ${synth('base62', 24, 'sec')}`, '    pattern: abc', '  assets:', '    path: /var/lib', ''].join('\n'))],
      // A line that names the next one's value (namesNextLine), then a `path` value.
      ['k8s.yml', Buffer.from(['env:', '  - name: DB_PASSWORD', '    value: pathfinder-9x', '  - name: PATH', '    value: /usr/bin', ''].join('\n'))],
      ['weak.py', Buffer.from(['app.secret_key = "dev"', 'PASSWD = "changeme"', 'signing_salt = "abcdef12"', 'privatekey = "Xk9fQ2mZ7pL4vR8tWq"', 'DATABASE_URL = "postgres://admin:pw5x@db.internal:5432/app"', 'homepage = "https://example.org/path"', 'add_foreign_key :users, :accounts', ''].join('\n'))],
      ['pem.txt', Buffer.from([...pem, 'author: someone', ''].join('\n'))],
      ['master.key', Buffer.from(`${synth('hex', 32, 'master')}\n`)],
      // A base64 run alone on its line (no keyword), which decodes to a key, and one that decodes to no text.
      ['blob.yml', Buffer.from(`data:\n  id: ${Buffer.from(`AKIA${synth('upperAlnum', 16, 'blob')}`).toString('base64')}\n  raw: ${Buffer.from([0xf1, 0x02, 0x83, 0xc4, 0x05, 0x96, 0xe7, 0x08, 0xf9]).toString('base64')}Ab\n`)],
      ['long.js', Buffer.from(`const u = "https://user:${synth('base62', 12, 'long')}@host.example.net/path"; ${'f(path);'.repeat(1200)}\n`)],
    ];
    let keywordLines = 0;
    let settled = 0;
    compareTreeFiles(extra, (name, plain, read) => {
      const settledRead = read((data) => {
        const v = reader.fileVerdicts(data)!;
        const before = v.filter((x) => x === GATE_KEYWORD).length;
        reader.settleVerdicts(v, lineTexts(Buffer.from(data)));
        keywordLines += before;
        settled += before - v.filter((x) => x === GATE_KEYWORD).length;
        return v;
      });
      const expected = plain.flatMap((f) => withoutGate.detect(f));
      expect(settledRead.flatMap((f) => detector.detect(f)), name).toEqual(expected);
      return expected;
    });
    expect(keywordLines).toBeGreaterThan(4000);
    expect(settled).toBeGreaterThan(800);
  });

  it('settleVerdicts clears a keyword line passed over and a base64 run of no text, and leaves the rest (live markers, runs that decode, random runs, the config\'s own rules)', () => {
    const custom: ProviderRule = {
      id: 'acme-token',
      description: 'acme',
      keywords: ['zqxacme'],
      pattern: /zqxacme-[0-9]{6}/,
      severity: 'error',
      remediation: 'rotate',
      samples: () => ({ positive: [], negative: [] }),
    };
    const lines = [
      'mailer.deliver_now',
      'password = compute()',
      `  raw: ${Buffer.from([0xf1, 0x02, 0x83, 0xc4, 0x05, 0x96, 0xe7, 0x08, 0xf9, 0xfa, 0x8b, 0x0c]).toString('base64')}`,
      `  raw: ${Buffer.from('plain words!').toString('base64')}`,
      `  v: ${synth('base62', 41, 'settle-run-2')}`,
      'print(zqxacme)',
      'x = 1',
      'y = 2',
    ];
    const settle = (engine: ReturnType<typeof createEngine>): [number[], number[]] => {
      const data = Buffer.from(lines.join('\n') + '\n');
      const v = engine.fileVerdicts(data)!;
      const before = [...v];
      engine.settleVerdicts(v, lineTexts(data));
      return [before, [...v]];
    };
    const K = GATE_KEYWORD;
    const B64 = SHAPE_BASE64_RUN << 1;
    const RANDOM = SHAPE_RANDOM_RUN << 1;
    const [before, after] = settle(createEngine({ byteGateAfter: 0, extraRules: [custom] }));
    expect(before).toEqual([K, K, B64, B64, RANDOM, K, 0, 0]);
    // The config's own rule is left to detect(), which holds it to the line's budget, even where it matches nothing.
    expect(after).toEqual([0, K, 0, B64, RANDOM, K, 0, 0]);
    // Without the config's rule, that line has no keyword at all.
    expect(settle(createEngine({ byteGateAfter: 0 }))[0][5]).toBe(0);
  });

  /** A settings file of nine lines (a secret on line 3) in a directory of its own, read as a tree scan reads it. */
  const settingsFile = (seed: string): { lines: string[]; data: Buffer; read(engine: ReturnType<typeof createEngine>): Fragment[]; cleanup(): void } => {
    const dir = mkdtempSync(join(tmpdir(), 'secret-scan-prepared-gate-'));
    const abs = join(dir, 'settings.py');
    const lines = ['import os', '', `SECRET_KEY = "${synth('base62', 40, seed)}"`, 'DEBUG = False', 'x = 1', 'y = 2', 'z = 3', 'w = 4', 'v = 5'];
    writeFileSync(abs, lines.join('\n') + '\n');
    return {
      lines,
      data: readFileSync(abs),
      read(engine) {
        const out: Fragment[] = [];
        readFileWindows(abs, dir, 1 << 30, (f) => out.push(f), engine.fileVerdicts);
        return out;
      },
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  };

  it('a byte gate built ahead (prepareByteGate, while git lists a tree) is used from the first file on, by one engine, with the same findings', () => {
    const withoutGate = createEngine({ byteGateAfter: Infinity });
    const file = settingsFile('prepared');
    try {
      prepareByteGate();
      const first = createEngine();
      const second = createEngine();
      const ahead = file.read(first);
      // The default engine builds its own gate only after 256 KB of text: its first file has no verdicts.
      const own = file.read(second);
      expect(ahead.flatMap((f) => f.lines.map((l) => l.gate !== undefined))).toEqual(file.lines.map(() => true));
      expect(own.flatMap((f) => f.lines.map((l) => l.gate !== undefined))).toEqual(file.lines.map(() => false));
      const expected = withoutGate.detect(own[0]!);
      expect(expected.map((f) => f.line)).toEqual([3]);
      expect(first.detect(ahead[0]!)).toEqual(expected);
      expect(second.detect(own[0]!)).toEqual(expected);
    } finally {
      file.cleanup();
    }
  });

  it('a byte gate built ahead is taken by the first engine that asks for one, for verdicts (the tree reader) as for files', () => {
    const file = settingsFile('taken');
    const gated = (engine: ReturnType<typeof createEngine>): boolean[] => file.read(engine).flatMap((f) => f.lines.map((l) => l.gate !== undefined));
    try {
      prepareByteGate();
      const taken = createEngine().byteGate();
      expect(taken).not.toBeNull();
      // Taken: the next engine's first file has no verdicts (it builds its own gate after 256 KB).
      expect(gated(createEngine())).toEqual(file.lines.map(() => false));
      // The same verdicts as a gate built on demand.
      expect([...taken!.scanLines(file.data)]).toEqual([...createEngine().byteGate()!.scanLines(file.data)]);
      // Not taken: the next engine's first file has verdicts.
      prepareByteGate();
      expect(gated(createEngine())).toEqual(file.lines.map(() => true));
    } finally {
      file.cleanup();
    }
  });

  it('the fast path for lines the gate clears gives the findings of the full path (public key lines, marker sections, split blobs, window context)', () => {
    // byteGateAfter 0: fragments of 8 lines or more get the gate's verdicts, so cleared lines take detect()'s fast path.
    const withGate = createEngine({ byteGateAfter: 0 });
    const filler = ['def run(a, b):', '    return a + b', '', '# plain comment', 'x = compute(1, 2)', 'y = [1, 2, 3]'];
    const value = synth('base62', 32, 'fast-path');
    const blob = Buffer.from(synth('base62', 90, 'blob')).toString('base64');
    const cases: [string, string[]][] = [
      // A public key line with no keyword marks the next line (as a marker line would).
      ['docs/keys.md', [...filler, 'the key is ssh-rsa AAAA and more', `  value: "${value}"`, ...filler]],
      ['docs/keys.md', [...filler, 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE0x me@host', 'other = "qm7Wz2kPxs9Lqq"', ...filler]],
      // A section whose name holds a marker word opens up lines the gate clears.
      ['config/app.yaml', ['service:', '  name: x', 'db_password:', '  value: hunter2hunter2', '  other: 1', 'plain:', '  value: hunter2hunter2', ...filler]],
      ['config/app.yaml', ['session_secret:', `  default: "${value}"`, '  other: 1', 'plain:', `  default: "${value}"`, ...filler]],
      // A random blob split over consecutive lines: one finding, on its first line.
      ['src/data.py', [...filler, `data = ("${blob.slice(0, 60)}"`, `  "${blob.slice(60, 120)}"`, `  "${blob.slice(120)}")`, ...filler]],
      // A PEM block between cleared lines.
      ['certs/ca.pem', [...filler, '-----BEGIN CERTIFICATE-----', blob.slice(0, 64), blob.slice(64, 128), '-----END CERTIFICATE-----', ...filler]],
    ];
    const found: [number, string][][] = [];
    for (const [file, lines] of cases) {
      const f = fragment(file, lines.join('\n'));
      const expected = ungated.detect(f);
      expect(withGate.detect(f), `${file}: ${lines.join(' | ')}`).toEqual(expected);
      found.push(expected.map((x) => [x.line, x.ruleId]));
      // A later window (Fragment.before): the line before is context only, never reported.
      const later: Fragment = { file, lines: f.lines.slice(4), before: f.lines[3]!, continued: true };
      expect(withGate.detect(later), `${file} (later window)`).toEqual(ungated.detect(later));
    }
    // The sections named with a marker word open their value lines; the same value under `plain:` is not read
    // as a secret; the split blob is one finding, on its first line.
    expect(found.slice(2, 5)).toEqual([[[4, 'hardcoded-password']], [[2, 'secret-key-assignment']], [[7, 'high-entropy']]]);
  });

  it('changes no finding in fragments of 1, 2 and 3 lines (a history\'s or a staged diff\'s small edits), with and without the byte gate\'s verdicts on their lines', () => {
    const withGate = createEngine({ byteGateAfter: 0 });
    let compared = 0;
    let withVerdicts = 0;
    let findings = 0;
    for (const { name: file, bytes, text } of textFixtures()) {
      const whole = fragment(file, text).lines;
      // Verdicts as a history parser puts them on a diff's lines: one per line of the file (none
      // for the empty piece after a final newline, which split('\n') makes a line).
      const verdicts = withGate.fileVerdicts(bytes);
      const judgedAll = verdicts !== undefined && (verdicts.length === whole.length || (verdicts.length === whole.length - 1 && whole[whole.length - 1]!.text === ''));
      for (const size of [1, 2, 3]) {
        for (let at = 0; at < whole.length; at += size) {
          const lines = whole.slice(at, at + size);
          const plain: Fragment = { file, lines };
          const expected = ungated.detect(plain);
          expect(gated.detect(plain), `${file}:${at + 1} (${size})`).toEqual(expected);
          if (judgedAll) {
            const judged: Fragment = { file, lines: lines.map((l, k) => (at + k < verdicts!.length ? { ...l, gate: verdicts![at + k]! } : l)) };
            expect(withGate.detect(judged), `${file}:${at + 1} (${size}, verdicts)`).toEqual(expected);
            withVerdicts++;
          }
          compared++;
          findings += expected.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(30000);
    expect(withVerdicts).toBeGreaterThan(30000);
    expect(findings).toBeGreaterThan(1000);
  });

  it.each(['certs/server.key', 'config/master.key', '.secret_key', 'app/secret_key'])('a bare key of few lines in %s is still scanned (the gate does not skip a key file)', (file) => {
    // 64 hex characters: no keyword, no marker word, no random run of mixed case: a line the gate would skip.
    const key = synth('0123456789abcdef', 64, file);
    for (const lines of [[key], [key, ''], ['', key, '']]) {
      const f = fragment(file, lines.join('\n'));
      expect(gated.detect(f).map((x) => [x.line, x.ruleId, x.secret]), lines.join(' | ')).toEqual([[lines.indexOf(key) + 1, 'secret-key-assignment', key]]);
    }
    // The same line in any other file: the gate skips it, and the detectors, reading it, find nothing either.
    const other = fragment('notes/key.txt', key);
    expect(gated.detect(other)).toEqual([]);
    expect(ungated.detect(other)).toEqual([]);
  });

  it("changes no finding on the catalog's samples set among ordinary code", () => {
    const filler = ['import os', '', 'def handler(event):', '    return event'];
    let findings = 0;
    for (const rule of providerRules) {
      const { positive, negative } = rule.samples();
      for (const sample of [...positive, ...negative]) {
        for (const file of ['app/settings.py', 'config/.env', 'deploy/values.yaml']) {
          const f = fragment(file, [...filler, sample, ...filler].join('\n'));
          const expected = ungated.detect(f);
          expect(gated.detect(f), `${rule.id} in ${file}: ${sample}`).toEqual(expected);
          findings += expected.length;
        }
      }
    }
    expect(findings).toBeGreaterThan(1000);
  });

  it('changes no finding where the name is on another line (env lists, sections, key/value pairs)', () => {
    const value = synth('base62', 32, 'line-gate');
    const cases: [string, string][] = [
      ['k8s/deploy.yaml', `env:\n  - name: FLASK_SECRET_KEY\n    value: "${value}"\n  - name: OTHER\n    value: x`],
      // A value with no keyword and no random shape: only the name on the line before says what it is.
      ['deploy/app.yaml', `vars:\n  - name: DB_PASSWORD\n    value: qm7Wz2kPxs9Lqq\n  - name: OTHER\n    value: x\n  - name: SESSION_SECRET\n    value: changeme\n`],
      ['config/app.yaml', `jwt:\n  issuer: me\n  key: ${value}\n  ttl: 5\n`],
      ['config/settings.json', `{\n  "Jwt": {\n    "Issuer": "me",\n    "Key": "${value}"\n  }\n}`],
      ['config/app.yaml', `session_secret:\n  default: "${value}"\n  other: 1\n  more: 2\n`],
      ['config/app.yaml', `db_password:\n  value: hunter2hunter2\n  other: 1\n  more: 2\n`],
      ['settings.ini', `[database]\nhost = db\npassword = correct-horse\nport = 5432\n`],
      ['.pgpass', `# hosts\ndb.internal:5432:app:deploy:Xk29fjeLw0qp\nlocal:*:*:me:Xk29fjeLw0qp\n#\n#\n`],
      ['notes.txt', `one\ntwo\nthree\ncm9vdDpodW50ZXIyaHVudGVyMg==\nfour\n`],
      // No keyword anywhere: a 36-character random literal, and a base64 blob hiding a URL with a password.
      ['src/app.py', `a = 1\nb = 2\nfoo("${synth('base62', 32, 's32')}")\nd = 4\n`],
      ['k8s/cm.yaml', `kind: ConfigMap\ndata:\n  db: ${Buffer.from(`postgres://app:${synth('base62', 20, 'url')}@db/app`).toString('base64')}\n  x: y\n`],
      // Too short for a random run (24 characters): only the base64 check lets it through.
      ['k8s/cm.yaml', `kind: ConfigMap\ndata:\n  url: ${Buffer.from('ftp://a:Qm81vXz@h').toString('base64')}\n  x: y\n`],
      // An XML element opened alone on its line names the text on the next.
      ['conf/app.xml', `<config>\n  <db-password>\n    qm7Wz2kPxs9Lqq\n  </db-password>\n</config>\n`],
      // `key:` names the next line's value too; a marker line that names nothing does not open the next line.
      ['deploy/app.yaml', `vars:\n  - key: API_SECRET\n    value: qm7Wz2kPxs9Lqq\n  - other_secret: 1\n    value: qm7Wz2kPxs9Lqq\n`],
    ];
    for (const [file, text] of cases) {
      const f = fragment(file, text);
      expect(gated.detect(f), `${file}: ${text}`).toEqual(ungated.detect(f));
    }
    // At least the named ones are real findings, so the comparison is not between two empties.
    for (const i of [0, 2, 5, 9, 10, 11]) expect(gated.detect(fragment(cases[i]![0], cases[i]![1])).length, cases[i]![1]).toBeGreaterThan(0);
    // The password named on the line before its value.
    expect(gated.detect(fragment(cases[1]![0], cases[1]![1])).map((f) => [f.line, f.ruleId])).toEqual([
      [3, 'hardcoded-password'],
      [7, 'weak-secret-key'],
    ]);
    const at = (i: number) => gated.detect(fragment(cases[i]![0], cases[i]![1])).map((f) => [f.line, f.ruleId]);
    expect(at(12)).toEqual([[3, 'hardcoded-password']]);
    expect(at(13)).toEqual([[3, 'secret-key-assignment']]);
  });

  it('a line opens the next one up only when it names its value (namesNextLine)', () => {
    const naming = ['  - name: DB_PASSWORD', '- name: "SECRET_KEY"', '  name: api_token', '  - key: API_SECRET', '{ "Name": "ClientSecret",', '  <password>', '<db-password attr="1">'];
    const not = ['api_key = get_key()', 'keys.each do |key|', 'def secret_key', '# the signing key', 'name = compute_name(secret)', '  <password>x</password>', '- name: DB_PASSWORD  # and more', 'token: abc', 'value: x'];
    for (const t of naming) expect(namesNextLine(t), t).toBe(true);
    for (const t of not) expect(namesNextLine(t), t).toBe(false);
  });

  it('every name classifyName accepts holds a marker word (30,000 generated names)', () => {
    const words = [...new Set([...nameVocabulary(), 'my', 'app', 'db', 'flask', 'django', 'stripe', 'x', 'config', 'v2'])];
    const next = prng(7);
    const pick = () => words[Math.floor(next() * words.length)]!;
    const join = (parts: string[]): string => {
      const style = Math.floor(next() * 4);
      if (style === 0) return parts.join('_');
      if (style === 1) return parts.join('_').toUpperCase();
      if (style === 2) return parts.map((p, i) => (i === 0 ? p : p[0]!.toUpperCase() + p.slice(1))).join('');
      return parts.join('-');
    };
    let accepted = 0;
    for (let i = 0; i < 30_000; i++) {
      const name = join(Array.from({ length: 1 + Math.floor(next() * 3) }, pick));
      if (classifyName(name) === null) continue;
      accepted++;
      expect(hasNameMarker(name), name).toBe(true);
    }
    expect(accepted).toBeGreaterThan(2500);
  });

  it('every name classifyName accepts opens its line up where a name rule reads it, `pat`, `user`, `sign`, `key`, `auth`, `pass` and `cred` included (30,000 generated names)', () => {
    const words = [...new Set([...nameVocabulary(), 'my', 'app', 'db', 'github', 'pat', 'x', 'config', 'v2', 'path', 'user', 'sign', 'signer', 'signing', 'key', 'keys', 'apikey', 'assign', 'monkey', 'keyword', 'auth', 'author', 'oauth', 'pass', 'passed', 'storepass', 'credit', 'credentials'])];
    const next = prng(13);
    const pick = () => words[Math.floor(next() * words.length)]!;
    const join = (parts: string[]): string => {
      const style = Math.floor(next() * 5);
      if (style === 0) return parts.join('_');
      if (style === 1) return parts.join('_').toUpperCase();
      if (style === 2) return parts.map((p, i) => (i === 0 ? p : p[0]!.toUpperCase() + p.slice(1))).join('');
      if (style === 3) return parts.map((p) => p.toUpperCase()).join('') + (next() < 0.5 ? 'Holder' : '');
      return parts.join('-');
    };
    // The places a name sits on a line for the assignment finder (assignments.ts).
    const lines = (name: string): string[] => [`${name} = "v"`, `"${name}": "v"`, `x.${name}='v'`, `9${name}: v`, `:${name} => "v"`, `<${name}>v</${name}>`, `  - name: ${name}`, `\${${name}:-v}`, `f("${name}", "v")`];
    let accepted = 0;
    for (let i = 0; i < 30_000; i++) {
      const name = join(Array.from({ length: 1 + Math.floor(next() * 3) }, pick));
      if (classifyName(name) === null) continue;
      accepted++;
      for (const line of lines(name)) expect(hasLiveMarker(line), line).toBe(true);
    }
    expect(accepted).toBeGreaterThan(2500);
    // The names whose `user:password` value the assignment detector reads as a password.
    for (const name of ['user', 'USER', 'userinfo', 'proxy_user', 'proxyUser', 'PROXY_USER', 'auth', 'basic_auth', 'basicauth', 'httpAuth', 'HTTP_AUTH', 'credential', 'CREDENTIALS']) {
      for (const line of lines(name)) expect(hasLiveMarker(line), line).toBe(true);
    }
    for (const line of ['github_pat = "v"', 'myPat: v', 'PATToken = 1', 'PATHolder = 1', 'PAT', 'x.pat', '9pat = 1', 'user', 'proxy_user: v', 'sign_key', 'jwtSigner', 'SIGNING', 'APP_KEY', 'apiKey', 'APIKEY', 'app.keys', 'hmacKey', 'key', 'passwd', 'PASSPHRASE', 'keystorepass', 'MY_PASS', 'db.password', 'oauth']) {
      expect(hasLiveMarker(line), line).toBe(true);
    }
    // `pat`, `user`, `sign` and `key` inside other words do not.
    const inOtherWords = ['require "action_dispatch"', 'File.expand_path(__dir__)', 'pattern = /x/', 'compat', 'patch', 'PATH=/usr/bin', 'xPATh', 'users.each', 'username: v', 'user_id = 1', 'self.patron', 'pat2 = 1'];
    for (const line of [...inOtherWords, 'assign(:x)', 'design', 'Signal.trap', 'signed_id', 'keyword', 'keyboard', 'monkey', 'hotkeys', 'key2 = 1', 'author', 'authors.each', 'passed', 'passing = 1', 'credit_limit']) {
      expect(hasLiveMarker(line), line).toBe(false);
    }
  });

  it('shapeOf agrees with the scans it stands for, on 20,000 random lines', () => {
    const next = prng(11);
    const alphabet = 'aB3=:_-./~+ "x\té9Zq';
    let base64 = 0;
    let random = 0;
    // The engine reads the shape off its keyword pass over the whole catalog: same answer.
    const catalog = buildKeywordIndex(providerRules, ['key', 'pass']);
    for (let t = 0; t < 20_000; t++) {
      let line = '';
      const n = Math.floor(next() * 70);
      // Long runs of token characters are rare in uniform text: sometimes grow one on purpose.
      for (let i = 0; i < n; i++) line += next() < 0.7 ? 'aB3xZq9_-'[Math.floor(next() * 9)] : alphabet[Math.floor(next() * alphabet.length)];
      const shape = shapeOf(line);
      catalog.candidates(line);
      expect(catalog.shape, line).toBe(shape);
      const wantBase64 = base64Runs(line, 8).some(([s, e]) => (e - s) % 4 === 0);
      const wantRandom = (line.match(/[A-Za-z0-9+/_\-.~]{32,}/g) ?? []).some((r) => /[A-Z]/.test(r) && /[a-z]/.test(r) && /[0-9]/.test(r));
      const wantColons = !line.includes(' ') && (line.match(/:/g) ?? []).length >= 4;
      expect((shape & SHAPE_BASE64_RUN) !== 0, line).toBe(wantBase64);
      expect((shape & SHAPE_RANDOM_RUN) !== 0, line).toBe(wantRandom);
      expect((shape & SHAPE_COLON_FIELDS) !== 0, line).toBe(wantColons && line.length >= 8);
      if (wantBase64) base64++;
      if (wantRandom) random++;
    }
    expect(base64).toBeGreaterThan(500);
    expect(random).toBeGreaterThan(100);
  });
});
