// Property-based fuzz targets (fast-check): what each component must do on any input. Shared by
// the fixed-seed runs in `npm test` (fuzz.test.ts) and the deep runs of `npm run fuzz`.
import fc from 'fast-check';
import { BUDGET_RULE_ID, createEngine } from '../../src/detect/engine.js';
import { backtrackingRisk } from '../../src/detect/regex-safety.js';
import { providerRules } from '../../src/detect/rules/index.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { renderGithub } from '../../src/report/github.js';
import { printable } from '../../src/report/redact.js';
import type { Finding, Fragment } from '../../src/types.js';

export interface FuzzTarget<T> {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<T>;
  /** Throws (with the reason) when an invariant breaks. */
  check(input: T): void;
  /** A printable form of a failing input, for the regression list. */
  show(input: T): string;
}

function fail(why: string): never {
  throw new Error(why);
}

// ---------------------------------------------------------------------------------------------
// Engine: lines assembled from the pieces real secrets and their look-alikes are made of.

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const BASE62 = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'];

let samples: string[] | null = null;
/** Every true and false sample line of the catalog (built once, on first use). */
function catalogSamples(): string[] {
  return (samples ??= providerRules.flatMap((r) => {
    const s = r.samples();
    return [...s.positive.slice(0, 2), ...s.negative.slice(0, 1)];
  }));
}

const name = fc.constantFrom('SECRET_KEY', 'password', 'api_key', 'token', 'DB_PASSWORD', 'AWS_SECRET_ACCESS_KEY', 'client_id', 'jwt_secret', 'key', 'monkey', 'auth', 'Authorization', 'data', 'secret_key_base', 'APP_KEY');
const operator = fc.constantFrom(' = ', '=', ': ', ':', ' => ', ' := ', ' ', '=\t', ' ||= ');
const punctuation = fc.constantFrom(',', ';', '(', ')', '[', ']', '{', '}', ' # ', ' // ', '/*', '*/', '<', '>', '\\', '\\n', '\\x', '${', '%', '|', '-----BEGIN PRIVATE KEY-----', '-----END PRIVATE KEY-----', 'os.environ.get(', "os.environ['X']", 'process.env.X || ', 'Bearer ', 'Basic ', 'ENV ', 'export ', '- ', '<password>', '</password>', 'b"', "b'", 'f"', 'r"');
const quote = fc.constantFrom('"', "'", '`');
const token = fc.string({ unit: fc.constantFrom(...BASE62), minLength: 0, maxLength: 80 });
const value = fc.oneof(
  token,
  fc.string({ maxLength: 60 }).map(b64),
  token.map((t) => b64(`user:${t}`)),
  token.map((t) => b64(`db_password=${t}`)),
  fc.constantFrom('dev', 'changeme', 'hard to guess string', 'keyboard cat', 'your-secret-key-here', '${SECRET}', '<secret>', 'xxxxxxxxxxxxxxxx', 'aGVsbG93b3JsZA=='),
  fc.constantFrom(...catalogSamples()),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 32 }).map((bytes) => bytes.map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('')),
  // Runs: the shapes that once made the scan slow (white space, one character, padding, quotes).
  fc.tuple(fc.constantFrom(' ', '\t', 'x', 'A', '=', '"', "'", '\\', '-', '/*', '<', 'a:', '[', '"aGVsbG93b3JsZA==", '), fc.integer({ min: 1, max: 400 })).map(([c, n]) => c.repeat(n)),
);
const piece = fc.oneof({ arbitrary: value, weight: 4 }, { arbitrary: name, weight: 2 }, { arbitrary: operator, weight: 2 }, { arbitrary: quote, weight: 2 }, { arbitrary: punctuation, weight: 2 });
const line = fc.array(piece, { maxLength: 10 }).map((p) => p.join('').replace(/[\r\n]/g, ' '));
const fileName = fc.constantFrom('app.py', 'config/settings.py', 'config.yaml', '.env', 'src/index.js', 'k8s/secret.yaml', 'dist/app.min.js', 'package-lock.json', 'id_rsa', 'config/master.key', 'server.key', 'Dockerfile', 'main.go', 'app.rb', 'appsettings.json', 'config.ini', 'main.tf', '.env.example');

export const fragmentArbitrary: fc.Arbitrary<Fragment> = fc
  .tuple(fileName, fc.array(line, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 5000 }))
  .map(([file, lines, first]) => ({ file, lines: lines.map((text, i) => ({ number: first + i * 2, text })) }));

// The budget is left out: a loaded machine must not turn an invariant run into a flaky one.
const engine = createEngine({ lineBudgetMs: Infinity });

/** The invariants of any scan: no throw, every finding on a scanned line, its span inside the line. */
export function checkFindings(fragment: Fragment, findings: readonly Finding[]): void {
  const byNumber = new Map(fragment.lines.map((l) => [l.number, l.text]));
  for (const f of findings) {
    const text = byNumber.get(f.line);
    if (text === undefined) fail(`finding on line ${f.line}, which was not scanned`);
    if (f.endLine !== f.line) fail(`endLine ${f.endLine} differs from line ${f.line}`);
    if (!(f.column >= 1 && f.column <= f.endColumn && f.endColumn <= text.length + 1)) fail(`span ${f.column}..${f.endColumn} outside a line of ${text.length} characters`);
    if (f.severity !== 'error' && f.severity !== 'warning') fail(`severity ${String(f.severity)}`);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(f.ruleId)) fail(`rule id ${f.ruleId}`);
    if (f.ruleId !== BUDGET_RULE_ID && (f.secret.length === 0 || f.column === f.endColumn)) fail('empty secret or span');
    if (!f.fingerprint.startsWith(`${f.file}:${f.ruleId}:`) || f.fingerprint.includes(`:${f.line}:`)) fail(`fingerprint ${f.fingerprint}`);
    if (f.file !== fragment.file) fail(`file ${f.file}`);
  }
}

export const engineTarget: FuzzTarget<Fragment> = {
  name: 'engine',
  arbitrary: fragmentArbitrary,
  check(fragment) {
    checkFindings(fragment, engine.detect(fragment));
  },
  show: (fragment) => JSON.stringify(fragment),
};

// ---------------------------------------------------------------------------------------------
// Report writers: valid JSON and SARIF, and no secret printed in full.

/** A character no report writes on its own: a secret holding it is recognisable in any output. */
const MARK = '\u00a4';

const SECRET_UNIT = fc.oneof(fc.constantFrom(...BASE62), fc.constantFrom('\u0000', '\u001b', '\n', '"', '\\', '…', '😀', 'é'));
// Marked secrets hold MARK past the characters a redaction may show (the first four, the last
// three); short ones check the bound on the number of characters shown.
const secretArbitrary = fc.oneof(
  fc.tuple(fc.string({ unit: SECRET_UNIT, minLength: 4, maxLength: 30 }), fc.string({ unit: fc.constantFrom(...BASE62), minLength: 3, maxLength: 30 })).map(([a, b]) => `${a}${MARK}${b}`),
  fc.string({ unit: SECRET_UNIT, minLength: 1, maxLength: 14 }),
);

const findingArbitrary: fc.Arbitrary<Finding> = fc
  .record({
    ruleId: fc.constantFrom('secret-key-assignment', 'weak-secret-key', 'high-entropy', 'github-fine-grained-pat', 'hardcoded-password', BUDGET_RULE_ID),
    severity: fc.constantFrom('error' as const, 'warning' as const),
    file: fc.constantFrom('app.py', 'dir with space/config.yaml', 'ü/ß.env', 'a%20b.js', 'x,y:z.txt'),
    line: fc.integer({ min: 1, max: 1_000_000 }),
    column: fc.integer({ min: 1, max: 10_000 }),
    width: fc.integer({ min: 0, max: 200 }),
    secret: secretArbitrary,
    commit: fc.option(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 40, maxLength: 40 }), { nil: undefined }),
    encoded: fc.option(fc.constantFrom('base64', 'base64 in base64'), { nil: undefined }),
  })
  .map(({ width, ...f }) => ({
    ...f,
    message: 'A secret of some kind',
    endLine: f.line,
    endColumn: f.column + width,
    fingerprint: `${f.file}:${f.ruleId}:0123456789abcdef`,
    remediation: 'Rotate it.',
    ...(f.commit === undefined ? {} : { commit: f.commit }),
    ...(f.encoded === undefined ? {} : { encoded: f.encoded }),
  })) as fc.Arbitrary<Finding>;

const STATS = { files: 1, lines: 1, bytes: 1, durationMs: 1, skipped: [] };

/**
 * The redaction bound: a printed secret of n characters shows at most half of them (rounded up),
 * so never all of them once it has two or more.
 */
export function checkRedacted(secret: string, printed: string): void {
  const chars = [...secret];
  const shown = [...printed.replace('…', '')].length;
  if (chars.length - shown < Math.floor(chars.length / 2)) fail(`${shown} of ${chars.length} characters shown: ${printed}`);
}

function noFullSecret(out: string, findings: readonly Finding[], format: string): void {
  // Only marked secrets: a short one like `\\` may occur in any output by chance.
  for (const f of findings) if (f.secret.includes(MARK) && out.includes(f.secret)) fail(`${format} output holds the secret ${JSON.stringify(f.secret)} in full`);
}

export const reportTarget: FuzzTarget<Finding[]> = {
  name: 'report',
  arbitrary: fc.array(findingArbitrary, { maxLength: 5 }),
  check(findings) {
    const json = JSON.parse(renderJson(findings, STATS, true)) as { version: number; findings: { secret: string; line: number; column: number }[] };
    if (json.version !== 1 || json.findings.length !== findings.length) fail('json: version or finding count');
    json.findings.forEach((f, k) => {
      if (f.secret.includes(MARK)) fail(`json: the secret's middle is shown: ${f.secret}`);
      // Control characters are printed as \xNN first: the bound holds on that printable form.
      checkRedacted(printable(findings[k]!.secret), f.secret);
    });
    const sarifText = renderSarif(findings, { redact: true, root: '/repo' });
    const sarif = JSON.parse(sarifText) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[] }[] }[] };
    if (sarif.version !== '2.1.0' || sarif.runs.length !== 1) fail('sarif: version or runs');
    const run = sarif.runs[0]!;
    if (run.results.length !== findings.length) fail('sarif: result count');
    run.results.forEach((r, k) => {
      const f = findings[k]!;
      if (r.ruleId !== f.ruleId || run.tool.driver.rules[r.ruleIndex]?.id !== f.ruleId) fail('sarif: ruleId or ruleIndex');
      if (r.level !== (f.severity === 'error' ? 'error' : 'warning')) fail(`sarif: level ${r.level} for ${f.severity}`);
      const region = r.locations[0]?.physicalLocation.region;
      if (!region || region.startLine !== f.line || region.startColumn !== f.column || region.endColumn !== f.endColumn || region.endLine !== f.endLine) fail('sarif: region');
      if (region.startLine < 1 || region.startColumn < 1 || region.endColumn < region.startColumn) fail('sarif: region out of range');
      if (typeof r.message.text !== 'string' || r.message.text.includes(MARK)) fail('sarif: message shows the secret');
      if (/[\s#?]/.test(r.locations[0]!.physicalLocation.artifactLocation.uri)) fail('sarif: uri not encoded');
    });
    noFullSecret(sarifText, findings, 'sarif');
    const text = renderText(findings, STATS, { redact: true, staged: false, blocking: true, color: false, root: '/repo' });
    noFullSecret(text, findings, 'text');
    if (text.includes(MARK)) fail('text output shows a secret past its redaction');
    const github = renderGithub(findings, { redact: true });
    noFullSecret(github, findings, 'github');
    if (github.includes(MARK)) fail('github output shows a secret past its redaction');
  },
  show: (findings) => JSON.stringify(findings),
};

// ---------------------------------------------------------------------------------------------
// The pattern checker: never throws, answers the same every time; with `timed`, a pattern it
// accepts must also run fast on lines built to make it backtrack (the deep run measures that).

const atom = fc.constantFrom('a', 'b', 'x', '!', '\\w', '\\d', '\\s', '\\S', '.', '[a-z]', '[^"]', '[A-Za-z0-9]', '[ab]', '(?:ab)', '_', '-', '=', '"', ' ');
const quantifier = fc.constantFrom('', '', '+', '*', '?', '{1,64}', '{2}', '{0,3}', '{3,}', '+?', '*?');
type PatternNode = string;
const patternArbitrary: fc.Arbitrary<PatternNode> = fc.letrec<{ p: PatternNode; item: PatternNode }>((tie) => ({
  item: fc.oneof(
    { arbitrary: fc.tuple(atom, quantifier).map(([a, q]) => a + q), weight: 5 },
    { arbitrary: fc.tuple(tie('p'), fc.constantFrom('', '+', '*', '?', '{1,4}', '{2,}'), fc.constantFrom('(?:', '(')).map(([p, q, open]) => `${open}${p})${q}`), weight: 1 },
    { arbitrary: fc.tuple(tie('p'), tie('p')).map(([x, y]) => `(?:${x}|${y})`), weight: 1 },
    { arbitrary: tie('p').map((p) => `(?=${p})`), weight: 1 },
    { arbitrary: fc.constantFrom('^', '$', '\\b'), weight: 1 },
  ),
  p: fc.array(tie('item'), { minLength: 1, maxLength: 5 }).map((items) => items.join('')),
})).p;

/**
 * Lines that make a backtracking pattern slow: long runs of what it repeats, then a failure; and
 * two runs around a separator (`aaa…=   …`), for a run that starts after a literal or a short prefix.
 */
export function adversarialLines(length: number): string[] {
  const runOf = (u: string, n: number): string => u.repeat(Math.ceil(n / u.length)).slice(0, n);
  const single = ['a', 'ab', 'x', ' ', '_', 'a1', '"a', '-=', 'aaa b'].flatMap((u) => {
    const run = runOf(u, length);
    return [run + '!', run + '\u0001', '!' + run];
  });
  const head = Math.min(64, length >> 2);
  const split = ['a', '_', ' '].flatMap((before) => ['=', '"', 'x', 'b'].flatMap((sep) => [' ', 'a'].map((after) => runOf(before, head) + sep + runOf(after, length - head) + '\u0001')));
  return [...single, ...split];
}

export interface PatternTiming {
  /** Milliseconds the slowest adversarial line took, for an accepted pattern: CPU time, and wall-clock. */
  slowest: number;
  wall: number;
}

/** CPU milliseconds of this process since `from` (user + system): what the regex cost, whatever else the machine runs. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

export function patternTarget(timed?: { lineLength: number; budget: number; onAccepted: (pattern: string, timing: PatternTiming) => void }): FuzzTarget<string> {
  return {
    name: 'pattern',
    arbitrary: patternArbitrary,
    check(pattern) {
      let valid = true;
      try {
        new RegExp(pattern);
      } catch {
        valid = false;
      }
      const risk = backtrackingRisk(pattern);
      if (risk !== backtrackingRisk(pattern)) fail('not deterministic');
      if (risk !== null && typeof risk !== 'string') fail('not a reason');
      if (!valid && risk !== null) fail('an invalid pattern is the caller\'s to report');
      if (!valid || risk !== null || !timed) return;
      // Lengths grow step by step, and stop at the first over the budget: a cubic pattern is
      // caught at a few hundred characters instead of hanging the run at thousands. The budget is
      // on CPU time: on a shared machine wall-clock time also counts the other processes.
      const re = new RegExp(pattern, 'g');
      let slowest = 0;
      let wall = 0;
      for (let length = 250; length <= timed.lineLength && slowest <= timed.budget; length = Math.min(length * 2, length === timed.lineLength ? Infinity : timed.lineLength)) {
        for (const l of adversarialLines(length)) {
          const t = performance.now();
          const c = process.cpuUsage();
          re.lastIndex = 0;
          for (let m = re.exec(l), guard = 0; m !== null && guard < 100_000; m = re.exec(l), guard++) if (m[0].length === 0) re.lastIndex++;
          slowest = Math.max(slowest, cpuMs(c));
          wall = Math.max(wall, performance.now() - t);
          if (slowest > timed.budget) break;
        }
      }
      timed.onAccepted(pattern, { slowest, wall });
    },
    show: (pattern) => JSON.stringify(pattern),
  };
}
