// A dotenv file (.env, .env.production …) holding real secret values, in the repository: one
// file-level finding, on top of the findings on its values, because the fix is to stop tracking
// the file, not to edit a line. Templates (.env.example …) and files of placeholders are fine.

import type { FileContext, Finding, Fragment, Match } from '../../types.js';
import { isKnownWeakValue, isPlaceholder, isTemplateReference } from '../filters/filters.js';

export const DOTENV_RULE = 'tracked-dotenv';

/** `.env`, `.env.local`, `.env.production` …; not `.env.example` and other templates, not encrypted `.env.vault`. */
export function isDotenvFile(ctx: FileContext): boolean {
  return /^\.env(?:\.[a-z0-9_.-]+)?$/.test(ctx.baseName) && !ctx.isTemplateFile && !/\.(?:vault|enc|gpg|age|sops)$/.test(ctx.baseName);
}

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*((?:\S.*)?)$/;

/** The value of a dotenv assignment: quoted text, or the unquoted rest of the line before a ` #` comment. */
function dotenvValue(raw: string): string {
  const q = raw[0];
  if (q === '"' || q === "'") {
    const end = raw.indexOf(q, 1);
    return end > 0 ? raw.slice(1, end) : raw.slice(1);
  }
  const comment = raw.search(/\s#/);
  return (comment >= 0 ? raw.slice(0, comment) : raw).trim();
}

/** A value a person would have to rotate: reported as a secret (an error) on its line, and not a placeholder or a default. */
function isRealSecret(value: string, reported: boolean): boolean {
  return reported && !isPlaceholder(value) && !isTemplateReference(value) && !isKnownWeakValue(value);
}

/**
 * The file-level match for a dotenv file's lines (all of them, or the lines a commit adds), given
 * the findings on them, or null. It counts the values that are themselves reported as secrets
 * (errors), so a committed test or sample env file with made-up values (`.env.test`) gets none.
 * It sits on the line of the first one. The engine makes it a Finding; the advice to stop
 * tracking the file is added there, as for every finding in such a file (remediation.ts).
 */
export function dotenvFileMatch(fragment: Fragment, ctx: FileContext, found: readonly Finding[]): { line: number; match: Match } | null {
  if (!isDotenvFile(ctx)) return null;
  const reported = new Set(found.filter((f) => f.severity === 'error').map((f) => f.line));
  if (reported.size === 0) return null;
  const names: string[] = [];
  let first: { line: number; text: string; value: string } | null = null;
  for (const { number, text } of fragment.lines) {
    const m = ASSIGNMENT.exec(text);
    if (!m) continue;
    const value = dotenvValue(m[2]!);
    if (!isRealSecret(value, reported.has(number))) continue;
    names.push(m[1]!);
    first ??= { line: number, text, value };
  }
  if (first === null) return null;
  const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')}, …` : names.join(', ');
  const n = names.length;
  return {
    line: first.line,
    match: {
      ruleId: DOTENV_RULE,
      severity: 'warning',
      message: `Dotenv file with ${n} secret value${n === 1 ? '' : 's'} (${shown}) in the repository`,
      remediation: 'rotate every value it held: untracking the file does not take them out of the history.',
      secret: first.value,
      start: 0,
      end: first.text.length,
    },
  };
}
