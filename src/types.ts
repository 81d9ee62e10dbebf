// The currency between pipeline stages: sources yield Fragments, detect/ turns them
// into Findings, config/ filters them, report/ renders them.

export type Severity = 'error' | 'warning';

/** One candidate line: its text (no line terminator) and its 1-based number in the new file. */
export interface SourceLine {
  readonly number: number;
  readonly text: string;
  /** The verdict of the gate over raw bytes on this line (detect/gate/byte-gate.ts), when one ran. */
  readonly gate?: number;
  /**
   * A line too long to hold whole comes in overlapping pieces, each its own SourceLine with the
   * same number (sources/line-pieces.ts): where this piece's `text` starts in the line.
   */
  readonly offset?: number;
  /** In a piece other than the line's last: where the next piece starts, within `text`. */
  readonly next?: number;
}

/**
 * Lines of one file to scan, in ascending line order. For diffs these are the added
 * lines only (not necessarily contiguous); for files, every line.
 */
export interface Fragment {
  /** Path relative to the repository root (git modes) or the current directory, with '/' separators. */
  readonly file: string;
  readonly lines: readonly SourceLine[];
  /** Full commit sha, history mode only. */
  readonly commit?: string;
  readonly author?: string;
  readonly date?: string;
  /** A later window of the same file's lines (big files come in windows): counts as no new file. */
  readonly continued?: boolean;
  /**
   * In a later window, the last line of the window before: context for the first line (a name
   * on one line, its value on the next), already scanned there, so never reported again.
   */
  readonly before?: SourceLine;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The raw secret; reporters redact it unless asked not to. */
  secret: string;
  /** file:ruleId:hash-of-secret (and of `identity` when set); never the line number. */
  fingerprint: string;
  /** As Match.identity: hashed into the fingerprint, never printed. */
  identity?: string;
  remediation: string;
  commit?: string;
  author?: string;
  date?: string;
  /** Set when the secret was found inside a decoded blob (base64 …); the location is the blob's. */
  encoded?: string;
  /** History mode: how many later times the same secret was added to the same file again. */
  occurrences?: number;
  /** History mode: false when the secret no longer occurs anywhere in HEAD (it must still be rotated). */
  inHead?: boolean;
}

/** A secret candidate as a detector sees it, before it becomes a Finding. */
export interface Match {
  ruleId: string;
  severity: Severity;
  message: string;
  remediation: string;
  /** The secret value (what gets redacted and fingerprinted). */
  secret: string;
  /** 0-based start index and exclusive end index of the reported span on the line. */
  start: number;
  end: number;
  encoded?: string;
  /**
   * What tells this secret apart when `secret` alone does not: for a private key reported at
   * its BEGIN header (the same text for every key of its kind), the first line of key material.
   */
  identity?: string;
}

/** What a detector may know about the file a line comes from. */
export interface FileContext {
  readonly path: string;
  /** Lower-cased base name, e.g. 'config.py'. */
  readonly baseName: string;
  /** Lower-cased extension without the dot ('' when none), e.g. 'py'. */
  readonly ext: string;
  /** True for *.example, *.sample, *.template, *.dist and similar files meant to be copied. */
  readonly isTemplateFile: boolean;
  /** True for lockfiles (package-lock.json, yarn.lock, go.sum …): only provider rules run. */
  readonly isLockfile: boolean;
  /** True for minified bundles and source maps: only provider rules run. */
  readonly isMinified: boolean;
}

/** A user error: printed as one line by the CLI, which then exits with `exitCode` (2). */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * `e` as this bundle's UsageError when it is one from another copy of the class (the loader's
 * bundle, which starts git before the CLI loads, has its own): the CLI prints it as one line.
 */
export function ownUsageError(e: unknown): unknown {
  return e instanceof Error && e.name === 'UsageError' && !(e instanceof UsageError) ? new UsageError(e.message) : e;
}
