// Baseline filter: findings recorded in a baseline file are suppressed; new ones still block.
// Entries are keyed by fingerprint (file, rule, hash of the secret): never the secret, never
// the line number, so edits above a secret do not resurrect it, and a copy to another file is new.

import { UsageError, type Finding } from '../types.js';
import { MAX_BASELINE_BYTES, parseJsonText, readSmallFile } from './small-file.js';

export const BASELINE_FILE = '.secret-scan-baseline.json';

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly rule: string;
  readonly file: string;
  /** Where the secret was when it was recorded: for people reading the file, not for matching. */
  readonly line: number;
  /** Why it is accepted; written by people, kept when the baseline is regenerated. */
  readonly reason?: string;
}

const ENTRY_KEYS = new Set(['fingerprint', 'rule', 'file', 'line', 'reason']);

export function parseBaseline(text: string, file: string): BaselineEntry[] {
  const raw = parseJsonText(text, `baseline ${file}`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`baseline ${file}: must be a JSON object`);
  const obj = raw as Record<string, unknown>;
  if (obj.version !== 1) throw new UsageError(`baseline ${file}: "version" must be 1`);
  if (!Array.isArray(obj.entries)) throw new UsageError(`baseline ${file}: "entries" must be an array`);
  return obj.entries.map((e: unknown, i: number) => {
    const at = `entries[${i}]`;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) throw new UsageError(`baseline ${file}: "${at}" must be an object`);
    const entry = e as Record<string, unknown>;
    for (const k of Object.keys(entry)) if (!ENTRY_KEYS.has(k)) throw new UsageError(`baseline ${file}: unknown key ${JSON.stringify(`${at}.${k}`.slice(0, 80))}`);
    for (const k of ['fingerprint', 'rule', 'file'] as const) if (typeof entry[k] !== 'string' || entry[k] === '') throw new UsageError(`baseline ${file}: "${at}.${k}" must be a non-empty string`);
    if (!Number.isInteger(entry.line)) throw new UsageError(`baseline ${file}: "${at}.line" must be an integer`);
    if (entry.reason !== undefined && typeof entry.reason !== 'string') throw new UsageError(`baseline ${file}: "${at}.reason" must be a string`);
    return {
      fingerprint: entry.fingerprint as string,
      rule: entry.rule as string,
      file: entry.file as string,
      line: entry.line as number,
      ...(typeof entry.reason === 'string' ? { reason: entry.reason } : {}),
    };
  });
}

/**
 * Reads a baseline; a missing or malformed file is a usage error (exit 2), never "no baseline".
 * `inside`: the repository root, when the path came from a config found in the repository.
 */
export function readBaseline(path: string, inside?: string): BaselineEntry[] {
  const text = readSmallFile(path, { what: 'baseline', maxBytes: MAX_BASELINE_BYTES, ...(inside !== undefined ? { inside } : {}) })!;
  return parseBaseline(text, path);
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  // Code-unit order, not localeCompare: the file must sort the same on every machine.
  const key = (e: BaselineEntry): string[] => [e.file, e.rule, e.fingerprint];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
  return 0;
}

/**
 * The file's text: sorted by file, rule and fingerprint, one entry per line with keys in a fixed
 * order, so regenerating it with nothing changed is byte-identical and merges touch few lines.
 */
export function serializeBaseline(entries: readonly BaselineEntry[]): string {
  const sorted = [...entries].sort(compareEntries);
  const lines = sorted.map((e) =>
    JSON.stringify({ fingerprint: e.fingerprint, rule: e.rule, file: e.file, line: e.line, ...(e.reason !== undefined ? { reason: e.reason } : {}) }),
  );
  const body = lines.length === 0 ? '[]' : `[\n    ${lines.join(',\n    ')}\n  ]`;
  return `{\n  "version": 1,\n  "entries": ${body}\n}\n`;
}

/** One entry per fingerprint, at the secret's first line (the same secret twice in a file is one entry). */
export function entriesFor(findings: readonly Finding[]): BaselineEntry[] {
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const prev = byFingerprint.get(f.fingerprint);
    if (!prev || f.line < prev.line) byFingerprint.set(f.fingerprint, { fingerprint: f.fingerprint, rule: f.ruleId, file: f.file, line: f.line });
  }
  return [...byFingerprint.values()];
}

/**
 * Regenerating: the current findings, plus the old entries they do not replace (removing stale
 * entries is `baseline --prune --write`'s job, so a scan of part of the tree loses nothing);
 * an entry that is still found gets its current line and keeps its reason.
 */
export function mergeBaseline(previous: readonly BaselineEntry[], findings: readonly Finding[]): BaselineEntry[] {
  const merged = new Map<string, BaselineEntry>(previous.map((e) => [e.fingerprint, e]));
  for (const e of entriesFor(findings)) {
    const old = merged.get(e.fingerprint);
    merged.set(e.fingerprint, old?.reason !== undefined ? { ...e, reason: old.reason } : e);
  }
  return [...merged.values()];
}

/** Entries no finding matches any more (the secret was removed, or its file renamed). */
export function staleEntries(entries: readonly BaselineEntry[], findings: readonly Finding[]): BaselineEntry[] {
  const live = new Set(findings.map((f) => f.fingerprint));
  return entries.filter((e) => !live.has(e.fingerprint));
}

/** Removes the findings whose fingerprints the baseline records. */
export function suppressBaselined(findings: readonly Finding[], entries: readonly BaselineEntry[]): Finding[] {
  const known = new Set(entries.map((e) => e.fingerprint));
  return findings.filter((f) => !known.has(f.fingerprint));
}

/** Removes the findings whose fingerprints the baseline file records. */
export function applyBaseline(findings: readonly Finding[], baselineFile: string): Finding[] {
  return suppressBaselined(findings, readBaseline(baselineFile));
}
