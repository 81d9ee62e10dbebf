// The hook gate (src/startup/hook-gate.ts) answers `secret-scan --staged` itself, exit 0 and no
// output, for a staged diff no detector would look at. Held here: a diff it calls clean gives no
// finding (every fixture file, whole and in pieces; every catalog sample is left to the CLI),
// each thing it must leave to the CLI, and its word list.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE } from '../../src/config/config.js';
import { findEncodedBlobs } from '../../src/detect/detectors/encoded.js';
import { createEngine, LONG_LINE } from '../../src/detect/engine.js';
import { shapeOf } from '../../src/detect/gate/prefilter.js';
import { SHAPE_BASE64_RUN, SHAPE_COLON_FIELDS, SHAPE_RANDOM_RUN } from '../../src/detect/randomness/token-runs.js';
import { SECRET_NAME_MARKERS, WORD_MARKERS } from '../../src/detect/filters/names.js';
import { providerRules } from '../../src/detect/rules/index.js';
import { synth } from '../../src/detect/synthetic.js';
import { STREAM_ABOVE } from '../../src/sources/staged-git.js';
import { cleanLineTest, FINDER_ONE_PASS_PAST, findsInOnePass, HOOK_CONFIG_FILE, HOOK_GATE_MAX_BYTES, SETTLE_MAX_LINE, stagedDiffIsClean, wordFinder, type WordFinder } from '../../src/startup/hook-gate.js';
import { HOOK_MARKERS, HOOK_PATTERNS, HOOK_WORDS, hookWordOpens, hookWordPatterns } from '../../src/startup/hook-words.js';
import { textFixtures } from '../helpers/fixtures.js';

const engine = createEngine();
const test = cleanLineTest();
const lockTest = cleanLineTest(true);
const finder = wordFinder();
// The finder's two ways, each on every text: one search per head, and one pass of an expression of every word.
const searches = wordFinder(Infinity);
const onePass = wordFinder(0);
const root = mkdtempSync(join(tmpdir(), 'secret-scan-hook-gate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A staged diff adding `lines` as a new file `path`, as `git diff --cached -U0` writes it; `headers` go after its `diff --git` line. */
function diffOf(path: string, lines: readonly string[], headers: readonly string[] = ['new file mode 100644', 'index 0000000..1111111', '--- /dev/null', `+++ b/${path}`]): Buffer {
  return Buffer.from(`diff --git a/${path} b/${path}\n${headers.map((h) => `${h}\n`).join('')}@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}\n`).join('')}`);
}

const clean = (diff: Buffer, find: WordFinder = finder): boolean => stagedDiffIsClean(root, diff, find);

/**
 * Every fixture file, whole and in pieces of 1 to `largest` lines, under the path `pathOf` gives
 * its name: where the gate calls a piece clean, the engine finds nothing in it. The counts, for
 * the caller to hold to enough of each.
 */
function judgeFixtures(pathOf: (name: string) => string, largest: number): { judged: number; cleared: number; findings: number } {
  let judged = 0;
  let cleared = 0;
  let findings = 0;
  for (const { name, text } of textFixtures()) {
    const path = pathOf(name);
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    const pieces: string[][] = [lines];
    for (let size = 1; size <= largest; size++) for (let at = 0; at < lines.length; at += size) pieces.push(lines.slice(at, at + size));
    for (const piece of pieces) {
      const found = engine.detect({ file: path, lines: piece.map((text, i) => ({ number: i + 1, text })) });
      findings += found.length;
      judged++;
      if (!clean(diffOf(path, piece))) continue;
      cleared++;
      expect(found, `${path}: ${JSON.stringify(piece).slice(0, 300)}`).toEqual([]);
    }
  }
  return { judged, cleared, findings };
}

describe('a diff the hook gate calls clean holds no finding', () => {
  it('every fixture file, whole and in pieces of 1 to 4 lines: where it says clean, the engine finds nothing', () => {
    const { judged, cleared, findings } = judgeFixtures((name) => name, 4);
    // Enough of both for the comparison to mean something.
    expect(judged).toBeGreaterThan(20_000);
    expect(cleared).toBeGreaterThan(2_000);
    expect(findings).toBeGreaterThan(1_000);
  });

  it('every fixture file as a lockfile, whole and in pieces of 1 to 3 lines: where it says clean, the engine finds nothing', () => {
    // In a lockfile only the provider rules run (engine.ts), and the gate settles a line by its words' patterns alone.
    const { judged, cleared, findings } = judgeFixtures((name) => `${name}.lock`, 3);
    // Most pieces are the gate's there (shapes and marker words do not count), and the engine still finds plenty.
    expect(judged).toBeGreaterThan(30_000);
    expect(cleared).toBeGreaterThan(25_000);
    expect(findings).toBeGreaterThan(1_000);
  });

  it('every positive sample of every catalog rule is left to the CLI', () => {
    let n = 0;
    for (const rule of providerRules) {
      for (const s of rule.samples().positive) {
        expect(clean(diffOf('sample.conf', s.split('\n'))), `${rule.id}: ${s.slice(0, 80)}`).toBe(false);
        n++;
      }
    }
    expect(n).toBeGreaterThan(2 * providerRules.length);
  });

  it('every positive sample the engine finds in a lockfile is left to the CLI there too', () => {
    let n = 0;
    for (const rule of providerRules) {
      for (const s of rule.samples().positive) {
        const lines = s.split('\n');
        if (engine.detect({ file: 'web/package-lock.json', lines: lines.map((text, i) => ({ number: i + 1, text })) }).length === 0) continue;
        expect(clean(diffOf('web/package-lock.json', lines)), `${rule.id}: ${s.slice(0, 80)}`).toBe(false);
        n++;
      }
    }
    // The provider rules run in a lockfile: most samples are found there.
    expect(n).toBeGreaterThan(2 * providerRules.length);
  });

  it('its words are every rule keyword and every marker word, in lower case, each once; each settled by exactly its rules\' patterns, a generic-* rule\'s keyword only in a lockfile', () => {
    const expected = new Set([...providerRules.flatMap((r) => r.keywords), ...SECRET_NAME_MARKERS].map((w) => w.toLowerCase()));
    expect(new Set(HOOK_WORDS)).toEqual(expected);
    expect(HOOK_WORDS).toHaveLength(expected.size);
    let settled = 0;
    for (const [i, w] of HOOK_WORDS.entries()) {
      const rules = providerRules.filter((r) => r.keywords.some((k) => k.toLowerCase() === w));
      // A marker word that is no rule's keyword has none: markerClosed judges its lines.
      expect(new Set(hookWordPatterns(i).map((p) => HOOK_PATTERNS[p])), w).toEqual(new Set(rules.map((r) => `${r.pattern.flags}/${r.pattern.source}`)));
      // A generic-* candidate sends its line to every detector (engine.ts scanLine, providerRulesAlone), but in a lockfile.
      if (rules.some((r) => r.id.startsWith('generic-'))) {
        expect(hookWordOpens(i), w).toBe(true);
        // In any case and inside a word, it keeps a line from the gate, but in a lockfile.
        expect(test(`x${w}x`), w).toBe(false);
        expect(test(`x${w.toUpperCase()}x`), w).toBe(false);
      } else {
        expect(hookWordOpens(i), w).toBe(false);
        settled++;
      }
      // Found in any case and inside a word (or the diff declined for a word that is never settled outside a lockfile).
      for (const text of [`x${w}x`, `x${w.toUpperCase()}x`]) {
        const lower = text.toLowerCase();
        const never = HOOK_WORDS.some((v, j) => hookWordOpens(j) && lower.includes(v));
        if (never) expect(finder(text), text).toBeNull();
        else expect(finder(text), text).toContain(i);
        expect(finder(text, true), text).toContain(i);
      }
    }
    expect(settled).toBeGreaterThan(400);
    expect(HOOK_PATTERNS).toHaveLength(new Set(providerRules.map((r) => `${r.pattern.flags}/${r.pattern.source}`)).size);
    // Marker words: each opens a line as a word of a name; those that open it anywhere (all but
    // names.ts WORD_MARKERS) do so inside any word too, in any case.
    expect(HOOK_MARKERS).toEqual(SECRET_NAME_MARKERS.map((m) => m.toLowerCase()));
    for (const m of HOOK_MARKERS) {
      // (`cred` is read only as the start of `credential`.)
      const name = m === 'cred' ? 'credentials' : m;
      expect(clean(diffOf('app/views.py', [`${name.toUpperCase()} = 1`])), m).toBe(false);
      expect(clean(diffOf('app/views.py', [`${name} = 1`])), m).toBe(false);
      expect(clean(diffOf('app/views.py', [`x${m.toUpperCase()}x = 1`])), m).toBe(WORD_MARKERS.has(m));
    }
    expect([...WORD_MARKERS].sort()).toEqual(['auth', 'cred', 'key', 'pass', 'pat', 'sign', 'user']);
    expect(HOOK_CONFIG_FILE).toBe(CONFIG_FILE);
    expect(SETTLE_MAX_LINE).toBe(LONG_LINE);
  });
});

describe('the gate tests all added lines at once, as it would each line by itself', () => {
  const code = ['def handler(request):', '    return render(request, "page.html")'];

  it('a shape is found on whichever line holds it, and only there (stagedDiffIsClean against cleanLineTest)', () => {
    // Each a shape prefilter.ts shapeOf sees, on lines its first look (the spots of hook-gate.ts)
    // could pass over: a 32-character token run after base64 padding, whose first base64 piece
    // holds one case; colon fields after a long run; eight base64 characters counting their
    // padding; a 32-character run whose first 24 are lower case. Each plain twin is one character
    // short of its shape (or has a space where colon fields allow none).
    // (Colon fields come twice: after a run, and with no run, which only the colon spot sees.)
    const shaped = ['xyz=abcdefgh.ABCDEFGH1.abcdefgh.ABCD', 'abcdefghij:k:l:m:n', 'ab:cd:ef:gh:ij', 'v = "SGVsbG8="', 'v = "abcdefghijklmnopqrstuvwx.AB1.cd2"'];
    const plain = ['xyz=abcdefgh.ABCDEFGH1.abcdefgh.ABC', 'abcdefghij:k:l:m n', 'ab:cd:ef:gh ij', 'v = "SGVsbG8"', 'v = "abcdefghijklmnopqrstuvw.AB1.cd2"'];
    for (const line of [...shaped, ...plain]) expect(test(line), line).toBe(plain.includes(line));
    for (const [i, line] of shaped.entries()) {
      for (const at of [0, 1, 2]) {
        const lines = [...code];
        lines.splice(at, 0, line);
        expect(clean(diffOf('app/views.py', lines)), `${line} at ${at}`).toBe(false);
        lines.splice(at, 1, plain[i]!);
        expect(clean(diffOf('app/views.py', lines)), `${plain[i]} at ${at}`).toBe(true);
      }
    }
    // A shape at the end of the eleventh line, a line after it.
    const many = [...Array.from({ length: 10 }, (_, i) => `a = ${i}`), 'x="SGVsbG8="', 'b = 2'];
    expect(clean(diffOf('app/views.py', many))).toBe(false);
    expect(clean(diffOf('app/views.py', many.map((l) => l.replace('SGVsbG8=', 'SGVsbG8'))))).toBe(true);
    // Lines are not one text: runs and words do not continue over a line's end.
    expect(clean(diffOf('app/views.py', ['abcdefghijklmnop', 'QRSTUVWXYZ012345', 'x = sec', 'ret', 'AAAA1']))).toBe(true);
    expect(test('abcdefghijklmnopQRSTUVWXYZ012345')).toBe(false);
    expect(test('x = secret')).toBe(false);
  });

  /** Generated lines of runs, padding, colons, dots, spaces and a few words (a seeded generator: the same lines each run). */
  const generator = (seed: number): (() => string[]) => {
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const classes = ['abcdefghij', 'ABCDEFGHIJ', '0123456789', 'aB3', '+/_-'];
    // Words a line's patterns settle or not: `://` and `github` (settled where no pattern matches),
    // `curl` (a generic-* rule's), `token` (a marker word that opens a line anywhere), `-----`.
    const separators = ['.', '~', '=', '==', ':', ' ', '"', ', ', 'é', '\t', '', '://', ' github ', 'curl ', ' token ', '-----'];
    return () => {
      const lines: string[] = [];
      for (let l = 1 + next(8); l > 0; l--) {
        // Now and then a line of dashes alone (3 to 8: the marker word is five), maybe indented or trailed by spaces.
        if (next(6) === 0) {
          lines.push(`${' '.repeat(next(2))}${'-'.repeat(3 + next(6))}${'\t'.repeat(next(2))}`);
          continue;
        }
        let line = '';
        for (let t = next(7); t > 0; t--) {
          const chars = classes[next(classes.length)]!;
          for (let n = next(40); n > 0; n--) line += chars[next(chars.length)];
          line += separators[next(separators.length)];
        }
        lines.push(line);
      }
      return lines;
    };
  };

  it.each([['searches', searches], ['one pass', onePass]] as const)('on 20,000 generated diffs of runs, padding, colons, dots and spaces: clean exactly when every line passes cleanLineTest (words found by %s)', (_, find) => {
    const generate = generator(0x5eed);
    let cleaned = 0;
    let declined = 0;
    for (let k = 0; k < 20_000; k++) {
      const lines = generate();
      const expected = lines.every((l) => test(l));
      expect(clean(diffOf('app/data.txt', lines), find), JSON.stringify(lines)).toBe(expected);
      if (expected) cleaned++;
      else declined++;
    }
    // Both answers, often.
    expect(cleaned).toBeGreaterThan(2_000);
    expect(declined).toBeGreaterThan(2_000);
  });

  it.each([['searches', searches], ['one pass', onePass]] as const)('on 20,000 generated diffs of a lockfile and another file, in either order: clean exactly when each file\'s lines pass its test (words found by %s)', (_, find) => {
    const generate = generator(0x10c4);
    let cleaned = 0;
    let declined = 0;
    let lockOnly = 0;
    for (let k = 0; k < 20_000; k++) {
      const lock = generate();
      const other = k % 3 === 0 ? [] : generate();
      const expected = lock.every((l) => lockTest(l)) && other.every((l) => test(l));
      // The lockfile's test alone passes the lines the other test declines, often: each file is held to its own.
      if (lock.every((l) => lockTest(l)) && !lock.every((l) => test(l))) lockOnly++;
      const parts = [diffOf('web/yarn.lock', lock), ...(other.length > 0 ? [diffOf('web/app.js', other)] : [])];
      if (k % 2 === 1) parts.reverse();
      expect(clean(Buffer.concat(parts), find), JSON.stringify([lock, other])).toBe(expected);
      if (expected) cleaned++;
      else declined++;
    }
    expect(cleaned).toBeGreaterThan(2_000);
    expect(declined).toBeGreaterThan(2_000);
    expect(lockOnly).toBeGreaterThan(2_000);
  });
});

describe('the word finder\'s two ways, and the line each word is on', () => {
  const sorted = (found: readonly number[] | null): number[] | null => (found === null ? null : [...found].sort((a, b) => a - b));

  it('one search per head and one pass of every word find the same words, in every fixture file and every word\'s own text, in a lockfile and not', () => {
    let texts = 0;
    let nulls = 0;
    const both = (text: string): void => {
      for (const lockfile of [false, true]) {
        const expected = sorted(searches(text, lockfile));
        expect(sorted(onePass(text, lockfile)), `${lockfile} ${text.slice(0, 80)}`).toEqual(expected);
        if (expected === null) nulls++;
      }
      texts++;
    };
    for (const { text } of textFixtures()) both(text);
    for (const w of HOOK_WORDS) for (const text of [w, `x${w}x`, `${w.toUpperCase()} ${w}`]) both(text);
    expect(texts).toBeGreaterThan(2_000);
    // Both answers outside a lockfile: some words, and a word no pattern settles.
    expect(nulls).toBeGreaterThan(100);
    expect(nulls).toBeLessThan(texts);
  });

  it('a word is found where a longer word starts with it, either way: each of the catalog\'s such pairs', () => {
    let pairs = 0;
    for (const [i, w] of HOOK_WORDS.entries()) {
      for (const [j, v] of HOOK_WORDS.entries()) {
        if (i === j || !v.startsWith(w)) continue;
        pairs++;
        for (const find of [searches, onePass]) {
          expect(find(v, true), `${w} in ${v}`).toEqual(expect.arrayContaining([i, j]));
          // Outside a lockfile a word no pattern settles declines the text, the shorter one too.
          if (hookWordOpens(i)) expect(find(v), `${w} in ${v}`).toBeNull();
        }
      }
    }
    expect(pairs).toBeGreaterThan(40);
  });

  it('the finder makes one pass over a text of more than 24 KiB, and one search per head up to it', () => {
    // The measurements in FINDER_ONE_PASS_PAST's comment put the cut between 16 and 32 KB; the
    // answer is the same either way (the tests around this one), so the cut is pinned here.
    expect(findsInOnePass(24 * 1024 - 1)).toBe(false);
    expect(findsInOnePass(24 * 1024)).toBe(false);
    expect(findsInOnePass(24 * 1024 + 1)).toBe(true);
    expect(findsInOnePass(0)).toBe(false);
    // A finder made with its own cut uses that one.
    expect(findsInOnePass(10, 9)).toBe(true);
    expect(findsInOnePass(9, 9)).toBe(false);
  });

  it('past FINDER_ONE_PASS_PAST characters the gate\'s own finder answers as both ways do', () => {
    const line = '      "resolved": "https://registry.npmjs.org/a/-/a-1.0.0.tgz",';
    const lines = Array.from({ length: Math.ceil(FINDER_ONE_PASS_PAST / line.length) + 1 }, () => line);
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(FINDER_ONE_PASS_PAST);
    expect(sorted(finder(text, true))).toEqual(sorted(searches(text, true)));
    expect(sorted(finder(`${text} curl`))).toBeNull();
  });

  it('in a lockfile, a line is the CLI\'s where a pattern of a word it holds matches: first, among or last of many lines, after another word on the line, and where a longer word starts at the word', () => {
    // A token whose header starts `{"a":"`: its `eyJhIjoi` is a keyword of a rule (structured-tokens.ts) whose
    // pattern misses it, and starts with `eyj`, whose rule's pattern (a JSON web token) matches it.
    const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = `${part({ a: 'b', alg: 'HS256', typ: 'JWT' })}.${part({ sub: 'x', iat: 1700000000 })}.${synth('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 43, 'hook-gate-jwt')}`;
    expect(jwt.startsWith('eyJhIjoi')).toBe(true);
    expect(HOOK_WORDS).toEqual(expect.arrayContaining(['eyj', 'eyjhijoi']));
    const resolved = '      "resolved": "https://registry.npmjs.org/a/-/a-1.0.0.tgz",';
    const cases = [`      "token": "${jwt}",`, `${resolved.slice(0, -1)} "t": "${jwt}",`];
    // The same with the token's dots made spaces: neither pattern matches.
    const twins = cases.map((l) => l.replace(jwt, jwt.replaceAll('.', ' ')));
    for (const [k, line] of cases.entries()) {
      expect(engine.detect({ file: 'package-lock.json', lines: [{ number: 1, text: line }] }).length, line).toBeGreaterThan(0);
      expect(engine.detect({ file: 'package-lock.json', lines: [{ number: 1, text: twins[k]! }] }), twins[k]).toEqual([]);
      for (const find of [searches, onePass]) {
        for (const at of [0, 3, 6]) {
          const lines = Array.from({ length: 6 }, () => resolved);
          lines.splice(at, 0, line);
          expect(clean(diffOf('package-lock.json', lines), find), `${line} at ${at}`).toBe(false);
          lines.splice(at, 1, twins[k]!);
          expect(clean(diffOf('package-lock.json', lines), find), `${twins[k]} at ${at}`).toBe(true);
        }
      }
    }
  });
});

describe('what the hook gate leaves to the CLI', () => {
  const code = ['def handler(request):', '    return render(request, "page.html")'];

  it('an ordinary change is answered by the gate (the counterpart of every case below)', () => {
    expect(clean(diffOf('app/views.py', code))).toBe(true);
    // Removed lines and git's note about a missing newline are not added lines.
    const edit = Buffer.from(`diff --git a/v.py b/v.py\nindex 1111111..2222222 100644\n--- a/v.py\n+++ b/v.py\n@@ -1 +1 @@\n-def old(request):\n\\ No newline at end of file\n+def handler(request):\n`);
    expect(clean(edit)).toBe(true);
    expect(clean(Buffer.from(''))).toBe(true);
  });

  it('a line with a random run, base64, colon fields or an SSH key\'s " AAAA"', () => {
    const random = synth('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32, 'hook-gate');
    for (const line of [`x = "${random}"`, 'data = "Zm9vYmFyYmF6cXV4"', 'db:5432:app:admin:hunter22', 'ssh-ed25519 AAAAC3 host']) {
      expect(clean(diffOf('app/views.py', [...code, line])), line).toBe(false);
    }
    // One character short of each: the gate answers.
    for (const line of [`x = "${random.slice(1)}"`, 'data = "zm9vymfyymf6cxv4"', 'db:5432:app:admin hunter22', 'ssh-ed25519 AAA host']) {
      expect(clean(diffOf('app/views.py', [...code, line])), line).toBe(true);
    }
  });

  it('a base64 run that decodes to text, or one beside another shape; one that decodes to no text alone (the names of code) is the gate\'s', () => {
    // Both cases and a multiple of four characters: a base64 run to shapeOf, bytes that are not
    // text to findEncodedBlobs (the engine passes over such a line: engine.ts scanLine).
    const names = ['class SessionMixin(Protocol):', 'app.ctxStorage = getAsyncLocalStorage(options)', 'HTTP Response Behavior', 'v = "AbCdEf=="'];
    for (const line of names) {
      expect(shapeOf(line), line).toBe(SHAPE_BASE64_RUN);
      expect(findEncodedBlobs(line), line).toEqual([]);
      expect(clean(diffOf('app/views.py', [...code, line])), line).toBe(true);
    }
    // Text inside (`Hello world`, `foobarbazqux`), anywhere on the line: the CLI decodes and scans it.
    for (const line of ['greeting = "SGVsbG8gd29ybGQ="', 'class SessionMixin: data = "Zm9vYmFyYmF6cXV4"']) {
      expect(shapeOf(line) & SHAPE_BASE64_RUN, line).toBe(SHAPE_BASE64_RUN);
      expect(clean(diffOf('app/views.py', [...code, line])), line).toBe(false);
    }
    // The same names beside a random run or colon fields: those shapes are the CLI's.
    const random = synth('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32, 'hook-gate-b64');
    for (const [line, other] of [[`class SessionMixin: x = "${random}"`, SHAPE_RANDOM_RUN], ['SessionMixin;db:5432:app:admin:x', SHAPE_COLON_FIELDS]] as const) {
      expect(shapeOf(line), line).toBe(SHAPE_BASE64_RUN | other);
      expect(findEncodedBlobs(line), line).toEqual([]);
      expect(clean(diffOf('app/views.py', [...code, line])), line).toBe(false);
    }
  });

  it('a keyword is the gate\'s where its rules\' patterns all miss the line; the CLI\'s where one matches, for a generic-* rule\'s keyword, and past SETTLE_MAX_LINE', () => {
    const at = (w: string): number => HOOK_WORDS.indexOf(w);
    const link = 'see https://github.com/pallets/flask/blob/main/CHANGES.rst';
    // Both are keywords of provider rules (URL credentials, GitHub tokens), not generic-* ones.
    expect(finder(link)).toEqual(expect.arrayContaining([at('://'), at('github')]));
    expect(test(link)).toBe(true);
    expect(clean(diffOf('docs/index.md', [...code, link]))).toBe(true);
    // The same words, where a rule's pattern matches: its positive samples.
    for (const id of ['url-embedded-credentials', 'github-token-legacy']) {
      const rule = providerRules.find((r) => r.id === id)!;
      const sample = rule.samples().positive[0]!;
      expect(rule.pattern.test(sample), id).toBe(true);
      expect(clean(diffOf('docs/index.md', [...code, link, sample])), id).toBe(false);
    }
    // `curl` is a generic-* rule's keyword (every detector runs on its line): `wget` is no keyword.
    expect(clean(diffOf('docs/index.md', [...code, 'curl https://example.com/health']))).toBe(false);
    expect(clean(diffOf('docs/index.md', [...code, 'wget https://example.com/health']))).toBe(true);
    // A line holding a keyword is judged whole up to SETTLE_MAX_LINE characters.
    const long = (n: number): string => `${'a '.repeat((n - link.length) >> 1)}${(n - link.length) & 1 ? 'a' : ''}${link}`;
    expect(long(SETTLE_MAX_LINE)).toHaveLength(SETTLE_MAX_LINE);
    expect(clean(diffOf('docs/index.md', [long(SETTLE_MAX_LINE)]))).toBe(true);
    expect(clean(diffOf('docs/index.md', [long(SETTLE_MAX_LINE + 1)]))).toBe(false);
    // A long line with no keyword is not held to it.
    expect(clean(diffOf('docs/index.md', ['a '.repeat(SETTLE_MAX_LINE)]))).toBe(true);
    // Nor are the other lines the gate settles: a marker word inside a word, a base64 run that decodes to no text.
    for (const tail of ['for path in paths:', 'class SessionMixin:']) {
      const padded = (n: number): string => `${'a '.repeat((n - tail.length) >> 1)}${(n - tail.length) & 1 ? 'a' : ''}${tail}`;
      expect(padded(SETTLE_MAX_LINE + 1)).toHaveLength(SETTLE_MAX_LINE + 1);
      expect(clean(diffOf('docs/index.md', [padded(SETTLE_MAX_LINE)])), tail).toBe(true);
      expect(test(padded(SETTLE_MAX_LINE)), tail).toBe(true);
      expect(clean(diffOf('docs/index.md', [padded(SETTLE_MAX_LINE + 1)])), tail).toBe(false);
      expect(test(padded(SETTLE_MAX_LINE + 1)), tail).toBe(false);
    }
  });

  it('a marker word read only as a word of a name is the gate\'s inside other words; the CLI\'s as a word, beside a secret\'s context, and over a section it names', () => {
    // `pat` in `path`, `sign` in `assigned`, `key` in `monkey`, `user` in `users`: the engine leaves these lines closed.
    const closed = ['for path in paths:', 'assigned = monkey.patch(users)'];
    for (const line of closed) expect(clean(diffOf('app/views.py', [...code, line])), line).toBe(true);
    // As words of a name (names.ts isMarkerWord): open.
    for (const line of ['my_pat = load()', 'sign_key = load()', 'APP_KEY = load()', 'proxy_user = load()']) expect(clean(diffOf('app/views.py', [...code, line])), line).toBe(false);
    // A secret's context (a context word and a 20-character run) beside a closed marker word: open.
    expect(clean(diffOf('app/views.py', ['assigned = compute_signature_value_here()']))).toBe(false);
    expect(clean(diffOf('app/views.py', ['assigned = compute_value()']))).toBe(true);
    // A section named by a marker word opens every line under it (engine.ts detect, parentMarker),
    // an empty line aside; sections are tracked per file.
    expect(clean(diffOf('config/app.yml', ['paths:', '  root: /srv/app']))).toBe(false);
    expect(clean(diffOf('config/app.yml', ['paths: []', 'root: /srv/app']))).toBe(true);
    expect(clean(diffOf('config/app.yml', ['paths:', '']))).toBe(true);
    const two = Buffer.concat([diffOf('config/a.yml', ['paths:']), diffOf('config/b.yml', ['  root: /srv/app'])]);
    expect(clean(two)).toBe(true);
  });

  it('a lockfile\'s lines are the gate\'s whatever their shapes and marker words; the CLI\'s where a pattern matches, on a PEM line\'s dashes, and past SETTLE_MAX_LINE', () => {
    const digest = synth('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 86, 'hook-gate-lock');
    // An npm lockfile's entry: a package named by a marker word, a registry link, an SRI digest (a random run).
    const entry = ['    "node_modules/js-tokens": {', '      "version": "4.0.0",', '      "resolved": "https://registry.npmjs.org/js-tokens/-/js-tokens-4.0.0.tgz",', `      "integrity": "sha512-${digest}==",`, '      "dev": true', '    },'];
    for (const name of ['package-lock.json', 'web/yarn.lock', 'Cargo.lock', 'go.sum', 'deps/anything.lock', 'app/PNPM-LOCK.YAML']) expect(clean(diffOf(name, entry)), name).toBe(true);
    // The same lines in any other file: the digest and `token` are the detectors'.
    for (const name of ['package.json', '.lock', 'package-lock.json.bak', 'lock/app.js']) expect(clean(diffOf(name, entry)), name).toBe(false);
    // A generic-* rule's keyword (`curl`) is settled there by its patterns too: a line where one matches is the CLI's.
    expect(clean(diffOf('web/yarn.lock', [...entry, '  curl https://example.com/health']))).toBe(true);
    const generic = providerRules.find((r) => r.id === 'generic-curl-user-password')!;
    const sample = generic.samples().positive[0]!;
    expect(engine.detect({ file: 'web/yarn.lock', lines: [{ number: 1, text: sample }] }).length).toBeGreaterThan(0);
    expect(clean(diffOf('web/yarn.lock', [...entry, sample]))).toBe(false);
    // A token in a resolved link: its rule's pattern matches.
    const github = providerRules.find((r) => r.id === 'github-token-legacy')!.samples().positive[0]!;
    expect(clean(diffOf('package-lock.json', [...entry, `      "resolved": "${github}",`]))).toBe(false);
    // `-----`, where the engine reads a private key split over lines, even with no word beside it.
    expect(clean(diffOf('package-lock.json', [...entry, '-----']))).toBe(false);
    expect(clean(diffOf('package-lock.json', [...entry, '----']))).toBe(true);
    // A line holding a keyword is judged whole up to SETTLE_MAX_LINE characters; one with none at any length.
    const link = '"resolved": "https://registry.npmjs.org/a.tgz"';
    const padded = (n: number, tail: string): string => `${'a '.repeat((n - tail.length) >> 1)}${(n - tail.length) & 1 ? 'a' : ''}${tail}`;
    expect(padded(SETTLE_MAX_LINE + 1, link)).toHaveLength(SETTLE_MAX_LINE + 1);
    expect(clean(diffOf('package-lock.json', [padded(SETTLE_MAX_LINE, link)]))).toBe(true);
    expect(clean(diffOf('package-lock.json', [padded(SETTLE_MAX_LINE + 1, link)]))).toBe(false);
    expect(clean(diffOf('package-lock.json', [padded(SETTLE_MAX_LINE * 2, `"${digest}"`)]))).toBe(true);
    // Each file by its own name: a lockfile's lines do not excuse the next file's, nor the next file's rules a lockfile's.
    const code = diffOf('app/views.py', [`x = "${digest}"`]);
    expect(clean(Buffer.concat([diffOf('package-lock.json', entry), code]))).toBe(false);
    expect(clean(Buffer.concat([diffOf('app/views.py', ['x = 1']), diffOf('package-lock.json', entry)]))).toBe(true);
    // A file's lines after a header without its path (git writes none such) are not the lockfile's before it.
    const pathless = Buffer.from(`diff --git a/app.py b/app.py\nnew file mode 100644\n@@ -0,0 +1 @@\n+x = "${digest}"\n`);
    expect(clean(Buffer.concat([diffOf('package-lock.json', entry), pathless]))).toBe(false);
    // A marker word's section does not open a lockfile's lines, nor is a lockfile's section another file's.
    expect(clean(diffOf('pubspec.lock', ['packages:', '  path: 1.9.0']))).toBe(true);
    expect(clean(Buffer.concat([diffOf('pubspec.lock', ['packages:']), diffOf('app/a.yml', ['  root: /srv/app'])]))).toBe(true);
  });

  it('a line of dashes, spaces and tabs alone (an underline, a rule, a table border) is the gate\'s; `-----` beside anything else is the CLI\'s', () => {
    const release = ['Version 3.2.0', '-------------', '', 'Released 2026-12-05'];
    const rules = ['-----', '    ----------', '-----  -----\t', '\t-----', '-'.repeat(200)];
    const engineFinds = (lines: readonly string[]): number => engine.detect({ file: 'CHANGES.rst', lines: lines.map((text, i) => ({ number: i + 1, text })) }).length;
    expect(clean(diffOf('CHANGES.rst', release))).toBe(true);
    for (const line of rules) {
      expect(engineFinds([line]), line).toBe(0);
      expect(test(line), line).toBe(true);
      expect(clean(diffOf('CHANGES.rst', [...code, line, ...code])), line).toBe(true);
    }
    // Four dashes are no marker word; five beside anything else (a letter, `#`, `|`, a PEM line, another space) still are.
    expect(clean(diffOf('CHANGES.rst', ['----']))).toBe(true);
    for (const line of ['-----x', '# -----', '| ----- |', '----- \u00a0', '-----BEGIN CERTIFICATE-----', '-----END PRIVATE KEY-----', 'a -----']) {
      expect(test(line), line).toBe(false);
      expect(clean(diffOf('CHANGES.rst', [...code, line])), line).toBe(false);
    }
    // A dashes line opens neither the line after it nor those under it to the detectors: the engine finds as much with it as without.
    const key = `SECRET = "${synth('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40, 'hook-gate-rule')}"`;
    for (const after of ['hunter2hunter2', '  password123', 'value: s3cr3t-v4lue', key]) {
      expect(engineFinds(['-----', after]), after).toBe(engineFinds([after]));
      expect(clean(diffOf('CHANGES.rst', ['-----', after])), after).toBe(test(after));
    }
  });

  it('a key file\'s lines (a bare key has neither keyword nor shape), by each name that makes one', () => {
    const hex = ['3d6f45a5fc12445dbac2f59c3b6c7cb1d3f2a7e6b9c0d1e2f3a4b5c6d7e8f901'];
    expect(clean(diffOf('config/hex.txt', hex))).toBe(true);
    for (const name of ['config/master.key', 'certs/server.key', '.secret_key', 'app/secret_key', 'config/MASTER.KEY']) {
      expect(clean(diffOf(name, hex)), name).toBe(false);
    }
  });

  it('a config file at the top level (its rules may add findings)', () => {
    const withConfig = mkdtempSync(join(tmpdir(), 'secret-scan-hook-gate-config-'));
    try {
      writeFileSync(join(withConfig, CONFIG_FILE), '{}\n');
      expect(stagedDiffIsClean(withConfig, diffOf('app/views.py', code), finder)).toBe(false);
    } finally {
      rmSync(withConfig, { recursive: true, force: true });
    }
  });

  it('a rename, a copy, a binary file, a submodule, a symbolic link, a quoted path, a stray line', () => {
    const base = ['index 1111111..2222222 100644', '--- a/a.py', '+++ b/b.py'];
    const cases: [string, readonly string[]][] = [
      ['rename', ['similarity index 90%', 'rename from old.py', 'rename to b.py', ...base]],
      ['copy', ['similarity index 90%', 'copy from old.py', 'copy to b.py', ...base]],
      ['binary', ['new file mode 100644', 'index 0000000..1111111', 'Binary files /dev/null and b/b.py differ']],
      ['submodule', ['new file mode 160000', 'index 0000000..1111111', '--- /dev/null', '+++ b/b.py']],
      ['symbolic link', ['new file mode 120000', 'index 0000000..1111111', '--- /dev/null', '+++ b/b.py']],
      ['quoted path', ['new file mode 100644', 'index 0000000..1111111', '--- /dev/null', '+++ "b/b\\tc.py"']],
      ['stray header', ['new file mode 100644', 'something git does not write', '--- /dev/null', '+++ b/b.py']],
    ];
    for (const [what, headers] of cases) expect(clean(diffOf('b.py', code, headers)), what).toBe(false);
    // Inside a hunk, a line that is neither added nor removed (-U0 writes no context lines).
    expect(clean(Buffer.from(`diff --git a/v.py b/v.py\nindex 1111111..2222222 100644\n--- a/v.py\n+++ b/v.py\n@@ -1 +1 @@\n def context(request):\n+def handler(request):\n`))).toBe(false);
    // Mode changes, as git writes them, are headers it knows.
    expect(clean(diffOf('b.py', code, ['old mode 100644', 'new mode 100755', 'index 1111111..2222222', '--- a/b.py', '+++ b/b.py']))).toBe(true);
  });

  it('a diff over 1 MiB (HOOK_GATE_MAX_BYTES, within what the loader reads whole): 1,048,576 bytes are judged, 1,048,577 are not', () => {
    /** A clean diff of exactly `size` bytes: whole lines, then one of spaces to make up the rest. */
    const sized = (size: number): Buffer => {
      const line = '    return render(request, "page.html")';
      // Each line costs its length and two bytes ('+', '\n'); the headers and the last line the rest.
      const lines = Array.from({ length: Math.floor((size - diffOf('app/views.py', ['']).length - 50) / (line.length + 2)) }, () => line);
      const rest = size - diffOf('app/views.py', [...lines, '']).length;
      const diff = diffOf('app/views.py', [...lines, ' '.repeat(rest)]);
      expect(diff.length).toBe(size);
      return diff;
    };
    expect(HOOK_GATE_MAX_BYTES).toBeLessThanOrEqual(STREAM_ABOVE);
    expect(clean(sized(1024 * 1024))).toBe(true);
    expect(clean(sized(1024 * 1024 + 1))).toBe(false);
  });
});
