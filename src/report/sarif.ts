// SARIF 2.1.0 reporter, for code-scanning uploads (GitHub, Azure DevOps, …). Rule metadata
// carries help text and security-severity; partialFingerprints let code scanning follow a
// finding across edits, since our fingerprint holds no line number. Secrets are redacted here.

import { packageVersion } from '../version.js';
import { pathToFileURL } from 'node:url';
import { providerRules } from '../detect/rules/index.js';
import type { Finding, Severity } from '../types.js';
import { printable, redact } from './redact.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFO_URI = 'https://www.npmjs.com/package/secret-scan';

/** Code scanning maps security-severity to critical (>= 9.0), high (>= 7.0) and medium (>= 4.0). */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '9.0', warning: '5.0' };
const LEVEL: Record<Severity, 'error' | 'warning'> = { error: 'error', warning: 'warning' };

const DETECTORS: Record<string, string> = {
  'secret-key-assignment': 'A signing key or secret assigned a literal value in source or config',
  'weak-secret-key': 'A secret key set to a weak, default or guessable value',
  'high-entropy': 'A random-looking string in a place that holds secrets',
  'tracked-dotenv': 'A dotenv file holding secret values, in the repository',
};


/** A relative path as a URI reference: each segment percent-encoded, '/' kept. */
function uriOf(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function ruleName(id: string): string {
  return id
    .split('-')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join('');
}

interface SarifOptions {
  readonly redact: boolean;
  /** Repository root (or scan base): the absolute location of %SRCROOT%. */
  readonly root: string;
}

export function renderSarif(findings: readonly Finding[], opts: SarifOptions): string {
  const catalog = new Map(providerRules.map((r) => [r.id, r.description]));
  const ruleIndex = new Map<string, number>();
  const rules: object[] = [];
  for (const f of findings) {
    if (ruleIndex.has(f.ruleId)) continue;
    ruleIndex.set(f.ruleId, rules.length);
    const description = catalog.get(f.ruleId) ?? DETECTORS[f.ruleId] ?? f.message;
    rules.push({
      id: f.ruleId,
      name: ruleName(f.ruleId),
      shortDescription: { text: description },
      fullDescription: { text: `${description}. A secret committed to a repository can be read by everyone who can read the repository or its history.` },
      help: {
        text: f.remediation,
        markdown: `**${description}**\n\n${f.remediation}\n\nIf this is a false positive, add a \`secret-scan:allow ${f.ruleId}\` comment on the line, or record it in a baseline (\`secret-scan baseline\`).`,
      },
      defaultConfiguration: { level: LEVEL[f.severity] },
      properties: { tags: ['security', 'secret', 'external/cwe/cwe-798'], precision: 'high', 'security-severity': SECURITY_SEVERITY[f.severity] },
    });
  }
  const results = findings.map((f) => {
    const secret = opts.redact ? redact(printable(f.secret)) : printable(f.secret);
    const where = f.commit ? ` (added in commit ${f.commit.slice(0, 12)})` : '';
    const encoded = f.encoded ? ` (inside ${f.encoded})` : '';
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId)!,
      level: LEVEL[f.severity],
      message: { text: `${f.message}${encoded}: ${secret}${where}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(f.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
      // v2: keyed by the baseline's salt (config/fingerprint.ts); v1 was an unkeyed hash of the secret.
      partialFingerprints: { 'secretScanFingerprint/v2': f.fingerprint },
      properties: {
        'security-severity': SECURITY_SEVERITY[f.severity],
        ...(f.commit !== undefined ? { commit: f.commit } : {}),
      },
    };
  });
  const rootUri = pathToFileURL(opts.root).href.replace(/\/?$/, '/');
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'secret-scan', version: packageVersion(), informationUri: INFO_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: rootUri } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
