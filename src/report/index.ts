// Picks the reporter for a format. Redaction happens inside each reporter via report/redact.ts.

import type { Finding } from '../types.js';
import type { ScanStats } from '../scan.js';
import { renderJson } from './json.js';
import { renderText } from './text.js';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  readonly redact: boolean;
  readonly staged: boolean;
  readonly blocking: boolean;
  readonly color: boolean;
  /** Repository root (or scan base), for formats that need absolute locations. */
  readonly root: string;
}

export function render(format: Format, findings: readonly Finding[], stats: ScanStats, opts: RenderOptions): string {
  switch (format) {
    case 'json':
      return renderJson(findings, stats, opts.redact);
    case 'text':
      return renderText(findings, stats, opts);
    case 'sarif':
    case 'github':
      throw new Error(`--format ${format} is not implemented yet`);
  }
}
