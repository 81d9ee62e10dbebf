// The filter stage: drops findings in allow-listed paths, on lines carrying an allow comment,
// and of disabled rules. Lives with the config, not inside detectors.

import picomatch from 'picomatch';
import type { Finding } from '../types.js';
import type { Config } from './config.js';

/** Allow comments: ours, and the ones teams migrating from other scanners already have. */
const ALLOW = /secret-scan:allow(?!-next-line)|gitleaks:allow|pragma:\s*allowlist[ -]secret/;
const ALLOW_NEXT = /secret-scan:allow-next-line/;

export function hasAllowComment(text: string): boolean {
  return ALLOW.test(text);
}

export function allowsNextLine(text: string): boolean {
  return ALLOW_NEXT.test(text);
}

export type PathFilter = (file: string) => boolean;

/** True for paths the config allow-lists (never scanned). */
export function pathAllower(config: Config): PathFilter {
  if (config.allowPaths.length === 0) return () => false;
  return picomatch(config.allowPaths as string[], { dot: true });
}

/** The line text for a finding's line, so allow comments can be checked. */
export type LineLookup = (line: number) => string | undefined;

export function filterFindings(findings: readonly Finding[], config: Config, lineText: LineLookup): Finding[] {
  const disabled = new Set(config.disable);
  return findings.filter((f) => {
    if (disabled.has(f.ruleId)) return false;
    const text = lineText(f.line);
    if (text !== undefined && hasAllowComment(text)) return false;
    const prev = lineText(f.line - 1);
    if (prev !== undefined && allowsNextLine(prev)) return false;
    return true;
  });
}
