// The linear-time discipline over every pattern the scanner runs: the catalog's rules and every
// regular expression literal under src/detect, checked by detect/regex-safety.ts. How fast the
// accepted patterns really run is measured by `npm run fuzz -- --target pattern`, not here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { backtrackingRisk } from '../../src/detect/regex-safety.js';
import { providerRules } from '../../src/detect/rules/index.js';

const DETECT = join(import.meta.dirname, '../../src/detect');

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
    ['\\w+\\w{1,65}!', /two unbounded/],
    ['\\w+\\w{1,30}\\w{1,30}!', /over 64 ways/],
    ['\\s*[\\s=:]\\s*x', /two unbounded/],
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
    // fenced on one side only, or two repetitions between the same fences, still split the text
    ['x\\w*\\w*y!', /two unbounded/],
    ['a[^a]*[^a]*a!', /two unbounded/],
    ['"[^"]*\\w*"!', /two unbounded/],
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
    '^(\\s*)([A-Za-z_][\\w.-]*)(\\s+)([^\\s#;\'"]+)\\s*$',
  ])('accepts %s', (p) => {
    expect(backtrackingRisk(p)).toBeNull();
  });
});
