// Named not-a-credential filters: values that sit where a secret could, look random, and are
// something else by design (a CSRF token, a nonce, a public salt, a hash, ciphertext, a
// generated-value example in a doc comment, an identifier string, a framework enum value).
// One predicate per class, each testable alone; notACredential() applies them all.

import { nameWords } from './names.js';

/**
 * The name a value is given on its line: `name: "v"`, `name = "v"`, `"name" => "v"`,
 * `name="authenticity_token" value="v"`, `[:name] = "v"`, `\"name\":\"v\"` (escaped JSON in logs).
 */
export function nameBefore(line: string, start: number): string | null {
  const left = line.slice(Math.max(0, start - 120), start).replace(/\\"/g, '"');
  const html = /\bname\s*=\s*["']([\w.:[\]-]+)["'][^<>]*$/i.exec(left.slice(0, /\bvalue\s*=\s*["']?$/i.exec(left)?.index ?? 0));
  if (html) return html[1]!;
  const m = /["'[:]?([A-Za-z_$@][\w$.-]*)["'\]]?\s*(?:=>|:=|=|:)\s*["'`]?$/.exec(left);
  return m ? m[1]! : null;
}

/** CSRF, authenticity and XSRF tokens: per-session anti-forgery values printed into every form. */
export function isCsrfTokenName(name: string): boolean {
  const w = nameWords(name).join('_');
  return /(?:^|_)(?:csrf|xsrf|authenticity|anti_?forgery|request_verification|csrfmiddlewaretoken)(?:_|$)/.test(w) || w === 'token' && /^_token$/.test(name);
}

/** Nonces and IVs: single-use public values of a protocol (digest auth, webhooks, AES-GCM). */
export function isNonceOrIvName(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  return last === 'nonce' || last === 'iv' || last === 'cnonce' || words.join('_') === 'initialization_vector';
}

/**
 * Salts that are public configuration: Rails' cookie salts, key-derivation salts. (WordPress
 * `AUTH_SALT`, CakePHP `Security.salt` are secrets and stay reported: they are not of this shape.)
 */
export function isPublicSaltName(name: string): boolean {
  const words = nameWords(name);
  if (words[words.length - 1] !== 'salt') return false;
  return words.some((w) => w === 'cookie' || w === 'derivation' || w === 'kdf' || w === 'pbkdf2' || w === 'hkdf' || w === 'encrypted' || w === 'signed');
}

/** Signatures, ciphertext and authentication tags: outputs of a key, not the key. */
export function isSignatureOrCiphertextName(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  return last === 'signature' || last === 'sig' || last === 'ciphertext' || last === 'cipher_text' || (last === 'tag' && words.includes('auth')) || words.join('_') === 'at';
}

/** Hashes, digests, fingerprints and checksums, under any name (`hashed_secret`, `password_digest`, `etag`). */
export function isHashName(name: string): boolean {
  const words = nameWords(name);
  return words.some((w) => w === 'hash' || w === 'hashed' || w === 'digest' || w === 'fingerprint' || w === 'checksum' || w === 'etag' || w === 'sha1' || w === 'sha256' || w === 'md5');
}

/** Password hashes in the crypt/PHC formats (`$argon2id$…`, `$2b$12$…`, `pbkdf2_sha256$…`): stored hashes, not passwords. */
export function isPasswordHash(value: string): boolean {
  return /^\$(?:argon2(?:id|i|d)|2[abxy]?|5|6|y|gy|7|scrypt|pbkdf2(?:-sha\d+)?|bcrypt(?:-sha256)?)\$[^\s]{20,}$/.test(value) || /^(?:pbkdf2_sha\d+|bcrypt_sha256|argon2|scrypt)\$[^\s]{20,}$/.test(value) || /^\{(?:SSHA|SHA|SMD5|CRYPT)\}[A-Za-z0-9+/=$.]{12,}$/.test(value);
}

/**
 * An encrypted message envelope on the line: Rails' Active Record encryption JSON
 * (`{"p":"…","h":{"iv":"…","at":"…"}}`, also escaped inside SQL logs) or a quoted
 * MessageEncryptor value (an encrypted cookie).
 */
export function isEncryptedEnvelopeLine(line: string): boolean {
  return /["'][A-Za-z0-9+/]{16,}={0,2}--[A-Za-z0-9+/]{12,}={0,2}--[A-Za-z0-9+/]{12,}={0,2}["']/.test(line) || /\\?"iv\\?"\s*:\s*\\?"[^"\\]+\\?"\s*,\s*\\?"at\\?"\s*:/.test(line) || /\\?"p\\?"\s*:\s*\\?"[A-Za-z0-9+/=]+\\?"\s*,\s*\\?"h\\?"\s*:\s*\{/.test(line);
}

/** Rails MessageEncryptor / encrypted cookie output: `<data>--<iv>--<auth tag>` in base64. */
export function isMessageEncryptorValue(value: string): boolean {
  return /^[A-Za-z0-9+/]{16,}={0,2}--[A-Za-z0-9+/]{12,}={0,2}--[A-Za-z0-9+/]{12,}={0,2}$/.test(value);
}

/** A comment line (`#`, `//`, `*`, `--`, `;`, `<!--`). */
export function isCommentLine(line: string): boolean {
  return /^\s*(?:#|\/\/|\/?\*|--\s|;|<!--|%|rem\s)/i.test(line);
}

/**
 * A generated value shown in a doc comment or guide: `user.token # => "pX27…"`, `# like: xtap…`,
 * `e.g. …`. The value illustrates a format; a secret would not be written after `# =>`.
 */
export function isGeneratedExample(line: string, start: number): boolean {
  const left = line.slice(Math.max(0, start - 40), start);
  if (/(?:#|\/\/)\s*=>\s*["'`]?$/.test(left)) return true;
  return isCommentLine(line) && /\b(?:look(?:s)? like|such as|e\.g\.|for example|for instance)[:,]?\s*["'`]?$/i.test(left);
}

/**
 * A dotted or snake-case identifier string given to a secret-looking name: a configuration key
 * or cookie name (`SECRET_KEY_BASE = "action_dispatch.secret_key_base"`, `session_key: "app.session"`).
 * A value with digits or capitals is not of this shape.
 */
export function isIdentifierString(value: string): boolean {
  return /^[a-z][a-z_]*(?:\.[a-z][a-z_]*)+$/.test(value) || /^[a-z][a-z]*(?:_[a-z]+){2,}$/.test(value);
}

/** Eloquent casts, validation rules and broker names given to password-looking names (`'password' => 'hashed'`). */
const FRAMEWORK_ENUM_VALUES = new Set([
  'hashed', 'encrypted', 'hidden', 'required', 'confirmed', 'nullable', 'sometimes', 'string', 'boolean', 'bool', 'integer',
  'int', 'array', 'json', 'text', 'date', 'datetime', 'password', 'users', 'user', 'bcrypt', 'argon', 'argon2id', 'argon2i',
  'plain', 'plaintext', 'masked', 'secure', 'min', 'max', 'current_password', 'email', 'none', 'optional', 'readonly',
]);

export function isFrameworkEnumValue(value: string, line: string): boolean {
  // Only the PHP/Ruby array-pair form, where such casts and rules are written.
  return FRAMEWORK_ENUM_VALUES.has(value.toLowerCase()) && /=>/.test(line);
}

/** A secret scanner's report or baseline field, seen line by line (a modified report in a diff). */
export function isReportFieldLine(line: string): boolean {
  return (
    /["'](?:fingerprint|Fingerprint|hashed_secret|secretScanFingerprint\/v\d+|partialFingerprints)["']\s*:/.test(line) ||
    /^::(?:error|warning|notice) (?:file|title)=/.test(line)
  );
}

/** A name whose value is, by its name, one of the classes above. */
export function isNotACredentialName(name: string): boolean {
  return isCsrfTokenName(name) || isNonceOrIvName(name) || isPublicSaltName(name) || isSignatureOrCiphertextName(name) || isHashName(name);
}

/**
 * Every not-a-credential class above, for a value found at `start` on `line` by a detector that
 * judges by name and context (not by a provider's documented format).
 */
export function notACredential(value: string, line: string, start: number): boolean {
  if (isPasswordHash(value) || isMessageEncryptorValue(value) || isEncryptedEnvelopeLine(line) || isGeneratedExample(line, start)) return true;
  const name = nameBefore(line, start);
  if (name === null) return false;
  return isNotACredentialName(name) || isIdentifierString(value) || isFrameworkEnumValue(value, line);
}
