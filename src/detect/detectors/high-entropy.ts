// Detector: random-looking tokens that no named rule claimed. In a secret-looking context
// (a keyword on the line, a Bearer header) a random token is reported; without context only a
// long, mixed-alphabet, very random literal is. Hashes, ids and encoded content are filtered.

import type { FileContext, Match } from '../../types.js';
import {
  isDataUri,
  isDigest,
  isDocumentedExample,
  isEncryptedValue,
  isGitShaContext,
  isHashContext,
  isIntegrityHash,
  isPlaceholder,
  isPublicKeyValue,
  isTemplateReference,
  isTestVectorContext,
  isUuid,
} from '../filters/filters.js';
import { decodeBase64Text } from './encoded.js';
import { findLiterals, type Literal } from './literals.js';
import { hasTokenRun } from '../randomness/token-runs.js';
import { SECRET_CONTEXT } from '../filters/context.js';
import { looksRandom, randomnessScore } from '../randomness/randomness.js';
import { credentialAdvice } from '../remediation.js';

const TOKEN = /[A-Za-z0-9+/_\-.~]{20,}={0,2}/g;
const BEARER = /\b(?:Bearer|Token|token)\s+([A-Za-z0-9._~+/\-]{20,}=*)/g;

/** SOPS and Ansible Vault lines: ciphertext, safe to commit. */
const ENCRYPTED_LINE = /ENC\[[A-Z0-9_]+,data:|\$ANSIBLE_VAULT;|^\s*[0-9a-f]{80}\s*$/;

/** A UUID right after `auth`, `--token`, `api_key=` is a credential (Heroku, Snyk, Postmark use UUIDs). */
const UUID_CREDENTIAL_BEFORE = /\b(?:auth|token|api[-_]?key|apikey|password|secret)\b["']?(?:\s*[=:]|\s)\s*["']?$/i;

function candidateOk(token: string, line: string, start: number): boolean {
  if ((isUuid(token) && !UUID_CREDENTIAL_BEFORE.test(line.slice(0, start))) || isDocumentedExample(token) || isPlaceholder(token) || isTemplateReference(token) || isEncryptedValue(token)) return false;
  // A bare 40-hex string (or an abbreviated 7–12) that is not assigned is a commit id.
  if (/^[0-9a-f]{40}$|^[0-9a-f]{7,12}$/.test(token) && !/[=:]\s*["'`]?$/.test(line.slice(0, start))) return false;
  if (line[start - 1] === '{' && line[start + token.length] === '}') return false; // Maven {…} ciphertext
  // Base64 of text is judged by what it decodes to (detect/detectors/encoded.ts), not by how it looks.
  if (token.length % 4 === 0 && decodeBase64Text(token) !== null) return false;
  if (isPublicKeyValue(token)) return false;
  if (isDigest(token, line, start) || isDataUri(line, start) || isGitShaContext(token, line)) return false;
  // Hyphenated word compounds (`HTTP-Spezifikationen`, `Content-Security-Policy`): prose, not keys.
  if (isWordCompound(token)) return false;
  // A part of a password hash (`$argon2id$v=19$m=65536,t=3,p=4$<salt>$<hash>`) is a hash.
  if (/\$(?:argon2(?:id|i|d)|2[abxy]?|pbkdf2[\w-]*|scrypt|[156y])\$[^\s"'`]*$/.test(line.slice(Math.max(0, start - 120), start))) return false;
  // Paths, dotted names and URLs are structure, not keys.
  if (/^[\w-]+(?:[./][\w-]+){2,}$/.test(token) && !/[0-9].*[A-Z]|[A-Z].*[0-9]/.test(token)) return false;
  return true;
}

/** Words joined by hyphens, each all capitals or capitalised or lower case, with no digit. */
export function isWordCompound(token: string): boolean {
  const parts = token.split('-');
  return parts.length >= 2 && parts.every((p) => /^(?:[A-Z]{2,}|[A-Z]?[a-z\u00df-\u00ff]{2,})$/.test(p));
}

function match(token: string, start: number): Match {
  return {
    ruleId: 'high-entropy',
    severity: 'error',
    message: 'Random-looking string in a secret-looking place',
    remediation: credentialAdvice(),
    secret: token,
    start,
    end: start + token.length,
  };
}

/** Long, mixed upper/lower/digit, very random: reported even without a keyword nearby. */
function veryRandom(token: string): boolean {
  if (token.length < 32 || !/[A-Z]/.test(token) || !/[a-z]/.test(token) || !/[0-9]/.test(token)) return false;
  return randomnessScore(token) >= 0.9;
}

/**
 * `namedSpans`: values of assignments whose name says they are not secrets (`client_id = …`);
 * a keyword elsewhere on the line is not context for them, only a very random value counts.
 * `lineLiterals`: the line's findLiterals, when the caller has them.
 */
export function detectHighEntropy(text: string, ctx: FileContext, namedSpans: readonly { start: number; end: number; id: boolean }[] = [], lineLiterals?: readonly Literal[]): Match[] {
  // Every candidate is a run of 20+ token characters; most lines have none.
  if (text.length < 20 || !hasTokenRun(text, 20)) return [];
  const context = SECRET_CONTEXT.test(text);
  // `Bearer`, `Token`, `token` hold one of these.
  const bearer = text.includes('oken') || text.includes('earer');
  const literals = text.includes('"') || text.includes("'") ? (lineLiterals ?? findLiterals(text)) : [];
  // Without a context word the candidates are Bearer tokens and the 20+ character runs inside
  // literals: with neither there is nothing for the filters below to judge (two lines in three
  // of those that reach here on rails).
  if (!context && !bearer && !literals.some((l) => hasTokenRun(l.raw, 20))) return [];
  if (isIntegrityHash(text) || isTestVectorContext(text) || ENCRYPTED_LINE.test(text)) return [];
  // Asked only once a 20-character token needs it.
  let hashy: boolean | undefined;
  const out: Match[] = [];

  BEARER.lastIndex = 0;
  let b: RegExpExecArray | null;
  while (bearer && (b = BEARER.exec(text)) !== null) {
    const token = b[1]!;
    const start = b.index + b[0].length - token.length;
    // looksRandom first: it is cached per value, and most tokens are not random (the filters are for those that look it).
    if (looksRandom(token) && candidateOk(token, text, start)) out.push(match(token, start));
  }
  if (!context && ctx.isTemplateFile) return out;

  const spans: { value: string; start: number }[] = literals.map((l) => ({ value: l.raw, start: l.bodyStart }));
  // Unquoted values after `=` or `:` (config files, command lines).
  if (context) {
    TOKEN.lastIndex = 0;
    let t: RegExpExecArray | null;
    while ((t = TOKEN.exec(text)) !== null) {
      if (!literals.some((l) => t!.index >= l.bodyStart && t!.index < l.bodyEnd)) spans.push({ value: t[0], start: t.index });
    }
  }
  for (const { value, start } of spans) {
    if (out.some((m) => start < m.end && m.start < start + value.length)) continue;
    // Within a literal, take the longest token-like run (a key may sit inside "Bearer …" or a URL).
    TOKEN.lastIndex = 0;
    let t: RegExpExecArray | null;
    while ((t = TOKEN.exec(value)) !== null) {
      const token = t[0].replace(/^[=.\-~]+|[.\-~]+$/g, '');
      const tStart = start + t.index + t[0].indexOf(token);
      if (token.length < 20) continue;
      const named = namedSpans.find((n) => tStart >= n.start && tStart < n.end);
      if (named?.id) continue;
      hashy ??= isHashContext(text);
      if (!(context && !hashy && !named ? looksRandom(token) : !hashy && veryRandom(token))) continue;
      if (candidateOk(token, text, tStart)) out.push(match(token, tStart));
    }
  }
  return out;
}
