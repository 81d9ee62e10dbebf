// Picks the reporter for a format. Redaction happens inside each reporter via report/redact.ts.

import type { Finding } from '../types.js';
import type { ScanStats } from '../scan.js';
import type { UnusedAllow } from '../config/filter.js';
import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';
import { displayText } from './redact.js';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  readonly redact: boolean;
  readonly staged: boolean;
  readonly blocking: boolean;
  readonly color: boolean;
  /** Repository root (or scan base), for formats that need absolute locations. */
  readonly root: string;
  /** With --report-unused-allows: the github format annotates them; others leave them to unusedAllowText. */
  readonly unusedAllows?: readonly UnusedAllow[];
}

export function render(format: Format, findings: readonly Finding[], stats: ScanStats, opts: RenderOptions): string {
  switch (format) {
    case 'json':
      return renderJson(findings, stats, opts.redact);
    case 'text':
      return renderText(findings, stats, opts);
    case 'sarif':
      return renderSarif(findings, opts);
    case 'github':
      return renderGithub(findings, opts);
  }
}

/** Unused allow comments as warning lines for people (stderr), for the formats that do not carry them. */
export function unusedAllowText(unused: readonly UnusedAllow[]): string {
  return unused
    .map((u) => `${displayText(u.file)}:${u.line}${u.commit ? ` (${u.commit.slice(0, 12)})` : ''}  warning  unused-allow  "${displayText(u.comment)}" suppresses nothing; remove it\n`)
    .join('');
}
