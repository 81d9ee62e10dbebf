// Detector: a secret-looking name assigned a literal. Signing keys with a plausible value are
// errors, weak or default ones warnings; other credential names count only with a random value.

import type { FileContext, Match } from '../types.js';
import { findAssignments, type Assignment } from './assignments.js';
import { fileKind } from './file-context.js';
import { isKnownWeakValue, isPlaceholder, isPointerValue, isTemplateReference, isUuid } from './filters.js';
import { byteLength } from './literals.js';
import { classifyName } from './names.js';
import { looksRandom } from './randomness.js';
import { credentialAdvice, frameworkFor, signingKeyAdvice, weakKeyAdvice } from './remediation.js';

/** Signing keys shorter than this (in bytes) are weak: 128 bits is the floor for HMAC keys. */
const MIN_KEY_BYTES = 16;

function isRandomValue(a: Assignment): boolean {
  if (a.binary) return byteLength(a) >= MIN_KEY_BYTES;
  return looksRandom(a.value);
}

/** Package manifests: their keys are package and script names, not settings. */
const MANIFESTS = new Set(['package.json', 'composer.json', 'cargo.toml', 'pyproject.toml', 'deno.json', 'bower.json']);

/** Several words separated by spaces: a sentence or a label, not a key (except known tutorial values). */
function isProse(value: string): boolean {
  return /^[A-Za-z][A-Za-z'’,.()-]*(?:\s+[A-Za-z'’,.()…-]+){2,}$/.test(value.trim());
}

function judge(a: Assignment, ctx: FileContext): Match | null {
  const kind = classifyName(a.name);
  if (kind === null) return null;
  const value = a.value;
  if (value.trim() === '' || isTemplateReference(value) || isPointerValue(value)) return null;
  if (/^[[{(]/.test(value.trim()) && !a.binary) return null;
  const random = isRandomValue(a);
  const base = { secret: a.raw, start: a.start, end: a.end };

  if (kind === 'credential') {
    if (!random || isUuid(value) && !/token|key|secret/i.test(a.name)) return null;
    return {
      ...base,
      ruleId: 'high-entropy',
      severity: 'error',
      message: `Random-looking value assigned to ${a.name}`,
      remediation: credentialAdvice(),
    };
  }

  // Signing keys. Files meant to be copied (.env.example …) only matter when the value is real;
  // so do arbitrary calls `f('some_secret', '…')`, whose second argument is often a label.
  if ((ctx.isTemplateFile || a.how === 'call' || MANIFESTS.has(ctx.baseName)) && !random) return null;
  if (!random && !isKnownWeakValue(value) && isProse(value)) return null;
  if (!random && isPlaceholder(value)) return null;
  const fw = frameworkFor(a.name, ctx.ext, value, ctx.path);
  const weak = !random && (isKnownWeakValue(value) || byteLength(a) < MIN_KEY_BYTES);
  if (weak) {
    if (fileKind(ctx) === 'docs') return null;
    return {
      ...base,
      ruleId: 'weak-secret-key',
      severity: 'warning',
      message: `${fw.label} is a weak or well-known value`,
      remediation: weakKeyAdvice(),
    };
  }
  if (!random && fileKind(ctx) === 'docs') return null;
  const how = a.how === 'fallback' || a.how === 'default-expansion' ? ' as a hard-coded fallback' : ' a literal value';
  return {
    ...base,
    ruleId: 'secret-key-assignment',
    severity: 'error',
    message: `${fw.label} assigned${how}`,
    remediation: signingKeyAdvice(fw),
  };
}

export function detectSecretKeyAssignments(text: string, ctx: FileContext, prevText?: string): Match[] {
  const out: Match[] = [];
  for (const a of findAssignments(text, ctx, prevText)) {
    const m = judge(a, ctx);
    if (m) out.push(m);
  }
  return out;
}
