// The gate over raw bytes (src/detect/gate/byte-gate.ts, .wat) stands in for the JavaScript keyword
// pass on a history scan's lines. These tests hold it to that: its keyword verdict is exactly the
// JavaScript one and its shape never says less, on every fixture line and on generated lines
// with the bytes that differ from characters (non-ASCII, invalid UTF-8, CR); and findings with
// its verdicts are the findings without, line for line through the history parser.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charShape, createByteGate, GATE_KEYWORD, GATE_SHAPE_SHIFT } from '../../src/detect/gate/byte-gate.js';
import { createEngine } from '../../src/detect/engine.js';
import { SECRET_NAME_MARKERS } from '../../src/detect/filters/names.js';
import { buildKeywordIndex } from '../../src/detect/gate/prefilter.js';
import type { ProviderRule } from '../../src/detect/rules/rule.js';
import { providerRules } from '../../src/detect/rules/index.js';
import { prng, synth } from '../../src/detect/synthetic.js';
import { createHistoryParser, forEachLine } from '../../src/sources/history.js';
import { splitLines } from '../../src/sources/worktree.js';
import type { Finding, Fragment } from '../../src/types.js';
import { PROJECT_ROOT } from '../helpers/git-repo.js';
// @ts-expect-error: a plain .mjs script, no types
import { assemble, OUT, WAT } from '../../scripts/build-wasm.mjs';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? files(abs) : [abs];
  });
}

/** Every text file of the fixtures, as [path, bytes]. */
const corpus: [string, Buffer][] = files(join(PROJECT_ROOT, 'fixtures'))
  .map((abs): [string, Buffer] => [relative(PROJECT_ROOT, abs), readFileSync(abs)])
  .filter(([, buf]) => !buf.includes(0));

const catalog = buildKeywordIndex(providerRules, SECRET_NAME_MARKERS);
const gate = createByteGate(catalog)!;

/**
 * Runs the byte gate over `lines` as the added lines of a diff (interleaved with the other kinds
 * of line a patch holds) and checks each verdict against the JavaScript gate on the decoded line.
 */
function compare(lines: readonly Buffer[]): { keyword: number; shape: number; wider: number } {
  const others = [Buffer.from('-removed line with password = x'), Buffer.from(' context api_key'), Buffer.from(''), Buffer.from('@@ -1 +1 @@ token')];
  const batch: Buffer[] = [];
  const added: number[] = []; // index in the batch of each added line
  lines.forEach((l, i) => {
    batch.push(others[i % others.length]!);
    added.push(batch.length);
    batch.push(Buffer.concat([Buffer.from('+'), l]));
  });
  const verdicts = gate.scan(Buffer.from(batch.map((b) => b.toString('latin1')).join('\n'), 'latin1'));
  expect(verdicts.length).toBe(batch.length);
  let keyword = 0;
  let shape = 0;
  let wider = 0;
  lines.forEach((l, i) => {
    const v = verdicts[added[i]!]!;
    const text = l.toString('utf8').replace(/\r$/, '');
    const js = catalog.candidates(text).length > 0 || catalog.markerHit;
    const jsShape = catalog.shape;
    const byteShape = v >> GATE_SHAPE_SHIFT;
    const where = JSON.stringify(l.toString('latin1'));
    expect((v & GATE_KEYWORD) !== 0, where).toBe(js);
    // Never less than the JavaScript shape; the same wherever bytes are characters.
    expect(byteShape & jsShape, where).toBe(jsShape);
    if (/^[\x00-\x7f]*$/.test(l.toString('latin1')) && !l.includes(13)) expect(byteShape, where).toBe(jsShape);
    if (byteShape !== jsShape) wider++;
    if (js) keyword++;
    if (jsShape !== 0) shape++;
  });
  // Lines that are not added lines get no verdict.
  batch.forEach((_, k) => {
    if (!added.includes(k)) expect(verdicts[k]).toBe(0);
  });
  return { keyword, shape, wider };
}

describe('byte gate', () => {
  it('is the assembled byte-gate.wat (run `npm run build:wasm` after editing it)', async () => {
    expect(readFileSync(OUT, 'utf8')).toBe(await assemble(readFileSync(WAT, 'utf8')));
  });

  it('agrees with the JavaScript gate on every line of the fixtures', () => {
    const lines = corpus.flatMap(([, buf]) => buf.toString('latin1').split('\n').map((l) => Buffer.from(l, 'latin1')));
    const { keyword, shape } = compare(lines);
    expect(lines.length).toBeGreaterThan(15_000);
    expect(keyword).toBeGreaterThan(2000);
    expect(shape).toBeGreaterThan(1000);
  });

  it('agrees on 20,000 generated lines with non-ASCII characters, invalid UTF-8, CR and padding', () => {
    const next = prng(23);
    const pieces = ['a', 'B', '3', 'Z', 'q', '9', '_', '-', '.', '/', '+', '=', '==', ':', ' ', '\t', '"', 'é', '€', '😀', '\xff', '\xc3', '\r', 'key', 'pass', 'AKIA', 'ghp_', 'Token', 'SECRET', 'sk_live_', 'xoxb-'];
    const lines: Buffer[] = [];
    for (let t = 0; t < 20_000; t++) {
      const parts: Buffer[] = [];
      const n = Math.floor(next() * 40);
      for (let i = 0; i < n; i++) {
        // Long runs of token characters are rare in uniform text: grow some on purpose.
        const p = next() < 0.6 ? 'aB3xZq9_-/+'[Math.floor(next() * 11)]! : pieces[Math.floor(next() * pieces.length)]!;
        // '\xff' and '\xc3' stand for lone bytes (invalid UTF-8), the rest for characters.
        parts.push(p === '\xff' || p === '\xc3' ? Buffer.from([p.charCodeAt(0)]) : Buffer.from(p, 'utf8'));
      }
      lines.push(Buffer.concat(parts));
    }
    const { keyword, shape, wider } = compare(lines);
    expect(keyword).toBeGreaterThan(2000);
    expect(shape).toBeGreaterThan(2000);
    // Only the colon count, measured in bytes, may let more through.
    expect(wider).toBeLessThan(lines.length / 20);
  });

  it('changes no finding: the fixtures as one history, with and without verdicts', () => {
    // Every fixture file added by its own commit, some lines with CRLF; then files whose secrets
    // carry no keyword, found through the line's shape alone (see line-gate.test.ts).
    const shapeOnly: [string, Buffer][] = [
      ['src/app.py', Buffer.from(`a = 1\nb = 2\nfoo("${synth('base62', 32, 'byte-gate')}")\nd = 4\n`)],
      ['k8s/cm.yaml', Buffer.from(`kind: ConfigMap\ndata:\n  db: ${Buffer.from(`postgres://app:${synth('base62', 20, 'byte-url')}@db/app`).toString('base64')}\n  x: y\n`)],
      ['.pgpass', Buffer.from(`# hosts\ndb.internal:5432:app:deploy:${synth('base62', 12, 'byte-pg')}\n#\n#\n`)],
    ];
    let log = '';
    [...corpus, ...shapeOnly].forEach(([file, buf], i) => {
      const lines = buf.toString('utf8').split('\n');
      log += `\u0000\u0001${String(i).padStart(40, '0')}\u00011700000000\u00012024-01-01T00:00:00Z\u0001T <t@example.test>\n`;
      log += `diff --git a/${file} b/${file}\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n+++ b/${file}\n@@ -0,0 +1,${lines.length} @@\n`;
      log += lines.map((l) => `+${l}${i % 5 === 0 ? '\r' : ''}\n`).join('');
    });
    const bytes = Buffer.from(log, 'utf8');
    const engine = createEngine();
    const run = (withVerdicts: boolean): { findings: Finding[]; withGate: number } => {
      const findings: Finding[] = [];
      let withGate = 0;
      const parser = createHistoryParser((f: Fragment) => {
        withGate += f.lines.filter((l) => l.gate !== undefined).length;
        findings.push(...engine.detect(f));
      });
      forEachLine(bytes.toString('utf8'), parser.line, withVerdicts ? engine.byteGate()!.scan(bytes) : undefined);
      parser.end();
      return { findings, withGate };
    };
    const plain = run(false);
    const gated = run(true);
    expect(gated.findings).toEqual(plain.findings);
    for (const [file] of shapeOnly) expect(plain.findings.some((f) => f.file === file), file).toBe(true);
    expect(plain.findings.length).toBeGreaterThan(400);
    expect(plain.withGate).toBe(0);
    expect(gated.withGate).toBeGreaterThan(15_000);
  });

  it('judges every line of a file (scanLines) as the JavaScript gate does, CRLF files and a last line without newline included', () => {
    let lines = 0;
    let keyword = 0;
    const crlf = corpus.filter((_, i) => i % 4 === 0).map(([file, buf]): [string, Buffer] => [`${file}.crlf`, Buffer.from(buf.toString('latin1').replace(/\n/g, '\r\n'), 'latin1')]);
    const unterminated: [string, Buffer][] = [['last.py', Buffer.from('a = 1\n\npassword = "x"')], ['empty', Buffer.alloc(0)], ['nl', Buffer.from('\n')]];
    for (const [file, buf] of [...corpus, ...crlf, ...unterminated]) {
      const verdicts = gate.scanLines(buf);
      const split = splitLines(buf.toString('utf8'));
      expect(verdicts.length, file).toBe(split.length);
      split.forEach((l, i) => {
        const v = verdicts[i]!;
        const js = catalog.candidates(l.text).length > 0 || catalog.markerHit;
        expect((v & GATE_KEYWORD) !== 0, `${file}:${l.number}`).toBe(js);
        expect((v >> GATE_SHAPE_SHIFT) & catalog.shape, `${file}:${l.number}`).toBe(catalog.shape);
        lines++;
        if (js) keyword++;
      });
    }
    expect(lines).toBeGreaterThan(15_000);
    expect(keyword).toBeGreaterThan(2000);
    expect(gate.scanLines(Buffer.from('a\npassword\n\nx'))).toEqual(new Uint8Array([0, GATE_KEYWORD, 0, 0]));
  });

  it('judges decoded lines (scanText) exactly as the JavaScript gate: keyword bit, and the shape through charShape', () => {
    // The fixtures' lines, and generated lines of the characters whose UTF-8 bytes differ from
    // them: non-ASCII, lone surrogates, CR, colons on short lines ('::::éé' is 6 characters, 8 bytes).
    const next = prng(31);
    const pieces = ['a', 'B', '3', 'Z', '9', '_', '-', '/', '+', '=', ':', '::::', ' ', '\t', 'é', '€', '😀', '\ud800', '\udfff', '\r', 'key', 'pat', 'AKIA', 'ghp_', 'Token', 'xoxb-'];
    const generated = Array.from({ length: 20_000 }, () => {
      let line = '';
      const n = Math.floor(next() * 30);
      for (let i = 0; i < n; i++) line += next() < 0.5 ? 'aB3xZq9_-/+'[Math.floor(next() * 11)]! : pieces[Math.floor(next() * pieces.length)]!;
      return line;
    });
    const fixtureLines = corpus.flatMap(([, buf]) => splitLines(buf.toString('utf8')).map((l) => l.text));
    const lines = [...fixtureLines, ...generated, '::::éé', '::::é', 'a:b:c:d:'];
    const verdicts = gate.scanText(lines.join('\n'));
    expect(verdicts.length).toBe(lines.length);
    let keyword = 0;
    let shape = 0;
    let colonsCut = 0;
    lines.forEach((text, i) => {
      const v = verdicts[i]!;
      const js = catalog.candidates(text).length > 0 || catalog.markerHit;
      expect((v & GATE_KEYWORD) !== 0, JSON.stringify(text)).toBe(js);
      expect(charShape(v, text), JSON.stringify(text)).toBe(catalog.shape);
      if (v >> GATE_SHAPE_SHIFT !== catalog.shape) colonsCut++;
      if (js) keyword++;
      if (catalog.shape !== 0) shape++;
    });
    expect(keyword).toBeGreaterThan(4000);
    expect(shape).toBeGreaterThan(3000);
    // The colon case happens, and charShape is what makes the two agree there.
    expect(colonsCut).toBeGreaterThan(0);
    expect(charShape(verdicts[lines.length - 3]!, '::::éé')).toBe(0);
    expect(charShape(verdicts[lines.length - 1]!, 'a:b:c:d:')).not.toBe(0);
  });

  it('changes no finding in a tree scan: every fixture file with and without verdicts on its lines', () => {
    const engine = createEngine();
    let findings = 0;
    for (const [file, buf] of corpus) {
      const text = buf.toString('utf8');
      const plain = engine.detect({ file, lines: splitLines(text) });
      const gated = engine.detect({ file, lines: splitLines(text, engine.byteGate()!.scanLines(buf)) });
      expect(gated, file).toEqual(plain);
      findings += plain.length;
    }
    expect(findings).toBeGreaterThan(400);
  });

  it('pins the shape boundaries: token runs of 31/32/33, base64 runs of 7/8/9/12 with and without padding, colon fields of 7/8 bytes', () => {
    // [line, SHAPE_* flags], each worked out by hand from token-runs.ts's definitions; the gate's
    // automata count and judge these runs in their states, so each edge is checked on both sides.
    const x = (n: number): string => 'x'.repeat(n);
    const cases: [string, number][] = [
      // '.' is a token character but not a base64 one, and the x-runs have one case only: these
      // lines have no base64 run.
      [`aB3.${x(27)}`, 0], // 31 token characters
      [`aB3.${x(28)}`, 1], // 32
      [`aB3.${x(29)}`, 1], // 33
      [`${x(28)}.aB3`, 1], // the third class arrives at the 32nd character
      [`${x(40)}.B3`, 1], // ... or later in the run
      [`aB.${x(40)}`, 0], // no digit
      [`aB3.${x(27)} ${x(10)}`, 0], // 31, a space, then a short run
      [`aB3.${x(26)}.`, 0],
      [`aB3.${x(27)}.`, 1], // ending in '.': 32
      [`aB3.${x(27)}"`, 0],
      [`${'q'.repeat(100_000)}.A1`, 1], // a run far longer than the count the automaton keeps
      [`${'q'.repeat(100_000)} A1`, 0],
      ['aBcdefg', 0], // 7 base64 characters
      ['aBcdefgh', 2], // 8
      ['aBcdefghi', 0], // 9
      ['aBcdefghij', 0], // 10
      ['aBcdefghijk', 0], // 11
      ['aBcdefghijkl', 2], // 12
      ['aBcdefghijklm', 0], // 13
      ['aBcdefghijklmnop', 2], // 16
      ['aBcdefghij==', 2], // 10 and 2 padding
      ['aBcdefghij=', 0], // 10 and 1
      ['aBcdef==', 2], // 6 and 2 padding
      ['aBcdefg=', 2], // 7 and 1
      ['aBcdefg==', 0], // 9 with padding
      ['aBcdef==x', 0], // a base64 character right after the padding
      ['aBcdef==.', 2], // a separator after it
      ['aBcdef== aBcd', 2],
      ['abcdefgh', 0], // one case only
      ['ABCDEFGH', 0],
      ['ab-CD_12', 2], // base64url characters count
      ['aBcd.efgh', 0], // '.' ends a run: 4 and 4
      ['========', 0], // padding with no run
      ['=aBcdefg', 0], // 7 after a lone '='
      ['a:b:c:d:', 4], // 4 colons, no space, 8 bytes
      ['::::abc', 0], // 7 bytes
      ['::::abcd', 4],
      [':::abcde', 0], // 3 colons
      ['a:b:c:d: e', 0], // a space
      ['aBcdefgh:1:2:3:4', 6], // base64 run ended by a colon, and colon fields
    ];
    const verdicts = gate.scanLines(Buffer.from(cases.map(([l]) => l).join('\n')));
    const diff = gate.scan(Buffer.from(cases.map(([l]) => `+${l}\n`).join('')));
    cases.forEach(([line, shape], i) => {
      const where = line.length > 40 ? `${line.slice(0, 20)}…${line.slice(-20)}` : line;
      catalog.candidates(line);
      expect(catalog.shape, where).toBe(shape);
      expect(verdicts[i]! >> GATE_SHAPE_SHIFT, where).toBe(shape);
      expect(diff[i]! >> GATE_SHAPE_SHIFT, where).toBe(shape);
    });
    // A keyword found early does not stop the shape scan of the rest of the line, nor the next line.
    expect([...gate.scanLines(Buffer.from(`password = "aB3${x(29)}" aBcdefgh\npassword\naBcdefgh`))]).toEqual([GATE_KEYWORD | (3 << GATE_SHAPE_SHIFT), GATE_KEYWORD, 2 << GATE_SHAPE_SHIFT]);
  });

  it('skips the lines of a diff that are not added lines, whatever their length and wherever the batch ends', () => {
    // The skip looks for the newline 16 bytes at a time: lines of 0-40 bytes cover every
    // position of the newline within a block, then an added line that must still be judged.
    for (let n = 0; n <= 40; n++) {
      const other = `-${'k'.repeat(n)}`.slice(0, Math.max(1, n)); // a removed line of n bytes (at least '-')
      const batch = `${other}\n+password\n${other}\n+aB3.${'x'.repeat(28)}\n${other}`;
      expect([...gate.scan(Buffer.from(batch))], `${n}`).toEqual([0, GATE_KEYWORD, 0, 1 << GATE_SHAPE_SHIFT, 0]);
      expect([...gate.scan(Buffer.from(`${batch}\n`))], `${n}`).toEqual([0, GATE_KEYWORD, 0, 1 << GATE_SHAPE_SHIFT, 0]);
    }
  });

  it("is built from the engine's own keywords: a custom rule's, and none when one is not ASCII", () => {
    const rule = (id: string, keyword: string): ProviderRule => ({
      id,
      description: id,
      keywords: [keyword],
      pattern: new RegExp(`${keyword}-[0-9]{6}`),
      severity: 'error',
      remediation: 'rotate',
      samples: () => ({ positive: [], negative: [] }),
    });
    const custom = createEngine({ extraRules: [rule('acme-token', 'zqxacme')] });
    const verdicts = custom.byteGate()!.scan(Buffer.from('+print(zqxacme-123456)\n+print(1)\n'));
    expect([...verdicts]).toEqual([GATE_KEYWORD, 0]);
    // The catalog's gate knows nothing of it.
    expect(gate.scan(Buffer.from('+print(zqxacme-123456)\n'))[0]).toBe(0);
    expect(createEngine({ extraRules: [rule('acme-unicode', 'clé')] }).byteGate()).toBeNull();
    expect(createEngine({ lineGate: false }).byteGate()).toBeNull();
  });
});
