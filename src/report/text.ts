// Text reporter for people: one line per finding (file:line:column, severity, rule, message,
// redacted secret), each distinct advice once, and a last line that says what happens next.

import type { Finding } from '../types.js';
import type { ScanStats } from '../scan.js';
import { displayText, printable, redact } from './redact.js';

export interface TextOptions {
  readonly redact: boolean;
  /** Pre-commit wording ("Commit blocked") versus a scan report. */
  readonly staged: boolean;
  readonly blocking: boolean;
  readonly color: boolean;
}

export function renderText(findings: readonly Finding[], stats: ScanStats, opts: TextOptions): string {
  const paint = (code: string, s: string): string => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  const advised = new Set<string>();
  for (const f of findings) {
    const secret = opts.redact ? redact(printable(f.secret)) : printable(f.secret);
    const sev = f.severity === 'error' ? paint('31', 'error') : paint('33', 'warning');
    const file = displayText(f.file);
    const where = f.commit ? `${file}:${f.line}:${f.column} (${historyNote(f)})` : `${file}:${f.line}:${f.column}`;
    const encoded = f.encoded ? ` (inside ${f.encoded})` : '';
    const gone = f.inHead === false ? ` ${paint('33', '[no longer in HEAD: still rotate it]')}` : '';
    lines.push(`${paint('1', where)}  ${sev}  ${f.ruleId}  ${displayText(f.message)}${encoded}: ${secret}${gone}`);
    // Once per distinct advice: the same rule's advice differs in a dotenv or key file (untrack it).
    if (!advised.has(f.remediation)) {
      advised.add(f.remediation);
      lines.push(`  fix: ${f.remediation}`);
    }
  }
  // Oversized and unreadable files may hide a secret: name each. Binaries are expected: count them.
  let binaries = 0;
  for (const s of stats.skipped) {
    if (s.reason === 'binary') binaries++;
    else lines.push(`skipped ${displayText(s.file)} (${s.reason === 'too-large' ? 'larger than --max-file-size' : s.reason})`);
  }
  if (binaries > 0) lines.push(`skipped ${binaries} binary file${binaries === 1 ? '' : 's'}`);
  const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
  const commits = stats.commits !== undefined ? `${count(stats.commits, 'commit')}, ` : '';
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length === 0) {
    if (!opts.staged) lines.push(`secret-scan: no secrets found (${commits}${count(stats.files, 'file')}, ${count(stats.lines, 'line')})`);
  } else {
    const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
    if (opts.blocking) {
      lines.push('');
      lines.push(
        opts.staged
          ? paint('31;1', `secret-scan: commit blocked (${counts}).`) +
              ' Remove the secret and load it from the environment, then stage again; if a finding is a false positive, add a `secret-scan:allow` comment on its line.'
          : paint('31;1', `secret-scan: ${counts}.`) + ' Remove or rotate the secrets; mark false positives with a `secret-scan:allow` comment.',
      );
    } else {
      lines.push('');
      lines.push(`secret-scan: ${counts} (not blocking).`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/** Where in history: the introducing commit, its author and day, and how often it came back. */
function historyNote(f: Finding): string {
  const parts = [f.commit!.slice(0, 12)];
  if (f.author) parts.push(displayText(f.author));
  if (f.date) parts.push(f.date.slice(0, 10));
  if (f.occurrences) parts.push(`added ${f.occurrences} more time${f.occurrences === 1 ? '' : 's'} later`);
  return parts.join(', ');
}
