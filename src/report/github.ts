// GitHub Actions reporter: one workflow command per finding (`::error file=…,line=…::…`), so
// findings show as annotations on the pull request diff. Secrets are redacted here.

import type { Finding } from '../types.js';
import type { UnusedAllow } from '../config/filter.js';
import { printable, redact } from './redact.js';

/** Message data: the runner decodes %25, %0D and %0A. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values additionally end at ':' and ',', so those are encoded too. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(level: 'error' | 'warning', props: Record<string, string | number>, message: string): string {
  const p = Object.entries(props)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${level} ${p}::${escapeData(message)}`;
}

export function renderGithub(findings: readonly Finding[], opts: { readonly redact: boolean; readonly unusedAllows?: readonly UnusedAllow[] }): string {
  const lines: string[] = [];
  for (const f of findings) {
    const secret = opts.redact ? redact(printable(f.secret)) : printable(f.secret);
    const where = f.commit ? ` (added in commit ${f.commit.slice(0, 12)})` : '';
    const encoded = f.encoded ? ` (inside ${f.encoded})` : '';
    lines.push(
      command(
        f.severity,
        { file: f.file, line: f.line, endLine: f.endLine, col: f.column, endColumn: f.endColumn, title: `secret-scan: ${f.ruleId}` },
        `${f.message}${encoded}: ${secret}${where}\n${f.remediation}`,
      ),
    );
  }
  for (const u of opts.unusedAllows ?? []) {
    lines.push(command('warning', { file: u.file, line: u.line, title: 'secret-scan: unused allow comment' }, `"${u.comment}" suppresses nothing; remove it`));
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  // Worded without a `name: value` shape, so a saved report does not look like an assignment to a scan.
  lines.push(
    findings.length === 0
      ? 'secret-scan found no secrets'
      : `secret-scan found ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  return lines.join('\n') + '\n';
}
