// The section tracker reads most lines by character code (indentation, last character) and runs
// its patterns only where they can match. These tests hold it to a plain model that runs the
// patterns on every line, over every fixture and over generated lines full of edge characters.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionTracker } from '../../src/detect/detectors/sections.js';
import { prng } from '../../src/detect/synthetic.js';
import { PROJECT_ROOT } from '../helpers/git-repo.js';

// The model: the tracker's rules written as patterns over the whole line, no shortcuts.
const INI = /^\s*\[{1,2}[ \t]*([A-Za-z_][\w.\-" ]*)\]{1,2}\s*(?:[#;].*)?$/;
const OPENER = /^(\s*)(?:-\s+)?["']?([A-Za-z_$][\w.\-$]*)["']?\s*(?::|=>|=)\s*(?:(?:\{|\[|array\(|\(|\bdict\()\s*)?(?:#.*)?$/;
const HCL = /^([A-Za-z_][\w.-]*)((?:\s+"[^"]*")*)$/;

function modelHcl(text: string): string | undefined {
  const t = text.trim();
  if (!t.endsWith('{')) return undefined;
  const m = HCL.exec(t.slice(0, -1).trimEnd());
  if (!m) return undefined;
  if (m[2] === '') return m[1];
  if (m[1]!.includes('.')) return undefined;
  const labels = [...m[2]!.matchAll(/"([^"]*)"/g)];
  return labels[labels.length - 1]![1] || undefined;
}

function model(): (text: string) => string | undefined {
  let ini: string | undefined;
  const stack: { indent: number; name: string }[] = [];
  return (text) => {
    const h = INI.exec(text);
    if (h) {
      ini = h[1]!.trimEnd().split('.').pop()!.replace(/"/g, '');
      stack.length = 0;
      return undefined;
    }
    if (text.trim() === '') return stack.length ? stack[stack.length - 1]!.name : ini;
    const indent = text.length - text.trimStart().length;
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack.length ? stack[stack.length - 1]!.name : ini;
    const t = text.trimEnd();
    if ('{[(:='.includes(t[t.length - 1] ?? ' ') || t.includes('#')) {
      const name = OPENER.exec(text)?.[2] ?? modelHcl(text);
      if (name) stack.push({ indent, name });
    }
    return parent;
  };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? files(abs) : [abs];
  });
}

function compare(lines: readonly string[], where: string): number {
  const tracker = sectionTracker();
  const expected = model();
  let named = 0;
  lines.forEach((line, i) => {
    const want = expected(line);
    expect(tracker.next(line), `${where}:${i + 1} ${JSON.stringify(line)}`).toBe(want);
    if (want !== undefined) named++;
  });
  return named;
}

describe('section tracker', () => {
  it('names the section of nested YAML, INI/TOML, JSON, HCL and PHP arrays', () => {
    const lines = [
      '[database]', //             INI header: no section of its own
      'password = x', //           database
      'production:', //            database (opens production)
      '  api:', //                 production
      '    key: abc', //           api
      '', //                       a blank line keeps the section
      '    token: def', //         api
      '  other: 1', //             production
      'top: 1', //                 database: the INI section outlives the YAML one
      '"Jwt": {', //               database
      '  "Secret": "x"', //        Jwt
      '}', //                      database
      'variable "db_password" {', // database
      '  default = "x"', //        db_password
      '}',
      "$config = array(", //      database
      "  'secret' => 'x',", //    config
      ')',
      '# comment: {', //           a comment line opens nothing
      '  key = 1', //              database
      'name: # the value follows', // database
      '  value: x', //             name
    ];
    const tracker = sectionTracker();
    expect(lines.map((l) => tracker.next(l) ?? null)).toEqual([
      null, 'database', 'database', 'production', 'api', 'api', 'api', 'production', 'database',
      'database', 'Jwt', 'database', 'database', 'db_password', 'database', 'database', '$config', 'database',
      'database', 'database', 'database', 'name',
    ]);
  });

  it('agrees with the plain model on every fixture file', () => {
    let lines = 0;
    let named = 0;
    for (const abs of files(join(PROJECT_ROOT, 'fixtures'))) {
      const buf = readFileSync(abs);
      if (buf.includes(0)) continue;
      const text = buf.toString('utf8').split('\n');
      named += compare(text.map((l) => l.replace(/\r$/, '')), abs);
      lines += text.length;
    }
    expect(lines).toBeGreaterThan(10_000);
    expect(named).toBeGreaterThan(500);
  });

  it('agrees with the plain model on 40,000 generated lines of edge characters (indentation, last character, quotes, comments, Unicode spaces)', () => {
    const rand = prng(12);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const indents = ['', ' ', '  ', '    ', '\t', ' \t', '\u00a0', '\v', '\f', '\r', '  \u3000', '\ufeff'];
    const heads = ['', '- ', '-', '-\t', '- \u00a0', '"', "'", '$', '_', '#', '[', '[[', '{', '\u00e9'];
    const names = ['api', 'jwt.key', 'db-pass', 'a1', 'X', '$v', '9x', 'locals', 'resource', 'dict', 'array', ''];
    const afterName = ['', '"', "'", ' ', '\t', '\u00a0'];
    const ops = [':', '=', '=>', '::', ' :', '', '->', ': ', ' = ', '=\u00a0'];
    const tails = ['', '{', '[', '(', 'array(', 'dict(', ' dict(', 'xdict(', 'value', '"value"', ' # note', '#', '{ # x', '}', ']', ' "a" "b" {', ' "" {', ' "main"{', '{ }', ':', '='];
    const ends = ['', ' ', '\t', '\r', ' \r', '\u00a0', '\v', ' \u2028', '\u00e9'];
    let named = 0;
    for (let file = 0; file < 400; file++) {
      const lines: string[] = [];
      for (let i = 0; i < 100; i++) {
        lines.push(rand() < 0.05 ? pick(['', '   ', '\t', '[api]', '[ "a.b" ]', '[[x]] # c', 'key = 1']) : pick(indents) + pick(heads) + pick(names) + pick(afterName) + pick(ops) + pick(tails) + pick(ends));
      }
      named += compare(lines, `generated ${file}`);
    }
    // The generated lines open and close sections often enough to exercise the stack.
    expect(named).toBeGreaterThan(5_000);
  });
});
