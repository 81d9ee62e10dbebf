// Detector: a secret-looking name assigned a literal. Signing keys and passwords with a
// plausible value are errors, weak or default ones warnings; other credential names (tokens,
// API keys) count only with a random-looking value.

import type { FileContext, Match } from '../../types.js';
import { findAssignments, type Assignment } from './assignments.js';
import { decodeBase64Text } from './encoded.js';
import { fileKind } from '../filters/file-context.js';
import {
  isEncryptedValue,
  isKnownWeakValue,
  isPlaceholder,
  isPointerValue,
  isTemplateReference,
  isTestOrCiPath,
  isTranslationPath,
  isUuid,
} from '../filters/filters.js';
import { byteLength } from './literals.js';
import { classifyName, isGenericLeaf, isReferenceHolder, nameWords, type NameKind } from '../filters/names.js';
import { looksRandom } from '../randomness/randomness.js';
import { isNotACredentialName } from '../filters/not-credentials.js';
import { credentialAdvice, frameworkFor, signingKeyAdvice, weakKeyAdvice } from '../remediation.js';

/** Signing keys shorter than this (in bytes) are weak: 128 bits is the floor for HMAC keys. */
const MIN_KEY_BYTES = 16;
/** Passwords shorter than this are weak whatever they look like. */
const MIN_PASSWORD_CHARS = 8;

/** Package manifests: their keys are package and script names, not settings. */
const MANIFESTS = new Set(['package.json', 'composer.json', 'cargo.toml', 'pyproject.toml', 'deno.json', 'bower.json']);

/** Passwords everybody tries first. */
const WEAK_PASSWORDS = /^(?:admin\d*|administrator|root|toor|pass(?:word)?\d*|passw0rd|p@ssw0rd|postgres|mysql|redis|guest|user|test\d*|demo|secret\d*|changeme|change_me|default|letmein|welcome\d*|qwerty\d*|abc123|12345\d*|1234|0000|admin123|password123|dev|development|local|sa)$/i;

/**
 * Random for its alphabet and length, or raw binary (os.urandom). A prefixed token
 * (`PMAK-…`, `key-…`) is judged by its longest part, since the prefix is not random.
 */
function isRandomValue(a: Assignment): boolean {
  if (a.binary) return byteLength(a) >= MIN_KEY_BYTES;
  if (looksRandom(a.value)) return true;
  const parts = a.value.split(/[-_.:~]/);
  if (parts.length < 2 || parts.length > 5) return false;
  const longest = parts.reduce((x, y) => (y.length > x.length ? y : x), '');
  return longest.length >= 16 && looksRandom(longest);
}

/** Words that make a phrase describe a secret rather than be one: `"old secret_key_base"`, `"Enter your password"`. */
const DESCRIBING_WORDS = new Set([
  'the', 'your', 'our', 'this', 'that', 'for', 'to', 'of', 'used', 'use', 'with', 'new', 'old', 'current',
  'previous', 'enter', 'type', 'confirm', 'wrong', 'invalid', 'incorrect', 'please', 'here',
]);
const SECRET_WORDS = /^(?:secret|secrets|key|keys|password|passwords|passphrase|token|tokens|credential|credentials|pass|pin|salt)$/;

/**
 * Words separated by spaces that talk about a secret (`"new password"`, `"old secret_key_base"`,
 * `"The key used to sign cookies"`) or a sentence of six words or more: a label or prose. A
 * human-chosen passphrase (`'shhhh, very secret'`, `'manny is cool'`) is not prose: it is the
 * secret, and is reported.
 */
function isProse(value: string, name: string): boolean {
  const v = value.trim();
  if (!/^[A-Za-z][\w'’,.()-]*(?:\s+[\w'’,.()…-]+)+$/.test(v)) return false;
  const words = v.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\w]/g, ''));
  if (words.length >= 6) return true;
  if (!words.some((w) => DESCRIBING_WORDS.has(w))) return false;
  const nameWordSet = new Set(nameWords(name));
  return words.some((w) => SECRET_WORDS.test(w) || nameWordSet.has(w) || nameWords(w).some((p) => nameWordSet.has(p) && p.length > 3));
}

/** A passphrase of three or more words: chosen by a person, long enough to be in use as a real secret. */
function isPassphrase(value: string): boolean {
  return /^\S+(?:\s+\S+){2,}$/.test(value.trim());
}

/**
 * A password a dictionary attack tries early: built on the word password or secret
 * (`42password`, `verylongpassword`), a word and a few digits (`portal123`, `Admin123!`), a
 * documented default (`foobared`), or the service's own name (`RABBITMQ_DEFAULT_PASS=rabbitmq`).
 */
function isGuessablePassword(value: string, name: string): boolean {
  const v = value.trim();
  if (/pass(?:word|wd)|secret/i.test(v) || /^[A-Za-z]{3,12}\d{1,4}[!.?#@$]?$/.test(v) || /^foobared$/i.test(v)) return true;
  const words = new Set(nameWords(name));
  return /^[a-z]+$/i.test(v) && words.has(v.toLowerCase());
}

/** A signing key spelled out of the words secret or key (`ThisIsMySuperSecretKey123`, `orders-signing-secret`): guessable. */
function isWordKey(value: string): boolean {
  return /secret|key/i.test(value);
}

/**
 * The value only names something (`password: Password`, `token: GITHUB_TOKEN`,
 * `from_secret: docker_password`): a label or a reference to where the secret lives.
 */
function echoesName(name: string, value: string): boolean {
  const v = value.trim();
  if (isKnownWeakValue(v)) return false; // `secret = "secret"` is a weak key, not a label
  const vw = nameWords(v).join('_');
  if (vw === '') return false;
  if (vw === nameWords(name).join('_')) return true;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v)) return true; // an environment variable's name
  // a snake_case identifier that names a secret: docker_password, db_secret_key
  return /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(v) && /(?:^|_)(?:password|passwd|secret|token|key|pass|pwd|credentials?)(?:_|$)/.test(v);
}

function kindOf(a: Assignment, parent: string | undefined): NameKind | null {
  if (parent && isReferenceHolder(parent)) return null;
  if (parent && isGenericLeaf(a.name)) {
    const qualified = classifyName(`${parent}_${a.name}`);
    if (qualified) return qualified;
  }
  return classifyName(a.name);
}

/** Names whose value is `user:password` (curl's `user`, basic-auth settings, Bundler's `BUNDLE_<HOST>`). */
const USER_PASS_NAME = /^(?:user|userinfo|auth|basic_?auth|http_?auth|credentials?|proxy_?user|BUNDLE_[A-Z0-9_]{1,64}__[A-Z0-9_]{1,64})$/i;
const USER_PASS_VALUE = /^[^:\s/@]{1,64}:([^\s]{4,})$/;

/** `user = "deploy:<password>"`: judged as the password, reported on its span. */
function userPassword(a: Assignment): Assignment | null {
  if (!USER_PASS_NAME.test(a.name)) return null;
  const m = USER_PASS_VALUE.exec(a.value);
  if (!m || a.raw !== a.value) return null;
  const offset = a.value.length - m[1]!.length;
  return { ...a, name: 'password', value: m[1]!, raw: m[1]!, start: a.start + offset };
}

function judge(a: Assignment, kind: NameKind, ctx: FileContext, parent: string | undefined): Match | null {
  const value = a.value;
  if (value.trim() === '' || isTemplateReference(value) || isPointerValue(value) || isEncryptedValue(value)) return null;
  // Base64 of text (Kubernetes Secret data): the decoded value is judged instead (detect/detectors/encoded.ts).
  if (!a.binary && value.length >= 8 && value.length % 4 === 0 && /[A-Z]/.test(value) && /[a-z]/.test(value) && decodeBase64Text(value) !== null) return null;
  if (/^[[{(]/.test(value.trim()) && !a.binary) return null;
  const random = isRandomValue(a);
  const base = { secret: a.raw, start: a.start, end: a.end };
  const name = parent && isGenericLeaf(a.name) ? `${parent}.${a.name}` : a.name;

  if (kind === 'credential') {
    if (!random || (isUuid(value) && !/token|key|secret/i.test(a.name))) return null;
    return { ...base, ruleId: 'high-entropy', severity: 'error', message: `Random-looking value assigned to ${name}`, remediation: credentialAdvice() };
  }

  // Copies meant to be filled in (.env.example …), manifests, arbitrary calls `f('some_secret', '…')`
  // (often a label), test fixtures and CI service containers only matter when the value is real.
  if (!random && (ctx.isTemplateFile || a.how === 'call' || MANIFESTS.has(ctx.baseName) || isTestOrCiPath(ctx.path) || isTranslationPath(ctx.path))) return null;
  if (!random && (isPlaceholder(value) || echoesName(a.name, value))) return null;
  if (!random && !isKnownWeakValue(value) && isProse(value, a.name)) return null;
  const docs = fileKind(ctx) === 'docs';

  if (kind === 'password') {
    if (random) return { ...base, ruleId: 'hardcoded-password', severity: 'error', message: `Password ${name} assigned a literal value`, remediation: credentialAdvice() };
    if (docs) return null;
    const weak = WEAK_PASSWORDS.test(value.trim()) || isKnownWeakValue(value) || isGuessablePassword(value, a.name) || [...value].length < MIN_PASSWORD_CHARS;
    return weak
      ? { ...base, ruleId: 'weak-password', severity: 'warning', message: `Password ${name} is a weak or default value`, remediation: credentialAdvice() }
      : { ...base, ruleId: 'hardcoded-password', severity: 'error', message: `Password ${name} assigned a literal value`, remediation: credentialAdvice() };
  }

  const fw = frameworkFor(name, ctx.ext, value, ctx.path);
  // Short keys and keys spelled from the words secret/key are weak; a passphrase someone chose
  // (`'manny is cool'`) is a real secret in use: an error.
  const weak = !random && (isKnownWeakValue(value) || isWordKey(value) || (byteLength(a) < MIN_KEY_BYTES && !isPassphrase(value)));
  if (weak) {
    if (docs) return null;
    return { ...base, ruleId: 'weak-secret-key', severity: 'warning', message: `${fw.label} is a weak or well-known value`, remediation: weakKeyAdvice() };
  }
  if (!random && docs) return null;
  const how = a.how === 'fallback' || a.how === 'default-expansion' ? ' as a hard-coded fallback' : ' a literal value';
  return { ...base, ruleId: 'secret-key-assignment', severity: 'error', message: `${fw.label} assigned${how}`, remediation: signingKeyAdvice(fw) };
}

/** The value span of a pair whose name is not secret-looking; `id` when the name says what the value is instead. */
export interface NamedSpan {
  readonly start: number;
  readonly end: number;
  readonly id: boolean;
}

export interface Assessment {
  readonly matches: Match[];
  /** Pairs with names that are not secret-looking (`client_id`, `TWILIO_API_KEY_SID`, `title`). */
  readonly named: NamedSpan[];
}

/**
 * Judges the (name, literal) pairs found on a line, classifying each name once. `parent` is the
 * name of the enclosing section (`[api]`, `"Jwt": {`, `jwt:`), which gives a bare `key` its meaning.
 */
export function assessAssignments(assignments: readonly Assignment[], ctx: FileContext, parent?: string): Assessment {
  const matches: Match[] = [];
  const named: NamedSpan[] = [];
  for (const original of assignments) {
    const a = userPassword(original) ?? original;
    if (isNotACredentialName(original.name)) {
      named.push({ start: original.start, end: original.end, id: true });
      continue;
    }
    const kind = kindOf(a, parent);
    if (kind === null) {
      // A string of several lines (dotenv text in a JSON value) is a document: its own pairs are judged.
      if (original.value.includes('\n')) continue;
      named.push({ start: original.start, end: original.end, id: isReferenceHolder(original.name) });
      continue;
    }
    const m = judge(a, kind, ctx, parent);
    if (m) matches.push(m);
  }
  return { matches, named };
}

/** `prevText` is the previous line when known (`- name: X` / `value: …`). */
export function detectSecretKeyAssignments(text: string, ctx: FileContext, prevText?: string, parent?: string): Match[] {
  return assessAssignments(findAssignments(text, ctx, prevText), ctx, parent).matches;
}
