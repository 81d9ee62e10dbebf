// Compares the findings of two JSON reports (`--format json`) as sets: a speed change must not
// add, drop or move a finding. Prints what differs; exit code 1 when anything does.
//
//   node bench/compare-findings.mjs before.json after.json [more-before.json more-after.json …]

import { readFileSync } from 'node:fs';

const key = (f) => [f.commit ?? '', f.file, f.line, f.column, f.endColumn, f.ruleId, f.severity, f.secret, f.fingerprint, f.occurrences ?? 0, f.inHead ?? ''].join('\u0000');

function compare(a, b) {
  const ka = new Map(JSON.parse(readFileSync(a, 'utf8')).findings.map((f) => [key(f), f]));
  const kb = new Map(JSON.parse(readFileSync(b, 'utf8')).findings.map((f) => [key(f), f]));
  const onlyA = [...ka.keys()].filter((k) => !kb.has(k));
  const onlyB = [...kb.keys()].filter((k) => !ka.has(k));
  const show = (k, m) => {
    const f = m.get(k);
    return `${f.commit ? f.commit.slice(0, 10) + ' ' : ''}${f.file}:${f.line}:${f.column} ${f.ruleId}`;
  };
  const same = onlyA.length === 0 && onlyB.length === 0;
  console.log(`${same ? 'same' : 'DIFFERENT'}: ${a} (${ka.size}) vs ${b} (${kb.size})${same ? '' : `: ${onlyA.length} only before, ${onlyB.length} only after`}`);
  for (const k of onlyA.slice(0, 20)) console.log(`  - ${show(k, ka)}`);
  for (const k of onlyB.slice(0, 20)) console.log(`  + ${show(k, kb)}`);
  return same;
}

const files = process.argv.slice(2);
if (files.length === 0 || files.length % 2 !== 0) {
  process.stderr.write('usage: node bench/compare-findings.mjs before.json after.json [before.json after.json …]\n');
  process.exit(2);
}
let ok = true;
for (let i = 0; i < files.length; i += 2) ok = compare(files[i], files[i + 1]) && ok;
process.exitCode = ok ? 0 : 1;
