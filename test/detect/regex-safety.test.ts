// The linear-time discipline over every pattern the scanner runs: the catalog's rules and every
// regular expression literal under src/detect, checked by detect/regex-safety.ts. How fast the
// accepted patterns really run is measured by `npm run fuzz -- --target pattern`, not here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BUDGET_RULE_ID, createEngine } from '../../src/detect/engine.js';
import { backtrackingRisk } from '../../src/detect/regex-safety.js';
import { providerRules } from '../../src/detect/rules/index.js';
import { synth } from '../../src/detect/synthetic.js';
import { reposPerTest } from '../helpers/git-repo.js';

const DETECT = join(import.meta.dirname, '../../src/detect');
const repo = reposPerTest();

/** Every regular expression literal in a source file, with its line. */
function literalsIn(file: string): { line: number; source: string }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { line: number; source: string }[] = [];
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = n.getText(sf);
      out.push({ line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, source: text.slice(1, text.lastIndexOf('/')) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Source files of the detection stage, rules included. */
function detectFiles(dir = DETECT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? detectFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

// Every pattern the scanner runs passes the check, with no exception list: a new pattern the
// check refuses fails here, with the reason, until it is rewritten (or the check is shown wrong
// for its shape and fixed, with a test below).
describe('the whole catalog under the linear-time check', () => {
  it('refuses no catalog rule', () => {
    const refused = providerRules.map((r) => [r.id, backtrackingRisk(r.pattern.source)] as const).filter(([, why]) => why !== null);
    expect(refused).toEqual([]);
  });

  it('refuses no regular expression literal under src/detect (rules, detectors, filters, engine)', () => {
    const refused = detectFiles().flatMap((f) => literalsIn(f).filter((l) => backtrackingRisk(l.source) !== null).map((l) => `${f.slice(DETECT.length + 1)}:${l.line} ${l.source}: ${backtrackingRisk(l.source)}`));
    expect(refused).toEqual([]);
  });

  it('sees the literals it checks (the extraction is not empty)', () => {
    expect(literalsIn(join(DETECT, 'engine.ts')).length).toBeGreaterThan(10);
    expect(literalsIn(join(DETECT, 'detectors', 'sections.ts')).map((l) => l.source)).toContain('^\\s*\\[{1,2}[ \\t]*([A-Za-z_][\\w.\\-" ]*)\\]{1,2}\\s*(?:[#;].*)?$');
    expect(detectFiles().filter((f) => f.includes('/rules/')).flatMap((f) => literalsIn(f)).length).toBeGreaterThan(50);
  });
});

describe('backtrackingRisk', () => {
  it.each([
    ['x+(?=.*!)', /lookaround/],
    ['(?=\\w*!)', /lookaround/],
    ['a(?<=[a-z]+b)', /lookaround/],
    ['a{1,64}a{1,64}a{1,64}a{1,64}a{1,64}!', /over 4096 ways/],
    ['\\w{1,20}\\w{1,20}\\w{1,20}!', /over 4096 ways/],
    ['\\w+\\w{1,65}!', /over 4096 ways/],
    ['\\w+\\w{1,30}\\w{1,30}!', /over 4096 ways/],
    ['\\s*[\\s=:]\\s*x', /unbounded quantifiers in a row/],
    ['(\\w{1,10}){1,10}', /nests a variable quantifier/],
    ['(a*)b*\\1!', /back-reference to a variable-length group/],
    ['(\\w+)\\d\\1', /back-reference to a variable-length group/],
    ['(?:(a)|b)\\1{3,}', /may not be set before it/],
    ['(a)?\\1{3,}', /may not be set before it/],
    ['\\1(a)', /may not be set before it/],
    ['(?<u>[^:]+):(?:x|\\k<u>)+!', /repeats an alternation/],
    ['(?<u>[^:]*):(?:\\k<u>)+!', /empty string/],
    ['(?:a+b?)+', /nests a variable quantifier/],
    ['(\\d+(\\.\\d+)?)+', /nests a variable quantifier/],
    // a fence on one side that the run can read does not pin it: every `x` of `xxx…` starts it
    ['x\\w*\\w*y!', /unbounded quantifiers in a row/],
    ['[^>]*?=\\s*[^>]*!', /unbounded quantifiers in a row/],
  ])('refuses %s', (p, why) => {
    expect(backtrackingRisk(p)).toMatch(why);
  });

  it.each([
    'x+(?=!)',
    '(?![A-Za-z0-9])',
    'a{1,64}!',
    '\\w{1,40}\\w{1,40}!',
    '\\w{1,16}\\w{1,16}\\w{1,16}!',
    '[a-z]{1,64}[0-9]{1,64}!',
    '^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$',
    '(?:[\\w.-]+\\/)*\\d+',
    'ghp_[A-Za-z0-9]{36}(?![A-Za-z0-9])',
    // back-references whose group takes one text per start: a fixed length, or ended by a character it cannot eat
    '^(.)\\1{3,}$',
    '(?:(.)\\1{2,}|(..)\\2{2,})',
    '(?<user>[^:@\\/\\s]*):(?!\\k<user>@)(?<secret>[^@\\/\\s]{1,256})@',
    '<([A-Za-z_][\\w.:-]*)(?:\\s[^<>]*)?>([^<>]+)<\\/\\1>',
    '(a+)x\\1+',
    // a repetition ended by the rest of its body, not only by the next piece
    '(?:a+b?c)+',
    '(?:\\s*[<>=]+\\s*v?\\d+(?:\\.\\d+){0,2})*$',
    // a repetition fenced on both sides by characters it cannot eat adds no way to split the line
    '<machineKey\\b[^>]*?\\b(?:validationKey|decryptionKey)\\s*=\\s*"(?<secret>[0-9A-Fa-f]{32,256})"',
    "\\buser\\b[^;]*?\\bpassword\\s*(?:=\\s*)?'(?<secret>[^']{1,256})'",
    // two repetitions behind a fence they cannot read: one start per fence, so quadratic over the
    // line at worst (10 ms on `a` + 3,000 `b`), like one unbounded piece anywhere
    'a[^a]*[^a]*a!',
    '"[^"]*\\w*"!',
    '^(\\s*)([A-Za-z_][\\w.-]*)(\\s+)([^\\s#;\'"]+)\\s*$',
  ])('accepts %s', (p) => {
    expect(backtrackingRisk(p)).toBeNull();
  });

  // A call takes ~120,000 arguments at most: the states after an alternation's branches are
  // merged in a loop, not spread into Math.max (an internal error before, not a verdict). (Its
  // branches' lengths, minLength and maxLength, are only asked of a repetition's body, where an
  // alternation of more branches than there are characters is refused as ambiguous first.)
  it('judges an alternation of 130,000 branches (no argument spread), a run of them too', () => {
    const words = Array.from({ length: 130_000 }, (_, i) => `w${i}`);
    expect(backtrackingRisk(`\\b(?:${words.join('|')})\\b`)).toBeNull();
    expect(backtrackingRisk(`(?:${words.join('|')})\\w*\\w*!`)).toMatch(/unbounded quantifiers in a row/);
  });
});

// How many ways a run of quantifiers can share out one text, against MAX_SPLITS (4096) per start
// of the line; an unbounded piece counts as 2048 lengths. Each shape below was accepted before and
// measured slow on a 3,000-character line (CPU time, `npm run fuzz -- --target pattern`); each
// sits next to its neighbour just inside the budget. The timings are in the commit, not asserted.
describe('runs of quantifiers sharing one text, counted against the budget', () => {
  it.each([
    // one unbounded piece beside a bounded one: 2048 x 3 (\w{1,16}: 0.2 s, \w{1,64}: 1.1 s)
    ['\\w+\\w{1,3}!', '\\w+\\w{1,2}!', /over 4096 ways \(`\\w\+\\w\{1,3\}!`\)/],
    // bounded pieces only: 64 x 65 against 64 x 64
    ['\\w{1,64}\\w{1,65}!', '\\w{1,64}\\w{1,64}!', /over 4096 ways/],
    // a repeated group after a run it overlaps: its first round joins the run (fuzz: [ab]+?((?:[ab]{3,})x+?){2,}, 7.6 s)
    ['[ab]{1,64}((?:[ab]{1,65})x){2,}', '[ab]{1,64}((?:[ab]{1,64})x){2,}', /over 4096 ways \(`\[ab\]\{1,64\}\(\(\?:\[ab\]\{1,65\}\)x`\)/],
    // a last piece that can itself fail (fuzz: [^"]{1,64}\S{3,}[ab]+?, 0.4 s)
    ['[^"]{1,3}\\S{3,}[ab]+?', '[^"]{1,2}\\S{3,}[ab]+?', /over 4096 ways/],
    // a mandatory piece inside a group, before a mid-pattern anchor (fuzz: ` (.+\s{1,64}b{2}\b!{2})^x{3,}`, 0.8 s)
    [' (.+\\s{1,3}b{2}\\b!{2})^x{3,}', ' (.+\\s{1,2}b{2}\\b!{2})^x{3,}', /over 4096 ways \(`\.\+\\s\{1,3\}b`\)/],
    // a lookahead reads its own pieces at every split of the run before it (fuzz, seed 23: 0.18 s)
    ['[^"]*?(?=_{1,3})(?:ab){2}', '[^"]*?(?=_{1,2})(?:ab){2}', /over 4096 ways/],
    // a literal block after a bounded piece pins it to one in 32 (period 32) of its 64 lengths, not one in 31
    ['\\w{1,64}0123456789ABCDEFGHIJKLMNOPQRSTU\\w+!', '\\w{1,64}0123456789ABCDEFGHIJKLMNOPQRSTUV\\w+!', /over 4096 ways/],
    // pieces joined by a repeated word (`ab`), not one character: cubic (5.8 s); with [cd] no word is shared
    ['[ab]+ab[ab]+!', '[ab]+ab[cd]+!', /unbounded quantifiers in a row/],
    // an optional group met right after a run it overlaps (8.3 s); a `-` no run reads ends it
    ['\\w+(?:\\w+x)?!', '\\w+(?:-\\w+x)?!', /unbounded quantifiers in a row/],
    // a run behind a literal is reached from one start per literal: `key\s*["']?\s*=` takes 6 ms, `\s*["']?\s*=` 5.5 s
    ['\\s*["\']?\\s*=', 'key\\s*["\']?\\s*=', /unbounded quantifiers in a row .*\(`\\s\*\["'\]\?\\s\*=`\)/],
    ['(?:\\w+\\w+)!', 'token=(?:\\w+\\w+)', /unbounded quantifiers in a row/],
    ['\\w\\w*\\s*\\s*!', '\\w\\s*\\s*!', /unbounded quantifiers in a row/],
    // a fence reached from several starts pays for each: `\w{1,64}=\s*\s*!` took 0.36 s (64 starts per `=`)
    ['\\w{1,3}=\\s*\\s*!', '\\w{1,2}=\\s*\\s*!', /unbounded quantifiers in a row/],
    // last in the pattern, a later branch that matches after the same first character takes over
    // where this one fails (the odbc rule's `\{[^}]{1,256}\}|[^\s;"'][^;"']{0,255}`)
    ['\\w*(?:x\\w{1,64}!|y\\w{0,64})', '\\w*(?:x\\w{1,64}!|x\\w{0,64})', /over 4096 ways/],
  ])('refuses %s, accepts %s', (refused, accepted, why) => {
    expect(backtrackingRisk(refused)).toMatch(why);
    expect(backtrackingRisk(accepted)).toBeNull();
  });

  it('names the shape in the message a custom rule gets (one line, exit 2)', () => {
    const r = repo();
    r.write('.secret-scan.json', JSON.stringify({ rules: [{ id: 'acme', pattern: 'acme_[^"]{1,64}\\S{3,}[ab]+?' }] }));
    r.write('a.txt', 'x\n');
    const res = r.scan('a.txt');
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split('\n')).toEqual([expect.stringContaining('"rules[0].pattern" has quantifiers in a row that can share the same text in over 4096 ways (`[^"]{1,64}\\S{3,}[ab]`)')]);
  });
});

// A custom pattern the check misjudged would still not stall a scan: the clock is read after each
// custom rule, so the line ends there with a warning naming file, line and rule, and the next line
// is scanned. The rule is built here directly, past the config check (which refuses it).
describe('a slow custom rule on one line', () => {
  it('ends in a scan-budget-exceeded warning with file, line and rule, and the next line is still scanned', () => {
    const pattern = '\\w+\\w{1,16}!';
    expect(backtrackingRisk(pattern)).not.toBeNull();
    const slow = { id: 'slow-custom', description: 'slow', keywords: [], pattern: new RegExp(pattern), severity: 'error' as const, remediation: 'r', samples: () => ({ positive: [], negative: [] }) };
    // About 0.7 s of backtracking on 6,000 characters, against a 200 ms budget (+2 ms per KiB). The
    // budget is wall-clock time: it is wide so that the short next line stays inside it on a loaded
    // CI machine (at 20 ms it once did not), and line 4 is long enough to overrun it three times over.
    const engine = createEngine({ extraRules: [slow], lineBudgetMs: 200 });
    const key = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'regex-safety-budget');
    const found = engine.detect({ file: 'data/big.txt', lines: [{ number: 4, text: 'a'.repeat(6000) }, { number: 5, text: `aws_access_key_id = ${key}` }] });
    expect(found.filter((f) => f.ruleId === BUDGET_RULE_ID)).toEqual([expect.objectContaining({ file: 'data/big.txt', line: 4, severity: 'warning', message: expect.stringContaining('while running slow-custom') })]);
    expect(found.some((f) => f.line === 5 && f.secret.includes(key.slice(0, 8)))).toBe(true);
  });
});
