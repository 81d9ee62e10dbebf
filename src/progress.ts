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

export function formatProgress(unit: string, done: number, total: number | undefined, bytes: number, findings: number, seconds: number): string {
  const mbs = seconds > 0 ? bytes / 1048576 / seconds : 0;
  const of = total !== undefined && total > 0 ? `${done}/${total} ${unit}` : `${done} ${unit}`;
  let eta = '';
  if (total !== undefined && done > 0 && done < total && seconds >= 1) {
    const left = Math.round((seconds / done) * (total - done));
    eta = `, ETA ${left >= 60 ? `${Math.floor(left / 60)}m${String(left % 60).padStart(2, '0')}s` : `${left}s`}`;
  }
  return `secret-scan: ${of}, ${mbs.toFixed(1)} MB/s, ${findings} finding${findings === 1 ? '' : 's'}${eta}`;
}

export function createProgress(o: ProgressOptions, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!progressWanted(o.quiet, stream)) return SILENT;
  const started = performance.now();
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    update(done: number, bytes: number, findings: number): void {
      const now = performance.now();
      // Repainting more than a few times a second costs more than it tells.
      if (now - last < 200) return;
      last = now;
      shown = true;
      stream.write(`\r${formatProgress(o.unit, done, o.total, bytes, findings, (now - started) / 1000)}\u001b[K`);
    },
    end(): void {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
