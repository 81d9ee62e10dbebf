// Progress line on stderr for long scans: done of total, MB/s, findings so far, ETA. Shown
// only to a person at a terminal: never when stderr is not a TTY, under CI, or with --quiet.

export interface Progress {
  update(done: number, bytes: number, findings: number): void;
  /** Erases the line so the report starts on a clean terminal. */
  end(): void;
}

export interface ProgressOptions {
  readonly unit: 'commits' | 'files';
  readonly total?: number;
  readonly quiet?: boolean;
}

const SILENT: Progress = { update() {}, end() {} };

export function progressWanted(quiet: boolean | undefined, stream: { isTTY?: boolean } = process.stderr, env = process.env): boolean {
  const ci = env.CI;
  return !quiet && stream.isTTY === true && (ci === undefined || ci === '' || ci === 'false' || ci === '0');
}

/**
 * Seconds left, from the pace since the first result rather than since the start: workers
 * spend the first second or so starting and compiling, and counting that time as scanning time
 * made the first ETA of a 7-second scan read minutes. Undefined until the pace is measured over
 * at least a second, or when there is no total.
 */
export function etaSeconds(first: { readonly at: number; readonly done: number } | null, now: number, done: number, total: number | undefined): number | undefined {
  if (total === undefined || first === null || done >= total) return undefined;
  const seconds = (now - first.at) / 1000;
  const progressed = done - first.done;
  if (seconds < 1 || progressed <= 0) return undefined;
  return (seconds / progressed) * (total - done);
}

function formatEta(seconds: number): string {
  const left = Math.round(seconds);
  return left >= 60 ? `${Math.floor(left / 60)}m${String(left % 60).padStart(2, '0')}s` : `${left}s`;
}

export function formatProgress(unit: string, done: number, total: number | undefined, bytes: number, findings: number, seconds: number, eta?: number): string {
  const mbs = seconds > 0 ? bytes / 1048576 / seconds : 0;
  const of = total !== undefined && total > 0 ? `${done}/${total} ${unit}` : `${done} ${unit}`;
  const left = eta !== undefined ? `, ETA ${formatEta(eta)}` : '';
  return `secret-scan: ${of}, ${mbs.toFixed(1)} MB/s, ${findings} finding${findings === 1 ? '' : 's'}${left}`;
}

/**
 * History findings as the report will count them: the same secret added again in a later
 * commit is one finding (sources/history.ts dedupeHistory keys on fingerprint and secret).
 */
export function distinctCount(): { add(findings: readonly { readonly fingerprint: string; readonly secret: string }[]): number } {
  const seen = new Set<string>();
  return {
    add(findings) {
      for (const f of findings) seen.add(`${f.fingerprint}\u0000${f.secret}`);
      return seen.size;
    },
  };
}

export function createProgress(o: ProgressOptions, stream: NodeJS.WriteStream = process.stderr, clock: () => number = () => performance.now()): Progress {
  if (!progressWanted(o.quiet, stream)) return SILENT;
  const started = clock();
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  let first: { at: number; done: number } | null = null;
  return {
    update(done: number, bytes: number, findings: number): void {
      const now = clock();
      if (first === null && done > 0) first = { at: now, done };
      // Repainting more than a few times a second costs more than it tells.
      if (now - last < 200) return;
      last = now;
      shown = true;
      const eta = etaSeconds(first, now, done, o.total);
      stream.write(`\r${formatProgress(o.unit, done, o.total, bytes, findings, (now - started) / 1000, eta)}\u001b[K`);
    },
    end(): void {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
