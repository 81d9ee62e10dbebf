// The detection engine: runs every detector over a Fragment's lines and returns Findings.
// Knows nothing about git. Provider rules run only when the keyword prefilter selects them.

import { createHash } from 'node:crypto';
import type { FileContext, Finding, Fragment, Match, SourceLine } from '../types.js';
import { fingerprintText } from '../config/fingerprint.js';
import { fileContext, isKeyFile, isScannerReport } from './filters/file-context.js';
import { isEncryptedValue, isPlaceholder, isPlaceholderFill, isPublicByDesign, isPublicKeyLine, isTemplateReference } from './filters/filters.js';
import { isReportFieldLine, notACredential } from './filters/not-credentials.js';
import { findEncodedBlobs, type EncodedBlob } from './detectors/encoded.js';
import { hasLiveMarker, hasNameMarker, isLiveMarkerAt, SECRET_NAME_MARKERS } from './filters/names.js';
import { SHAPE_BASE64_RUN, SHAPE_COLON_FIELDS, SHAPE_RANDOM_RUN } from './randomness/token-runs.js';
import { detectHighEntropy } from './detectors/high-entropy.js';
import { hasSecretContext } from './filters/context.js';
import { looksRandom } from './randomness/randomness.js';
import { adviceHere, signingKeyAdvice, frameworkFor } from './remediation.js';
import { DOTENV_RULE, dotenvFileMatch } from './detectors/dotenv-file.js';
import { sectionTracker } from './detectors/sections.js';
import { buildKeywordIndex, NO_CANDIDATES, type KeywordIndex } from './gate/prefilter.js';
import { charShape, createByteGate, GATE_KEYWORD, GATE_SHAPE_SHIFT, type ByteGate } from './gate/byte-gate.js';
import { matchRule } from './detectors/provider-match.js';
import type { ProviderRule } from './rules/rule.js';
import { providerRules } from './rules/index.js';
import { findAssignments, namesNextLine } from './detectors/assignments.js';
import { findLiterals, type Literal } from './detectors/literals.js';
import { assessAssignments, detectSecretKeyAssignments, type NamedSpan } from './detectors/secret-key-assignment.js';

export interface EngineOptions {
  /** Rule ids (or detector ids: 'secret-key-assignment', 'high-entropy', …) not to run. */
  readonly disable?: ReadonlySet<string>;
  /** Extra rules (from the config), run like the catalog's. */
  readonly extraRules?: readonly ProviderRule[];
  /**
   * Skip lines that no detector can report (default true). Off only in tests, which check that
   * the skip never changes a result.
   */
  readonly lineGate?: boolean;
  /**
   * Characters scanned with the JavaScript keyword pass alone before the engine runs the byte gate
   * over whole fragments of lines that carry no verdict (default TEXT_GATE_AFTER; Infinity: never).
   * Set only by tests, which check that the gate never changes a result.
   */
  readonly byteGateAfter?: number;
  /**
   * Milliseconds one line may take (default LINE_BUDGET_MS, plus 2 ms per KiB). A line over it stops being scanned
   * and gets a `scan-budget-exceeded` warning naming the rule or detector that was running.
   */
  readonly lineBudgetMs?: number;
}

export interface Engine {
  detect(fragment: Fragment): Finding[];
  /**
   * A gate over raw bytes (byte-gate.ts) built from this engine's keywords (or the one
   * prepareByteGate built ahead for them, which the first engine to ask takes), whose verdicts a
   * caller may put on the lines it passes (SourceLine.gate); null when the engine's line gate is
   * off or a keyword is not ASCII.
   */
  byteGate(): ByteGate | null;
  /**
   * This engine's byte-gate verdicts over a file's bytes (ByteGate.scanLines), for a source to
   * put on the file's lines; undefined while the engine still judges lines in JavaScript alone
   * (the first TEXT_GATE_AFTER characters), or when its line gate is off.
   */
  fileVerdicts(data: Uint8Array): Uint8Array | undefined;
  /**
   * Clears the verdict of each line that detect() would look at and then pass over, whatever its
   * neighbours and its file: a verdict of a keyword, a base64 run or both, where the keyword pass
   * finds no live marker word (the reason a line is scanned for names and values) and only
   * provider rules whose patterns match nothing on it (none of them generic-* or the config's
   * own), and the base64 run decodes to no text. detect() then skips the line on its fast path,
   * with the same findings. For a thread that prepares a file's lines for another thread's
   * detect() (parallel/tree-reader.ts). `line(i)`: the text of line i as detect() will get it.
   */
  settleVerdicts(verdicts: Uint8Array, line: (i: number) => string): void;
}

/**
 * A token a rule matched as written is not reported again at a base64 piece of it
 * (`perm:<b64>.<b64>.…`). A blob that is the whole match (a double-encoded secret) keeps its
 * decoded finding, which says more.
 */
function withoutEncodedRepeats(found: Match[]): Match[] {
  const direct = found.filter((m) => !m.encoded);
  if (direct.length === found.length) return found;
  const piece = (m: Match, d: Match): boolean => d.ruleId === m.ruleId && d.start <= m.start && m.end <= d.end && d.end - d.start > m.end - m.start;
  return found.filter((m) => !m.encoded || !direct.some((d) => piece(m, d)));
}

/** Which of two overlapping matches on a line to keep: the more specific rule wins. */
function priority(m: Match): number {
  if (m.ruleId === 'high-entropy') return 0;
  if (m.ruleId.startsWith('generic-')) return 1;
  if (m.ruleId === 'weak-secret-key' || m.ruleId === 'weak-password') return 2;
  if (m.ruleId === 'secret-key-assignment' || m.ruleId === 'hardcoded-password') return 3;
  return 4; // provider rules
}

function dedupe(matches: Match[]): Match[] {
  if (matches.length < 2) return matches;
  // Equal rank: the finding on the decoded content says more than the one on its encoding.
  const sorted = [...matches].sort((a, b) => priority(b) - priority(a) || Number(b.encoded !== undefined) - Number(a.encoded !== undefined) || a.start - b.start);
  // Kept spans never overlap, so sorted by start they are sorted by end too: a binary search finds
  // the one neighbour that could overlap (a long minified line can hold thousands of matches).
  const kept: Match[] = [];
  for (const m of sorted) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.end <= m.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < kept.length && kept[lo]!.start < m.end) continue;
    kept.splice(lo, 0, m);
  }
  return kept;
}

export function fingerprint(file: string, ruleId: string, secret: string): string {
  const h = createHash('sha256').update(secret).digest('hex').slice(0, 16);
  return `${file}:${ruleId}:${h}`;
}

const PRIVATE_BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/;

/**
 * A private key split over string concatenations (`"-----BEGIN PRIVATE KEY-----\n" +` and the
 * body on the next lines): the BEGIN line is reported when the next line carries key material.
 * A BEGIN marker with no body after it is a parser constant, not a key.
 */
function splitPrivateKey(text: string, lines: readonly { number: number; text: string }[], i: number): Match | null {
  const m = PRIVATE_BEGIN.exec(text);
  const next = lines[i + 1];
  if (!m || !next || next.number !== lines[i]!.number + 1) return null;
  if (!/[A-Za-z0-9+/]{40,}/.test(next.text)) return null;
  return {
    ruleId: 'private-key',
    severity: 'error',
    message: `Private key (${m[1]!.trim()})`,
    remediation:
      'Revoke the key wherever it is trusted, generate a new pair and keep the private half out of the repository; if it reached a shared branch, rotation is mandatory.',
    secret: m[0],
    start: m.index,
    end: m.index + m[0].length,
  };
}

/**
 * A private key reported at its header line, which is all its `secret` holds and the same text
 * for every key of its kind: PEM and PGP BEGIN lines, minisign/signify secret key files, PuTTY keys.
 */
const KEY_HEADER = /^(?:-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|untrusted comment: [a-z ]*secret key|PuTTY-User-Key-File-[23]: [a-z0-9-]+)$/;
/** Key material: a run of base64 long enough that two keys do not share it. */
const KEY_MATERIAL = /[A-Za-z0-9+/]{40,}/;
/**
 * How many lines after a header its material may start: PEM's `Proc-Type:`, `DEK-Info:` and a
 * blank line, PuTTY's `Encryption:`, `Comment:` and `Public-Lines:` before the public half.
 */
const MATERIAL_WITHIN = 4;

/**
 * The first run of key material in the lines right after a header at `lines[i]`, so that two
 * keys in one file get two fingerprints and a key's removal from HEAD is seen: the header is the
 * same text for every key of its kind. Undefined when the material is not among the lines at hand
 * (a diff that adds the header alone, a window cut): the header then stands for the key, as before.
 */
function keyMaterialAfter(lines: readonly SourceLine[], i: number): string | undefined {
  for (let k = i + 1; k < lines.length && k <= i + MATERIAL_WITHIN; k++) {
    if (lines[k]!.number !== lines[k - 1]!.number + 1) return undefined;
    const run = KEY_MATERIAL.exec(lines[k]!.text);
    if (run) return run[0];
    if (lines[k]!.text.includes('-----END ')) return undefined;
  }
  return undefined;
}

/**
 * PEM blocks, whose body lines are not secrets on their own (public material) or are already
 * reported (private keys, at BEGIN). Only a marker that stands alone on its line opens a block:
 * `"-----BEGIN …-----\n" +` in code does not.
 */
const PEM_BEGIN = /^\s*(?:[-\w"']+:\s*(?:[|>]-?\s*|-\s*)?)?-----BEGIN [A-Z0-9 ]+-----\s*$/;
const PEM_END = /-----END [A-Z0-9 ]+-----/;

/**
 * Last word on every match, whatever found it: ciphertext and public-by-design keys are never
 * leaks, and a generic finding on a value whose name says it is an id or public is dropped.
 */
function keep(m: Match, text: string, ctx: FileContext, idSpans: readonly { start: number; end: number }[], custom: ReadonlySet<string>): boolean {
  if (isEncryptedValue(m.secret) || isPublicByDesign(m.secret, text, ctx.path) || /^anonymous@?$/i.test(m.secret)) return false;
  // Hand-filled tokens and scanner report fields, whatever found them (a config's own rule keeps its own floor).
  if ((!custom.has(m.ruleId) && isPlaceholderFill(m.secret)) || isReportFieldLine(text)) return false;
  // Maven settings-security: `<password>{…}</password>` is ciphertext (ODBC's `Pwd={…}` is not).
  if (/<(?:password|passphrase)>\{[A-Za-z0-9+/=]{16,}\}</.test(text)) return false;
  if (m.ruleId.startsWith('private-key') && isPlaceholderKeyBody(text, m.start)) return false;
  if (!(CONTEXT_DETECTORS.has(m.ruleId) || m.ruleId.startsWith('generic-'))) return true;
  if (notACredential(m.secret, text, m.start)) return false; // not-credentials.ts: CSRF tokens, nonces, hashes, examples …
  if (isTemplateReference(m.secret.replace(/\\\$/g, '$'))) return false;
  // Encrypted files (.env.vault, *.enc.yaml, *.gpg) and values under an `encrypted` key are ciphertext.
  if (ENCRYPTED_FILE.test(ctx.baseName) || /\bencrypted\w*["']?\s*[:=]/i.test(text)) return false;
  return !idSpans.some((n) => m.start >= n.start && m.start < n.end);
}

/**
 * An inline PEM whose body is a placeholder (`-----BEGIN PRIVATE KEY-----\nXXXX\n…` in docs):
 * the text right after the marker, past an escaped newline, is too short or not key material.
 */
function isPlaceholderKeyBody(text: string, from: number): boolean {
  const marker = /-----BEGIN [A-Z0-9 ]+-----/.exec(text.slice(from));
  if (!marker) return false;
  // The body after an escaped newline, or glued to the marker (`"-----BEGIN PRIVATE KEY-----xxxx"`).
  const after = /^(?:(?:\\+n|\\\[rs\]n)([^\\"'\s]*)|([^\\"'\s-][^\\"'\s]*))/.exec(text.slice(from + marker.index + marker[0].length));
  if (!after) return false;
  const body = after[1] ?? after[2]!;
  return body.length < 16 || isPlaceholder(body) || !/^[A-Za-z0-9+/=]+$/.test(body);
}

/** A line that is nothing but a chunk of base64 (quotes, commas, `+`, tags and comments aside). */
function isBlobChunk(text: string): boolean {
  // A chunk is a short line; the lazy comment pattern would be quadratic on a long one.
  if (text.length < 40 || text.length > LONG_LINE) return false;
  const t = text.replace(/<[^>]*>|\/\*.*?\*\//g, '').replace(/["'`,;+\s]/g, '');
  return t.length >= 40 && /^[A-Za-z0-9+/=]+$/.test(t);
}

/** Detectors that judge a value by its name and context, not by a provider's documented format. */
const CONTEXT_DETECTORS = new Set(['high-entropy', 'secret-key-assignment', 'weak-secret-key', 'hardcoded-password', 'weak-password']);


const ENCRYPTED_FILE = /\.(?:vault|enc|encrypted|gpg|asc|age|sops)(?:\.[a-z0-9]+)?$|\.enc\./;

/**
 * The warning of a line whose scan ran over its budget: the rest of the line was not scanned,
 * so a person must look at it. It spans the whole line and carries no secret.
 */
function budgetWarning(text: string, step: string, budgetMs: number): Match {
  return {
    ruleId: BUDGET_RULE_ID,
    severity: 'warning',
    message: `Line not fully scanned: it took over ${budgetMs + (text.length >> 10) * BUDGET_MS_PER_KB} ms (while running ${step}), the rest was skipped`,
    remediation: 'Check this line by hand for secrets; if it is generated data (an embedded image, a minified bundle), consider adding its path to allowPaths.',
    secret: '',
    start: 0,
    end: text.length,
  };
}

/** A match on a line of a fragment as a Finding (kept out of the line loop: it is rare). */
function toFinding(fragment: Fragment, line: number, m: Match): Finding {
  return {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    file: fragment.file,
    line,
    column: m.start + 1,
    endLine: line,
    endColumn: m.end + 1,
    secret: m.secret,
    fingerprint: fingerprint(fragment.file, m.ruleId, fingerprintText(m)),
    ...(m.identity !== undefined ? { identity: m.identity } : {}),
    remediation: adviceHere(fragment.file, m.remediation),
    ...(fragment.commit !== undefined ? { commit: fragment.commit } : {}),
    ...(fragment.author !== undefined ? { author: fragment.author } : {}),
    ...(fragment.date !== undefined ? { date: fragment.date } : {}),
    ...(m.encoded !== undefined ? { encoded: m.encoded } : {}),
  };
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Lines longer than this are scanned in windows (lineWindows): 8 KiB holds any line of code. */
export const LONG_LINE = 8192;
/** Windows overlap by this much, so a secret with its name and quotes is whole in one of them. */
export const WINDOW_OVERLAP = 2048;
/** Past this length, a decoded blob is rescanned with this much of the line on each side. */
const LONG_CONTEXT_LINE = 256;
const BLOB_CONTEXT = 96;
/**
 * Default per-line budget: far above any line of code (well under a millisecond), low enough not
 * to stall a hook; a long line gets BUDGET_MS_PER_KB more per KiB, its scan being linear.
 */
export const LINE_BUDGET_MS = 2000;
/** settleVerdicts leaves a line to detect() once its provider patterns took this long on it. */
const SETTLE_MS = 50;
/** A base64 run, as a gate verdict's bit. */
const BASE64_BIT = SHAPE_BASE64_RUN << GATE_SHAPE_SHIFT;
/** The verdicts settleVerdicts may clear: a keyword, a base64 run, or both (a random run or colon fields, never). */
const SETTLED_BITS = GATE_KEYWORD | BASE64_BIT;
const BUDGET_MS_PER_KB = 2;
/** The rule id of the warning a line over its budget gets. */
export const BUDGET_RULE_ID = 'scan-budget-exceeded';

const NO_LITERALS: readonly Literal[] = Object.freeze([]);

/**
 * Characters an engine scans with the JavaScript keyword pass alone before it builds the byte
 * gate for whole fragments: building the gate's full automaton costs a hook's few staged lines
 * more than scanning them does. Fragments of fewer lines than TEXT_GATE_LINES keep the JavaScript pass.
 */
const TEXT_GATE_AFTER = 256 * 1024;
const TEXT_GATE_LINES = 8;
const TEXT_GATE_MAX_CHARS = 8 * 1024 * 1024;

/** Characters a window may be cut after: anything that cannot be inside a token. */
function isSeparator(c: number): boolean {
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 61 || c === 95 || c === 45 || c === 46 || c === 126 || c > 127);
}

/**
 * Where to cut near `at`: just after the last separator in the `slack` characters before it, so
 * that a token is not split; `at` itself when a run of token characters is longer than that
 * (no secret is that long, and its pieces are still scanned).
 */
export function cutNear(text: string, at: number, slack: number): number {
  if (at >= text.length) return text.length;
  for (let i = at; i > at - slack && i > 0; i--) if (isSeparator(text.charCodeAt(i - 1))) return i;
  return at;
}

/**
 * [from, to) windows of a long line, about LONG_LINE long, each starting WINDOW_OVERLAP (give or
 * take a cut) before the previous one ends: any WINDOW_OVERLAP characters of the line are whole
 * in one window.
 */
export function lineWindows(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (;;) {
    const to = cutNear(text, from + LONG_LINE, WINDOW_OVERLAP / 4);
    out.push([from, to]);
    if (to >= text.length) return out;
    from = cutNear(text, to - WINDOW_OVERLAP, WINDOW_OVERLAP / 4);
  }
}

/**
 * Of a match on a piece of a long line (SourceLine.offset), whether this piece reports it: not
 * when it touches a cut between pieces (a piece of something longer, or whole in the neighbour),
 * nor when it starts past where the next piece starts (the next piece has it whole).
 */
function pieceOwns(line: SourceLine, m: Match): boolean {
  if (line.offset! > 0 && m.start === 0) return false;
  return line.next === undefined || (m.end < line.text.length && m.start <= line.next);
}

/** The neighbourhood of a blob on a long line: BLOB_CONTEXT characters each side, cut at separators. */
function blobContext(text: string, blob: Span): [number, number] {
  const from = blob.start <= BLOB_CONTEXT ? 0 : cutNear(text, blob.start - BLOB_CONTEXT, BLOB_CONTEXT / 4);
  const to = cutNear(text, blob.end + BLOB_CONTEXT, BLOB_CONTEXT / 4);
  return [Math.min(from, blob.start), Math.max(to, blob.end)];
}

/** The state detect()'s line loop carries from line to line (one per fragment). */
interface LineLoop {
  readonly fragment: Fragment;
  readonly ctx: FileContext;
  /** The fragment's lines, after Fragment.before when there is one. */
  readonly lines: readonly SourceLine[];
  /** Whether the line gate skips lines (on, and not the few lines of a key file: isKeyFile). */
  readonly gated: boolean;
  /** How many of `lines` are context only (Fragment.before): never reported. */
  readonly context: number;
  readonly findings: Finding[];
  /** Inside a PEM block (its body lines are not secrets on their own). */
  pemUntilEnd: boolean;
  /** The line before names this line's value (`- name: X` before `value: …`). */
  prevMarker: boolean;
  /** The last line skipped or scanned, for a random blob split over consecutive lines. */
  chunkNumber: number;
  chunkText: string;
  chunkBlob: boolean;
  /** The last section name asked about, and whether it holds a marker word (hasNameMarker). */
  lastParent: string | undefined;
  parentMarker: boolean;
}

/**
 * Verdict bits that keep a line from the fast path: a keyword or marker word (GATE_KEYWORD), a
 * random run, colon fields or a base64 run (the shape, shifted as in the verdict).
 */
const CLEARED = GATE_KEYWORD | ((SHAPE_RANDOM_RUN | SHAPE_COLON_FIELDS | SHAPE_BASE64_RUN) << GATE_SHAPE_SHIFT);

/**
 * `text.includes(' AAAA')` (the start of an SSH public key body, isPublicKeyLine), searching for
 * the rarer `AAAA`: the space is in every line of code. Shorter lines than `ssh-rsa AAAA` say no
 * at once: isPublicKeyLine cannot hold on them without `-----`.
 */
function hasSpaceAAAA(text: string): boolean {
  if (text.length < 12) return false;
  let at = text.indexOf('AAAA', 1);
  while (at > 0) {
    if (text.charCodeAt(at - 1) === 32) return true;
    at = text.indexOf('AAAA', at + 1);
  }
  return false;
}

/** The line someMarker's test reads: set before each call, so that no closure is made per line. */
let markerLine = '';
const markerLiveAt = (at: number, marker: string): boolean => isLiveMarkerAt(markerLine, at, marker);

/**
 * hasLiveMarker for a line the keyword pass has just scanned: from the marker words that pass
 * noted (where they start), or by scanning the line when it noted none (prefilter.ts someMarker).
 */
function liveMarker(kw: KeywordIndex, text: string): boolean {
  markerLine = text;
  return kw.someMarker(text, markerLiveAt) ?? hasLiveMarker(text);
}

/**
 * Whether the line the keyword pass has just scanned is open to the name and randomness
 * detectors for its own sake: a marker word on it is live, or it reads as a secret's context.
 */
function markerOpens(kw: KeywordIndex, text: string): boolean {
  return kw.markerHit && (liveMarker(kw, text) || hasSecretContext(text));
}

/**
 * Whether scanLine runs only the provider rules on a line nothing else opens up: one short
 * enough to be one window (a longer one is judged per window, where a window may have a shape
 * the whole line lacks) with no generic-* rule among its candidates (keep() holds generic-*
 * findings to the ids only the full path finds).
 */
function providerRulesAlone(text: string, candidates: readonly ProviderRule[]): boolean {
  return text.length <= LONG_LINE && !candidates.some((r) => r.id.startsWith('generic-'));
}

let catalogIndex: KeywordIndex | null = null;

/** The catalog's keyword index, shared by the engines of a thread that add and drop no rule. */
function catalogKeywords(): KeywordIndex {
  return (catalogIndex ??= buildKeywordIndex(providerRules, SECRET_NAME_MARKERS));
}

/**
 * Builds the catalog's keyword index now (for a few lines, its pair table: prefilter.ts): the
 * staged scan calls this while git computes the diff, so the hook does not wait for it afterwards.
 */
export function prepareEngine(): void {
  catalogKeywords().candidates('');
}

/** A byte gate built ahead of need (prepareByteGate), for the first engine that needs its index's gate. */
let preparedGate: { readonly index: KeywordIndex; readonly gate: ByteGate | null } | null = null;

/**
 * Builds the catalog's byte gate now: a tree scan calls this while git lists the files, so its
 * lane does not build it after. The first engine whose gate is the catalog's takes it.
 */
export function prepareByteGate(): void {
  const index = catalogKeywords();
  preparedGate = { index, gate: createByteGate(index) };
}

function byteGateOf(index: KeywordIndex): ByteGate | null {
  const prepared = preparedGate;
  if (prepared === null || prepared.index !== index) return createByteGate(index);
  preparedGate = null;
  return prepared.gate;
}

export function createEngine(options: EngineOptions = {}): Engine {
  const disabled = options.disable ?? new Set<string>();
  const rules = [...providerRules, ...(options.extraRules ?? [])].filter((r) => !disabled.has(r.id));
  let index: KeywordIndex | null = null;
  const entropyOn = !disabled.has('high-entropy');
  const gateOn = options.lineGate !== false;
  const enabled = (ruleId: string): boolean => !disabled.has(ruleId);
  const customIds = new Set((options.extraRules ?? []).map((r) => r.id));

  const plain = (options.extraRules?.length ?? 0) === 0 && rules.length === providerRules.length;
  const keywords = (): KeywordIndex => (index ??= plain ? catalogKeywords() : buildKeywordIndex(rules, SECRET_NAME_MARKERS));

  // The per-line budget: the deadline of the line being scanned, and the step (rule or detector)
  // that was running when it passed. Checked between steps: a step's own work is bounded by
  // the window size, so no single step can stall for long.
  const budgetMs = options.lineBudgetMs ?? LINE_BUDGET_MS;
  let deadline = Infinity;
  let overBudget: string | null = null;
  let ticks = 0;
  const spent = (step: string): boolean => {
    if (overBudget !== null) return true;
    // The clock is read at a line's first step and every 16th after: reading it costs more than
    // most steps on a line of code.
    if ((++ticks & 15) !== 1 || performance.now() <= deadline) return false;
    overBudget = step;
    return true;
  };
  // A custom rule is user input, not held to the catalog's tests: the clock is read right after
  // each one, so that one slow on this line is named in the warning and ends the line there.
  const afterCustom = (rule: ProviderRule): void => {
    if (overBudget === null && customIds.has(rule.id) && performance.now() > deadline) overBudget = rule.id;
  };

  // The byte gate over a fragment's decoded lines (byte-gate.ts scanText), for callers that put
  // no verdicts on their lines (tree and path scans): built once TEXT_GATE_AFTER characters were scanned.
  let textGate: ByteGate | null | undefined;
  let textGateBudget = options.byteGateAfter ?? TEXT_GATE_AFTER;
  /** A gate built ahead (prepareByteGate) costs nothing more: used from the first text on. */
  const gatePrepared = (): boolean => preparedGate !== null && preparedGate.index === keywords();
  const fragmentVerdicts = (lines: readonly SourceLine[]): Uint8Array | undefined => {
    if (lines.length < TEXT_GATE_LINES || lines[0]!.gate !== undefined) return undefined;
    if (textGate === undefined) {
      if (textGateBudget === Infinity) return undefined;
      if (textGateBudget > 0 && !gatePrepared()) {
        for (const l of lines) textGateBudget -= l.text.length;
        return undefined;
      }
      textGate = byteGateOf(keywords());
    }
    if (textGate === null) return undefined;
    const texts = new Array<string>(lines.length);
    let chars = 0;
    for (let i = 0; i < lines.length; i++) chars += (texts[i] = lines[i]!.text).length;
    // A window holding a huge line (a 50 MB blob) keeps the JavaScript pass: the gate's memory
    // would grow to three bytes per character, and never shrink.
    if (chars > TEXT_GATE_MAX_CHARS) return undefined;
    return textGate.scanText(texts.join('\n'));
  };

  /**
   * `candidates`: the provider rules the prefilter picked for `text`, when the caller already asked.
   * `region`: at depth > 0, the span of the decoded text inside `text`; only blobs there are decoded.
   * `blobs`: the line's base64 blobs, when the line gate decoded them already.
   */
  function lineMatches(text: string, ctx: FileContext, prevText: string | undefined, parent: string | undefined, inPem: boolean, depth = 0, candidates?: readonly ProviderRule[], region?: Span, blobs?: readonly EncodedBlob[]): Match[] {
    const found: Match[] = [];
    if (text.length <= LONG_LINE) {
      directMatches(text, 0, ctx, prevText, parent, inPem, candidates, found);
    } else {
      // A long line (minified code, an embedded image) is scanned in overlapping windows cut at
      // separators, so that every detector's work is bounded per window and the line costs
      // linear time; anything up to WINDOW_OVERLAP characters long sits whole in a window.
      for (const [from, to] of lineWindows(text)) {
        if (spent('window')) break;
        const inWindow: Match[] = [];
        directMatches(text.slice(from, to), from, ctx, from === 0 ? prevText : undefined, parent, inPem, undefined, inWindow);
        // A match that touches a cut is a piece of something longer (a run of token characters
        // cut where no separator was near) or sits whole in the neighbouring window too.
        for (const m of inWindow) if ((m.start > from || from === 0) && (m.end < to || to === text.length)) found.push(m);
      }
    }
    if (depth < 2 && !ctx.isLockfile && !ctx.isMinified && !inPem) encodedMatches(text, ctx, prevText, parent, depth, region, found, blobs);
    return dedupe(withoutEncodedRepeats(found));
  }

  /**
   * Provider rules, assignments and high-entropy over `text` (a line, or a window of one that
   * starts at `offset`), each match filtered by keep() and pushed to `out` at its line position.
   */
  function directMatches(text: string, offset: number, ctx: FileContext, prevText: string | undefined, parent: string | undefined, inPem: boolean, candidates: readonly ProviderRule[] | undefined, out: Match[]): void {
    const found: Match[] = [];
    // Windows of long lines and decoded blobs: their rules only (no shape pass, which costs twice the keyword pass).
    for (const rule of candidates ?? keywords().keywordCandidates(text)) {
      if (spent(rule.id)) return;
      for (const m of matchRule(rule, text)) found.push(m);
      afterCustom(rule);
    }
    // Lockfiles and minified bundles are full of hashes: only provider rules run there.
    let named: readonly NamedSpan[] = [];
    if (!ctx.isLockfile && !ctx.isMinified && !inPem && !spent('secret-key-assignment')) {
      // The line's literals, found once for both detectors (each looks only when a quote is there).
      const literals = text.includes('"') || text.includes("'") || text.includes('`') ? findLiterals(text) : NO_LITERALS;
      const assessed = assessAssignments(findAssignments(text, ctx, prevText, literals), ctx, parent);
      for (const m of assessed.matches) if (enabled(m.ruleId)) found.push(m);
      // Values of names that are not secret-looking: no context for high-entropy, and `id` names
      // (client_id, api_key_sid) rule generic findings out in keep().
      named = assessed.named;
      if (entropyOn && !spent('high-entropy')) for (const m of detectHighEntropy(text, ctx, named, literals)) found.push(m);
    }
    const idSpans = named.filter((n) => n.id);
    for (const m of found) {
      if (!keep(m, text, ctx, idSpans, customIds)) continue;
      out.push(offset === 0 ? m : { ...m, start: m.start + offset, end: m.end + offset });
    }
  }

  /** The provider rules' matches on a line of at most LONG_LINE characters that has no base64 blob, kept by keep(). */
  function providerMatches(text: string, ctx: FileContext, candidates: readonly ProviderRule[]): Match[] {
    const found: Match[] = [];
    for (const rule of candidates) {
      if (spent(rule.id)) return []; // as directMatches: a line over its budget reports only the warning
      for (const m of matchRule(rule, text)) if (keep(m, text, ctx, [], customIds)) found.push(m);
      afterCustom(rule);
    }
    return found.length === 0 ? found : dedupe(withoutEncodedRepeats(found));
  }

  /**
   * Decodes base64 blobs and scans the content again: as the value in place of the blob (so
   * `DB_PASSWORD: <base64>` keeps its name), and line by line (a PEM key, a JSON document).
   * Findings inside point at the blob and say it was encoded. Each blob is decoded once and its
   * content scanned once: the rebuilt line around it is at most BLOB_CONTEXT characters on each
   * side (past LONG_CONTEXT_LINE) and only blobs inside the decoded text are decoded again, so
   * a line of many blobs costs linear time, not the cube of their number.
   */
  function encodedMatches(text: string, ctx: FileContext, prevText: string | undefined, parent: string | undefined, depth: number, region: Span | undefined, out: Match[], blobs?: readonly EncodedBlob[]): void {
    for (const blob of blobs ?? findEncodedBlobs(text, region)) {
      if (spent('encoded')) return;
      const inner: Match[] = [];
      const decoded = blob.decoded.replace(/\r?\n$/, '');
      if (!/[\r\n"'`]/.test(decoded)) {
        const [from, to] = text.length <= LONG_CONTEXT_LINE ? [0, text.length] : blobContext(text, blob);
        const start = blob.start - from;
        const virtual = text.slice(from, blob.start) + decoded + text.slice(blob.end, to);
        const inside: Span = { start, end: start + decoded.length };
        for (const m of lineMatches(virtual, ctx, from === 0 ? prevText : undefined, parent, false, depth + 1, undefined, inside)) {
          if (m.start < inside.end && m.end > inside.start) inner.push(m);
        }
        const basic = /\bbasic\s+$/i.test(text.slice(Math.max(0, blob.start - 16), blob.start)) ? /^[^:\s]*:(.+)$/.exec(decoded) : null;
        if (basic) for (const m of detectSecretKeyAssignments(`password = "${basic[1]!.replace(/"/g, '')}"`, ctx)) inner.push(m);
      } else {
        let pem = false;
        for (const line of decoded.split(/\r?\n/)) {
          for (const m of lineMatches(line, ctx, undefined, undefined, pem, depth + 1)) inner.push(m);
          if (/-----BEGIN [A-Z0-9 ]+-----/.test(line)) pem = true;
        }
      }
      if (inner.length === 0) continue;
      // keep() reads the text around a match: give it the blob's neighbourhood, not a whole long line.
      const [from, to] = text.length <= LONG_CONTEXT_LINE ? [0, text.length] : blobContext(text, blob);
      const near = text.slice(from, to);
      for (const m of inner) {
        const e: Match = { ...m, start: blob.start, end: blob.end, encoded: m.encoded ? `${m.encoded} in base64` : 'base64' };
        if (keep({ ...e, start: e.start - from, end: e.end - from }, near, ctx, [], customIds)) out.push(e);
      }
    }
  }

  /** `config/master.key`, `*.key`: a file that holds nothing but a random key. */
  function keyFileMatch(text: string, ctx: FileContext): Match | null {
    if (!isKeyFile(ctx)) return null;
    const t = text.trim();
    if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(t) || !looksRandom(t)) return null;
    const fw = frameworkFor(ctx.baseName === 'master.key' ? 'secret_key_base' : 'secret_key', ctx.baseName === 'master.key' ? 'rb' : ctx.ext);
    const start = text.indexOf(t);
    return {
      ruleId: 'secret-key-assignment',
      severity: 'error',
      message: `Key file ${ctx.baseName} holds a secret key`,
      remediation: signingKeyAdvice(fw),
      secret: t,
      start,
      end: start + t.length,
    };
  }

  /**
   * One line of detect()'s loop that the fast path did not skip: the PEM state, public key lines,
   * the keyword pass or the gate's verdict (`v`), the gate's skip, then the detectors.
   */
  function scanLine(loop: LineLoop, i: number, parent: string | undefined, v: number | undefined): void {
    const { fragment, ctx, lines, gated } = loop;
    const line = lines[i]!;
    const text = line.text;
    const before = i > 0 ? lines[i - 1]! : undefined;
    const prevText = before !== undefined && before.number === line.number - 1 ? before.text : undefined;
    const inPem = loop.pemUntilEnd;
    // `-----` is a marker word: a line whose gate verdict says none occurs has none.
    const noKeyword = ((v ?? GATE_KEYWORD) & GATE_KEYWORD) === 0;
    const dashes = !noKeyword && text.includes('-----');
    if (dashes) {
      if (PEM_BEGIN.test(text) && !PEM_END.test(text)) loop.pemUntilEnd = true;
      else if (PEM_END.test(text)) loop.pemUntilEnd = false;
    }
    if ((dashes || hasSpaceAAAA(text)) && isPublicKeyLine(text)) {
      loop.prevMarker = true;
      return;
    }
    // The byte gate's verdict, when the caller has one, spares the keyword pass on the lines
    // where it found no keyword (most lines of code); those with one take the pass for the list.
    const kw = keywords();
    let candidates: readonly ProviderRule[];
    let marker: boolean;
    let shape: number;
    if (v !== undefined) {
      shape = charShape(v, text);
      if ((v & GATE_KEYWORD) === 0) {
        candidates = NO_CANDIDATES;
        marker = false;
      } else {
        // A keyword or marker word is there (the gate's keyword bit is exact): which ones.
        candidates = kw.keywordCandidates(text);
        marker = markerOpens(kw, text);
      }
    } else {
      candidates = kw.candidates(text);
      marker = markerOpens(kw, text);
      shape = kw.shape;
    }
    // The line's base64 blobs when the gate below decoded them already (encodedMatches reuses them).
    let blobs: readonly EncodedBlob[] | undefined;
    // A line the gate would skip but for a provider keyword: only the provider rules run there.
    let providerOnly = false;
    if (gated && !marker && !loop.prevMarker) {
      if (parent !== loop.lastParent) {
        loop.lastParent = parent;
        loop.parentMarker = parent !== undefined && hasNameMarker(parent);
      }
      if (!loop.parentMarker) {
        if ((shape & (SHAPE_RANDOM_RUN | SHAPE_COLON_FIELDS)) === 0 && ((shape & SHAPE_BASE64_RUN) === 0 || (blobs = findEncodedBlobs(text)).length === 0)) {
          if (candidates.length === 0) {
            loop.chunkNumber = line.number;
            loop.chunkText = text;
            loop.chunkBlob = false;
            return;
          }
          // Nothing here for the name and randomness detectors (no marker word on the line, the
          // line before or the section, no random run, colon fields or blob: the reasons the gate
          // skips a line).
          providerOnly = providerRulesAlone(text, candidates);
        }
      }
    }
    // The next line needs this one only when it names the next line's value (`- name: X` before
    // `value: …`, `<password>` before the value): other marker lines do not open it up.
    loop.prevMarker = marker && namesNextLine(text);
    if (i < loop.context) {
      loop.chunkNumber = line.number;
      loop.chunkText = text;
      loop.chunkBlob = false;
      return;
    }
    deadline = performance.now() + budgetMs + (text.length >> 10) * BUDGET_MS_PER_KB;
    overBudget = null;
    ticks = 0;
    const matches = providerOnly ? providerMatches(text, ctx, candidates) : lineMatches(text, ctx, prevText, parent, inPem, 0, candidates, undefined, blobs);
    deadline = Infinity;
    if (overBudget !== null) matches.push(budgetWarning(text, overBudget, budgetMs));
    if (dashes || fragment.lines.length <= 3) {
      // Whole-file and multi-line forms, when nothing on the line already covers them.
      const split = dashes ? splitPrivateKey(text, lines, i) : null;
      if (split) loop.pemUntilEnd = true; // the body lines that follow are part of the key, reported here
      const extra = split && enabled('private-key') ? split : fragment.lines.length <= 3 && enabled('secret-key-assignment') ? keyFileMatch(text, ctx) : null;
      if (extra && !matches.some((m) => m.start < extra.end && extra.start < m.end)) matches.push(extra);
    }
    // A random blob split over consecutive lines (a key or signature in string chunks, a
    // base64 element) is one finding, on its first line.
    const blob = matches.length === 0 ? -1 : matches.findIndex((m) => m.ruleId === 'high-entropy' && m.end - m.start >= 40);
    if (blob >= 0 && loop.chunkNumber === line.number - 1 && (loop.chunkBlob || isBlobChunk(loop.chunkText))) matches.splice(blob, 1);
    loop.chunkNumber = line.number;
    loop.chunkText = text;
    loop.chunkBlob = blob >= 0;
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k]!;
      if (m.end - m.start > 64 || !KEY_HEADER.test(m.secret)) continue;
      const identity = keyMaterialAfter(lines, i);
      if (identity !== undefined) matches[k] = { ...m, identity };
    }
    const findings = loop.findings;
    if (line.offset === undefined) for (const m of matches) findings.push(toFinding(fragment, line.number, m));
    else for (const m of matches) if (pieceOwns(line, m)) findings.push(toFinding(fragment, line.number, { ...m, start: m.start + line.offset, end: m.end + line.offset }));
  }

  /** Whether a line with a keyword verdict (and no shape but a base64 run of no text) is one detect() passes over (settleVerdicts). */
  function passedOver(text: string): boolean {
    // (`-----`, which the PEM state and public key lines hang on, is a live marker anywhere.)
    const kw = keywords();
    const candidates = kw.keywordCandidates(text);
    if (markerOpens(kw, text)) return false;
    if (candidates.length === 0) return true;
    // Otherwise scanLine runs either every detector (left to it) or the provider rules alone,
    // and a line where none of their patterns matches is passed over. The config's own rules
    // are left to detect(), which holds them to the line's budget and names a slow one.
    if (!providerRulesAlone(text, candidates) || candidates.some((r) => customIds.has(r.id))) return false;
    const until = performance.now() + SETTLE_MS;
    for (const rule of candidates) {
      if (matchRule(rule, text).length > 0) return false;
      // A pattern slow on this line: detect() runs it under the line's budget (and warns).
      if (performance.now() > until) return false;
    }
    return true;
  }

  return {
    settleVerdicts(verdicts: Uint8Array, line: (i: number) => string): void {
      if (!gateOn) return;
      for (let i = 0; i < verdicts.length; i++) {
        const v = verdicts[i]!;
        if (v === 0 || (v & ~SETTLED_BITS) !== 0) continue;
        const text = line(i);
        // A base64 run that decodes to no text is as good as none to scanLine.
        if ((v & BASE64_BIT) !== 0 && findEncodedBlobs(text).length > 0) continue;
        if ((v & GATE_KEYWORD) === 0 || passedOver(text)) verdicts[i] = 0;
      }
    },
    byteGate(): ByteGate | null {
      return gateOn ? byteGateOf(keywords()) : null;
    },
    fileVerdicts(data: Uint8Array): Uint8Array | undefined {
      if (!gateOn) return undefined;
      if (textGate === undefined) {
        // fragmentVerdicts counts the characters of the lines that come without verdicts.
        if (textGateBudget > 0 && !gatePrepared()) return undefined;
        textGate = byteGateOf(keywords());
      }
      return textGate === null ? undefined : textGate.scanLines(data);
    },
    detect(fragment: Fragment): Finding[] {
      const ctx = fileContext(fragment.file, fragment.lines);
      if (isScannerReport(fragment.file, fragment.lines)) return []; // a scanner's own report or baseline (file-context.ts)
      const findings: Finding[] = [];
      // Lines that cannot hold anything are skipped after the keyword pass and one character
      // scan (most lines of code), in fragments of any size (a history's or a staged diff's
      // files mostly add a line or three) but a key file's few lines: its key is a bare line.
      const gated = gateOn && (fragment.lines.length > 3 || !isKeyFile(ctx));
      // A later window of a big file starts with the line before it, as context only (Fragment.before).
      const lines = fragment.before ? [fragment.before, ...fragment.lines] : fragment.lines;
      // One verdict per line from the byte gate, which says what the JavaScript pass would:
      // exactly whether a keyword or marker word occurs, and the shape (charShape).
      const verdicts = gated ? fragmentVerdicts(lines) : undefined;
      const sections = sectionTracker();
      const loop: LineLoop = {
        fragment,
        ctx,
        lines,
        gated,
        context: lines.length - fragment.lines.length,
        findings,
        pemUntilEnd: false,
        prevMarker: false,
        chunkNumber: -1,
        chunkText: '',
        chunkBlob: false,
        lastParent: undefined,
        parentMarker: false,
      };
      // The fast path: a line the gate clears (no keyword or marker word, no random run, colon
      // fields or base64 run) with no marker on the line before or on its section is skipped here,
      // in a loop small enough to be compiled once; every other line goes to scanLine, whose rare
      // branches, first reached late in a scan, then deoptimize that function alone.
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        const text = line.text;
        const parent = sections.next(text);
        if (text.length === 0) {
          loop.prevMarker = false;
          continue;
        }
        const v = line.gate ?? (verdicts === undefined ? undefined : verdicts[i]);
        if (gated && v !== undefined && (v & CLEARED) === 0 && !loop.prevMarker) {
          if (parent !== loop.lastParent) {
            loop.lastParent = parent;
            loop.parentMarker = parent !== undefined && hasNameMarker(parent);
          }
          // (An SSH public key line marks the next line: scanLine.)
          if (!loop.parentMarker && !hasSpaceAAAA(text)) {
            loop.chunkNumber = line.number;
            loop.chunkText = text;
            loop.chunkBlob = false;
            continue;
          }
        }
        scanLine(loop, i, parent, v);
      }
      // A dotenv file whose values are reported: one more finding, for the file (dotenv-file.ts).
      const dotenv = enabled(DOTENV_RULE) && findings.length > 0 ? dotenvFileMatch(fragment, ctx, findings) : null;
      if (dotenv) findings.push(toFinding(fragment, dotenv.line, dotenv.match));
      return findings;
    },
  };
}
