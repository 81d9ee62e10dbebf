// What a detector may know about a file from its path and its first lines: its kind (code,
// config, template copy, lockfile, minified or generated bundle, data document, a scanner's own
// report). Computed once per file, not per line.

import type { FileContext, SourceLine } from '../../types.js';
import { isLockfile, nameParts } from './file-name.js';

export { isKeyFile } from './file-name.js';

const TEMPLATE_SUFFIXES = ['.example', '.sample', '.template', '.tmpl', '.tpl', '.dist', '.default', '.defaults', '.skel'];
const TEMPLATE_NAMES = /(?:^|[._-])(?:example|sample|template|dist)(?:[._-]|$)/;

/**
 * Documents whose text is mostly encoded data (vector drawings with embedded images, diagrams):
 * an Illustrator file's XMP thumbnail or a draw.io SVG's compressed diagram is base64 of
 * binary, which looks random everywhere. Only provider rules run there.
 */
const DATA_DOCUMENT_EXTS = new Set(['svg', 'ai', 'eps', 'ps', 'drawio', 'dio', 'pdf', 'sketch', 'fig', 'xd']);

/** How many of a file's first lines are read to recognise its shape. */
const HEAD_LINES = 12;

/** The first lines of the file, when the fragment starts at line 1 (a whole file, a new file). */
function headOf(lines: readonly SourceLine[] | undefined): string | null {
  if (!lines || lines.length === 0 || lines[0]!.number !== 1) return null;
  let head = '';
  for (let i = 0; i < lines.length && i < HEAD_LINES && lines[i]!.number === i + 1; i++) head += lines[i]!.text.slice(0, 4000) + '\n';
  return head;
}

const BUNDLE_EXT = /^(?:js|cjs|mjs)$/;

/**
 * The first character of headOf(lines) that is not white space (`\S`), read line by line
 * without building the head; undefined when there is none or no head.
 */
function firstInHead(lines: readonly SourceLine[]): string | undefined {
  if (lines.length === 0 || lines[0]!.number !== 1) return undefined;
  for (let i = 0; i < lines.length && i < HEAD_LINES && lines[i]!.number === i + 1; i++) {
    const text = lines[i]!.text;
    const m = NON_SPACE.exec(text.length > 4000 ? text.slice(0, 4000) : text);
    if (m) return m[0];
  }
  return undefined;
}
const NON_SPACE = /\S/;

/**
 * Output of a bundler (esbuild, webpack, rollup, a minifier), recognised by its first lines: the
 * helpers bundlers emit, or a line too long for a person to have written. Rule tables and
 * build ids inside a bundle are not the project's secrets; provider rules still run.
 */
export function isGeneratedBundle(ext: string, head: string | null): boolean {
  if (head === null || !BUNDLE_EXT.test(ext)) return false;
  if (/^[^\n]{1000}/m.test(head)) return true;
  return /__webpack_require__|var __defProp = Object\.defineProperty|var __create = Object\.create|"use strict";var \w+=Object\.(?:create|defineProperty)|^\/\/ [\w@/.-]+ build [0-9a-f]{8,}|^\/\*{6}\//m.test(head);
}

export function fileContext(path: string, lines?: readonly SourceLine[]): FileContext {
  const { baseName, ext } = nameParts(path);
  return {
    path,
    baseName,
    ext,
    isTemplateFile: TEMPLATE_SUFFIXES.some((s) => baseName.endsWith(s)) || TEMPLATE_NAMES.test(baseName),
    isLockfile: isLockfile({ baseName }),
    isMinified:
      /\.min\.(?:js|mjs|cjs|css)$/.test(baseName) ||
      baseName.endsWith('.map') ||
      DATA_DOCUMENT_EXTS.has(ext) ||
      baseName.endsWith('.drawio.svg') ||
      // The head is read only for a script (isGeneratedBundle is false for any other extension).
      (BUNDLE_EXT.test(ext) && isGeneratedBundle(ext, headOf(lines))),
  };
}

/**
 * A secret scanner's own output, recognised by the document's top-level shape, whatever its
 * name: secret-scan's JSON report and baseline, SARIF from any tool, detect-secrets'
 * `.secrets.baseline`, gitleaks' report or baseline, trufflehog's JSON lines, GitHub workflow
 * annotations. Their values are fingerprints, hashes and redacted excerpts, never new secrets
 * (a real secret printed with --no-redact is already reported where it lives).
 */
export function isScannerReport(path: string, lines: readonly SourceLine[]): boolean {
  const lower = path.toLowerCase();
  if (lower.endsWith('.sarif') || lower.endsWith('.sarif.json')) return true;
  // Every form below opens with `{`, `[` or `::` (after white space): the head is built only then.
  const first = firstInHead(lines);
  if (first !== '{' && first !== '[' && first !== ':') return false;
  const head = headOf(lines)!;
  return (
    // secret-scan: {"version": 1, "findings": [ … ] } and the baseline's {"version": 1, "entries": [ … ]}
    /^\s*\{\s*"version"\s*:\s*1\s*,\s*"(?:findings|entries)"\s*:\s*\[/.test(head) ||
    // SARIF 2.1.0 (any tool): a $schema naming sarif, or version 2.1.0 next to runs
    /^\s*\{\s*"\$schema"\s*:\s*"([^"]*)"/i.exec(head)?.[1]!.toLowerCase().includes('sarif') ||
    /^\s*\{\s*"version"\s*:\s*"2\.1\.0"\s*,\s*"runs"\s*:/.test(head) ||
    // detect-secrets baseline: {"version": "1.x", "plugins_used": [...], … "results": {…}}
    (/^\s*\{/.test(head) && /"(?:plugins_used|filters_used|generated_at)"\s*:/.test(head.slice(0, 600))) ||
    // gitleaks report and baseline: a JSON array of {"RuleID" | "Description": …}
    /^\s*\[\s*\{\s*"(?:RuleID|Description)"\s*:/.test(head) ||
    // trufflehog --json: one {"SourceMetadata": …} object per line
    /^\s*\{\s*"SourceMetadata"\s*:/.test(head) ||
    // --format github: workflow commands, one per finding
    /^::(?:error|warning|notice) (?:file|title)=[^\n]*\n(?:::(?:error|warning|notice) [^\n]*\n|\n)*$/.test(head)
  );
}

/** Source-code files, where an unquoted right-hand side is an expression, not a value. */
const CODE_EXTS = new Set([
  'py', 'pyw', 'pyi', 'ipynb', 'js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx', 'vue', 'svelte',
  'rb', 'rake', 'php', 'go', 'java', 'kt', 'kts', 'scala', 'groovy', 'gradle', 'cs', 'fs', 'vb',
  'swift', 'rs', 'c', 'h', 'cc', 'cpp', 'hpp', 'cxx', 'm', 'mm', 'dart', 'lua', 'pl', 'pm', 'r',
  'ex', 'exs', 'erl', 'clj', 'jl', 'hs', 'elm', 'sql', 'html', 'htm', 'xml', 'ps1', 'tf', 'tfvars', 'hcl', 'nomad',
]);
const DOC_EXTS = new Set(['md', 'markdown', 'rst', 'txt', 'adoc', 'org', 'tex', 'csv', 'log']);

/**
 * code: an unquoted right-hand side is an expression; config: it is a value (dotenv, YAML,
 * INI …); docs: prose, where only random-looking values count.
 */
export type FileKind = 'code' | 'config' | 'docs';

export function fileKind(ctx: FileContext): FileKind {
  if (DOC_EXTS.has(ctx.ext)) return 'docs';
  if (CODE_EXTS.has(ctx.ext)) return 'code';
  return 'config';
}
