// What a detector may know about a file from its path alone: its kind (code, config,
// template copy, lockfile, minified bundle). Computed once per file, not per line.

import type { FileContext } from '../types.js';

const LOCKFILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'deno.lock',
  'poetry.lock',
  'pipfile.lock',
  'pdm.lock',
  'uv.lock',
  'cargo.lock',
  'go.sum',
  'composer.lock',
  'gemfile.lock',
  'podfile.lock',
  'packages.lock.json',
  'flake.lock',
  'mix.lock',
  'pubspec.lock',
  'gradle.lockfile',
  'conda-lock.yml',
  'paket.lock',
  'package.resolved',
]);

const TEMPLATE_SUFFIXES = ['.example', '.sample', '.template', '.tmpl', '.tpl', '.dist', '.default', '.defaults', '.skel'];
const TEMPLATE_NAMES = /(?:^|[._-])(?:example|sample|template|dist)(?:[._-]|$)/;

export function fileContext(path: string): FileContext {
  const slash = path.lastIndexOf('/');
  const baseName = path.slice(slash + 1).toLowerCase();
  const dot = baseName.lastIndexOf('.');
  const ext = dot > 0 ? baseName.slice(dot + 1) : '';
  return {
    path,
    baseName,
    ext,
    isTemplateFile: TEMPLATE_SUFFIXES.some((s) => baseName.endsWith(s)) || TEMPLATE_NAMES.test(baseName),
    isLockfile: LOCKFILES.has(baseName) || baseName.endsWith('.lock') && baseName !== '.lock',
    isMinified: /\.min\.(?:js|mjs|cjs|css)$/.test(baseName) || baseName.endsWith('.map'),
  };
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
