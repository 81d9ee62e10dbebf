// Baseline filter: findings recorded in a baseline file are suppressed; new ones still block.
// Entries are keyed by fingerprint (file, rule, keyed hash of the secret): never the secret, never
// the line number, so edits above a secret do not resurrect it, and a copy to another file is new.
// Version 2 files carry the salt their hashes are keyed with (config/fingerprint.ts); version 1
// files (unsalted hashes) are still read, and their entries still match until regenerated.

import { UsageError, type Finding } from '../types.js';
import { MAX_BASELINE_BYTES, parseJsonText, readSmallFile } from './small-file.js';
import { fingerprintText, legacyFingerprint, SALT_SHAPE } from './fingerprint.js';

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
const TOP_KEYS = new Set(['version', 'salt', 'about', 'entries']);

/**
 * Written next to the salt, on its line: a random hex string under a key named "salt" is what
 * scanners report, ours included, and the baseline is committed through the hook.
 */
const SALT_NOTE = 'the salt is public: it keys the fingerprints below (secret-scan:allow)';

/** A key as messages show it: quoted, on one line, cut short; values are never shown. */
function keyName(key: string): string {
  return JSON.stringify(key.length > 64 ? `${key.slice(0, 64)}…` : key).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

export interface BaselineFile {
  /** The key of the entries' hashes; absent in version 1 files. */
  readonly salt?: string;
  readonly entries: BaselineEntry[];
}

export function parseBaseline(text: string, file: string): BaselineEntry[] {
  return parseBaselineFile(text, file).entries;
}

export function parseBaselineFile(text: string, file: string): BaselineFile {
  const raw = parseJsonText(text, `baseline ${file}`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`baseline ${file}: must be a JSON object`);
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (!TOP_KEYS.has(k)) throw new UsageError(`baseline ${file}: unknown key ${keyName(k)}`);
  if (obj.version !== 1 && obj.version !== 2) throw new UsageError(`baseline ${file}: "version" must be 1 or 2`);
  if (obj.about !== undefined && typeof obj.about !== 'string') throw new UsageError(`baseline ${file}: "about" must be a string`);
  if (obj.version === 1 && obj.salt !== undefined) throw new UsageError(`baseline ${file}: "salt" goes with "version": 2`);
  if (obj.version === 2 && (typeof obj.salt !== 'string' || !SALT_SHAPE.test(obj.salt))) throw new UsageError(`baseline ${file}: "salt" must be 32 hex digits`);
  if (!Array.isArray(obj.entries)) throw new UsageError(`baseline ${file}: "entries" must be an array`);
  const entries = obj.entries.map((e: unknown, i: number): BaselineEntry => {
    const at = `entries[${i}]`;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) throw new UsageError(`baseline ${file}: "${at}" must be an object`);
    const entry = e as Record<string, unknown>;
    for (const k of Object.keys(entry)) if (!ENTRY_KEYS.has(k)) throw new UsageError(`baseline ${file}: unknown key ${keyName(`${at}.${k}`)}`);
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
  return { ...(typeof obj.salt === 'string' ? { salt: obj.salt } : {}), entries };
}

/**
 * Reads a baseline; a missing or malformed file is a usage error (exit 2), never "no baseline".
 * `inside`: the repository root, when the path came from a config found in the repository.
 */
export function readBaselineFile(path: string, inside?: string): BaselineFile {
  const text = readSmallFile(path, { what: 'baseline', maxBytes: MAX_BASELINE_BYTES, ...(inside !== undefined ? { inside } : {}) })!;
  return parseBaselineFile(text, path);
}

export function readBaseline(path: string, inside?: string): BaselineEntry[] {
  return readBaselineFile(path, inside).entries;
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
export function serializeBaseline(entries: readonly BaselineEntry[], salt?: string): string {
  const sorted = [...entries].sort(compareEntries);
  const lines = sorted.map((e) =>
    JSON.stringify({ fingerprint: e.fingerprint, rule: e.rule, file: e.file, line: e.line, ...(e.reason !== undefined ? { reason: e.reason } : {}) }),
  );
  const body = lines.length === 0 ? '[]' : `[\n    ${lines.join(',\n    ')}\n  ]`;
  const head = salt === undefined ? '"version": 1' : `"version": 2,\n  "salt": ${JSON.stringify(salt)}, "about": ${JSON.stringify(SALT_NOTE)}`;
  return `{\n  ${head},\n  "entries": ${body}\n}\n`;
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
 * A matcher for "is this finding recorded": by fingerprint (findings carry salted ones), or by
 * the unsalted hash of version 1 files (their entries, also those a regeneration carried over
 * into a version 2 file because the scan did not see them). Both hashes have 64 bits: a salted
 * one equal to another secret's unsalted one is a 2^-64 chance.
 */
function recorded(entries: readonly BaselineEntry[]): (f: Finding) => BaselineEntry | undefined {
  const byPrint = new Map(entries.map((e) => [e.fingerprint, e]));
  return (f) => byPrint.get(f.fingerprint) ?? byPrint.get(legacyFingerprint(f.file, f.ruleId, fingerprintText(f)));
}

/**
 * Regenerating: the current findings, plus the old entries they do not replace (removing stale
 * entries is `baseline --prune --write`'s job, so a scan of part of the tree loses nothing);
 * an entry that is still found gets its current line and fingerprint, and keeps its reason.
 */
export function mergeBaseline(previous: readonly BaselineEntry[], findings: readonly Finding[]): BaselineEntry[] {
  const find = recorded(previous);
  const replaced = new Set<BaselineEntry>();
  const reasons = new Map<string, string>();
  for (const f of findings) {
    const old = find(f);
    if (!old) continue;
    replaced.add(old);
    if (old.reason !== undefined) reasons.set(f.fingerprint, old.reason);
  }
  const merged = new Map<string, BaselineEntry>(previous.filter((e) => !replaced.has(e)).map((e) => [e.fingerprint, e]));
  for (const e of entriesFor(findings)) {
    const reason = reasons.get(e.fingerprint);
    merged.set(e.fingerprint, reason !== undefined ? { ...e, reason } : e);
  }
  return [...merged.values()];
}

/** The entries with the fingerprint of the finding each matches (so a version 1 entry gets its salted one); others unchanged. */
export function rekeyEntries(entries: readonly BaselineEntry[], findings: readonly Finding[]): BaselineEntry[] {
  const find = recorded(entries);
  const now = new Map<BaselineEntry, string>();
  for (const f of findings) {
    const e = find(f);
    if (e && !now.has(e)) now.set(e, f.fingerprint);
  }
  return entries.map((e) => (now.has(e) ? { ...e, fingerprint: now.get(e)! } : e));
}

/** Entries no finding matches any more (the secret was removed, or its file renamed). */
export function staleEntries(entries: readonly BaselineEntry[], findings: readonly Finding[]): BaselineEntry[] {
  const find = recorded(entries);
  const live = new Set<BaselineEntry>();
  for (const f of findings) {
    const e = find(f);
    if (e) live.add(e);
  }
  return entries.filter((e) => !live.has(e));
}

/** Removes the findings the baseline records. */
export function suppressBaselined(findings: readonly Finding[], entries: readonly BaselineEntry[]): Finding[] {
  if (entries.length === 0) return [...findings];
  const find = recorded(entries);
  return findings.filter((f) => find(f) === undefined);
}
