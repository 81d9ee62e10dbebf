// JSON reporter: the machine-readable contract of DESIGN.md (version 1).

import type { Finding } from '../types.js';
import type { ScanStats } from '../scan.js';
import { printable, redact } from './redact.js';

export function renderJson(findings: readonly Finding[], stats: ScanStats, redactSecrets: boolean): string {
  const out = {
    version: 1,
    findings: findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      secret: redactSecrets ? redact(printable(f.secret)) : printable(f.secret),
      fingerprint: f.fingerprint,
      ...(f.commit !== undefined ? { commit: f.commit } : {}),
      ...(f.author !== undefined ? { author: f.author } : {}),
      ...(f.date !== undefined ? { date: f.date } : {}),
      ...(f.encoded !== undefined ? { encoded: f.encoded } : {}),
      ...(f.occurrences !== undefined ? { occurrences: f.occurrences } : {}),
      ...(f.inHead !== undefined ? { inHead: f.inHead } : {}),
      remediation: f.remediation,
    })),
    stats: {
      files: stats.files,
      lines: stats.lines,
      bytes: stats.bytes,
      durationMs: stats.durationMs,
      ...(stats.commits !== undefined ? { commits: stats.commits } : {}),
      ...(stats.shallow ? { shallow: true } : {}),
      ...(stats.skipped.length > 0 ? { skipped: stats.skipped } : {}),
    },
  };
  return JSON.stringify(out, null, 2) + '\n';
}
