#!/bin/sh
# Any CI: scan this build's commits (a range such as origin/main..HEAD, or the whole history),
# keep the JSON report, print one line per finding, and fail the build on blocking findings.
#   sh ci-generic.sh origin/main..HEAD
# SECRET_SCAN overrides how the CLI is started (default: npx --yes secret-scan).
set -u
RANGE="${1:-}"
REPORT="${SECRET_SCAN_REPORT:-secret-scan.json}"
${SECRET_SCAN:-npx --yes secret-scan} --history --quiet ${RANGE:+--range "$RANGE"} --format json --output "$REPORT"
code=$?
if [ -f "$REPORT" ]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const f of r.findings) console.log(`${f.file}:${f.line}: ${f.severity} ${f.ruleId}: ${f.message}${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ""}`);
    console.log(`secret-scan: ${r.findings.length} finding(s) in ${r.stats.commits ?? 0} commit(s)`);
  ' "$REPORT"
fi
exit $code
