// Fingerprints as reports and baselines show them: file, rule and a keyed hash of the secret
// (HMAC-SHA256, keyed by the baseline's per-repository salt), never the line number. The engine's
// own fingerprint (an unkeyed SHA-256) stays internal; it is kept here only to match baselines
// written before salts existed.

import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Finding } from '../types.js';

/**
 * The text a fingerprint hashes: the secret, and its identity when it has one (a private key's
 * header is the same for every key: without its first line of material, a baselined key would
 * cover any other key later added to the same file).
 */
export function fingerprintText(f: { readonly secret: string; readonly identity?: string }): string {
  return f.identity === undefined ? f.secret : `${f.secret}\n${f.identity}`;
}

/**
 * Loads node:crypto now, for a scan about to change V8's flags (a tree scan's main thread, a
 * history worker: process-wide). Node's compiled code for its own modules is stamped with V8's
 * flags, so after the change the first fingerprint compiled crypto's modules from source on the
 * main thread: 6-9 ms at the end of a flask history scan, 0-1 ms loaded here first.
 */
export function loadHashing(): void {
  createHash('sha256');
}

/** A new salt for a new baseline: 128 random bits, hex. */
export function newSalt(): string {
  return randomBytes(16).toString('hex');
}

export const SALT_SHAPE = /^[0-9a-f]{32}$/;

/**
 * `file:rule:hash`, the hash 16 hex digits (64 bits, the shape of version 1) of HMAC-SHA256 keyed by the salt over file,
 * rule and secret. The salt is public (it sits in the baseline), so this is no protection for a
 * guessable secret against someone who targets this repository; it stops precomputed tables and
 * matching the same secret across repositories or against lists of hashed passwords.
 */
export function saltedFingerprint(file: string, ruleId: string, secret: string, salt: string): string {
  const h = createHmac('sha256', `secret-scan fingerprint v2\u0000${salt}`).update(`${file}\u0000${ruleId}\u0000${secret}`).digest('hex').slice(0, 16);
  return `${file}:${ruleId}:${h}`;
}

/** The fingerprint of baselines without a salt ("version": 1): SHA-256 of the secret, 16 hex digits. */
export function legacyFingerprint(file: string, ruleId: string, secret: string): string {
  return `${file}:${ruleId}:${createHash('sha256').update(secret).digest('hex').slice(0, 16)}`;
}

/** The findings with salted fingerprints (salt '' when no baseline is in effect). */
export function withFingerprints(findings: readonly Finding[], salt: string): Finding[] {
  return findings.map((f) => ({ ...f, fingerprint: saltedFingerprint(f.file, f.ruleId, fingerprintText(f), salt) }));
}
