// What a file is, from its path and first lines: scanner reports, generated bundles, data documents.
import { describe, expect, it } from 'vitest';
import { fileContext, isGeneratedBundle, isScannerReport } from '../../src/detect/filters/file-context.js';
import type { SourceLine } from '../../src/types.js';

const lines = (text: string, from = 1): SourceLine[] => text.split('\n').map((t, i) => ({ number: from + i, text: t }));

describe('isScannerReport: by the top-level shape, whatever the name', () => {
  const reports: [string, string][] = [
    ['secret-scan JSON report', '{\n  "version": 1,\n  "findings": [\n    {\n      "ruleId": "x"'],
    ['secret-scan baseline', '{\n  "version": 1,\n  "entries": [\n    {"fingerprint":"a.py:r:0123456789abcdef"}'],
    ['SARIF with a $schema', '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",'],
    ['SARIF without a $schema', '{"version":"2.1.0","runs":[{"tool":{}}]}'],
    ['detect-secrets baseline', '{\n  "version": "1.5.0",\n  "plugins_used": [\n    {\n      "name": "AWSKeyDetector"'],
    ['gitleaks report', '[\n {\n  "RuleID": "generic-api-key",\n  "Description": "x",'],
    ['trufflehog JSON lines', '{"SourceMetadata":{"Data":{}},"DetectorName":"AWS"}'],
    ['GitHub annotations', '::error file=app.py,line=3,col=1::Flask SECRET_KEY assigned a literal value: 61…2a\n::warning file=a.py,line=1::weak'],
  ];
  for (const [what, text] of reports) it(`recognises a ${what} under any name`, () => expect(isScannerReport('out/anything.txt', lines(text))).toBe(true));
  it('recognises .sarif by name', () => expect(isScannerReport('results.sarif', lines('x', 40))).toBe(true));
  const others: [string, string][] = [
    ['package.json', '{\n  "name": "app",\n  "version": "1.0.0"'],
    ['an app config with a findings key later', '{\n  "version": 2,\n  "findings": []'],
    ['a JSON array of users', '[\n {\n  "name": "x",\n  "password": "y"'],
    ['a shell script that prints an annotation', '#!/bin/sh\necho "::error file=x::y"'],
  ];
  for (const [what, text] of others) it(`does not take ${what} for a report`, () => expect(isScannerReport('config.json', lines(text))).toBe(false));
  it('finds the opening after blank lines within the head: line 12 yes, line 13 no; 3,999 spaces before it yes, 4,000 no', () => {
    const report = '{"version": 1, "findings": [';
    expect(isScannerReport('out.txt', lines(`${'\n'.repeat(11)}${report}`))).toBe(true);
    expect(isScannerReport('out.txt', lines(`${'\n'.repeat(12)}${report}`))).toBe(false);
    expect(isScannerReport('out.txt', lines(`${' \t'.repeat(5)}\n${' '.repeat(3999)}{\n"version": 1, "findings": [`))).toBe(true);
    expect(isScannerReport('out.txt', lines(`${' \t'.repeat(5)}\n${' '.repeat(4000)}{\n"version": 1, "findings": [`))).toBe(false);
    // Past 4,000 characters of white space the line's text is not in the head: the next line opens it.
    expect(isScannerReport('out.txt', lines(`${' '.repeat(4000)}${report}\nplain text`))).toBe(false);
    expect(isScannerReport('out.txt', lines(`${' '.repeat(4000)}x\n${report}`))).toBe(true);
    expect(isScannerReport('out.txt', lines(`${' '.repeat(4000)}x\n{"SourceMetadata":{}}`))).toBe(true);
    expect(isScannerReport('out.txt', lines(`\u00a0\u2028${report}`))).toBe(true);
    expect(isScannerReport('out.txt', [])).toBe(false);
  });

  it('needs the first line to judge the shape (a diff hunk in the middle is judged line by line)', () => {
    expect(isScannerReport('secrets.json', lines('{\n  "version": 1,\n  "findings": [', 5))).toBe(false);
  });
});

describe('generated bundles and data documents: only provider rules run', () => {
  it('esbuild, webpack and minified output', () => {
    expect(isGeneratedBundle('js', '"use strict";\nvar __defProp = Object.defineProperty;\n')).toBe(true);
    expect(isGeneratedBundle('js', '/******/ (() => { // webpackBootstrap\n')).toBe(true);
    expect(isGeneratedBundle('cjs', `// tool build 0123abcd9f latin1\n${'x'.repeat(10)}\n`)).toBe(true);
    expect(isGeneratedBundle('js', `${'a=1;'.repeat(300)}\n`)).toBe(true);
  });
  it('not hand-written code, nor a bundle-looking file of another type', () => {
    expect(isGeneratedBundle('js', "import express from 'express';\nconst app = express();\n")).toBe(false);
    expect(isGeneratedBundle('py', '"use strict";var a=Object.create;\n')).toBe(false);
  });
  it('marks bundles, drawings and diagrams as minified; code stays code', () => {
    expect(fileContext('dist/cli.cjs', lines('"use strict";var a=Object.create;var b=1;')).isMinified).toBe(true);
    expect(fileContext('docs/img/flow.drawio.svg').isMinified).toBe(true);
    expect(fileContext('ext/logo.ai').isMinified).toBe(true);
    expect(fileContext('src/app.js', lines("const a = require('a');")).isMinified).toBe(false);
    // Only scripts are read for it: the same first line in another file type is no bundle.
    for (const name of ['out/app.mjs', 'out/APP.CJS']) expect(fileContext(name, lines('"use strict";var a=Object.create;')).isMinified, name).toBe(true);
    for (const name of ['out/app.ts', 'out/app.json', 'out/js', 'out/app.jsx']) expect(fileContext(name, lines('"use strict";var a=Object.create;')).isMinified, name).toBe(false);
  });
});
